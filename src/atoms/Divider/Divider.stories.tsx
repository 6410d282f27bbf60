import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent } from 'storybook/test';
import { figmaDesign } from '../../../.storybook/design';
import { RightToLeftBlock, Zoom200Block } from '../../../.storybook/stories';
import { cssVar } from '../../tokens';
import { Divider, type DividerVariant } from './Divider';

const variants: DividerVariant[] = ['subtle', 'strong'];

const meta = {
  title: 'Atoms/Divider',
  component: Divider,
  args: { orientation: 'horizontal', variant: 'subtle', decorative: false },
  argTypes: {
    orientation: { control: 'inline-radio', options: ['horizontal', 'vertical'] },
    variant: { control: 'inline-radio', options: variants },
    as: { control: 'inline-radio', options: ['hr', 'div', 'li'] },
  },
  parameters: {
    design: figmaDesign('Divider'),
    docs: {
      description: {
        component: `A thin line between pieces of content, in \`color.border.subtle\` or \`color.border.strong\`. Semantic by default: an \`<hr>\` (\`role="separator"\` with \`aria-orientation\`), announced by screen readers.

**Use** a semantic Divider between sections that belong apart (settings groups, a footer). Use \`decorative\` when it only tidies a layout (between menu items, inside a card): it is then hidden from assistive technology. \`Stack dividers\` draws decorative ones for you.

**Don't** use a Divider to make space (use a gap) or as a heading (a separator has no text). Don't stack a Divider under a border.`,
      },
    },
  },
} satisfies Meta<typeof Divider>;

export default meta;
type Story = StoryObj<typeof meta>;

const column = { display: 'grid', gap: cssVar('space.3') } as const;
const row = { display: 'flex', alignItems: 'center', gap: cssVar('space.3') } as const;

export const Playground: Story = {
  render: (args) => (
    <div style={args.orientation === 'vertical' ? row : column}>
      <span>Before</span>
      <Divider {...args} />
      <span>After</span>
    </div>
  ),
  play: async ({ canvas }) => {
    const separator = canvas.getByRole('separator');
    await expect(separator.tagName).toBe('HR');
    await expect(separator).toHaveAttribute('aria-orientation', 'horizontal');
    // The defaults (horizontal, subtle) write no data attributes; ARIA still states them.
    await expect(separator).not.toHaveAttribute('data-orientation');
    await expect(separator).not.toHaveAttribute('data-variant');
  },
};

/** Orientation × variant. */
export const OrientationsAndVariants: Story = {
  parameters: { visual: { forcedColors: true } },
  render: () => (
    <div style={column}>
      {variants.map((variant) => (
        <div key={variant} style={column}>
          <span>{`horizontal ${variant}`}</span>
          <Divider variant={variant} />
          <div style={row}>
            <span>{`vertical ${variant}`}</span>
            <Divider orientation="vertical" variant={variant} />
            <span>after</span>
          </div>
        </div>
      ))}
    </div>
  ),
  play: async ({ canvas }) => {
    const vertical = canvas
      .getAllByRole('separator')
      .filter((element) => element.getAttribute('aria-orientation') === 'vertical');
    await expect(vertical).toHaveLength(2);
    await expect(vertical[0]!.getBoundingClientRect().height).toBeGreaterThan(0);
  },
};

/** Decorative: drawn, but not in the accessibility tree. */
export const Decorative: Story = {
  render: () => (
    <div style={column}>
      <span>Profile</span>
      <Divider decorative />
      <span>Settings</span>
    </div>
  ),
  play: async ({ canvas }) => {
    await expect(canvas.queryByRole('separator')).toBeNull();
  },
};

/** In a list, a divider is an `li` and decorative, so the list stays valid. */
export const InList: Story = {
  render: () => (
    <ul aria-label="Recent files" style={{ ...column, listStyle: 'none', padding: 0, margin: 0 }}>
      <li>report.pdf</li>
      <Divider as="li" decorative />
      <li>slides.key</li>
    </ul>
  ),
  play: async ({ canvas }) => {
    await expect(canvas.getAllByRole('listitem')).toHaveLength(2);
  },
};

/** Dividers take no focus: Tab moves straight from the link before to the one after. */
export const KeyboardFocus: Story = {
  render: () => (
    <div style={column}>
      <a href="#before">Before</a>
      <Divider />
      <a href="#after">After</a>
    </div>
  ),
  play: async ({ canvas }) => {
    await userEvent.tab();
    await expect(canvas.getByRole('link', { name: 'Before' })).toHaveFocus();
    await userEvent.tab();
    await expect(canvas.getByRole('link', { name: 'After' })).toHaveFocus();
  },
};

/** Stress: beside a word with no break point, the vertical line keeps its place. */
export const LongText: Story = {
  render: () => (
    <div style={{ ...row, maxInlineSize: '16rem' }}>
      <span style={{ overflowWrap: 'anywhere', minInlineSize: 0 }}>
        SupercalifragilisticexpialidociousConfigurationManagement
      </span>
      <Divider orientation="vertical" />
      <span>End</span>
    </div>
  ),
};

/** Stress: right-to-left; the vertical line sits at the logical start. */
export const RightToLeft: Story = {
  render: () => (
    <RightToLeftBlock style={column}>
      <span>القسم الأول</span>
      <Divider variant="strong" />
      <div style={row}>
        <span>يمين</span>
        <Divider orientation="vertical" />
        <span>يسار</span>
      </div>
    </RightToLeftBlock>
  ),
};

/** Stress: 200% zoom; the line stays one border width of the zoomed page. */
export const Zoom200: Story = {
  render: () => (
    <Zoom200Block style={column}>
      <span>Zoomed</span>
      <Divider />
      <div style={row}>
        <span>A</span>
        <Divider orientation="vertical" variant="strong" />
        <span>B</span>
      </div>
    </Zoom200Block>
  ),
};
