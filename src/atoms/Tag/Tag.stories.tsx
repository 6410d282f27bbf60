import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { flushSync } from 'react-dom';
import { expect, fn, userEvent } from 'storybook/test';
import { figmaDesign } from '../../../.storybook/design';
import { RightToLeftBlock, Zoom200Block } from '../../../.storybook/stories';
import { cssVar } from '../../tokens';
import { Avatar } from '../Avatar';
import { CircleCheckIcon, TagIcon } from '../Icon';
import { Tag } from './Tag';
import { Text } from '../Text';

const meta = {
  title: 'Atoms/Tag',
  component: Tag,
  args: { label: 'Design systems', onRemove: fn() },
  argTypes: { icon: { control: false }, avatar: { control: false } },
  parameters: {
    design: figmaDesign('Tag'),
    docs: {
      description: {
        component: `A keyword, a filter or a chosen value.

\`selectable\` makes the tag a toggle button (\`aria-pressed\`) with \`selected\`/\`defaultSelected\` and \`onSelectedChange\`, for filters. \`removable\` adds a "Remove <label>" button; Backspace or Delete on the focused tag removes it too. The tag never removes itself: drop it in \`onRemove\` and move focus to a neighbour (the next tag, or the input that adds tags). \`icon\` or \`avatar\` go before the label and are decorative.

**Use** tags for filters, chosen values in a multi-select, and keywords.

**Don't** use a Tag for status (use Badge), for navigation (use Link), or for a single on/off setting (use Switch).`,
      },
    },
  },
} satisfies Meta<typeof Tag>;

export default meta;
type Story = StoryObj<typeof meta>;

const row = {
  display: 'flex',
  flexWrap: 'wrap',
  gap: cssVar('space.2'),
  alignItems: 'center',
} as const;
const column = { display: 'grid', gap: cssVar('space.3') } as const;

export const Playground: Story = {
  args: { selectable: true, removable: true, onSelectedChange: fn() },
  play: async ({ canvas, args }) => {
    const toggle = canvas.getByRole('button', { name: 'Design systems' });
    await userEvent.click(toggle);
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    await expect(args.onSelectedChange).toHaveBeenCalledWith(true);
    await userEvent.click(canvas.getByRole('button', { name: 'Remove Design systems' }));
    await expect(args.onRemove).toHaveBeenCalledTimes(1);
  },
};

/** Every kind: plain, with icon, with avatar; selectable (off, on), removable, both. */
export const Kinds: Story = {
  parameters: { visual: { forcedColors: true } },
  render: (args) => (
    <div style={column}>
      <div style={row}>
        <Tag label="Plain" />
        <Tag label="With icon" icon={<TagIcon />} />
        <Tag label="Ada Lovelace" avatar={<Avatar name="Ada Lovelace" alt="" size="xs" />} />
      </div>
      <div style={row}>
        <Tag {...args} label="Selectable" selectable />
        <Tag {...args} label="Selected" selectable defaultSelected icon={<CircleCheckIcon />} />
        <Tag {...args} label="Removable" removable />
        <Tag {...args} label="Both" selectable defaultSelected removable />
        <Tag
          {...args}
          label="Grace Hopper"
          removable
          avatar={<Avatar name="Grace Hopper" alt="" size="xs" />}
        />
      </div>
    </div>
  ),
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('button', { name: 'Selected' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await expect(canvas.getByRole('button', { name: 'Remove Grace Hopper' })).toBeVisible();
  },
};

export const Disabled: Story = {
  parameters: { visual: { forcedColors: true } },
  args: { onSelectedChange: fn() },
  // Only the selectable tags take `onSelectedChange`: on the removable one it would be misuse.
  render: ({ onSelectedChange, ...args }) => (
    <div style={row}>
      <Tag {...args} label="Disabled" selectable disabled onSelectedChange={onSelectedChange} />
      <Tag
        {...args}
        label="Disabled selected"
        selectable
        defaultSelected
        disabled
        onSelectedChange={onSelectedChange}
      />
      <Tag {...args} label="Disabled removable" removable disabled />
    </div>
  ),
  play: async ({ canvas, args }) => {
    const toggle = canvas.getByRole('button', { name: 'Disabled' });
    await expect(toggle).toBeDisabled();
    await userEvent.click(toggle, { pointerEventsCheck: 0 });
    await expect(args.onSelectedChange).not.toHaveBeenCalled();
  },
};

/** Controlled filters: the parent holds the selection. */
export const Filters: Story = {
  render: function Render() {
    const options = ['Open', 'In review', 'Merged', 'Closed'];
    const [selected, setSelected] = useState<string[]>(['Open']);
    return (
      <div style={column}>
        <div role="group" aria-label="Status filters" style={row}>
          {options.map((option) => (
            <Tag
              key={option}
              label={option}
              selectable
              selected={selected.includes(option)}
              onSelectedChange={(on) =>
                setSelected((all) => (on ? [...all, option] : all.filter((x) => x !== option)))
              }
            />
          ))}
        </div>
        <Text role="status" as="div">
          Showing: {selected.join(', ') || 'everything'}
        </Text>
      </div>
    );
  },
  play: async ({ canvas }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Merged' }));
    await userEvent.click(canvas.getByRole('button', { name: 'Open' }));
    await expect(canvas.getByRole('status')).toHaveTextContent('Showing: Merged');
  },
};

/** Removing by keyboard: focus moves to the next tag (or the previous one at the end). */
export const KeyboardFocus: Story = {
  render: function Render() {
    const [tags, setTags] = useState(['React', 'TypeScript', 'Emotion']);
    const remove = (label: string) => {
      const index = tags.indexOf(label);
      const next = tags.filter((tag) => tag !== label);
      // Commit the removal now, then move focus, in the same event: focus never rests on
      // <body>, and nothing waits for a frame (an animation frame in a background tab may
      // never come, and a check right after the key press would race it).
      flushSync(() => setTags(next));
      const neighbour = next[Math.min(index, next.length - 1)];
      if (neighbour) document.getElementById(`tag-${neighbour}`)?.querySelector('button')?.focus();
    };
    return (
      <div style={row}>
        {tags.map((tag) => (
          <Tag key={tag} id={`tag-${tag}`} label={tag} removable onRemove={() => remove(tag)} />
        ))}
      </div>
    );
  },
  play: async ({ canvas }) => {
    await userEvent.tab();
    await expect(canvas.getByRole('button', { name: 'Remove React' })).toHaveFocus();
    await userEvent.keyboard('{Backspace}');
    await expect(canvas.queryByText('React')).toBeNull();
    // Focus has moved by the time the key press returns: asserted at once, not waited for.
    await expect(canvas.getByRole('button', { name: 'Remove TypeScript' })).toHaveFocus();
    await userEvent.keyboard('{Delete}');
    await expect(canvas.queryByText('TypeScript')).toBeNull();
    await expect(canvas.getByRole('button', { name: 'Remove Emotion' })).toHaveFocus();
  },
};

/** Tags in a form never submit it; the chosen values travel in hidden inputs. */
export const InForm: Story = {
  render: function Render() {
    const [tags, setTags] = useState(['red', 'green', 'blue']);
    const [submitted, setSubmitted] = useState('');
    return (
      <form
        style={column}
        onSubmit={(event) => {
          event.preventDefault();
          setSubmitted(new FormData(event.currentTarget).getAll('colour').join(','));
        }}
      >
        <div style={row}>
          {tags.map((tag) => (
            <Tag
              key={tag}
              label={tag}
              removable
              onRemove={() => setTags((all) => all.filter((x) => x !== tag))}
            />
          ))}
          {tags.map((tag) => (
            <input key={tag} type="hidden" name="colour" value={tag} />
          ))}
        </div>
        <button type="submit">Save</button>
        <Text role="status" as="div">
          {submitted ? `Submitted: ${submitted}` : 'Not submitted'}
        </Text>
      </form>
    );
  },
  play: async ({ canvas }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Remove green' }));
    await expect(canvas.getByRole('status')).toHaveTextContent('Not submitted');
    await userEvent.click(canvas.getByRole('button', { name: 'Save' }));
    await expect(canvas.getByRole('status')).toHaveTextContent('Submitted: red,blue');
  },
};

/** Stress: a long word with no space wraps inside the tag; the remove button stays whole. */
export const LongText: Story = {
  render: (args) => (
    <div style={{ ...column, maxInlineSize: cssVar('size.24'), justifyItems: 'start' }}>
      <Tag {...args} label="SupercalifragilisticexpialidociousConfiguration" removable />
      <Tag
        {...args}
        label="SupercalifragilisticexpialidociousSelectable"
        selectable
        defaultSelected
        icon={<TagIcon />}
      />
    </div>
  ),
};

/** Stress: right-to-left. Icon and avatar at the start (right), remove button at the end. */
export const RightToLeft: Story = {
  render: (args) => (
    <RightToLeftBlock style={row}>
      <Tag {...args} label="تصميم" icon={<TagIcon />} removable removeLabel="إزالة تصميم" />
      <Tag {...args} label="مفتوح" selectable defaultSelected removable removeLabel="إزالة مفتوح" />
      <Tag
        {...args}
        label="ليلى"
        avatar={<Avatar name="ليلى أحمد" alt="" size="xs" />}
        removable
        removeLabel="إزالة ليلى"
      />
    </RightToLeftBlock>
  ),
};

export const Zoom200: Story = {
  render: (args) => (
    <Zoom200Block style={row}>
      <Tag {...args} label="Zoomed" selectable defaultSelected />
      <Tag {...args} label="Removable" removable icon={<TagIcon />} />
    </Zoom200Block>
  ),
};

const topics = [
  'Accessibility',
  'Animation',
  'Architecture',
  'Browsers',
  'Caching',
  'CSS',
  'Design tokens',
  'Documentation',
  'Forms',
  'GraphQL',
  'Internationalisation',
  'Layout',
  'Performance',
  'Privacy',
  'React',
  'Routing',
  'Security',
  'Testing',
  'Typography',
  'TypeScript',
];

/** Crowded: 20 tags wrap onto lines with even gaps. */
export const Crowded: Story = {
  render: (args) => (
    <div style={{ ...row, maxInlineSize: '32rem' }}>
      {topics.map((topic, index) => (
        <Tag
          key={topic}
          {...args}
          label={topic}
          selectable
          defaultSelected={index % 4 === 0}
          removable={index % 3 === 0}
        />
      ))}
    </div>
  ),
  play: async ({ canvas }) => {
    await expect(canvas.getAllByRole('button', { pressed: true })).toHaveLength(5);
  },
};
