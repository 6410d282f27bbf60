import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent } from 'storybook/test';
import { figmaDesign } from '../../../.storybook/design';
import { RightToLeftBlock, Zoom200Block } from '../../../.storybook/stories';
import { cssVar } from '../../tokens';
import { Button } from '../Button';
import { Trash2Icon } from '../Icon';
import { VisuallyHidden } from './VisuallyHidden';

const meta = {
  title: 'Atoms/VisuallyHidden',
  component: VisuallyHidden,
  args: { children: 'invoice 42' },
  argTypes: { as: { control: 'inline-radio', options: ['span', 'div'] } },
  parameters: {
    design: figmaDesign('VisuallyHidden'),
    docs: {
      description: {
        component: `Hides content on screen and keeps it for assistive technology.

**Use** it for context a screen reader needs and the layout already shows ("Delete" + hidden "invoice 42" in a table row), for the text of a live status, and with \`focusable\` for skip links, which appear when focused.

**Don't** hide essential information from sighted users, use it to hide content from everyone (\`hidden\`) or to hide decoration from assistive technology (\`aria-hidden\`). Prefer \`aria-label\` when the whole name of a control is invisible.`,
      },
    },
  },
} satisfies Meta<typeof VisuallyHidden>;

export default meta;
type Story = StoryObj<typeof meta>;

const row = { display: 'flex', gap: cssVar('space.3'), alignItems: 'center' } as const;

/** The button shows "Delete"; its accessible name is "Delete invoice 42". */
export const Playground: Story = {
  render: (args) => (
    <Button variant="secondary" startIcon={<Trash2Icon />}>
      Delete <VisuallyHidden {...args} />
    </Button>
  ),
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('button', { name: 'Delete invoice 42' })).toBeVisible();
  },
};

/** As a status text: announced, not shown. */
export const LiveStatus: Story = {
  render: () => (
    <div style={row}>
      <span aria-hidden="true">3 results</span>
      <VisuallyHidden as="div" role="status">
        3 results found
      </VisuallyHidden>
    </div>
  ),
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('status')).toHaveTextContent('3 results found');
  },
};

/** A skip link: hidden until it has keyboard focus. */
export const KeyboardFocus: Story = {
  render: () => (
    <div style={{ display: 'grid', gap: cssVar('space.3') }}>
      <VisuallyHidden focusable>
        <a href="#main-content">Skip to main content</a>
      </VisuallyHidden>
      <p id="main-content" style={{ margin: 0 }}>
        Main content
      </p>
    </div>
  ),
  play: async ({ canvas }) => {
    const link = canvas.getByRole('link', { name: 'Skip to main content' });
    await userEvent.tab();
    await expect(link).toHaveFocus();
    await expect(link.getBoundingClientRect().width).toBeGreaterThan(1);
  },
};

/** Stress: right-to-left, the skip link shown at the start edge. */
export const RightToLeft: Story = {
  render: () => (
    <RightToLeftBlock>
      <VisuallyHidden focusable>
        <a href="#main">انتقل إلى المحتوى</a>
      </VisuallyHidden>
    </RightToLeftBlock>
  ),
  play: async ({ canvas }) => {
    await userEvent.tab();
    await expect(canvas.getByRole('link')).toHaveFocus();
  },
};

/** Stress: a long word stays hidden and does not widen the layout. */
export const LongText: Story = {
  render: () => (
    <p style={{ maxInlineSize: '12rem', margin: 0 }}>
      Visible
      <VisuallyHidden>Pneumonoultramicroscopicsilicovolcanoconiosis</VisuallyHidden>
    </p>
  ),
  play: async ({ canvasElement }) => {
    const paragraph = canvasElement.querySelector('p')!;
    await expect(paragraph.scrollWidth).toBeLessThanOrEqual(paragraph.clientWidth);
  },
};

/** Stress: 200% zoom with a focused skip link. */
export const Zoom200: Story = {
  render: () => (
    <Zoom200Block>
      <VisuallyHidden focusable>
        <a href="#main">Skip to main content</a>
      </VisuallyHidden>
    </Zoom200Block>
  ),
  play: async () => {
    await userEvent.tab();
  },
};
