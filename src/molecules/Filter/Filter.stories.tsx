import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { figmaDesign } from '../../../.storybook/design';
import {
  controlSizes,
  expectSubmitted,
  inlineRadio,
  resetStoryForm,
  RightToLeftBlock,
  StoryForm,
  submitStoryForm,
  Zoom200Block,
} from '../../../.storybook/stories';
import { Button } from '../../atoms/Button';
import { fakeServer } from '../../test/fakeServer';
import { cssVar } from '../../tokens';
import { Dialog, DialogTrigger } from '../Dialog';
import { Filter, filterPlacements, filterTypes, type FilterItem, type FilterProps } from './index';

const statuses: FilterItem<string>[] = [
  { value: 'open', label: 'Open' },
  { value: 'review', label: 'In review' },
  { value: 'blocked', label: 'Blocked', disabled: true },
  { value: 'done', label: 'Done' },
];

/** 10,000 owners, built once: a stable array, as the docs ask for long lists. */
const owners = Array.from({ length: 10_000 }, (_, index) => ({
  value: index + 1,
  label: `Owner ${String(index + 1).padStart(5, '0')}`,
}));

const meta = {
  title: 'Molecules/Filter',
  component: Filter,
  args: { label: 'Status', options: statuses, onValueChange: fn(), onOpenChange: fn() },
  argTypes: {
    size: inlineRadio(controlSizes),
    placement: inlineRadio([...filterPlacements]),
    filterType: inlineRadio([...filterTypes]),
    options: { control: false },
    value: { control: false },
    open: { control: false },
  },
  parameters: {
    design: figmaDesign('Filter'),
    docs: {
      description: {
        component: `A pill that opens a single or multiple choice in a popover, to narrow a list or a table. The pill shows what is applied ("Status: Open +2"). The popover holds the options (windowed above 100 rows), a search input above 10 options, and for a multiple filter "Select all" (enabled options only) and "Clear". \`filterType="added"\` marks a filter the user added: it gets a remove button. Values are the options' \`value\`s, as on Select; \`name\` submits them with a native form.

**Use** filters above a list or a table, usually in a FilterBar; choose \`multiple\` when several values can apply at once.

**Don't** use it as a form field with a label (use Select), or for actions (use a Menu).`,
      },
    },
  },
} satisfies Meta<typeof Filter>;

export default meta;
type Story = StoryObj<typeof meta>;

const row = {
  display: 'flex',
  flexWrap: 'wrap',
  gap: cssVar('space.2'),
  alignItems: 'center',
} as const;
const column = { display: 'grid', gap: cssVar('space.3'), justifyItems: 'start' } as const;
/** Room under an open popover in the snapshot. */
const roomForList = { minBlockSize: '24rem' } as const;

/** The story's args without the selection props, for renders that set their own. */
function base(args: Story['args']) {
  const rest: Record<string, unknown> = { ...args };
  for (const key of ['multiple', 'value', 'defaultValue']) delete rest[key];
  return rest as Omit<
    FilterProps<string>,
    'multiple' | 'value' | 'defaultValue' | 'onValueChange'
  > & {
    label: string;
    options: FilterItem<string>[];
  };
}

const body = () => within(document.body);
const popup = () => document.body.querySelector<HTMLElement>('.cal-filter-popup');
/** Closing waits for the exit animation; frames come late on a loaded machine. */
const exitWait = { timeout: 3000 };
const activeOf = (element: Element) => {
  const id = element.getAttribute('aria-activedescendant');
  return id ? document.getElementById(id) : null;
};

/**
 * Mouse and keyboard, single: a press opens the popover with the list focused; the arrows
 * move, Enter chooses and closes, focus back on the pill, which shows the value. Left open.
 */
export const Playground: Story = {
  render: (args) => (
    <div style={roomForList}>
      <Filter {...args} />
    </div>
  ),
  play: async ({ canvas, args }) => {
    const pill = canvas.getByRole('button', { name: 'Status' });
    await userEvent.click(pill);
    const list = body().getByRole('listbox', { name: 'Status' });
    await expect(list).toHaveFocus();
    await userEvent.keyboard('{ArrowDown}{ArrowDown}');
    await expect(activeOf(list)).toHaveTextContent('Done');
    await userEvent.keyboard('{Enter}');
    await expect(args.onValueChange).toHaveBeenLastCalledWith('done');
    await waitFor(() => expect(popup()).toBeNull(), exitWait);
    await expect(pill).toHaveFocus();
    await expect(pill).toHaveAccessibleName('Status: Done');
    await userEvent.click(pill);
    await expect(activeOf(body().getByRole('listbox'))).toHaveTextContent('Done');
  },
};

/**
 * Multiple: toggles keep the popover open; "Select all" skips the disabled option, "Clear"
 * empties. The pill shows "Label: first +n". Left open with two chosen.
 */
export const Multiple: Story = {
  args: { multiple: true, defaultValue: ['open'] },
  render: (args) => (
    <div style={roomForList}>
      <Filter {...args} />
    </div>
  ),
  play: async ({ canvas, args }) => {
    const pill = canvas.getByRole('button', { name: /Status/ });
    await userEvent.click(pill);
    await userEvent.click(body().getByRole('button', { name: 'Select all' }));
    await expect(args.onValueChange).toHaveBeenLastCalledWith(['open', 'review', 'done']);
    await expect(pill).toHaveAccessibleName('Status: Open +2');
    await userEvent.click(body().getByRole('button', { name: 'Clear' }));
    await expect(args.onValueChange).toHaveBeenLastCalledWith([]);
    await userEvent.click(body().getByRole('option', { name: 'Done' }));
    await userEvent.click(body().getByRole('option', { name: 'In review' }));
    await expect(pill).toHaveAccessibleName('Status: Done +1');
  },
};

/** The three sizes, empty and applied, and the largest open. */
export const Sizes: Story = {
  render: (args) => (
    <div style={{ ...column, ...roomForList }}>
      {controlSizes.map((size) => (
        <div key={size} style={row}>
          <Filter {...base(args)} size={size} label={`Size ${size}`} />
          <Filter
            {...base(args)}
            size={size}
            label={`Applied ${size}`}
            multiple
            defaultValue={['open', 'done']}
            defaultOpen={size === 'lg'}
          />
          <Filter
            {...base(args)}
            size={size}
            label={`Added ${size}`}
            filterType="added"
            onRemove={() => {}}
          />
        </div>
      ))}
    </div>
  ),
};

/** Preset and added, empty, applied (single and multiple), disabled. */
export const States: Story = {
  parameters: { visual: { forcedColors: true } },
  render: (args) => (
    <div style={row}>
      <Filter {...base(args)} label="Empty" />
      <Filter {...base(args)} label="Single" defaultValue="review" />
      <Filter {...base(args)} label="Multiple" multiple defaultValue={['open', 'review', 'done']} />
      <Filter {...base(args)} label="Added" filterType="added" onRemove={() => {}} />
      <Filter
        {...base(args)}
        label="Added applied"
        filterType="added"
        defaultValue="open"
        onRemove={() => {}}
      />
      <Filter {...base(args)} label="Disabled" disabled defaultValue="open" />
      <Filter {...base(args)} label="Empty list" options={[]} />
    </div>
  ),
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('button', { name: 'Disabled: Open' })).toBeDisabled();
    await expect(canvas.getByRole('button', { name: 'Multiple: Open +2' })).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Remove filter Added' })).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Empty list' }));
    await expect(body().getByText('No options')).toBeVisible();
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(popup()).toBeNull(), exitWait);
  },
};

/**
 * Stress: 10,000 options. Searchable (above 10 options): focus stays in the search input,
 * the list follows (`aria-activedescendant`), about 20 options render. Left open, filtered.
 */
export const ManyOptions: Story = {
  args: { label: 'Owner', options: owners as never, multiple: true, defaultValue: [] },
  render: (args) => (
    <div style={roomForList}>
      <Filter {...args} />
    </div>
  ),
  play: async ({ canvas }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Owner' }));
    const search = body().getByRole('combobox', { name: 'Search options' });
    await expect(search).toHaveFocus();
    const list = body().getByRole('listbox');
    await expect(list.querySelectorAll('[role="option"]').length).toBeLessThanOrEqual(60);
    await userEvent.keyboard('{PageDown}');
    await expect(activeOf(search)).not.toHaveTextContent('Owner 00001');
    await userEvent.type(search, '0999');
    await expect(activeOf(search)).toHaveTextContent('Owner 00999');
    await userEvent.keyboard('{ArrowDown}{Enter}');
    await expect(canvas.getByRole('button', { name: /Owner/ })).toHaveAccessibleName(
      'Owner: Owner 09990',
    );
    await expect(search).toHaveFocus();
  },
};

/**
 * Stress: async options from a server that answers after 1 s (`loadOptions`, the same source
 * as Combobox's), searched among 10,000 owners. Opening loads the first answer; typing waits
 * 250 ms (the `debounce`), aborts the older request, and says "Loading…" (shown, and in the
 * live region) until the answer. The chosen owner stays in the pill. Left open on an answer.
 */
export const AsyncSlow: Story = {
  args: {
    label: 'Owner',
    options: [],
    multiple: true,
    defaultValue: [],
    loadOptions: fakeServer(owners, 1000) as never,
  },
  render: (args) => (
    <div style={roomForList}>
      <Filter {...args} />
    </div>
  ),
  play: async ({ canvas, args }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Owner' }));
    const search = body().getByRole('combobox', { name: 'Search options' });
    await expect(search).toHaveFocus();
    await waitFor(() => expect(canvas.getByRole('status')).toHaveTextContent('Loading…'));
    await expect(body().getByRole('listbox')).toHaveAttribute('aria-busy', 'true');
    await waitFor(() => expect(activeOf(search)).toHaveTextContent('Owner 00001'), {
      timeout: 4000,
    });
    await userEvent.type(search, '0999');
    await waitFor(() => expect(canvas.getByRole('status')).toHaveTextContent('Loading…'));
    await waitFor(() => expect(activeOf(search)).toHaveTextContent('Owner 00999'), {
      timeout: 4000,
    });
    await expect(canvas.getByRole('status')).toBeEmptyDOMElement();
    await userEvent.keyboard('{Enter}');
    await expect(args.onValueChange).toHaveBeenLastCalledWith([999]);
    await expect(canvas.getByRole('button', { name: /Owner/ })).toHaveAccessibleName(
      'Owner: Owner 00999',
    );
  },
};

/** Stress: async options from a server that fails; the error is shown and announced. */
export const AsyncFailure: Story = {
  args: {
    label: 'Owner',
    options: [],
    loadOptions: fakeServer(owners, 1000, () => true) as never,
    loadErrorLabel: 'Could not load owners. Try again.',
  },
  render: (args) => (
    <div style={roomForList}>
      <Filter {...args} />
    </div>
  ),
  play: async ({ canvas }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Owner' }));
    await waitFor(
      () =>
        expect(canvas.getByRole('status')).toHaveTextContent('Could not load owners. Try again.'),
      { timeout: 4000 },
    );
    await expect(popup()?.querySelector('[data-status="error"]')).toHaveTextContent(
      'Could not load owners. Try again.',
    );
  },
};

/** Stress: a long label and long values are cut with an ellipsis in a narrow row. */
export const LongLabels: Story = {
  render: (args) => (
    <div style={{ ...row, maxInlineSize: '16rem', ...roomForList }}>
      <Filter
        {...base(args)}
        label="A filter label that goes on far longer than it should"
        multiple
        defaultOpen
        defaultValue={['long', 'open']}
        options={[
          { value: 'long', label: 'An option label that goes on far longer than any should' },
          ...statuses,
        ]}
      />
    </div>
  ),
};

/** Stress: right to left; the chevron, the remove button and the popover mirror. Open. */
export const RightToLeft: Story = {
  render: (args) => (
    <RightToLeftBlock style={roomForList}>
      <Filter
        {...base(args)}
        label="الحالة"
        filterType="added"
        onRemove={() => {}}
        multiple
        defaultOpen
        defaultValue={['open', 'done']}
        options={
          [
            { value: 'open', label: 'مفتوح' },
            { value: 'done', label: 'منجز' },
            { value: 'blocked', label: 'محظور', disabled: true },
          ] satisfies FilterItem<string>[]
        }
      />
    </RightToLeftBlock>
  ),
  play: async () => {
    await waitFor(() => expect(popup()).toHaveAttribute('data-placement', 'bottom-start'));
  },
};

/** Stress: 200% zoom (WCAG 1.4.4). */
export const Zoom200: Story = {
  render: (args) => (
    <Zoom200Block style={row}>
      <Filter {...base(args)} defaultValue="open" />
      <Filter {...base(args)} label="Owner" filterType="added" onRemove={() => {}} />
    </Zoom200Block>
  ),
};

/** Inside a Dialog: the popover shows above it; Escape closes the popover alone. */
export const InDialog: Story = {
  render: (args) => (
    <DialogTrigger defaultOpen>
      <Button>Export issues</Button>
      <Dialog title="Export issues">
        <div style={roomForList}>
          <Filter {...base(args)} multiple defaultValue={['open']} />
        </div>
      </Dialog>
    </DialogTrigger>
  ),
  play: async () => {
    const dialog = body().getByRole('dialog', { name: 'Export issues' });
    const pill = within(dialog).getByRole('button', { name: /Status/ });
    await userEvent.click(pill);
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(popup()).toBeNull(), exitWait);
    await expect(dialog).toBeVisible();
    await expect(pill).toHaveFocus();
    await userEvent.click(pill);
    const option = body().getByRole('option', { name: 'Done' });
    const box = option.getBoundingClientRect();
    const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    await expect(option.contains(hit)).toBe(true);
    await userEvent.click(option);
    await expect(pill).toHaveAccessibleName('Status: Open +1');
  },
};

/** Controlled value and open state: the parent holds both, and shows them. */
export const Controlled: Story = {
  render: function Render(args) {
    const [value, setValue] = useState<string | null>('review');
    const [open, setOpen] = useState(false);
    return (
      <div style={column}>
        <Filter
          {...base(args)}
          value={value}
          onValueChange={setValue}
          open={open}
          onOpenChange={setOpen}
        />
        <p>
          Applied: {value ?? 'none'}; {open ? 'open' : 'closed'}
        </p>
        <Button variant="secondary" onClick={() => setValue('done')}>
          Apply Done
        </Button>
      </div>
    );
  },
  play: async ({ canvas }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Apply Done' }));
    const pill = canvas.getByRole('button', { name: 'Status: Done' });
    await userEvent.click(pill);
    await expect(canvas.getByText('Applied: done; open')).toBeVisible();
    await userEvent.click(body().getByRole('option', { name: 'Open' }));
    await expect(canvas.getByText('Applied: open; closed')).toBeVisible();
  },
};

/** Submits with a native form, one entry per value under `name`; Reset restores defaults. */
export const InForm: Story = {
  render: (args) => (
    <StoryForm style={column} serialize={(data) => [...data.entries()]}>
      <div style={row}>
        <Filter {...base(args)} name="status" multiple defaultValue={['open']} />
        <Filter {...base(args)} label="Stage" name="stage" defaultValue="review" />
      </div>
    </StoryForm>
  ),
  play: async ({ canvas }) => {
    await userEvent.click(canvas.getByRole('button', { name: /^Status/ }));
    await userEvent.click(body().getByRole('option', { name: 'Done' }));
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(popup()).toBeNull(), exitWait);
    await submitStoryForm(canvas);
    await expectSubmitted(canvas, [
      ['status', 'open'],
      ['status', 'done'],
      ['stage', 'review'],
    ]);
    await resetStoryForm(canvas);
    await waitFor(() =>
      expect(canvas.getByRole('button', { name: /^Status/ })).toHaveAccessibleName('Status: Open'),
    );
    await submitStoryForm(canvas);
    await expectSubmitted(canvas, [
      ['status', 'open'],
      ['stage', 'review'],
    ]);
  },
};
