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
  withoutAnchorPositioning,
  Zoom200Block,
} from '../../../.storybook/stories';
import { Button } from '../../atoms/Button';
import { cssVar } from '../../tokens';
import { Dialog, DialogTrigger } from '../Dialog';
import { anchorPositioning } from '../overlay';
import {
  Select,
  selectPlacements,
  selectValueDisplays,
  type SelectItem,
  type SelectProps,
} from './index';

const cities: SelectItem<string>[] = [
  { value: 'athens', label: 'Athens' },
  { value: 'corinth', label: 'Corinth' },
  { value: 'delphi', label: 'Delphi', disabled: true },
  { value: 'olympia', label: 'Olympia' },
  { value: 'sparta', label: 'Sparta' },
  { value: 'thebes', label: 'Thebes' },
];

const grouped: SelectItem<string>[] = [
  {
    label: 'Mainland',
    options: [
      { value: 'athens', label: 'Athens', description: 'Attica, the Acropolis' },
      { value: 'delphi', label: 'Delphi', description: 'Phocis, closed for works', disabled: true },
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

const meta = {
  title: 'Molecules/Select',
  component: Select,
  args: {
    label: 'City',
    options: cities,
    onValueChange: fn(),
    onOpenChange: fn(),
  },
  argTypes: {
    size: inlineRadio(controlSizes),
    placement: inlineRadio([...selectPlacements]),
    valueDisplay: inlineRadio([...selectValueDisplays]),
    options: { control: false },
    value: { control: false },
    open: { control: false },
  },
  parameters: {
    design: figmaDesign('Select'),
    docs: {
      description: {
        component: `A field that opens a list to choose one option, or several with \`multiple\`: the APG select-only combobox. Keyboard focus stays on the field while the arrow keys, Home/End, Page keys and typing move through the list, so screen readers follow the active option. Long lists stay fast: a closed Select renders no option, and an open one above 100 rows renders only what is in view.

**Use** it to choose from a known list of more than about five options; group long lists in sections; give the list a \`placeholder\` that tells what to choose. With react-hook-form, wrap it in a \`Controller\`.

**Don't** use it for two to five options that fit on the page (RadioGroup, CheckboxGroup), for free text or searching a long list by typing (Combobox), or for actions (Menu).`,
      },
    },
  },
} satisfies Meta<typeof Select>;

export default meta;
type Story = StoryObj<typeof meta>;

const stack = { display: 'grid', gap: cssVar('space.4'), maxInlineSize: '20rem' } as const;
/** Room under an open list in the snapshot. */
const roomForList = { minBlockSize: '22rem' } as const;

/**
 * The story's args without the selection props (`multiple`, `value`, `defaultValue`,
 * `onValueChange`), for renders that set their own: the two selection modes type them apart.
 */
function base(args: Story['args']) {
  const rest: Record<string, unknown> = { ...args };
  for (const key of ['multiple', 'value', 'defaultValue']) delete rest[key];
  return rest as Omit<
    SelectProps<string>,
    'multiple' | 'value' | 'defaultValue' | 'onValueChange'
  > & {
    label: string;
    options: SelectItem<string>[];
  };
}

const body = () => within(document.body);
const popup = () => document.body.querySelector<HTMLElement>('.cal-select-popup');
/** Closing waits for the exit animation; frames come late on a loaded machine. */
const exitWait = { timeout: 3000 };
const activeOption = (trigger: HTMLElement) => {
  const id = trigger.getAttribute('aria-activedescendant');
  return id ? document.getElementById(id) : null;
};

/**
 * Mouse: a press opens the list below the field, as wide as it, with the chosen option
 * active; a press on an option chooses it and closes; focus never leaves the field. Left open
 * for the snapshot.
 */
export const Playground: Story = {
  args: { description: 'Where the tour starts.', defaultValue: 'corinth' },
  render: (args) => (
    <div style={{ ...stack, ...roomForList }}>
      <Select {...args} />
    </div>
  ),
  play: async ({ canvas, args }) => {
    const trigger = canvas.getByRole('combobox', { name: 'City' });
    await expect(trigger).toHaveTextContent('Corinth');
    await userEvent.click(trigger);
    const listbox = body().getByRole('listbox', { name: 'City' });
    await expect(popup()?.matches(':popover-open')).toBe(true);
    await expect(activeOption(trigger)).toBe(body().getByRole('option', { name: 'Corinth' }));
    const field = trigger.parentElement!.getBoundingClientRect();
    await waitFor(() => expect(popup()).toHaveAttribute('data-placement', 'bottom-start'));
    const list = popup()!.getBoundingClientRect();
    await expect(list.top).toBeGreaterThanOrEqual(field.bottom);
    await expect(Math.round(list.width)).toBeGreaterThanOrEqual(Math.round(field.width));
    await userEvent.click(within(listbox).getByRole('option', { name: 'Sparta' }));
    await expect(args.onValueChange).toHaveBeenLastCalledWith('sparta');
    await waitFor(() => expect(popup()).toBeNull(), exitWait);
    await expect(trigger).toHaveFocus();
    await expect(trigger).toHaveTextContent('Sparta');
    await userEvent.click(trigger);
    await expect(body().getByRole('option', { name: 'Sparta' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
  },
};

/** Keyboard (APG select-only combobox): every rule, with DOM focus on the field throughout. */
export const KeyboardFocus: Story = {
  render: (args) => (
    <div style={{ ...stack, ...roomForList }}>
      <Select {...args} />
      <Button variant="secondary">Next</Button>
    </div>
  ),
  play: async ({ canvas, args }) => {
    const trigger = canvas.getByRole('combobox', { name: 'City' });
    await userEvent.tab();
    await expect(trigger).toHaveFocus();
    await userEvent.keyboard('{ArrowDown}');
    await expect(trigger).toHaveAttribute('aria-expanded', 'true');
    await expect(activeOption(trigger)).toHaveTextContent('Athens');
    await userEvent.keyboard('{ArrowDown}{ArrowDown}');
    await expect(activeOption(trigger)).toHaveTextContent('Olympia');
    await userEvent.keyboard('{End}');
    await expect(activeOption(trigger)).toHaveTextContent('Thebes');
    await userEvent.keyboard('{Home}s');
    await expect(activeOption(trigger)).toHaveTextContent('Sparta');
    await userEvent.keyboard('{Enter}');
    await expect(args.onValueChange).toHaveBeenLastCalledWith('sparta');
    await expect(trigger).toHaveAttribute('aria-expanded', 'false');
    await userEvent.keyboard('{Alt>}{ArrowDown}{/Alt}');
    await expect(activeOption(trigger)).toHaveTextContent('Sparta');
    await userEvent.keyboard('{Escape}');
    await expect(trigger).toHaveAttribute('aria-expanded', 'false');
    await userEvent.keyboard('c');
    await expect(activeOption(trigger)).toHaveTextContent('Corinth');
    await userEvent.tab();
    await expect(args.onValueChange).toHaveBeenLastCalledWith('corinth');
    await expect(canvas.getByRole('button', { name: 'Next' })).toHaveFocus();
    await userEvent.tab({ shift: true });
    await userEvent.keyboard(' ');
    await expect(activeOption(trigger)).toHaveTextContent('Corinth');
    await expect(activeOption(trigger)).toHaveAttribute('data-focus-visible');
  },
};

/** The three sizes, the largest open: the options' density follows the field's. */
export const Sizes: Story = {
  render: (args) => (
    <div style={{ ...stack, ...roomForList }}>
      {controlSizes.map((size) => (
        <Select
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
      <Select {...base(args)} label="Default" />
      <Select {...base(args)} label="Required" required />
      <Select {...base(args)} label="With value" defaultValue="olympia" />
      <Select {...base(args)} label="Disabled" disabled defaultValue="olympia" />
      <Select {...base(args)} label="Read-only" readOnly defaultValue="olympia" />
      <Select {...base(args)} label="Invalid" error="Choose a city we tour." />
      <Select {...base(args)} label="Clearable" clearable defaultValue="thebes" />
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

/** Sections with headings, descriptions under labels, and a disabled option; open. */
export const Grouped: Story = {
  args: { label: 'Destination', options: grouped, defaultValue: 'naxos', defaultOpen: true },
  render: (args) => (
    <div style={{ ...stack, ...roomForList }}>
      <Select {...args} />
    </div>
  ),
  play: async () => {
    const islands = body().getByRole('group', { name: 'Islands' });
    await expect(
      within(islands).getByRole('option', { name: 'Naxos' }),
    ).toHaveAccessibleDescription('Cyclades');
    await expect(body().getByRole('option', { name: 'Delphi' })).toHaveAttribute(
      'aria-disabled',
      'true',
    );
  },
};

/**
 * Multiple: options toggle and the list stays open; the field shows the label of one choice
 * and a count of several. Shift+arrows extend, Ctrl+A chooses all.
 */
export const Multiple: Story = {
  args: { label: 'Stops', multiple: true, defaultValue: ['athens'], placeholder: 'Add stops' },
  render: (args) => (
    <div style={{ ...stack, ...roomForList }}>
      <Select {...args} />
    </div>
  ),
  play: async ({ canvas, args }) => {
    const trigger = canvas.getByRole('combobox', { name: 'Stops' });
    await userEvent.click(trigger);
    await userEvent.click(body().getByRole('option', { name: 'Olympia' }));
    await expect(args.onValueChange).toHaveBeenLastCalledWith(['athens', 'olympia']);
    await expect(trigger).toHaveTextContent('2 selected');
    await userEvent.keyboard('{Shift>}{ArrowDown}{/Shift}');
    await expect(args.onValueChange).toHaveBeenLastCalledWith(['athens', 'olympia', 'sparta']);
    await expect(body().getByRole('listbox')).toHaveAttribute('aria-multiselectable', 'true');
  },
};

/** Multiple with `valueDisplay="tags"`: a tag per choice, wrapping; clearable. */
export const MultipleTags: Story = {
  args: {
    label: 'Stops',
    multiple: true,
    valueDisplay: 'tags',
    clearable: true,
    defaultValue: ['athens', 'olympia', 'sparta', 'thebes'],
  },
  render: (args) => (
    <div style={stack}>
      <Select {...args} />
    </div>
  ),
  play: async ({ canvas, args }) => {
    const trigger = canvas.getByRole('combobox', { name: 'Stops' });
    await expect(within(trigger).getByText('Olympia')).toHaveAttribute('data-part', 'tag');
    await userEvent.click(canvas.getByRole('button', { name: 'Clear selection' }));
    await expect(args.onValueChange).toHaveBeenLastCalledWith([]);
    await expect(trigger).toHaveFocus();
    await userEvent.keyboard('{ArrowDown}{Control>}a{/Control}{Escape}');
    await expect(within(trigger).getAllByText(/./, { selector: '[data-part="tag"]' })).toHaveLength(
      5,
    );
  },
};

/** Clearable: the button clears, Escape on the closed field clears too; then Escape is free. */
export const Clearable: Story = {
  args: { clearable: true, defaultValue: 'sparta' },
  render: (args) => (
    <div style={stack}>
      <Select {...args} />
    </div>
  ),
  play: async ({ canvas, args }) => {
    const trigger = canvas.getByRole('combobox', { name: 'City' });
    await userEvent.click(canvas.getByRole('button', { name: 'Clear selection' }));
    await expect(args.onValueChange).toHaveBeenLastCalledWith(null);
    await expect(trigger).toHaveTextContent('Select…');
    await userEvent.keyboard('{ArrowDown}{Enter}');
    await expect(trigger).toHaveTextContent('Athens');
    await userEvent.keyboard('{Escape}');
    await expect(trigger).toHaveTextContent('Select…');
  },
};

/**
 * No options: the list opens all the same, with `emptyLabel` in place of the options (as
 * ListBox, Filter and Combobox show theirs). The list stays named by the label and is described
 * by that line, and since focus stays on the field, a polite live region says it when the list
 * opens and is emptied when it closes. No option is active, Enter closes it choosing nothing,
 * and ArrowDown opens it again. Left open for the snapshot.
 */
export const Empty: Story = {
  args: {
    label: 'Route',
    options: [],
    placeholder: 'Choose a route',
    emptyLabel: 'No routes leave this port today',
  },
  render: (args) => (
    <div style={{ ...stack, ...roomForList }}>
      <Select {...args} />
    </div>
  ),
  play: async ({ canvas, args }) => {
    const trigger = canvas.getByRole('combobox', { name: 'Route' });
    const status = canvas.getByRole('status');
    await expect(status).toHaveAttribute('aria-live', 'polite');
    await expect(status).toBeEmptyDOMElement();
    await userEvent.click(trigger);
    const list = body().getByRole('listbox', { name: 'Route' });
    await expect(trigger).toHaveAttribute('aria-expanded', 'true');
    await expect(trigger).toHaveAttribute('aria-controls', list.id);
    await expect(list).toHaveAccessibleDescription('No routes leave this port today');
    await expect(
      within(popup() as HTMLElement).getByText('No routes leave this port today'),
    ).toBeVisible();
    await expect(status).toHaveTextContent('No routes leave this port today');
    await expect(body().queryAllByRole('option')).toHaveLength(0);
    await expect(trigger).not.toHaveAttribute('aria-activedescendant');
    await expect(trigger).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    await expect(status).toBeEmptyDOMElement();
    await waitFor(() => expect(popup()).toBeNull(), exitWait);
    await expect(args.onValueChange).not.toHaveBeenCalled();
    await expect(trigger).toHaveTextContent('Choose a route');
    await userEvent.keyboard('{ArrowDown}');
    await expect(body().getByRole('listbox', { name: 'Route' })).toHaveAccessibleDescription(
      'No routes leave this port today',
    );
    await expect(status).toHaveTextContent('No routes leave this port today');
  },
};

/**
 * Stress: 10,000 options. Closed, none is rendered; open, only those in view (about 20),
 * with `aria-setsize`/`aria-posinset`. End and typing jump across the window and the active
 * option is always in view. Left open near the end for the snapshot.
 */
export const TenThousandOptions: Story = {
  args: { label: 'Inventory item', options: manyOptions, defaultValue: 9_000 },
  render: (args) => (
    <div style={{ ...stack, ...roomForList }}>
      <Select {...args} />
    </div>
  ),
  play: async ({ canvas }) => {
    const trigger = canvas.getByRole('combobox', { name: 'Inventory item' });
    await expect(document.querySelectorAll('[role="option"]')).toHaveLength(0);
    await userEvent.click(trigger);
    const listbox = body().getByRole('listbox');
    await expect(activeOption(trigger)).toHaveTextContent('Inventory item 09000');
    await expect(listbox.querySelectorAll('[role="option"]').length).toBeLessThanOrEqual(60);
    await userEvent.keyboard('{End}');
    const last = activeOption(trigger)!;
    await expect(last).toHaveTextContent('Inventory item 10000');
    await expect(last).toHaveAttribute('aria-posinset', '10000');
    const box = listbox.getBoundingClientRect();
    await waitFor(() =>
      expect(last.getBoundingClientRect().bottom).toBeLessThanOrEqual(box.bottom),
    );
    await userEvent.keyboard('{PageUp}{PageUp}');
    await expect(activeOption(trigger)!.getBoundingClientRect().top).toBeGreaterThanOrEqual(
      box.top,
    );
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
      <Select {...args} />
    </div>
  ),
};

/** Stress: right-to-left; the chevron and the list's alignment mirror. Open. */
export const RightToLeft: Story = {
  render: (args) => (
    <RightToLeftBlock style={{ ...stack, ...roomForList }}>
      <Select
        {...base(args)}
        label="المدينة"
        description="حيث تبدأ الجولة"
        clearable
        defaultOpen
        defaultValue="athens"
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
      <Select {...base(args)} description="Still readable" required defaultValue="athens" />
    </Zoom200Block>
  ),
};

/**
 * Inside a Dialog: the list lives in the dialog (not inert), above it; Escape closes the
 * list alone, a second Escape the dialog.
 */
export const InDialog: Story = {
  render: (args) => (
    <DialogTrigger defaultOpen>
      <Button>Plan a trip</Button>
      <Dialog title="Plan a trip">
        <div style={{ ...stack, ...roomForList }}>
          <Select {...args} />
        </div>
      </Dialog>
    </DialogTrigger>
  ),
  play: async () => {
    const dialog = body().getByRole('dialog', { name: 'Plan a trip' });
    const trigger = within(dialog).getByRole('combobox', { name: 'City' });
    await userEvent.click(trigger);
    await expect(dialog).toContainElement(popup());
    // Above the modal dialog, and not inert: the option is what a press there reaches.
    const option = body().getByRole('option', { name: 'Olympia' });
    const box = option.getBoundingClientRect();
    const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    await expect(option.contains(hit)).toBe(true);
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(popup()).toBeNull(), exitWait);
    await expect(dialog).toBeVisible();
    await expect(trigger).toHaveFocus();
    await userEvent.click(trigger);
    await userEvent.click(body().getByRole('option', { name: 'Olympia' }));
    await expect(trigger).toHaveTextContent('Olympia');
    await expect(dialog).toBeVisible();
  },
};

/** Controlled value and open state: the parent holds both, and shows them. */
export const Controlled: Story = {
  render: function Render(args) {
    const [value, setValue] = useState<string | null>('olympia');
    const [open, setOpen] = useState(false);
    return (
      <div style={stack}>
        <Select
          {...base(args)}
          value={value}
          onValueChange={(next) => setValue(next)}
          open={open}
          onOpenChange={setOpen}
        />
        <p>
          Chosen: {value ?? 'none'}; {open ? 'open' : 'closed'}
        </p>
        <Button variant="secondary" onClick={() => setValue('thebes')}>
          Choose Thebes
        </Button>
      </div>
    );
  },
  play: async ({ canvas }) => {
    const trigger = canvas.getByRole('combobox', { name: 'City' });
    await userEvent.click(canvas.getByRole('button', { name: 'Choose Thebes' }));
    await expect(trigger).toHaveTextContent('Thebes');
    await userEvent.click(trigger);
    await expect(canvas.getByText('Chosen: thebes; open')).toBeVisible();
    await userEvent.click(body().getByRole('option', { name: 'Athens' }));
    await expect(canvas.getByText('Chosen: athens; closed')).toBeVisible();
  },
};

/**
 * Submits with a native form: one entry per value under `name`, an empty single value as
 * ''; Reset returns to the defaults; a required empty field stops the submit.
 */
export const InForm: Story = {
  render: (args) => (
    <StoryForm style={stack} serialize={(data) => [...data.entries()]}>
      <Select {...base(args)} name="city" defaultValue="athens" />
      <Select {...base(args)} label="Stops" name="stops" multiple defaultValue={['sparta']} />
    </StoryForm>
  ),
  play: async ({ canvas }) => {
    await userEvent.click(canvas.getByRole('combobox', { name: 'City' }));
    await userEvent.click(body().getByRole('option', { name: 'Thebes' }));
    await waitFor(() => expect(popup()).toBeNull(), exitWait);
    await userEvent.click(canvas.getByRole('combobox', { name: 'Stops' }));
    await userEvent.click(body().getByRole('option', { name: 'Corinth' }));
    await userEvent.keyboard('{Escape}');
    await submitStoryForm(canvas);
    await expectSubmitted(canvas, [
      ['city', 'thebes'],
      ['stops', 'sparta'],
      ['stops', 'corinth'],
    ]);
    await resetStoryForm(canvas);
    await waitFor(() =>
      expect(canvas.getByRole('combobox', { name: 'City' })).toHaveTextContent('Athens'),
    );
    await submitStoryForm(canvas);
    await expectSubmitted(canvas, [
      ['city', 'athens'],
      ['stops', 'sparta'],
    ]);
  },
};

/**
 * Low in the viewport: the list has no room below its field, so it opens above it, and it
 * is capped to the room left there (`--available-height`). Then the same without CSS anchor
 * positioning, as in the older browsers of the support policy (`anchorPositioning`).
 */
export const LowInTheViewport: Story = {
  args: { defaultValue: 'corinth' },
  render: (args) => (
    <div style={{ position: 'fixed', insetBlockEnd: 0, insetInlineStart: cssVar('space.4') }}>
      <Select {...args} />
    </div>
  ),
  play: async ({ canvas }) => {
    const trigger = canvas.getByRole('combobox', { name: 'City' });
    await userEvent.click(trigger);
    await waitFor(() => expect(popup()).toHaveAttribute('data-placement', 'top-start'));
    const field = trigger.parentElement!.getBoundingClientRect();
    const list = popup()!.getBoundingClientRect();
    await expect(list.bottom).toBeLessThanOrEqual(field.top);
    await expect(list.top).toBeGreaterThanOrEqual(0);
    const room = Number.parseFloat(popup()!.style.getPropertyValue('--available-height'));
    await expect(list.height).toBeLessThanOrEqual(room);
    await expect(popup()!.style.top.includes('anchor(')).toBe(anchorPositioning.native !== false);
  },
  parameters: {
    visual: {
      disable: true,
      reason: 'The field is fixed to the viewport bottom, outside the photographed canvas.',
    },
  },
};

/** LowInTheViewport without CSS anchor positioning. */
export const LowInTheViewportFallback: Story = {
  ...LowInTheViewport,
  beforeEach: withoutAnchorPositioning,
};
