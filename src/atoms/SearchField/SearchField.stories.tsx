import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, fn, userEvent } from 'storybook/test';
import { figmaDesign } from '../../../.storybook/design';
import {
  controlSizes,
  expectSubmitted,
  inlineRadio,
  longLabel,
  RightToLeftBlock,
  StoryForm,
  unbrokenError,
  Zoom200Block,
} from '../../../.storybook/stories';
import { cssVar } from '../../tokens';
import { Text } from '../Text';
import { SearchField } from './SearchField';

const meta = {
  title: 'Atoms/SearchField',
  component: SearchField,
  args: {
    label: 'Search projects',
    name: 'q',
    onChange: fn(),
    onSubmit: fn(),
    onClear: fn(),
  },
  argTypes: { size: inlineRadio(controlSizes) },
  parameters: {
    design: figmaDesign('SearchField'),
    docs: {
      description: {
        component: `A search box (\`type="search"\`) with a search icon, a "Clear search" button while it has a value, Escape to clear and Enter to submit (\`onSubmit(value)\`).

**Use** it to search or filter content. Give it a label even when the design hides it (\`hideLabel\`), and put it in a \`<form role="search">\` when it searches the site. Filter as the user types only when results are instant; otherwise search on Enter.

**Don't** use it for choosing one value from a list (Combobox) or for general text entry. Don't rely on the placeholder as the label.`,
      },
    },
  },
} satisfies Meta<typeof SearchField>;

export default meta;
type Story = StoryObj<typeof meta>;

const stack = { display: 'grid', gap: cssVar('space.4'), maxInlineSize: '24rem' } as const;

export const Playground: Story = {
  args: { placeholder: 'Temples, architects…' },
  play: async ({ canvas, args }) => {
    const input = canvas.getByRole('searchbox', { name: 'Search projects' });
    await expect(canvas.queryByRole('button', { name: 'Clear search' })).toBeNull();
    await userEvent.type(input, 'ionic{Enter}');
    await expect(args.onSubmit).toHaveBeenCalledWith('ionic');
    await userEvent.click(canvas.getByRole('button', { name: 'Clear search' }));
    await expect(input).toHaveValue('');
    await expect(input).toHaveFocus();
    await expect(args.onClear).toHaveBeenCalledTimes(1);
    await userEvent.type(input, 'doric');
    await userEvent.keyboard('{Escape}');
    await expect(input).toHaveValue('');
    await expect(args.onClear).toHaveBeenCalledTimes(2);
  },
};

export const Sizes: Story = {
  render: (args) => (
    <div style={stack}>
      {controlSizes.map((size) => (
        <SearchField key={size} {...args} size={size} label={`Size ${size}`} defaultValue="stoa" />
      ))}
    </div>
  ),
};

export const States: Story = {
  render: (args) => (
    <div style={stack}>
      <SearchField {...args} label="Empty" placeholder="Search" />
      <SearchField {...args} label="With value" defaultValue="Erechtheion" />
      <SearchField
        {...args}
        label="Hidden label"
        hideLabel
        defaultValue="Label is read, not shown"
      />
      <SearchField {...args} label="Disabled" disabled defaultValue="Cannot search" />
      <SearchField {...args} label="Read-only" readOnly defaultValue="Saved search" />
      <SearchField {...args} label="Invalid" defaultValue="a" error="Type at least two letters." />
    </div>
  ),
};

/** Controlled: results filter as the parent re-renders on every keystroke. */
export const Controlled: Story = {
  render: function Render(args) {
    const [query, setQuery] = useState('');
    const temples = ['Parthenon', 'Erechtheion', 'Temple of Athena Nike', 'Hephaisteion'];
    const results = temples.filter((name) => name.toLowerCase().includes(query.toLowerCase()));
    return (
      <div style={stack}>
        <SearchField
          {...args}
          label="Filter temples"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
        />
        <Text role="status" as="div">
          {results.join(', ') || 'No results'}
        </Text>
      </div>
    );
  },
  play: async ({ canvas }) => {
    await userEvent.type(canvas.getByRole('searchbox'), 'the');
    await expect(canvas.getByRole('status')).toHaveTextContent(
      'Parthenon, Erechtheion, Temple of Athena Nike',
    );
  },
};

/** Submits with a native form; Reset restores the value and the clear button. */
export const InForm: Story = {
  render: (args) => (
    <StoryForm role="search" style={stack} submitLabel="Search">
      <SearchField {...args} label="Search the site" name="q" defaultValue="agora" />
    </StoryForm>
  ),
  play: async ({ canvas }) => {
    const input = canvas.getByRole('searchbox');
    await userEvent.clear(input);
    await userEvent.type(input, 'stoa{Enter}');
    await expectSubmitted(canvas, { q: 'stoa' });
  },
};

export const KeyboardFocus: Story = {
  args: { defaultValue: 'acropolis' },
  play: async ({ canvas }) => {
    await userEvent.tab();
    await expect(canvas.getByRole('searchbox')).toHaveFocus();
  },
};

/** Stress: a long unbroken query, label and error in a narrow column. */
export const LongText: Story = {
  args: {
    label: longLabel,
    defaultValue: 'averyveryveryveryveryveryveryveryveryverylongquerywithoutanyspaces',
    error: unbrokenError,
  },
  render: (args) => (
    <div style={{ maxInlineSize: '18rem' }}>
      <SearchField {...args} />
    </div>
  ),
};

/** Stress: right-to-left; the icon and the clear button swap sides. */
export const RightToLeft: Story = {
  render: (args) => (
    <RightToLeftBlock style={stack}>
      <SearchField
        {...args}
        label="البحث في المشاريع"
        defaultValue="البارثينون"
        clearLabel="مسح البحث"
      />
    </RightToLeftBlock>
  ),
};

/** Stress: 200% zoom (WCAG 1.4.4). */
export const Zoom200: Story = {
  render: (args) => (
    <Zoom200Block style={stack}>
      <SearchField {...args} label="Zoomed" defaultValue="Still readable" />
    </Zoom200Block>
  ),
};
