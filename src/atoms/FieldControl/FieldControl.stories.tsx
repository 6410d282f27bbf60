import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent } from 'storybook/test';
import { figmaDesign } from '../../../.storybook/design';
import { RightToLeftBlock } from '../../../.storybook/stories';
import { cssVar } from '../../tokens';
import { SearchIcon, XIcon } from '../Icon';
import { FieldAction } from './FieldAction';
import { FieldControl } from './FieldControl';

const meta = {
  title: 'Atoms/FieldControl',
  component: FieldControl,
  args: {
    component: 'Demo',
    label: 'Filter',
    description: 'Private building block of TextField-like controls.',
    showCount: true,
    maxLength: 20,
    defaultValue: 'Caryatid',
    prefix: <SearchIcon size="sm" />,
  },
  parameters: {
    design: figmaDesign('TextField'),
    docs: {
      description: {
        component: `The single-line field every text-like control shares (the bordered box with prefix, input, suffix; label, description, error and count from \`Field\`), plus \`FieldAction\`, the icon-only button that sits in the box (show password, clear, steppers).

**Use** it inside Callicrates to build a text-like control (TextField, PasswordField, SearchField and NumberField are built on it), passing the public component's name for development messages. **Don't** use it in product code: use TextField or one of the specialised fields.`,
      },
    },
  },
} satisfies Meta<typeof FieldControl>;

export default meta;
type Story = StoryObj<typeof meta>;

const stack = { display: 'grid', gap: cssVar('space.4'), maxInlineSize: '24rem' } as const;

export const Anatomy: Story = {
  args: { onClick: fn() },
  render: (args) => (
    <div style={stack}>
      <FieldControl
        {...args}
        suffix={<FieldAction aria-label="Clear filter" icon={<XIcon size="sm" />} />}
      />
    </div>
  ),
  play: async ({ canvas }) => {
    const input = canvas.getByRole('textbox', { name: 'Filter' });
    await expect(input).toHaveAccessibleDescription(
      'Private building block of TextField-like controls. 8/20',
    );
    await userEvent.click(canvas.getByRole('button', { name: 'Clear filter' }));
    await expect(input).toHaveFocus();
  },
};

export const Disabled: Story = {
  render: (args) => (
    <div style={stack}>
      <FieldControl
        {...args}
        disabled
        suffix={<FieldAction aria-label="Clear filter" icon={<XIcon size="sm" />} disabled />}
      />
    </div>
  ),
};

export const RightToLeft: Story = {
  render: (args) => (
    <RightToLeftBlock style={stack}>
      <FieldControl
        {...args}
        label="تصفية"
        description="مكوّن داخلي"
        defaultValue="كارياتيد"
        suffix={<FieldAction aria-label="مسح" icon={<XIcon size="sm" />} />}
      />
    </RightToLeftBlock>
  ),
};
