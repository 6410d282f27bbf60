import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef, useState } from 'react';
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

  it('forwards the ref to the group and reports duplicate ids', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const ref = createRef<HTMLDivElement>();
    render(<FilterBar ref={ref} filters={[filters[1]!, filters[1]!]} label="Issues" />);
    expect(ref.current).toBe(screen.getByRole('group', { name: 'Issues' }));
    expect(String(error.mock.calls[0]?.[0])).toContain('two filters have the id "type"');
  });
});
