import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { figmaDesign } from '../../../.storybook/design';
import {
  controlSizes,
  expectSubmitted,
  inlineRadio,
  longLabel,
  resetStoryForm,
  RightToLeftBlock,
  StoryForm,
  submitStoryForm,
  unbrokenError,
  Zoom200Block,
} from '../../../.storybook/stories';
import { Button } from '../../atoms/Button';
import { fakeServer } from '../../test/fakeServer';
import { cssVar } from '../../tokens';
import { Dialog, DialogTrigger } from '../Dialog';
import { Combobox, comboboxPlacements, type ComboboxItem, type ComboboxProps } from './index';

const cities: ComboboxItem<string>[] = [
  { value: 'athens', label: 'Athens' },
  { value: 'corinth', label: 'Corinth' },
  { value: 'delphi', label: 'Delphi', disabled: true },
  { value: 'olympia', label: 'Olympia' },
  { value: 'sparta', label: 'Sparta' },
  { value: 'thebes', label: 'Thebes' },
];

const grouped: ComboboxItem<string>[] = [
  {
    label: 'Mainland',
    options: [
      { value: 'athens', label: 'Athens', description: 'Attica, the Acropolis' },
      { value: 'delphi', label: 'Delphi', description: 'Phocis, closed for works', disabled: true },
      { value: 'eleusis', label: 'Éleusis', description: 'Attica, the Mysteries' },
    ],
  },
  {
    label: 'Islands',
    options: [
      { value: 'naxos', label: 'Naxos', description: 'Cyclades' },
      { value: 'rhodes', label: 'Rhodes', description: 'Dodecanese' },
    ],
  },
];

/** 10,000 options, built once: a stable array, as the docs ask for long lists. */
const manyOptions = Array.from({ length: 10_000 }, (_, index) => ({
  value: index + 1,
  label: `Inventory item ${String(index + 1).padStart(5, '0')}`,
}));

const places = [
  'Aegina',
  'Argos',
  'Athens',
  'Chalcis',
  'Corinth',
  'Delos',
  'Delphi',
  'Eretria',
  'Knossos',
  'Megara',
  'Miletus',
  'Mycenae',
  'Naxos',
  'Olympia',
  'Rhodes',
  'Samos',
  'Sparta',
  'Thebes',
];

/** The places as options, for the fake server of the async stories. */
const placeOptions = places.map((place) => ({ value: place.toLowerCase(), label: place }));

const meta = {
  title: 'Molecules/Combobox',
  component: Combobox,
  args: {
    label: 'City',
    options: cities,
    onValueChange: fn(),
    onInputValueChange: fn(),
    onOpenChange: fn(),
  },
  argTypes: {
    size: inlineRadio(controlSizes),
    placement: inlineRadio([...comboboxPlacements]),
    options: { control: false },
    value: { control: false },
    open: { control: false },
    inputValue: { control: false },
  },
  parameters: {
    design: figmaDesign('Combobox'),
    docs: {
      description: {
        component: `An input that filters a list as you type, to choose one option or several with \`multiple\` (shown as tags): the APG editable combobox with list autocomplete. Keyboard focus stays in the input while the arrow and Page keys move through the list, so screen readers follow the active option. It takes Select's props (\`options\`, \`value\`, \`size\`, \`name\`, …), plus a custom \`filter\`, \`creatable\`, and async options (\`loadOptions\` with a \`debounce\`, \`onLoadMore\`/\`hasMore\`). Loading, no match and a failed load are announced in a polite live region. Above 100 rows only the options in view are rendered.

**Use** it when the list is long enough that typing finds faster than scrolling, when options come from a server, or when users may add their own (\`creatable\`). With react-hook-form, wrap it in a \`Controller\`.

**Don't** use it for a short known list (Select, RadioGroup), for free text with suggestions the value does not depend on (TextField), or for actions (Menu).`,
      },
    },
  },
} satisfies Meta<typeof Combobox>;

export default meta;
type Story = StoryObj<typeof meta>;

const stack = { display: 'grid', gap: cssVar('space.4'), maxInlineSize: '20rem' } as const;
/** Room under an open list in the snapshot. */
const roomForList = { minBlockSize: '22rem' } as const;

/** The story's args without the selection props, for renders that set their own. */
function base(args: Story['args']) {
  const rest: Record<string, unknown> = { ...args };
  for (const key of ['multiple', 'value', 'defaultValue', 'onValueChange']) delete rest[key];
  return rest as Omit<
    ComboboxProps<string>,
    'multiple' | 'value' | 'defaultValue' | 'onValueChange'
  > & { label: string };
}

const body = () => within(document.body);
const popup = () => document.body.querySelector<HTMLElement>('.cal-combobox-popup');
/** Closing waits for the exit animation; frames come late on a loaded machine. */
const exitWait = { timeout: 3000 };
const activeOption = (input: HTMLElement) => {
  const id = input.getAttribute('aria-activedescendant');
  return id ? document.getElementById(id) : null;
};
const optionLabels = () =>
  Array.from(document.querySelectorAll('[role="option"] [data-part="label"]')).map(
    (label) => label.textContent,
  );

/**
 * Mouse and typing: typing opens the list below the field, filtered, with the first match
 * active; a press on an option chooses it; focus never leaves the input. Left open, filtered,
 * for the snapshot.
 */
export const Playground: Story = {
  args: { description: 'Type to filter the cities.', placeholder: 'Type a city' },
  render: (args) => (
    <div style={{ ...stack, ...roomForList }}>
      <Combobox {...args} />
    </div>
  ),
  play: async ({ canvas, args }) => {
    const input = canvas.getByRole('combobox', { name: 'City' });
    await userEvent.click(input);
    await expect(popup()?.matches(':popover-open')).toBe(true);
    await userEvent.click(body().getByRole('option', { name: 'Sparta' }));
    await expect(args.onValueChange).toHaveBeenLastCalledWith('sparta');
    await expect(input).toHaveValue('Sparta');
    await waitFor(() => expect(popup()).toBeNull(), exitWait);
    await expect(input).toHaveFocus();
    await userEvent.clear(input);
    await userEvent.type(input, 'th');
    await expect(optionLabels()).toEqual(['Athens', 'Corinth', 'Thebes']);
    await expect(activeOption(input)).toHaveTextContent('Athens');
    const field = input.parentElement!.getBoundingClientRect();
    await waitFor(() => expect(popup()).toHaveAttribute('data-placement', 'bottom-start'));
    await expect(popup()!.getBoundingClientRect().top).toBeGreaterThanOrEqual(field.bottom);
  },
};

/** Keyboard (APG editable combobox): every rule, with DOM focus in the input throughout. */
export const KeyboardFocus: Story = {
  render: (args) => (
    <div style={{ ...stack, ...roomForList }}>
      <Combobox {...args} />
      <Button variant="secondary">Next</Button>
    </div>
  ),
  play: async ({ canvas, args }) => {
    const input = canvas.getByRole('combobox', { name: 'City' }) as HTMLInputElement;
    await userEvent.tab();
    await expect(input).toHaveFocus();
    await userEvent.keyboard('{ArrowDown}');
    await expect(input).toHaveAttribute('aria-expanded', 'true');
    await expect(activeOption(input)).toHaveTextContent('Athens');
    await userEvent.keyboard('{ArrowDown}{ArrowDown}');
    await expect(activeOption(input)).toHaveTextContent('Olympia');
    await userEvent.keyboard('{PageDown}');
    await expect(activeOption(input)).toHaveTextContent('Thebes');
    await userEvent.keyboard('{PageUp}');
    await expect(activeOption(input)).toHaveTextContent('Athens');
    await userEvent.keyboard('{Enter}');
    await expect(args.onValueChange).toHaveBeenLastCalledWith('athens');
    await expect(input).toHaveAttribute('aria-expanded', 'false');
    await userEvent.keyboard('{Alt>}{ArrowDown}{/Alt}');
    await expect(input).toHaveAttribute('aria-expanded', 'true');
    await expect(input).not.toHaveAttribute('aria-activedescendant');
    await userEvent.keyboard('{Alt>}{ArrowUp}{/Alt}');
    await expect(input).toHaveAttribute('aria-expanded', 'false');
    await userEvent.keyboard('{Home}');
    await expect(input.selectionStart).toBe(0);
    await userEvent.keyboard('{End}');
    await expect(input.selectionStart).toBe(6);
    await userEvent.keyboard('{Escape}');
    await expect(input).toHaveValue('');
    await expect(args.onValueChange).toHaveBeenLastCalledWith(null);
    await userEvent.keyboard('spa{ArrowUp}');
    await expect(activeOption(input)).toHaveTextContent('Sparta');
    await userEvent.keyboard('{Escape}');
    await expect(input).toHaveAttribute('aria-expanded', 'false');
    await userEvent.keyboard('{ArrowUp}');
    await expect(activeOption(input)).toHaveTextContent('Sparta');
    await expect(activeOption(input)).toHaveAttribute('data-focus-visible');
  },
};

/** The three sizes, the largest open: the options' density follows the field's. */
export const Sizes: Story = {
  render: (args) => (
    <div style={{ ...stack, ...roomForList }}>
      {controlSizes.map((size) => (
        <Combobox
          key={size}
          {...base(args)}
          size={size}
          label={`Size ${size}`}
          defaultValue="athens"
          defaultOpen={size === 'lg'}
        />
      ))}
    </div>
  ),
};

export const States: Story = {
  render: (args) => (
    <div style={stack}>
      <Combobox {...base(args)} label="Default" placeholder="Type a city" />
      <Combobox {...base(args)} label="Required" required />
      <Combobox {...base(args)} label="With value" defaultValue="olympia" />
      <Combobox {...base(args)} label="Disabled" disabled defaultValue="olympia" />
      <Combobox {...base(args)} label="Read-only" readOnly defaultValue="olympia" />
      <Combobox {...base(args)} label="Invalid" error="Choose a city we tour." />
      <Combobox
        {...base(args)}
        label="Multiple, disabled"
        multiple
        disabled
        defaultValue={['athens', 'sparta']}
      />
    </div>
  ),
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('combobox', { name: 'Disabled' })).toBeDisabled();
    await expect(canvas.getByRole('combobox', { name: 'Invalid' })).toHaveAttribute(
      'aria-invalid',
      'true',
    );
    await userEvent.click(canvas.getByRole('combobox', { name: 'Read-only' }));
    await expect(canvas.getByRole('combobox', { name: 'Read-only' })).toHaveAttribute(
      'aria-expanded',
      'false',
    );
  },
};

/** Sections with headings, descriptions and a disabled option; filtering keeps the sections that match. */
export const Grouped: Story = {
  args: { label: 'Destination', options: grouped },
  render: (args) => (
    <div style={{ ...stack, ...roomForList }}>
      <Combobox {...args} />
    </div>
  ),
  play: async ({ canvas }) => {
    const input = canvas.getByRole('combobox', { name: 'Destination' });
    await userEvent.type(input, 'e');
    const islands = body().getByRole('group', { name: 'Islands' });
    await expect(
      within(islands).getByRole('option', { name: 'Rhodes' }),
    ).toHaveAccessibleDescription('Dodecanese');
    await expect(body().getByRole('option', { name: 'Delphi' })).toHaveAttribute(
      'aria-disabled',
      'true',
    );
    // Accents and case do not matter (Intl.Collator, sensitivity "base").
    await userEvent.type(input, 'l');
    await expect(optionLabels()).toEqual(['Delphi', 'Éleusis']);
  },
};

/**
 * Multiple: each choice becomes a Tag before the input, the list stays open, the text clears;
 * Backspace in the empty input removes the last tag, a tag's remove button removes it with
 * the mouse and focus stays in the input, where ArrowDown + Enter choose on. Left open for
 * the snapshot.
 */
export const Multiple: Story = {
  args: { label: 'Stops', multiple: true, defaultValue: ['athens', 'olympia'] },
  render: (args) => (
    <div style={{ ...stack, ...roomForList }}>
      <Combobox {...args} />
    </div>
  ),
  play: async ({ canvas, args }) => {
    const input = canvas.getByRole('combobox', { name: 'Stops' });
    await userEvent.type(input, 'spa{Enter}');
    await expect(args.onValueChange).toHaveBeenLastCalledWith(['athens', 'olympia', 'sparta']);
    await expect(input).toHaveValue('');
    await expect(body().getByRole('listbox')).toHaveAttribute('aria-multiselectable', 'true');
    await userEvent.keyboard('{Backspace}');
    await expect(args.onValueChange).toHaveBeenLastCalledWith(['athens', 'olympia']);
    await userEvent.click(canvas.getByRole('button', { name: 'Remove Athens' }));
    await expect(args.onValueChange).toHaveBeenLastCalledWith(['olympia']);
    await expect(input).toHaveFocus();
    // The mouse removal leaves the list open on Sparta (the active option before Backspace),
    // named by aria-activedescendant though the emptied text re-indexed the list; ArrowDown +
    // Enter then choose the next option, and focus never leaves the input.
    await expect(input).toHaveAttribute('aria-expanded', 'true');
    await expect(activeOption(input)).toHaveTextContent('Sparta');
    await userEvent.keyboard('{ArrowDown}');
    await expect(activeOption(input)).toHaveTextContent('Thebes');
    await userEvent.keyboard('{Enter}');
    await expect(args.onValueChange).toHaveBeenLastCalledWith(['olympia', 'thebes']);
    await expect(input).toHaveFocus();
    // Escape closes; ArrowDown opens again at the first chosen option.
    await userEvent.keyboard('{Escape}{ArrowDown}');
    await expect(activeOption(input)).toHaveTextContent('Olympia');
    await userEvent.keyboard('{ArrowUp}{ArrowUp}{Enter}');
    await expect(args.onValueChange).toHaveBeenLastCalledWith(['olympia', 'thebes', 'athens']);
  },
};

/**
 * Creatable: text that matches no option offers "Create “…”"; text that matches one without
 * regard to case does not. A created value becomes a tag and an option.
 */
export const Creatable: Story = {
  args: { label: 'Tags', multiple: true, creatable: true, onCreate: fn() },
  render: (args) => (
    <div style={{ ...stack, ...roomForList }}>
      <Combobox {...args} />
    </div>
  ),
  play: async ({ canvas, args }) => {
    const input = canvas.getByRole('combobox', { name: 'Tags' });
    await userEvent.type(input, 'SPARTA');
    await expect(body().queryByRole('option', { name: /Create/ })).toBeNull();
    await userEvent.clear(input);
    await userEvent.type(input, 'Knossos');
    await expect(activeOption(input)).toHaveTextContent('Create “Knossos”');
    await userEvent.keyboard('{Enter}');
    await expect(args.onCreate).toHaveBeenCalledWith('Knossos');
    await expect(args.onValueChange).toHaveBeenLastCalledWith(['Knossos']);
    await userEvent.type(input, 'kno');
    await expect(optionLabels()).toEqual(['Knossos', 'Create “kno”']);
  },
};

/**
 * No match: text that matches no option leaves the popup open on its empty state
 * (`[data-empty]`): the list is hidden, the status line says "No options", and the live
 * region says it too. Left open on it for the snapshot.
 */
export const EmptyResults: Story = {
  args: { placeholder: 'Type a city' },
  render: (args) => (
    <div style={{ ...stack, ...roomForList }}>
      <Combobox {...args} />
    </div>
  ),
  play: async ({ canvas }) => {
    const input = canvas.getByRole('combobox', { name: 'City' });
    await userEvent.type(input, 'Troy');
    await waitFor(() => expect(popup()).toHaveAttribute('data-empty'));
    await expect(popup()?.matches(':popover-open')).toBe(true);
    await expect(input).toHaveAttribute('aria-expanded', 'true');
    await expect(body().queryAllByRole('option')).toHaveLength(0);
    await expect(popup()!.querySelector('[role="listbox"]')).not.toBeVisible();
    const status = popup()!.querySelector('[data-part="status"]');
    await expect(status).toHaveAttribute('data-status', 'empty');
    await expect(status).toHaveTextContent('No options');
    await expect(status).toBeVisible();
    await expect(canvas.getByRole('status')).toHaveTextContent('No options');
    await expect(input).not.toHaveAttribute('aria-activedescendant');
  },
};

/**
 * Clearable, with a value: a clear button (for the pointer; out of the tab order, as Select's)
 * empties the input and the value, keeps focus in the input and says "Selection cleared" in
 * the live region. From the keyboard, Escape closes the list, then clears. Left with a value.
 */
export const Clearable: Story = {
  args: { clearable: true, defaultValue: 'corinth' },
  render: (args) => (
    <div style={stack}>
      <Combobox {...args} />
    </div>
  ),
  play: async ({ canvas, args }) => {
    const input = canvas.getByRole('combobox', { name: 'City' });
    const clear = canvas.getByRole('button', { name: 'Clear selection' });
    await expect(clear).toHaveAttribute('tabindex', '-1');
    await userEvent.click(clear);
    await expect(args.onValueChange).toHaveBeenLastCalledWith(null);
    await expect(input).toHaveValue('');
    await expect(input).toHaveFocus();
    await expect(canvas.getByRole('status')).toHaveTextContent('Selection cleared');
    await expect(canvas.queryByRole('button', { name: 'Clear selection' })).toBeNull();
    // Escape: the first closes the list, the second clears the choice.
    await userEvent.type(input, 'spa{Enter}');
    await expect(args.onValueChange).toHaveBeenLastCalledWith('sparta');
    await userEvent.keyboard('{ArrowDown}');
    await expect(input).toHaveAttribute('aria-expanded', 'true');
    await userEvent.keyboard('{Escape}');
    await expect(input).toHaveAttribute('aria-expanded', 'false');
    await expect(input).toHaveValue('Sparta');
    await userEvent.keyboard('{Escape}');
    await expect(input).toHaveValue('');
    await expect(args.onValueChange).toHaveBeenLastCalledWith(null);
    // Left chosen, the clear button showing, for the snapshot.
    await userEvent.type(input, 'theb{Enter}');
    await expect(input).toHaveValue('Thebes');
    await expect(canvas.getByRole('button', { name: 'Clear selection' })).toBeVisible();
    await userEvent.tab();
  },
};

/**
 * Clearable, with several tags: the clear button removes every tag and the typed text at
 * once (Backspace removes one tag, a tag's button that tag). `clearLabel` renames it.
 */
export const ClearableMultiple: Story = {
  args: {
    label: 'Stops',
    multiple: true,
    clearable: true,
    clearLabel: 'Clear all stops',
    defaultValue: ['athens', 'olympia', 'sparta'],
  },
  render: (args) => (
    <div style={stack}>
      <Combobox {...args} />
    </div>
  ),
  play: async ({ canvas, args }) => {
    const input = canvas.getByRole('combobox', { name: 'Stops' });
    await userEvent.type(input, 'the');
    await userEvent.click(canvas.getByRole('button', { name: 'Clear all stops' }));
    await expect(args.onValueChange).toHaveBeenLastCalledWith([]);
    await expect(input).toHaveValue('');
    await expect(input).toHaveFocus();
    await expect(canvas.queryByRole('button', { name: /^Remove/ })).toBeNull();
    await expect(canvas.getByRole('status')).toHaveTextContent('Selection cleared');
    // Chosen again and closed, the clear button showing, for the snapshot.
    await userEvent.keyboard('{Escape}');
    await userEvent.type(input, 'ath{Enter}');
    await expect(args.onValueChange).toHaveBeenLastCalledWith(['athens']);
    await userEvent.type(input, 'theb{Enter}{Escape}');
    await expect(args.onValueChange).toHaveBeenLastCalledWith(['athens', 'thebes']);
    await userEvent.tab();
  },
};

/**
 * Stress: async options from a server that answers after 1 s. Typing waits 250 ms (the
 * `debounce`), aborts the request of an older query, and says "Loading…" (shown, and in the
 * live region) until the answer. Left open on the answer.
 */
export const AsyncSlow: Story = {
  args: { label: 'Place', options: undefined, loadOptions: fakeServer(placeOptions, 1000) },
  render: (args) => (
    <div style={{ ...stack, ...roomForList }}>
      <Combobox {...args} />
    </div>
  ),
  play: async ({ canvas }) => {
    const input = canvas.getByRole('combobox', { name: 'Place' });
    await userEvent.type(input, 'os');
    await waitFor(() => expect(canvas.getByRole('status')).toHaveTextContent('Loading…'));
    await expect(popup()?.querySelector('[role="listbox"]')).toHaveAttribute('aria-busy', 'true');
    await waitFor(
      () => expect(optionLabels()).toEqual(['Argos', 'Delos', 'Knossos', 'Naxos', 'Samos']),
      {
        timeout: 4000,
      },
    );
    await expect(canvas.getByRole('status')).toBeEmptyDOMElement();
    await expect(activeOption(input)).toHaveTextContent('Argos');
  },
};

/** Stress: async options from a server that fails; the error is shown and announced. */
export const AsyncFailure: Story = {
  args: {
    label: 'Place',
    options: undefined,
    loadOptions: fakeServer(placeOptions, 1000, () => true),
    loadErrorLabel: 'Could not load places. Try again.',
  },
  render: (args) => (
    <div style={{ ...stack, ...roomForList }}>
      <Combobox {...args} />
    </div>
  ),
  play: async ({ canvas }) => {
    const input = canvas.getByRole('combobox', { name: 'Place' });
    await userEvent.type(input, 'a');
    await waitFor(
      () =>
        expect(canvas.getByRole('status')).toHaveTextContent('Could not load places. Try again.'),
      { timeout: 4000 },
    );
    await expect(popup()?.querySelector('[data-status="error"]')).toHaveTextContent(
      'Could not load places. Try again.',
    );
  },
};

/**
 * Load more: the caller holds the options and `loading`, and appends a page when
 * `onLoadMore` asks (here 40 options after 300 ms), while `hasMore`. A first page too short
 * to scroll asks at once; then scrolling within a viewport of the end asks again.
 */
export const LoadMore: Story = {
  args: { label: 'Inventory item' },
  render: function Render(args) {
    const [count, setCount] = useState(4);
    const [loading, setLoading] = useState(false);
    return (
      <div style={{ ...stack, ...roomForList }}>
        <Combobox<number>
          label={args.label}
          onOpenChange={args.onOpenChange}
          options={manyOptions.slice(0, count)}
          loading={loading}
          hasMore={count < 200}
          onLoadMore={() => {
            setLoading(true);
            setTimeout(() => {
              setCount((current) => current + 40);
              setLoading(false);
            }, 300);
          }}
        />
      </div>
    );
  },
  play: async ({ canvas }) => {
    const input = canvas.getByRole('combobox', { name: 'Inventory item' });
    await userEvent.click(input);
    const listbox = body().getByRole('listbox');
    await waitFor(() =>
      expect(body().getByRole('option', { name: 'Inventory item 00005' })).toBeInTheDocument(),
    );
    listbox.scrollTop = listbox.scrollHeight;
    await waitFor(() => expect(listbox).toHaveAttribute('aria-busy', 'true'));
    await waitFor(() =>
      expect(body().getByRole('option', { name: 'Inventory item 00045' })).toBeInTheDocument(),
    );
  },
};

/**
 * Stress: 10,000 options. Open, only those in view are rendered (with `aria-setsize` and
 * `aria-posinset`); a keystroke filters all 10,000; the Page keys and End jump across the
 * window, the active option always in view. Left open for the snapshot.
 */
export const TenThousandOptions: Story = {
  args: { label: 'Inventory item', options: manyOptions, defaultValue: 9_000 },
  render: (args) => (
    <div style={{ ...stack, ...roomForList }}>
      <Combobox {...args} />
    </div>
  ),
  play: async ({ canvas }) => {
    const input = canvas.getByRole('combobox', { name: 'Inventory item' });
    await userEvent.click(input);
    const listbox = body().getByRole('listbox');
    await expect(activeOption(input)).toHaveTextContent('Inventory item 09000');
    await expect(listbox.querySelectorAll('[role="option"]').length).toBeLessThanOrEqual(60);
    await userEvent.clear(input);
    await userEvent.type(input, '99');
    await expect(activeOption(input)).toHaveTextContent('Inventory item 00099');
    for (let i = 0; i < 6; i += 1) await userEvent.keyboard('{PageDown}');
    const active = activeOption(input)!;
    const box = listbox.getBoundingClientRect();
    await waitFor(() =>
      expect(active.getBoundingClientRect().bottom).toBeLessThanOrEqual(box.bottom + 1),
    );
    await expect(active.getBoundingClientRect().top).toBeGreaterThanOrEqual(box.top - 1);
    await expect(listbox.querySelectorAll('[role="option"]').length).toBeLessThanOrEqual(60);
  },
};

/** Stress: a long label, a long value, long options and an unbroken error wrap or truncate. */
export const LongText: Story = {
  args: {
    label: longLabel,
    error: unbrokenError,
    defaultOpen: true,
    defaultValue: 'long',
    options: [
      {
        value: 'long',
        label: 'An option label that goes on far longer than any option label should',
        description: 'And a description under it that is long enough to wrap as well',
      },
      ...cities,
    ],
  },
  render: (args) => (
    <div style={{ maxInlineSize: '16rem', ...roomForList }}>
      <Combobox {...args} />
    </div>
  ),
};

/** Stress: long tags wrap inside the field, the input keeps room to type. */
export const LongTags: Story = {
  args: {
    label: 'Stops',
    multiple: true,
    defaultValue: ['long', 'athens', 'olympia', 'sparta'],
    options: [
      { value: 'long', label: 'A stop whose name goes on far longer than a tag can show' },
      ...cities,
    ],
  },
  render: (args) => (
    <div style={{ maxInlineSize: '16rem' }}>
      <Combobox {...args} />
    </div>
  ),
};

/** Stress: right-to-left; the toggle, the tags and the list's alignment mirror. Open. */
export const RightToLeft: Story = {
  render: (args) => (
    <RightToLeftBlock style={{ ...stack, ...roomForList }}>
      <Combobox
        {...base(args)}
        label="المدن"
        description="اكتب للبحث"
        multiple
        defaultOpen
        defaultValue={['athens']}
        options={[
          { value: 'athens', label: 'أثينا' },
          { value: 'sparta', label: 'إسبرطة' },
          { value: 'delphi', label: 'دلفي', disabled: true },
        ]}
      />
    </RightToLeftBlock>
  ),
  play: async () => {
    await waitFor(() => expect(popup()).toHaveAttribute('dir', 'rtl'));
    await expect(popup()).toHaveAttribute('data-placement', 'bottom-start');
  },
};

/** Stress: 200% zoom (WCAG 1.4.4). */
export const Zoom200: Story = {
  render: (args) => (
    <Zoom200Block style={stack}>
      <Combobox {...base(args)} description="Still readable" required defaultValue="athens" />
      <Combobox
        {...base(args)}
        label="Stops"
        multiple
        defaultValue={['athens', 'sparta', 'thebes']}
      />
    </Zoom200Block>
  ),
};

/**
 * Inside a Dialog: the list lives in the dialog (not inert), above it; Escape closes the
 * list alone, a second Escape clears the text, a third closes the dialog.
 */
export const InDialog: Story = {
  render: (args) => (
    <DialogTrigger defaultOpen>
      <Button>Plan a trip</Button>
      <Dialog title="Plan a trip">
        <div style={{ ...stack, ...roomForList }}>
          <Combobox {...args} />
        </div>
      </Dialog>
    </DialogTrigger>
  ),
  play: async () => {
    const dialog = body().getByRole('dialog', { name: 'Plan a trip' });
    const input = within(dialog).getByRole('combobox', { name: 'City' });
    await userEvent.type(input, 'o');
    await expect(dialog).toContainElement(popup());
    const option = body().getByRole('option', { name: 'Olympia' });
    const box = option.getBoundingClientRect();
    const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    await expect(option.contains(hit)).toBe(true);
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(popup()).toBeNull(), exitWait);
    await expect(dialog).toBeVisible();
    await expect(input).toHaveFocus();
    await userEvent.type(input, 'ly');
    await userEvent.click(body().getByRole('option', { name: 'Olympia' }));
    await expect(input).toHaveValue('Olympia');
    await expect(dialog).toBeVisible();
  },
};

/** Controlled value and text: the parent holds both, and shows them. */
export const Controlled: Story = {
  render: function Render(args) {
    const [value, setValue] = useState<string | null>('olympia');
    const [text, setText] = useState('Olympia');
    return (
      <div style={stack}>
        <Combobox
          {...base(args)}
          value={value}
          onValueChange={(next) => setValue(next)}
          inputValue={text}
          onInputValueChange={setText}
        />
        <p>
          Chosen: {value ?? 'none'}; text: “{text}”
        </p>
        <Button variant="secondary" onClick={() => setValue('thebes')}>
          Choose Thebes
        </Button>
      </div>
    );
  },
  play: async ({ canvas }) => {
    const input = canvas.getByRole('combobox', { name: 'City' });
    await userEvent.click(canvas.getByRole('button', { name: 'Choose Thebes' }));
    await expect(input).toHaveValue('Thebes');
    // Typed over the label: the value holds until a choice (erasing the text would clear it).
    await userEvent.type(input, 'cor', { initialSelectionStart: 0, initialSelectionEnd: 6 });
    await expect(canvas.getByText('Chosen: thebes; text: “cor”')).toBeVisible();
    await userEvent.keyboard('{Enter}');
    await expect(canvas.getByText('Chosen: corinth; text: “Corinth”')).toBeVisible();
  },
};

/**
 * Submits with a native form: one entry per value under `name` (the typed text is not
 * submitted); Reset returns to the defaults.
 */
export const InForm: Story = {
  render: (args) => (
    <StoryForm style={stack} serialize={(data) => [...data.entries()]}>
      <Combobox {...base(args)} name="city" defaultValue="athens" />
      <Combobox {...base(args)} label="Stops" name="stops" multiple defaultValue={['sparta']} />
    </StoryForm>
  ),
  play: async ({ canvas }) => {
    const city = canvas.getByRole('combobox', { name: 'City' });
    await userEvent.clear(city);
    await userEvent.type(city, 'theb{Enter}');
    await userEvent.type(canvas.getByRole('combobox', { name: 'Stops' }), 'cor{Enter}{Escape}');
    await submitStoryForm(canvas);
    await expectSubmitted(canvas, [
      ['city', 'thebes'],
      ['stops', 'sparta'],
      ['stops', 'corinth'],
    ]);
    await resetStoryForm(canvas);
    await waitFor(() => expect(city).toHaveValue('Athens'));
    await submitStoryForm(canvas);
    await expectSubmitted(canvas, [
      ['city', 'athens'],
      ['stops', 'sparta'],
    ]);
  },
};
