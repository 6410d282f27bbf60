import type { Meta, StoryObj } from '@storybook/react-vite';
import type { ReactNode } from 'react';
import { expect, userEvent } from 'storybook/test';
import { figmaDesign } from '../../../.storybook/design';
import { Box } from '../Box';
import { Button } from '../Button';
import { Stack } from '../Stack';
import { Inline, type InlineAlign, type InlineJustify } from './Inline';

const Tag = ({ children }: { children: ReactNode }) => (
  <Box as="li" paddingBlock="1" paddingInline="3" background="sunken" radius="full" border="subtle">
    {children}
  </Box>
);

const tags = ['Design', 'Tokens', 'Accessibility', 'React', 'Layout', 'Grid'];
const aligns: InlineAlign[] = ['start', 'center', 'end', 'baseline'];
const justifies: InlineJustify[] = ['start', 'center', 'end', 'between'];

const meta = {
  title: 'Atoms/Inline',
  component: Inline,
  args: {
    as: 'ul',
    'aria-label': 'Topics',
    children: tags.map((tag) => <Tag key={tag}>{tag}</Tag>),
  },
  argTypes: {
    align: { control: 'inline-radio', options: aligns },
    justify: { control: 'inline-radio', options: justifies },
    children: { control: false },
  },
  parameters: {
    design: figmaDesign('Inline'),
    docs: {
      description: {
        component: `A horizontal cluster that wraps onto new lines when it runs out of room, with one gap across and down. Takes every Box prop (\`as="ul"\` for a list of tags).

**Use** Inline for tags, chips, a toolbar of buttons, metadata (author · date · read time).

**Don't** use it for a column of content (Stack) or for page columns that must line up (Grid). Don't rely on the visual order: focus and reading follow the source order.`,
      },
    },
  },
} satisfies Meta<typeof Inline>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Playground: Story = {
  play: async ({ canvas }) => {
    const list = canvas.getByRole('list', { name: 'Topics' });
    await expect(canvas.getAllByRole('listitem')).toHaveLength(6);
    await expect(getComputedStyle(list).flexWrap).toBe('wrap');
    await expect(getComputedStyle(list).columnGap).toBe('8px');
  },
};

/** `align` × `justify`, each in a bordered line. */
export const AlignAndJustify: Story = {
  render: () => (
    <Stack gap="2">
      {aligns.map((align) =>
        justifies.map((justify) => (
          <Inline
            key={`${align}-${justify}`}
            align={align}
            justify={justify}
            padding="1"
            border="subtle"
            radius="sm"
          >
            <Box padding="1" background="sunken">
              {align}
            </Box>
            <Box padding="4" background="sunken">
              {justify}
            </Box>
          </Inline>
        )),
      )}
    </Stack>
  ),
};

/** In a narrow space the items wrap, with the same gap across and down. */
export const Wrapping: Story = {
  args: { gap: '3', style: { maxInlineSize: '16rem' } },
  play: async ({ canvas }) => {
    const [first, , , , , last] = canvas.getAllByRole('listitem');
    await expect(last!.getBoundingClientRect().top).toBeGreaterThan(
      first!.getBoundingClientRect().top,
    );
  },
};

/** Focus follows the source order across wrapped lines. */
export const KeyboardFocus: Story = {
  render: () => (
    <Inline gap="2" style={{ maxInlineSize: '14rem' }}>
      <Button variant="secondary">Bold</Button>
      <Button variant="secondary">Italic</Button>
      <Button variant="secondary">Underline</Button>
    </Inline>
  ),
  play: async ({ canvas }) => {
    await userEvent.tab();
    await userEvent.tab();
    await userEvent.tab();
    await expect(canvas.getByRole('button', { name: 'Underline' })).toHaveFocus();
  },
};

/** Stress: an unbreakable word inside the cluster wraps inside its item. */
export const LongText: Story = {
  args: {
    style: { maxInlineSize: '16rem' },
    children: [
      <Tag key="a">Short</Tag>,
      <Box
        key="b"
        as="li"
        padding="1"
        background="sunken"
        style={{ overflowWrap: 'anywhere', minInlineSize: 0 }}
      >
        SupercalifragilisticexpialidociousConfiguration
      </Box>,
    ],
  },
};

/** Stress: right-to-left; the cluster starts at the right. */
export const RightToLeft: Story = {
  args: {
    dir: 'rtl',
    lang: 'ar',
    children: ['تصميم', 'رموز', 'إتاحة', 'تخطيط'].map((tag) => <Tag key={tag}>{tag}</Tag>),
  },
  play: async ({ canvas }) => {
    const [first, second] = canvas.getAllByRole('listitem');
    await expect(first!.getBoundingClientRect().left).toBeGreaterThan(
      second!.getBoundingClientRect().left,
    );
  },
};

/** Stress: 200% zoom; the cluster wraps instead of overflowing. */
export const Zoom200: Story = { args: { style: { zoom: 2 } } };

/** Crowded: 20 tags. */
export const Crowded: Story = {
  args: {
    children: Array.from({ length: 20 }, (_, index) => <Tag key={index}>{`Tag ${index + 1}`}</Tag>),
  },
  play: async ({ canvas }) => {
    await expect(canvas.getAllByRole('listitem')).toHaveLength(20);
  },
};
