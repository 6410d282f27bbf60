import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, fn, userEvent, within } from 'storybook/test';
import { figmaDesign } from '../../../.storybook/design';
import { inlineRadio, RightToLeftBlock, Zoom200Block } from '../../../.storybook/stories';
import { Button } from '../../atoms/Button';
import { cssVar } from '../../tokens';
import { Dialog, DialogTrigger } from '../Dialog';
import { TagGroup, tagGroupSelectionModes, type TagGroupItem } from './index';

const topics: TagGroupItem<string>[] = [
  { value: 'news', label: 'News' },
  { value: 'travel', label: 'Travel' },
  { value: 'gaming', label: 'Gaming', disabled: true },
  { value: 'shopping', label: 'Shopping' },
  { value: 'design', label: 'Design systems' },
];

const meta = {
  title: 'Molecules/TagGroup',
  component: TagGroup,
  args: { label: 'Topics', options: topics, onValueChange: fn() },
  argTypes: {
    selectionMode: inlineRadio([...tagGroupSelectionModes]),
    options: { control: false },
    value: { control: false },
  },
  parameters: {
    design: figmaDesign('TagGroup'),
    docs: {
      description: {
        component: `A labelled list of Tags that the keyboard moves through as one tab stop (an ARIA grid, as react-aria-components' TagGroup): the arrow keys go from tag to tag (left and right mirror in right-to-left), Home/End to the ends, disabled tags are skipped. With \`onRemove\`, Delete or Backspace removes the focused tag and focus moves to its neighbour; each tag's remove button is there for the pointer. With \`selectionMode\` (\`single\` or \`multiple\`), Space, Enter or a press toggles a tag (\`aria-selected\`).

**Use** it for keywords, chosen values shown outside their picker, and filters shown as tags.

**Don't** use it for actions (use Buttons), for navigation (use Links), or as a form field of free text (a Combobox with multiple selection shows its values as tags).`,
      },
    },
  },
} satisfies Meta<typeof TagGroup>;

export default meta;
type Story = StoryObj<typeof meta>;

const stack = { display: 'grid', gap: cssVar('space.5'), maxInlineSize: '32rem' } as const;

/** Drops removed tags, as the docs ask: the group never removes them itself. */
function RemovableTags({
  initial = topics,
  label = 'Topics',
}: {
  initial?: TagGroupItem<string>[];
  label?: string;
}) {
  const [items, setItems] = useState(initial);
  return (
    <TagGroup
      label={label}
      options={items}
      onRemove={(value) =>
        setItems((list) => list.filter((item) => typeof item !== 'object' || item.value !== value))
      }
    />
  );
}

const row = (canvas: ReturnType<typeof within>, name: string) => canvas.getByRole('row', { name });

/**
 * Keyboard: Tab enters at one tag, the arrows move, Delete removes the focused tag and focus
 * goes to its neighbour; the remove buttons are for the pointer (out of the tab order).
 */
export const Playground: Story = {
  render: () => <RemovableTags />,
  play: async ({ canvas }) => {
    await userEvent.tab();
    await expect(row(canvas, 'News')).toHaveFocus();
    await userEvent.keyboard('{ArrowRight}');
    await expect(row(canvas, 'Travel')).toHaveFocus();
    await userEvent.keyboard('{ArrowRight}');
    // Gaming is disabled: skipped.
    await expect(row(canvas, 'Shopping')).toHaveFocus();
    await userEvent.keyboard('{Delete}');
    await expect(canvas.queryByRole('row', { name: 'Shopping' })).toBeNull();
    await expect(row(canvas, 'Design systems')).toHaveFocus();
    await userEvent.click(canvas.getByRole('button', { name: 'Remove News' }));
    await expect(row(canvas, 'Travel')).toHaveFocus();
    await expect(canvas.getByRole('button', { name: 'Remove Travel' })).toHaveAttribute(
      'tabindex',
      '-1',
    );
  },
};

/** Selection: one tag (single) or several (multiple), by press, Space or Enter. */
export const Selection: Story = {
  parameters: { visual: { forcedColors: true } },
  render: (args) => (
    <div style={stack}>
      <TagGroup
        label="One topic"
        options={topics}
        selectionMode="single"
        defaultValue="travel"
        onValueChange={args.onValueChange as (value: string | null) => void}
      />
      <TagGroup
        label="Several topics"
        options={topics}
        selectionMode="multiple"
        defaultValue={['news', 'gaming']}
      />
    </div>
  ),
  play: async ({ canvas, args }) => {
    const single = within(canvas.getByRole('grid', { name: 'One topic' }));
    await userEvent.click(single.getByText('News'));
    await expect(args.onValueChange).toHaveBeenLastCalledWith('news');
    await expect(row(single, 'Travel')).toHaveAttribute('aria-selected', 'false');
    await userEvent.keyboard('{ArrowRight} ');
    await expect(row(single, 'Travel')).toHaveAttribute('aria-selected', 'true');
    const several = within(canvas.getByRole('grid', { name: 'Several topics' }));
    await userEvent.click(several.getByText('Shopping'));
    await expect(row(several, 'Shopping')).toHaveAttribute('aria-selected', 'true');
    await expect(row(several, 'News')).toHaveAttribute('aria-selected', 'true');
  },
};

/** Removable and selectable, a description, a disabled group, and the empty state. */
export const States: Story = {
  render: () => (
    <div style={stack}>
      <TagGroup
        label="Removable and selectable"
        description="Press a tag to select it; Delete removes it."
        options={topics}
        selectionMode="multiple"
        defaultValue={['travel', 'gaming']}
        onRemove={() => {}}
      />
      <TagGroup label="Disabled" options={topics} disabled onRemove={() => {}} />
      <TagGroup label="Hidden label" hideLabel options={topics.slice(0, 2)} />
      <TagGroup label="Empty" options={[]} emptyLabel="No topics yet" />
    </div>
  ),
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('grid', { name: 'Disabled' })).toHaveAttribute(
      'aria-disabled',
      'true',
    );
    await expect(canvas.getByRole('grid', { name: 'Hidden label' })).toBeVisible();
    await expect(canvas.getByText('No topics yet')).toBeVisible();
  },
};

/** Stress: right to left. The arrow keys mirror: ArrowLeft goes to the next tag. */
export const RightToLeft: Story = {
  render: () => (
    <RightToLeftBlock>
      <TagGroup
        label="المواضيع"
        options={['أخبار', 'سفر', 'تسوق']}
        selectionMode="single"
        defaultValue="سفر"
        onRemove={() => {}}
      />
    </RightToLeftBlock>
  ),
  play: async ({ canvas }) => {
    await userEvent.tab();
    await expect(row(canvas, 'سفر')).toHaveFocus();
    await userEvent.keyboard('{ArrowLeft}');
    await expect(row(canvas, 'تسوق')).toHaveFocus();
    await userEvent.keyboard('{ArrowRight}{ArrowRight}');
    await expect(row(canvas, 'أخبار')).toHaveFocus();
  },
};

/** Stress: long labels wrap inside their tag; the tags wrap in the row. */
export const LongLabels: Story = {
  render: () => (
    <div style={{ maxInlineSize: '18rem' }}>
      <RemovableTags
        label="A group label long enough to wrap onto a second line in a narrow column"
        initial={[
          { value: 'a', label: 'A tag label that goes on far longer than any tag should' },
          { value: 'b', label: 'Supercalifragilisticexpialidocious-and-unbroken' },
          { value: 'c', label: 'Short' },
        ]}
      />
    </div>
  ),
};

/** Stress: 60 tags wrap over several lines; End reaches the last one. */
export const ManyTags: Story = {
  render: () => (
    <RemovableTags
      label="Keywords"
      initial={Array.from({ length: 60 }, (_, index) => ({
        value: `k${index}`,
        label: `Keyword ${index + 1}`,
      }))}
    />
  ),
  play: async ({ canvas }) => {
    await userEvent.tab();
    await userEvent.keyboard('{End}');
    await expect(row(canvas, 'Keyword 60')).toHaveFocus();
    await userEvent.keyboard('{Home}');
    await expect(row(canvas, 'Keyword 1')).toHaveFocus();
  },
};

/** Stress: 200% zoom (WCAG 1.4.4). */
export const Zoom200: Story = {
  render: () => (
    <Zoom200Block>
      <TagGroup
        label="Topics"
        options={topics}
        selectionMode="multiple"
        defaultValue={['news']}
        onRemove={() => {}}
      />
    </Zoom200Block>
  ),
};

/** Inside a Dialog: the keyboard works the same; Delete removes a tag, not the dialog. */
export const InDialog: Story = {
  render: () => (
    <DialogTrigger defaultOpen>
      <Button>Edit topics</Button>
      <Dialog title="Edit topics">
        <RemovableTags />
      </Dialog>
    </DialogTrigger>
  ),
  play: async () => {
    const dialog = within(document.body).getByRole('dialog', { name: 'Edit topics' });
    const scope = within(dialog);
    row(scope, 'News').focus();
    await userEvent.keyboard('{ArrowRight}{Backspace}');
    await expect(scope.queryByRole('row', { name: 'Travel' })).toBeNull();
    await expect(row(scope, 'Shopping')).toHaveFocus();
    await expect(dialog).toBeVisible();
  },
};
