import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { figmaDesign } from '../../../.storybook/design';
import { RightToLeftBlock, Zoom200Block } from '../../../.storybook/stories';
import { cssVar } from '../../tokens';
import { Spinner, type SpinnerSize } from './Spinner';

const sizes: SpinnerSize[] = ['sm', 'md', 'lg'];

const meta = {
  title: 'Atoms/Spinner',
  component: Spinner,
  args: { label: 'Loading invoices' },
  argTypes: {
    size: { control: 'inline-radio', options: sizes },
    color: { control: 'inline-radio', options: ['inherit', 'primary'] },
  },
  parameters: {
    design: figmaDesign('Spinner'),
    docs: {
      description: {
        component: `A turning circle for a wait of unknown length. It is a \`role="status"\` region: its \`label\` (default "Loading") is announced; the circle is decorative. Under \`prefers-reduced-motion: reduce\` it stands still.

**Use** it for short waits inside a region or beside the thing that loads; say what loads in \`label\` ("Loading invoices"). Show the label with \`showLabel\` when the wait may be long.

**Don't** use it when the length is known (ProgressBar), for page layouts that are loading (Skeleton), or inside a Button (use its \`loading\` prop). Don't show several spinners at once for one wait.`,
      },
    },
  },
} satisfies Meta<typeof Spinner>;

export default meta;
type Story = StoryObj<typeof meta>;

const row = {
  display: 'flex',
  flexWrap: 'wrap',
  gap: cssVar('space.6'),
  alignItems: 'center',
} as const;

export const Playground: Story = {
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('status')).toHaveTextContent('Loading invoices');
  },
};

/** Sizes × colours. */
export const SizesAndColors: Story = {
  render: (args) => (
    <div style={{ display: 'grid', gap: cssVar('space.4') }}>
      {(['inherit', 'primary'] as const).map((color) => (
        <div key={color} style={row}>
          {sizes.map((size) => (
            <Spinner
              key={size}
              {...args}
              size={size}
              color={color}
              label={`${color} ${size}`}
              showLabel
            />
          ))}
        </div>
      ))}
    </div>
  ),
  play: async ({ canvas }) => {
    await expect(canvas.getAllByRole('status')).toHaveLength(6);
  },
};

/** The default label, announced but not shown. */
export const DefaultLabel: Story = {
  args: { label: undefined },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('status')).toHaveTextContent('Loading');
  },
};

/** On an inverse surface it takes the surrounding text colour. */
export const OnInverse: Story = {
  render: (args) => (
    <div
      style={{
        ...row,
        padding: cssVar('space.4'),
        backgroundColor: cssVar('color.bg.inverse'),
        color: cssVar('color.text.inverse'),
      }}
    >
      <Spinner {...args} showLabel />
    </div>
  ),
};

/** Stress: a long label with no space wraps beside the circle. */
export const LongText: Story = {
  render: (args) => (
    <div style={{ maxInlineSize: '14rem', overflowWrap: 'anywhere' }}>
      <Spinner {...args} showLabel label="Synchronisingallrepositoriesandtheirdependencies" />
    </div>
  ),
};

/** Stress: right-to-left; the label sits on the left of the circle. */
export const RightToLeft: Story = {
  render: (args) => (
    <RightToLeftBlock>
      <Spinner {...args} showLabel label="جارٍ تحميل الفواتير" />
    </RightToLeftBlock>
  ),
};

/** Stress: 200% zoom. */
export const Zoom200: Story = {
  render: (args) => (
    <Zoom200Block style={row}>
      <Spinner {...args} size="sm" />
      <Spinner {...args} showLabel />
    </Zoom200Block>
  ),
};
