import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef, useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { resetDevErrors } from '../../utils';
import { FilterBar, type FilterBarFilter, type FilterBarValue } from './index';

afterEach(() => {
  resetDevErrors();
  vi.restoreAllMocks();
});

const filters: FilterBarFilter[] = [
  {
    id: 'status',
    label: 'Status',
    multiple: true,
    name: 'status',
    options: [
      { value: 'open', label: 'Open' },
      { value: 'closed', label: 'Closed' },
      { value: 'locked', label: 'Locked', disabled: true },
    ],
  },
  { id: 'type', label: 'Type', options: ['Bug', 'Feature'] },
  { id: 'owner', label: 'Owner', filterType: 'added', options: ['Ada', 'Grace'] },
  { id: 'team', label: 'Team', filterType: 'added', options: ['Core', 'Docs'] },
];

const group = () => screen.getByRole('group', { name: 'Filters' });
const pill = (name: RegExp) => within(group()).getByRole('button', { name });
const addButton = () => screen.getByRole('button', { name: 'Add filter' });
const clearAll = () => screen.getByRole('button', { name: 'Clear all' });

describe('FilterBar', () => {
  it('lays out the preset filters in a named group, with "Add filter" and "Clear all"', () => {
    render(<FilterBar filters={filters} />);
    expect(group()).toBeInTheDocument();
    expect(pill(/^Status/)).toBeInTheDocument();
    expect(pill(/^Type/)).toBeInTheDocument();
    expect(within(group()).queryByRole('button', { name: /^Owner/ })).toBeNull();
    expect(addButton()).toHaveAttribute('aria-haspopup', 'dialog');
    // Nothing to clear yet.
    expect(screen.queryByRole('button', { name: 'Clear all' })).toBeNull();
  });

  it('adds a filter from "Add filter" (opened at once) and removes it again', async () => {
    const onAddedChange = vi.fn();
    render(<FilterBar filters={filters} onAddedChange={onAddedChange} />);
    await userEvent.click(addButton());
    const menu = screen.getByRole('dialog', { name: 'Add filter' });
    await userEvent.click(within(menu).getByRole('option', { name: 'Team' }));
    expect(onAddedChange).toHaveBeenLastCalledWith(['team']);
    // The new filter opens, focus in its list.
    const list = await screen.findByRole('listbox', { name: 'Team' });
    expect(list).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    expect(pill(/^Team/)).toHaveAccessibleName('Team: Core');
    // Owner is still on offer; Team is not.
    await userEvent.click(addButton());
    expect(screen.queryByRole('option', { name: 'Team' })).toBeNull();
    await userEvent.keyboard('{Escape}');
    await userEvent.click(screen.getByRole('button', { name: 'Remove filter Team' }));
    expect(onAddedChange).toHaveBeenLastCalledWith([]);
    expect(within(group()).queryByRole('button', { name: /^Team/ })).toBeNull();
    expect(addButton()).toHaveFocus();
  });

  it('keeps every value in one record and clears all, announcing it', async () => {
    const onValueChange = vi.fn();
    render(
      <FilterBar
        filters={filters}
        defaultValue={{ status: ['locked'] }}
        defaultAdded={['owner']}
        onValueChange={onValueChange}
      />,
    );
    await userEvent.click(pill(/^Type/));
    await userEvent.click(screen.getByRole('option', { name: 'Bug' }));
    expect(onValueChange).toHaveBeenLastCalledWith({ status: ['locked'], type: 'Bug' });
    await userEvent.click(pill(/^Status/));
    await userEvent.click(screen.getByRole('option', { name: 'Open' }));
    await userEvent.keyboard('{Escape}');
    expect(pill(/^Status/)).toHaveAccessibleName('Status: Locked +1');
    await userEvent.click(clearAll());
    // The disabled option keeps its state; the added filter goes.
    expect(onValueChange).toHaveBeenLastCalledWith({ status: ['locked'] });
    expect(within(group()).queryByRole('button', { name: /^Owner/ })).toBeNull();
    expect(screen.getByRole('status')).toHaveTextContent('All filters cleared');
    expect(pill(/^Status/)).toHaveFocus();
  });

  it('follows a controlled value', async () => {
    function Controlled() {
      const [value, setValue] = useState<FilterBarValue>({ type: 'Feature' });
      return (
        <>
          <FilterBar filters={filters} value={value} onValueChange={setValue} />
          <output>{JSON.stringify(value)}</output>
        </>
      );
    }
    render(<Controlled />);
    expect(pill(/^Type/)).toHaveAccessibleName('Type: Feature');
    await userEvent.click(clearAll());
    expect(screen.getByText('{}')).toBeInTheDocument();
    expect(pill(/^Type/)).toHaveAccessibleName('Type');
  });

  it('submits each named filter with a native form and restores the defaults on reset', async () => {
    let submitted: FormData | undefined;
    render(
      <form
        onSubmit={(event) => {
          event.preventDefault();
          submitted = new FormData(event.currentTarget);
        }}
      >
        <FilterBar filters={filters} defaultValue={{ status: ['open'] }} />
        <button type="submit">Send</button>
        <button type="reset">Reset</button>
      </form>,
    );
    await userEvent.click(pill(/^Status/));
    await userEvent.click(screen.getByRole('option', { name: 'Closed' }));
    await userEvent.keyboard('{Escape}');
    await userEvent.click(screen.getByRole('button', { name: 'Send' }));
    expect(submitted?.getAll('status')).toEqual(['open', 'closed']);
    await userEvent.click(screen.getByRole('button', { name: 'Reset' }));
    await vi.waitFor(() => expect(pill(/^Status/)).toHaveAccessibleName('Status: Open'));
  });

  describe('in a form', () => {
    const named: FilterBarFilter[] = [
      { id: 'type', label: 'Type', name: 'type', options: ['Bug', 'Feature', 'Chore'] },
      {
        id: 'status',
        label: 'Status',
        name: 'status',
        multiple: true,
        options: [
          { value: 'open', label: 'Open' },
          { value: 'closed', label: 'Closed' },
          { value: 'review', label: 'In review' },
        ],
      },
      {
        id: 'owner',
        label: 'Owner',
        name: 'owner',
        filterType: 'added',
        options: ['Ada', 'Grace'],
      },
      {
        id: 'team',
        label: 'Team',
        name: 'team',
        filterType: 'added',
        multiple: true,
        options: ['Core', 'Docs'],
      },
    ];
    const send = () => userEvent.click(screen.getByRole('button', { name: 'Send' }));

    it('submits what is chosen by mouse and keyboard: one entry per value, under each name', async () => {
      let submitted: FormData | undefined;
      render(
        <form
          onSubmit={(event) => {
            event.preventDefault();
            submitted = new FormData(event.currentTarget);
          }}
        >
          <FilterBar filters={named} defaultValue={{ type: 'Bug' }} />
          <button type="submit">Send</button>
        </form>,
      );
      // Nothing chosen yet: the single filter submits its default, the multiple one nothing,
      // and an added filter not in the bar nothing at all.
      await send();
      expect([...submitted!.entries()]).toEqual([['type', 'Bug']]);

      // Mouse: two values of the multiple filter, in the order chosen.
      await userEvent.click(pill(/^Status/));
      await userEvent.click(screen.getByRole('option', { name: 'In review' }));
      await userEvent.click(screen.getByRole('option', { name: 'Open' }));
      await userEvent.keyboard('{Escape}');
      expect(pill(/^Status/)).toHaveFocus();
      // Keyboard: Shift+Tab back to the single filter, open it, move down once, choose.
      await userEvent.tab({ shift: true });
      expect(pill(/^Type/)).toHaveFocus();
      await userEvent.keyboard('{Enter}');
      expect(await screen.findByRole('listbox', { name: 'Type' })).toHaveFocus();
      await userEvent.keyboard('{ArrowDown}{Enter}');
      expect(screen.queryByRole('listbox')).toBeNull();
      expect(pill(/^Type/)).toHaveAccessibleName('Type: Feature');
      // Keyboard again: add the multiple "Team" filter and choose both its options.
      await userEvent.click(addButton());
      await userEvent.keyboard('{ArrowDown}{Enter}');
      expect(await screen.findByRole('listbox', { name: 'Team' })).toHaveFocus();
      await userEvent.keyboard('{Enter}{ArrowDown}{Enter}{Escape}');

      await send();
      expect([...submitted!.entries()]).toEqual([
        ['type', 'Feature'],
        ['status', 'review'],
        ['status', 'open'],
        ['team', 'Core'],
        ['team', 'Docs'],
      ]);
      expect(submitted!.getAll('status')).toEqual(['review', 'open']);
    });

    it('returns to its defaultValue and defaultAdded filters on form.reset(), quietly', async () => {
      const error = vi.spyOn(console, 'error').mockImplementation(() => {});
      let submitted: FormData | undefined;
      render(
        <form
          onSubmit={(event) => {
            event.preventDefault();
            submitted = new FormData(event.currentTarget);
          }}
        >
          <FilterBar
            filters={named}
            defaultValue={{ status: ['closed'], owner: 'Ada' }}
            defaultAdded={['owner']}
          />
          <button type="submit">Send</button>
          <button type="reset">Reset</button>
        </form>,
      );
      const form = group().closest('form')!;
      // Change everything: a choice; the default added filter taken out; another filter
      // added with a value; the first one added back (it opens) with a new value; then
      // "Clear all", which empties the bar, takes the added filters out and announces it.
      await userEvent.click(pill(/^Type/));
      await userEvent.click(screen.getByRole('option', { name: 'Chore' }));
      await userEvent.click(screen.getByRole('button', { name: 'Remove filter Owner' }));
      await userEvent.click(addButton());
      await userEvent.click(screen.getByRole('option', { name: 'Team' }));
      await userEvent.click(await screen.findByRole('option', { name: 'Docs' }));
      await userEvent.keyboard('{Escape}');
      await userEvent.click(addButton());
      await userEvent.click(screen.getByRole('option', { name: 'Owner' }));
      expect(await screen.findByRole('listbox', { name: 'Owner' })).toHaveFocus();
      await userEvent.click(screen.getByRole('option', { name: 'Grace' }));
      expect(pill(/^Owner/)).toHaveAccessibleName('Owner: Grace');
      expect(pill(/^Team/)).toHaveAccessibleName('Team: Docs');
      await userEvent.click(clearAll());
      expect(screen.getByRole('status')).toHaveTextContent('All filters cleared');
      expect(within(group()).queryByRole('button', { name: /^Owner/ })).toBeNull();

      act(() => form.reset());
      await vi.waitFor(() => expect(pill(/^Status/)).toHaveAccessibleName('Status: Closed'));
      expect(pill(/^Type/)).toHaveAccessibleName('Type');
      expect(pill(/^Owner/)).toHaveAccessibleName('Owner: Ada');
      expect(within(group()).queryByRole('button', { name: /^Team/ })).toBeNull();
      // Nothing opens, and nothing stale is said: the bar was reset, not cleared.
      expect(screen.queryByRole('dialog')).toBeNull();
      expect(screen.getByRole('status')).toBeEmptyDOMElement();
      expect(error).not.toHaveBeenCalled();
      await send();
      expect([...submitted!.entries()]).toEqual([
        ['type', ''],
        ['status', 'closed'],
        ['owner', 'Ada'],
      ]);
    });

    // The collection layer's rule (useSelection): a reset is not the user's choice, so the
    // uncontrolled value goes back to its default without `onValueChange`.
    it('returns to its defaults on form.reset() without calling onValueChange or onAddedChange', async () => {
      const onValueChange = vi.fn();
      const onAddedChange = vi.fn();
      let submitted: FormData | undefined;
      render(
        <form
          onSubmit={(event) => {
            event.preventDefault();
            submitted = new FormData(event.currentTarget);
          }}
        >
          <FilterBar
            filters={named}
            defaultValue={{ type: 'Bug', status: ['open'] }}
            onValueChange={onValueChange}
            onAddedChange={onAddedChange}
          />
          <button type="submit">Send</button>
        </form>,
      );
      const form = group().closest('form')!;
      await userEvent.click(pill(/^Type/));
      await userEvent.click(screen.getByRole('option', { name: 'Chore' }));
      await userEvent.click(pill(/^Status/));
      await userEvent.click(screen.getByRole('option', { name: 'Closed' }));
      await userEvent.keyboard('{Escape}');
      await userEvent.click(addButton());
      await userEvent.click(screen.getByRole('option', { name: 'Owner' }));
      await userEvent.click(await screen.findByRole('option', { name: 'Grace' }));
      expect(onValueChange).toHaveBeenLastCalledWith({
        type: 'Chore',
        status: ['open', 'closed'],
        owner: 'Grace',
      });
      expect(onAddedChange).toHaveBeenLastCalledWith(['owner']);
      await send();
      expect([...submitted!.entries()]).toEqual([
        ['type', 'Chore'],
        ['status', 'open'],
        ['status', 'closed'],
        ['owner', 'Grace'],
      ]);
      onValueChange.mockClear();
      onAddedChange.mockClear();

      act(() => form.reset());
      await vi.waitFor(() => expect(pill(/^Type/)).toHaveAccessibleName('Type: Bug'));
      expect(pill(/^Status/)).toHaveAccessibleName('Status: Open');
      expect(within(group()).queryByRole('button', { name: /^Owner/ })).toBeNull();
      expect(onValueChange).not.toHaveBeenCalled();
      expect(onAddedChange).not.toHaveBeenCalled();
      await send();
      expect([...submitted!.entries()]).toEqual([
        ['type', 'Bug'],
        ['status', 'open'],
      ]);
      // The next choice is the user's again, reported from the restored value.
      await userEvent.click(pill(/^Type/));
      await userEvent.click(screen.getByRole('option', { name: 'Feature' }));
      expect(onValueChange).toHaveBeenCalledOnce();
      expect(onValueChange).toHaveBeenLastCalledWith({ type: 'Feature', status: ['open'] });
    });

    it('works with a react-hook-form Controller: submits the chosen values, reset() restores the defaults', async () => {
      const onValid = vi.fn();
      function Form() {
        const { control, handleSubmit, reset } = useForm<{ filters: FilterBarValue }>({
          defaultValues: { filters: { status: ['open'] } },
        });
        return (
          <form onSubmit={handleSubmit(onValid)}>
            <Controller
              control={control}
              name="filters"
              render={({ field }) => (
                <FilterBar
                  ref={field.ref}
                  filters={named}
                  value={field.value}
                  onValueChange={field.onChange}
                  onBlur={field.onBlur}
                />
              )}
            />
            <button type="submit">Send</button>
            <button type="button" onClick={() => reset()}>
              Start over
            </button>
          </form>
        );
      }
      render(<Form />);
      expect(pill(/^Status/)).toHaveAccessibleName('Status: Open');
      await userEvent.click(pill(/^Status/));
      await userEvent.click(screen.getByRole('option', { name: 'Closed' }));
      await userEvent.keyboard('{Escape}');
      await userEvent.click(pill(/^Type/));
      await userEvent.keyboard('{End}{Enter}');
      expect(pill(/^Type/)).toHaveAccessibleName('Type: Chore');
      await send();
      await vi.waitFor(() =>
        expect(onValid).toHaveBeenLastCalledWith(
          { filters: { status: ['open', 'closed'], type: 'Chore' } },
          expect.anything(),
        ),
      );

      await userEvent.click(screen.getByRole('button', { name: 'Start over' }));
      expect(pill(/^Status/)).toHaveAccessibleName('Status: Open');
      expect(pill(/^Type/)).toHaveAccessibleName('Type');
      await send();
      await vi.waitFor(() =>
        expect(onValid).toHaveBeenLastCalledWith(
          { filters: { status: ['open'] } },
          expect.anything(),
        ),
      );
    });
  });

  it('forwards the ref to the group and reports duplicate ids', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const ref = createRef<HTMLDivElement>();
    render(<FilterBar ref={ref} filters={[filters[1]!, filters[1]!]} label="Issues" />);
    expect(ref.current).toBe(screen.getByRole('group', { name: 'Issues' }));
    expect(String(error.mock.calls[0]?.[0])).toContain('two filters have the id "type"');
  });
});
