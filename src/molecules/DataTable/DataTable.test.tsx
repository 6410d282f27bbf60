import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef, Profiler, useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { resetDevErrors } from '../../utils';
import {
  DataTable,
  type DataTableColumn,
  type DataTableSelection,
  type DataTableSortDescriptor,
} from './index';

afterEach(() => {
  resetDevErrors();
  vi.restoreAllMocks();
});

interface City {
  id: string;
  name: string;
  population: number;
  region: string;
  districts?: City[];
}

const cities: City[] = [
  { id: 'ath', name: 'Athens', population: 664046, region: 'Attica' },
  { id: 'spa', name: 'Sparta', population: 35259, region: 'Laconia' },
  { id: 'cor', name: 'Corinth', population: 58192, region: 'Corinthia' },
  { id: 'the', name: 'Thebes', population: 36477, region: 'Boeotia' },
  { id: 'del', name: 'Delphi', population: 2373, region: 'Phocis' },
];

const columns: DataTableColumn<City>[] = [
  { id: 'name', header: 'City', sortable: true },
  { id: 'population', header: 'Population', type: 'number', sortable: true },
  { id: 'region', header: 'Region', sortable: true },
];

const bodyNames = () => screen.getAllByRole('rowheader').map((cell) => cell.textContent);
const header = (name: string) => screen.getByRole('columnheader', { name: new RegExp(name) });
const sortButton = (name: string) => within(header(name)).getByRole('button', { name });
const menuButton = (name: string) => screen.getByRole('button', { name: `${name} options` });
const box = (name: string) => screen.getByRole('checkbox', { name: `Select ${name}` });

describe('DataTable', () => {
  describe('read-only', () => {
    it('stays a plain <table> with no grid role and no tab stops', () => {
      const plain: DataTableColumn<City>[] = [
        { id: 'name', header: 'City' },
        { id: 'population', header: 'Population', type: 'number' },
      ];
      const { container } = render(<DataTable label="Cities" columns={plain} rows={cities} />);
      const table = screen.getByRole('table', { name: 'Cities' });
      expect(table.getAttribute('role')).toBeNull();
      expect(screen.queryByRole('grid')).toBeNull();
      expect(container.querySelectorAll('[tabindex]')).toHaveLength(0);
      // Numbers align to the end, with tabular figures.
      const cell = screen.getByRole('cell', { name: '664046' });
      expect(cell.dataset.align).toBe('end');
      expect(cell).toHaveAttribute('data-numeric');
    });

    it('reports a missing label and rows without ids in development, without crashing', () => {
      const error = vi.spyOn(console, 'error').mockImplementation(() => {});
      render(
        <DataTable
          label=""
          columns={[{ id: 'name', header: 'City' }]}
          rows={[{ name: 'Athens' }]}
        />,
      );
      expect(error).toHaveBeenCalledWith(expect.stringContaining('give the table a `label`'));
      expect(error).toHaveBeenCalledWith(expect.stringContaining('rows have no `id`'));
      expect(screen.getByText('Athens')).toBeInTheDocument();
    });

    it('says nothing of a controlled state the user has no control to change', () => {
      const error = vi.spyOn(console, 'error').mockImplementation(() => {});
      // A fixed sort shown on columns that are not sortable: a read-only report.
      render(
        <DataTable
          label="Cities"
          columns={[{ id: 'name', header: 'City' }]}
          rows={cities}
          sort={[{ column: 'name', direction: 'descending' }]}
          selectedRows={['ath']}
          page={1}
        />,
      );
      expect(bodyNames()[0]).toBe('Thebes');
      expect(error).not.toHaveBeenCalled();
    });
  });

  describe('sorting', () => {
    it('sorts by a header press: ascending, descending, then unsorted, with aria-sort', async () => {
      const user = userEvent.setup();
      const onSortChange = vi.fn();
      render(
        <DataTable label="Cities" columns={columns} rows={cities} onSortChange={onSortChange} />,
      );
      expect(screen.getByRole('grid', { name: 'Cities' })).toBeInTheDocument();
      await user.click(sortButton('Population'));
      expect(header('Population')).toHaveAttribute('aria-sort', 'ascending');
      expect(bodyNames()).toEqual(['Delphi', 'Sparta', 'Thebes', 'Corinth', 'Athens']);
      expect(onSortChange).toHaveBeenLastCalledWith([
        { column: 'population', direction: 'ascending' },
      ]);
      await user.click(sortButton('Population'));
      expect(header('Population')).toHaveAttribute('aria-sort', 'descending');
      expect(bodyNames()[0]).toBe('Athens');
      await user.click(sortButton('Population'));
      expect(header('Population')).not.toHaveAttribute('aria-sort');
      expect(bodyNames()).toEqual(cities.map((city) => city.name));
    });

    it('sorts in one render pass; rows keep their identity while only the order changes', () => {
      const shown = vi.fn();
      const counted: DataTableColumn<City>[] = columns.map((column) =>
        column.id === 'name'
          ? {
              ...column,
              cell: (row) => {
                shown(row.id);
                return row.name;
              },
            }
          : column,
      );
      const commits = vi.fn();
      const table = (rows: City[]) => (
        <Profiler id="table" onRender={commits}>
          <DataTable label="Cities" columns={counted} rows={rows} />
        </Profiler>
      );
      const { rerender } = render(table(cities));
      commits.mockClear();
      shown.mockClear();
      fireEvent.click(sortButton('Population'));
      expect(bodyNames()).toEqual(['Delphi', 'Sparta', 'Thebes', 'Corinth', 'Athens']);
      // One render and commit for the press: no state set by an effect renders it again.
      expect(commits).toHaveBeenCalledTimes(1);
      // Each row that moved renders once, where it moved to; Sparta kept its place and does not.
      expect(shown.mock.calls.map(([id]) => id).sort()).toEqual(['ath', 'cor', 'del', 'the']);
      // The same rows in a new array, already in that order: no row renders again.
      shown.mockClear();
      rerender(table([...cities]));
      expect(shown).not.toHaveBeenCalled();
      expect(bodyNames()).toEqual(['Delphi', 'Sparta', 'Thebes', 'Corinth', 'Athens']);
    });

    it('adds columns with Shift+click (multi-sort), aria-sort on the first only', async () => {
      const user = userEvent.setup();
      const rows = [
        { id: '1', name: 'B', population: 2, region: 'x' },
        { id: '2', name: 'A', population: 2, region: 'y' },
        { id: '3', name: 'C', population: 1, region: 'z' },
      ];
      render(<DataTable label="Multi" columns={columns} rows={rows} />);
      await user.click(sortButton('Population'));
      await user.keyboard('{Shift>}');
      await user.click(sortButton('City'));
      await user.keyboard('{/Shift}');
      expect(bodyNames()).toEqual(['C', 'A', 'B']);
      expect(header('Population')).toHaveAttribute('aria-sort', 'ascending');
      expect(header('City')).not.toHaveAttribute('aria-sort');
      expect(header('City')).toHaveAttribute('data-sorted', 'ascending');
      expect(within(header('City')).getByText('2')).toBeInTheDocument();
    });

    it('is controlled by `sort`', () => {
      const sort: DataTableSortDescriptor[] = [{ column: 'name', direction: 'descending' }];
      const onSortChange = vi.fn();
      render(
        <DataTable
          label="Cities"
          columns={columns}
          rows={cities}
          sort={sort}
          onSortChange={onSortChange}
        />,
      );
      expect(bodyNames()[0]).toBe('Thebes');
      fireEvent.click(sortButton('City'));
      expect(onSortChange).toHaveBeenCalledWith([]);
      expect(bodyNames()[0]).toBe('Thebes');
    });

    it('leaves the rows alone when `manual` (server-driven) and reports the sort', () => {
      const onSortChange = vi.fn();
      render(
        <DataTable
          label="Cities"
          columns={columns}
          rows={cities}
          manual
          onSortChange={onSortChange}
        />,
      );
      fireEvent.click(sortButton('City'));
      expect(onSortChange).toHaveBeenCalledWith([{ column: 'name', direction: 'ascending' }]);
      expect(bodyNames()).toEqual(cities.map((city) => city.name));
    });
  });

  describe('selection', () => {
    it('toggles rows by checkbox and selects a range with Shift+click', async () => {
      const user = userEvent.setup();
      const onSelectedRowsChange = vi.fn();
      render(
        <DataTable
          label="Cities"
          columns={columns}
          rows={cities}
          selectable
          onSelectedRowsChange={onSelectedRowsChange}
        />,
      );
      await user.click(box('Sparta'));
      expect(box('Sparta')).toBeChecked();
      expect(onSelectedRowsChange).toHaveBeenLastCalledWith(['spa']);
      await user.keyboard('{Shift>}');
      await user.click(box('Delphi'));
      await user.keyboard('{/Shift}');
      expect(onSelectedRowsChange).toHaveBeenLastCalledWith(['spa', 'cor', 'the', 'del']);
      expect(box('Athens')).not.toBeChecked();
      expect(screen.getByText('4 selected')).toHaveAttribute('role', 'status');
      expect(
        screen.getAllByRole('row').filter((row) => row.hasAttribute('data-selected')),
      ).toHaveLength(4);
    });

    it('select-all selects the page; the bar offers every row across pages, then clears', async () => {
      const user = userEvent.setup();
      const onSelectedRowsChange = vi.fn();
      render(
        <DataTable
          label="Cities"
          columns={columns}
          rows={cities}
          selectable
          pageSize={2}
          onSelectedRowsChange={onSelectedRowsChange}
        />,
      );
      const all = screen.getByRole('checkbox', { name: 'Select all rows on this page' });
      await user.click(box('Athens'));
      expect(all).toHaveAttribute('aria-checked', 'mixed');
      expect((all as HTMLInputElement).indeterminate).toBe(true);
      await user.click(all);
      expect(all).toBeChecked();
      expect(onSelectedRowsChange).toHaveBeenLastCalledWith(['ath', 'spa']);
      await user.click(screen.getByRole('button', { name: 'Select all 5' }));
      expect(onSelectedRowsChange).toHaveBeenLastCalledWith(['ath', 'spa', 'cor', 'the', 'del']);
      expect(screen.getByText('5 selected')).toBeInTheDocument();
      await user.click(screen.getByRole('button', { name: 'Clear selection' }));
      expect(onSelectedRowsChange).toHaveBeenLastCalledWith([]);
      expect(all).not.toBeChecked();
    });

    it('keeps the selection by row id across sorting, filtering and paging', async () => {
      const user = userEvent.setup();
      function Filtered() {
        const [query, setQuery] = useState('');
        return (
          <>
            <input aria-label="Filter" value={query} onChange={(e) => setQuery(e.target.value)} />
            <DataTable
              label="Cities"
              columns={columns}
              rows={cities.filter((city) => city.name.includes(query))}
              selectable
              pageSize={3}
            />
          </>
        );
      }
      render(<Filtered />);
      await user.click(box('Corinth'));
      await user.click(sortButton('City'));
      expect(bodyNames()).toEqual(['Athens', 'Corinth', 'Delphi']);
      expect(box('Corinth')).toBeChecked();
      await user.click(screen.getByRole('button', { name: 'Next page' }));
      expect(screen.getByText('Page 2 of 2')).toBeInTheDocument();
      await user.click(box('Thebes'));
      await user.type(screen.getByLabelText('Filter'), 'Th');
      expect(bodyNames()).toEqual(['Thebes']);
      expect(box('Thebes')).toBeChecked();
      await user.clear(screen.getByLabelText('Filter'));
      await user.click(screen.getByRole('button', { name: 'Previous page' }));
      expect(box('Corinth')).toBeChecked();
      expect(screen.getByText('2 selected')).toBeInTheDocument();
    });

    it('is controlled by `selectedRows`, and `manual` tables select "all" across pages', async () => {
      const user = userEvent.setup();
      const seen: DataTableSelection[] = [];
      function Server() {
        const [selected, setSelected] = useState<DataTableSelection>(['ath']);
        return (
          <DataTable
            label="Cities"
            columns={columns}
            rows={cities.slice(0, 2)}
            manual
            rowCount={40}
            pageSize={2}
            selectable
            selectedRows={selected}
            onSelectedRowsChange={(next) => {
              seen.push(next);
              setSelected(next);
            }}
          />
        );
      }
      render(<Server />);
      expect(box('Athens')).toBeChecked();
      await user.click(box('Sparta'));
      await user.click(screen.getByRole('button', { name: 'Select all 40' }));
      expect(seen.at(-1)).toBe('all');
      expect(screen.getByText('40 selected')).toBeInTheDocument();
      await user.click(box('Athens'));
      expect(seen.at(-1)).toEqual(['spa']);
    });

    it('toggling one row re-renders that row and the bulk bar only (render counter)', async () => {
      const user = userEvent.setup();
      const renders = new Map<string, number>();
      const counted: DataTableColumn<City>[] = [
        {
          id: 'name',
          header: 'City',
          sortable: true,
          cell: (row) => {
            renders.set(row.id, (renders.get(row.id) ?? 0) + 1);
            return row.name;
          },
        },
        { id: 'population', header: 'Population', type: 'number' },
      ];
      const bulk = vi.fn(() => <button type="button">Delete</button>);
      render(
        <DataTable label="Cities" columns={counted} rows={cities} selectable bulkActions={bulk} />,
      );
      renders.clear();
      bulk.mockClear();
      // A click without the focus move (that would re-render the rows focus leaves and enters).
      fireEvent.click(box('Corinth'));
      expect(Object.fromEntries(renders)).toEqual({ cor: 1 });
      expect(bulk).toHaveBeenCalledTimes(1);
      renders.clear();
      fireEvent.click(box('Thebes'));
      expect(Object.fromEntries(renders)).toEqual({ the: 1 });
      expect(bulk).toHaveBeenCalledTimes(2);
      // By keyboard: Space on the focused row's cell re-renders that row alone too.
      act(() => box('Athens').closest('td')!.focus());
      renders.clear();
      bulk.mockClear();
      await user.keyboard(' ');
      expect(box('Athens')).toBeChecked();
      expect(Object.fromEntries(renders)).toEqual({ ath: 1 });
      expect(bulk).toHaveBeenCalledTimes(1);
    });
  });

  describe('keyboard (APG grid)', () => {
    it('has one tab stop and moves between cells with arrows, Home/End and Ctrl+Home/End', async () => {
      const user = userEvent.setup();
      render(<DataTable label="Cities" columns={columns} rows={cities} selectable />);
      await user.tab();
      const cells = () => document.activeElement as HTMLElement;
      expect(cells()).toBe(screen.getAllByRole('columnheader')[0]);
      await user.keyboard('{ArrowRight}');
      expect(cells()).toBe(header('City'));
      await user.keyboard('{ArrowDown}');
      expect(cells().textContent).toBe('Athens');
      expect(cells()).toHaveAttribute('tabindex', '0');
      expect(screen.getAllByRole('gridcell').filter((c) => c.tabIndex === 0)).toHaveLength(0);
      await user.keyboard('{End}');
      expect(cells().textContent).toBe('Attica');
      await user.keyboard('{Home}');
      expect(within(cells()).getByRole('checkbox')).toBeInTheDocument();
      await user.keyboard('{Control>}{End}{/Control}');
      expect(cells().textContent).toBe('Phocis');
      await user.keyboard('{Control>}{Home}{/Control}');
      expect(cells()).toBe(screen.getAllByRole('columnheader')[0]);
      await user.keyboard('{PageDown}');
      expect(cells().closest('tr')?.dataset.row).toBe('4');
      await user.keyboard('{ArrowUp}{ArrowUp}');
      expect(cells().closest('tr')?.dataset.row).toBe('2');
      // Tab leaves the grid: the next stop is outside it.
      await user.tab();
      expect(screen.getByRole('grid').contains(document.activeElement)).toBe(false);
    });

    it('keeps its tab stop when the active row or column goes away', async () => {
      const user = userEvent.setup();
      const stops = () =>
        Array.from(screen.getByRole('grid').querySelectorAll('th, td')).filter(
          (cell) => (cell as HTMLElement).tabIndex === 0,
        );
      const { rerender } = render(
        <DataTable label="Cities" columns={columns} rows={cities} pageSize={2} />,
      );
      // The last row and column of page 2 become the active cell …
      await user.click(screen.getByRole('button', { name: 'Next page' }));
      await user.click(screen.getByRole('gridcell', { name: 'Boeotia' }));
      expect(stops()).toHaveLength(1);
      // … then page 3 has one row: the stop is its cell in that column.
      await user.click(screen.getByRole('button', { name: 'Next page' }));
      expect(stops().map((cell) => cell.textContent)).toEqual(['Phocis']);
      // A column fewer: the stop moves to the last one left.
      rerender(
        <DataTable label="Cities" columns={columns.slice(0, 2)} rows={cities} pageSize={2} />,
      );
      expect(stops().map((cell) => cell.textContent)).toEqual(['2373']);
      // No rows at all: the header row keeps it.
      rerender(<DataTable label="Cities" columns={columns} rows={[]} pageSize={2} />);
      expect(stops()).toHaveLength(1);
      expect(stops()[0]).toHaveAttribute('role', 'columnheader');
      screen.getByRole('button', { name: 'Next page' }).focus();
      await user.tab({ shift: true });
      expect(document.activeElement).toBe(stops()[0]);
    });

    it('sorts with Enter on a header (Shift+Enter adds), selects with Space and ranges with Shift+Space', async () => {
      const user = userEvent.setup();
      render(<DataTable label="Cities" columns={columns} rows={cities} selectable />);
      await user.tab();
      await user.keyboard('{ArrowRight}{ArrowRight}{Enter}');
      expect(header('Population')).toHaveAttribute('aria-sort', 'ascending');
      await user.keyboard('{ArrowLeft}{Shift>}{Enter}{/Shift}');
      expect(header('City')).toHaveAttribute('data-sorted', 'ascending');
      expect(header('Population')).toHaveAttribute('aria-sort', 'ascending');
      await user.keyboard('{ArrowDown}{ }');
      expect(box('Delphi')).toBeChecked();
      await user.keyboard('{ArrowDown}{ArrowDown}{Shift>}{ }{/Shift}');
      expect(box('Sparta')).toBeChecked();
      expect(box('Thebes')).toBeChecked();
      expect(box('Corinth')).not.toBeChecked();
      expect(screen.getByRole('grid')).toHaveAttribute('aria-multiselectable', 'true');
      expect(
        screen.getAllByRole('row').filter((r) => r.getAttribute('aria-selected') === 'true'),
      ).toHaveLength(3);
      // Space on the header's selection cell selects the page; Ctrl+A too.
      await user.keyboard('{Control>}{Home}{/Control}{ }');
      expect(screen.getByText('5 selected')).toBeInTheDocument();
    });

    it('mirrors the arrows in RTL', async () => {
      const user = userEvent.setup();
      render(
        <div dir="rtl" style={{ direction: 'rtl' }}>
          <DataTable label="Cities" columns={columns} rows={cities} />
        </div>,
      );
      await user.tab();
      await user.keyboard('{ArrowLeft}');
      expect(document.activeElement).toBe(header('Population'));
      await user.keyboard('{ArrowRight}');
      expect(document.activeElement).toBe(header('City'));
    });
  });

  describe('structure', () => {
    const tree: City[] = [
      {
        id: 'att',
        name: 'Attica',
        population: 3792469,
        region: '',
        districts: [
          { id: 'ath', name: 'Athens', population: 664046, region: 'Attica' },
          { id: 'pir', name: 'Piraeus', population: 163688, region: 'Attica' },
        ],
      },
      { id: 'cre', name: 'Crete', population: 624408, region: '' },
    ];

    it('expands sub-rows by mouse and Enter, indented under their parent', async () => {
      const user = userEvent.setup();
      render(
        <DataTable
          label="Regions"
          columns={columns}
          rows={tree}
          getSubRows={(row) => row.districts}
        />,
      );
      expect(bodyNames()).toEqual(['Attica', 'Crete']);
      const expander = screen.getByRole('button', { name: 'Show details of Attica' });
      expect(expander).toHaveAttribute('aria-expanded', 'false');
      await user.click(expander);
      expect(bodyNames()).toEqual(['Attica', 'Athens', 'Piraeus', 'Crete']);
      expect(screen.getByText('Athens').closest('tr')).toHaveAttribute('data-depth', '1');
      // Crete has no sub-rows: no button.
      expect(screen.queryByRole('button', { name: 'Show details of Crete' })).toBeNull();
      await user.click(screen.getAllByRole('rowheader')[0]!);
      await user.keyboard('{Enter}');
      expect(bodyNames()).toEqual(['Attica', 'Crete']);
    });

    it('shows a detail panel under an expanded row', async () => {
      const user = userEvent.setup();
      render(
        <DataTable
          label="Cities"
          columns={columns}
          rows={cities}
          renderExpanded={(row) => <p>About {row.name}</p>}
          defaultExpandedRows={['spa']}
        />,
      );
      expect(screen.getByText('About Sparta')).toBeInTheDocument();
      await user.click(screen.getByRole('button', { name: 'Show details of Athens' }));
      expect(screen.getByText('About Athens').closest('td')).toHaveAttribute('colspan', '3');
    });

    it('hides and pins columns from the column settings', async () => {
      const user = userEvent.setup();
      const settings: DataTableColumn<City>[] = [
        { id: 'name', header: 'City', pinnable: true },
        { id: 'population', header: 'Population', type: 'number', hideable: true },
        { id: 'region', header: 'Region', pinnable: true, hideable: true },
      ];
      const onPinned = vi.fn();
      render(
        <DataTable
          label="Cities"
          columns={settings}
          rows={cities}
          onPinnedColumnsChange={onPinned}
        />,
      );
      await user.click(screen.getByText('Columns'));
      const show = screen.getByRole('group', { name: 'Show' });
      await user.click(within(show).getByRole('checkbox', { name: 'Population' }));
      expect(screen.queryByRole('columnheader', { name: 'Population' })).toBeNull();
      const pin = screen.getByRole('group', { name: 'Pin to start' });
      await user.click(within(pin).getByRole('checkbox', { name: 'Region' }));
      expect(onPinned).toHaveBeenCalledWith(['region']);
      const headers = screen.getAllByRole('columnheader');
      expect(headers.map((cell) => cell.textContent)).toEqual(['Region', 'City']);
      expect(headers[0]).toHaveAttribute('data-pin', '0');
      expect(headers[0]).toHaveAttribute('data-pin-edge');
    });

    it('resizes a column by keyboard on its handle, reporting the widths', async () => {
      const user = userEvent.setup();
      const onColumnWidthsChange = vi.fn();
      render(
        <DataTable
          label="Cities"
          columns={[{ id: 'name', header: 'City', width: 200, resizable: true }]}
          rows={cities}
          onColumnWidthsChange={onColumnWidthsChange}
        />,
      );
      const handle = screen.getByRole('separator', { name: 'Resize City' });
      expect(handle).toHaveAttribute('aria-valuenow', '200');
      expect(handle).toHaveAttribute('aria-valuemin', '48');
      expect(handle).toHaveAttribute('aria-valuemax', '1200');
      handle.focus();
      await user.keyboard('{ArrowRight}');
      expect(onColumnWidthsChange).toHaveBeenLastCalledWith({ name: 216 });
      expect(handle).toHaveAttribute('aria-valuenow', '216');
      expect(document.querySelector('col')).toHaveStyle({ width: '216px' });
    });
  });

  describe('states and paging', () => {
    it('shows skeleton rows while loading, with the table busy and a status', () => {
      render(<DataTable label="Cities" columns={columns} rows={[]} loading />);
      expect(screen.getByRole('grid')).toHaveAttribute('aria-busy', 'true');
      expect(screen.getByText('Loading')).toBeInTheDocument();
      expect(document.querySelectorAll('tr[data-part="loading"]')).toHaveLength(5);
    });

    it('announces the empty state in its status when loading or filtering leaves no rows', () => {
      const props = { label: 'Cities', columns, emptyLabel: 'No cities yet' };
      const { rerender } = render(<DataTable {...props} rows={[]} loading />);
      const status = screen.getByRole('status');
      expect(status).toHaveTextContent('Loading');
      rerender(<DataTable {...props} rows={[]} />);
      expect(status).toHaveTextContent('No cities yet');
      rerender(<DataTable {...props} rows={cities} />);
      expect(status).toHaveTextContent(/^$/);
      rerender(<DataTable {...props} rows={[]} />);
      expect(status).toHaveTextContent('No cities yet');
      rerender(<DataTable {...props} rows={[]} error="Could not load" />);
      expect(status).toHaveTextContent(/^$/);
    });

    it('shows the empty and error states across every column', () => {
      const { rerender } = render(
        <DataTable label="Cities" columns={columns} rows={[]} emptyLabel="No cities yet" />,
      );
      expect(screen.getByText('No cities yet', { selector: 'td' })).toHaveAttribute('colspan', '3');
      rerender(<DataTable label="Cities" columns={columns} rows={cities} error="Could not load" />);
      expect(screen.getByRole('alert')).toHaveTextContent('Could not load');
    });

    it('pages client-side and reports the page; sorting returns to page 1', async () => {
      const user = userEvent.setup();
      const onPageChange = vi.fn();
      render(
        <DataTable
          label="Cities"
          columns={columns}
          rows={cities}
          pageSize={2}
          onPageChange={onPageChange}
        />,
      );
      expect(screen.getByText('1–2 of 5')).toBeInTheDocument();
      expect(screen.getByRole('button', { name: 'Previous page' })).toBeDisabled();
      await user.click(screen.getByRole('button', { name: 'Next page' }));
      await user.click(screen.getByRole('button', { name: 'Next page' }));
      expect(onPageChange).toHaveBeenLastCalledWith(3);
      expect(bodyNames()).toEqual(['Delphi']);
      expect(screen.getByRole('row', { name: /Delphi/ })).toHaveAttribute('aria-rowindex', '6');
      expect(screen.getByRole('grid')).toHaveAttribute('aria-rowcount', '6');
      await user.click(sortButton('City'));
      expect(onPageChange).toHaveBeenLastCalledWith(1);
      // Each page is its slice of the sorted rows.
      expect(bodyNames()).toEqual(['Athens', 'Corinth']);
      await user.click(screen.getByRole('button', { name: 'Next page' }));
      expect(bodyNames()).toEqual(['Delphi', 'Sparta']);
      expect(screen.getByRole('row', { name: /Sparta/ })).toHaveAttribute('aria-rowindex', '5');
    });
    it('keeps focus in the pagination when next or previous reaches an end and turns disabled', async () => {
      const user = userEvent.setup();
      render(<DataTable label="Cities" columns={columns} rows={cities} pageSize={2} />);
      const previous = screen.getByRole('button', { name: 'Previous page' });
      const next = screen.getByRole('button', { name: 'Next page' });
      next.focus();
      await user.keyboard('{Enter}');
      expect(next).toHaveFocus();
      await user.keyboard('{Enter}');
      expect(next).toBeDisabled();
      expect(previous).toHaveFocus();
      await user.keyboard('{Enter}{Enter}');
      expect(previous).toBeDisabled();
      expect(next).toHaveFocus();
      expect(screen.getByText('1–2 of 5')).toBeInTheDocument();
    });

    it('shows the first page for a page that is not a number, and says so', async () => {
      const error = vi.spyOn(console, 'error').mockImplementation(() => {});
      const user = userEvent.setup();
      // `Number(searchParams.get('page'))` with no such parameter in the URL.
      render(
        <DataTable label="Cities" columns={columns} rows={cities} pageSize={2} defaultPage={NaN} />,
      );
      expect(bodyNames()).toEqual(['Athens', 'Sparta']);
      expect(screen.getByText('Page 1 of 3')).toBeInTheDocument();
      expect(screen.getByText('1–2 of 5')).toBeInTheDocument();
      expect(error).toHaveBeenCalledWith(
        '[Callicrates] DataTable: `page` must be a whole number from 1: got NaN, shown as page 1.',
      );
      await user.click(screen.getByRole('button', { name: 'Next page' }));
      expect(bodyNames()).toEqual(['Corinth', 'Thebes']);
    });
  });

  describe('column menu', () => {
    const sorted = () =>
      screen
        .getAllByRole('columnheader')
        .filter((cell) => cell.hasAttribute('aria-sort'))
        .map((cell) => [cell.dataset.column, cell.getAttribute('aria-sort')]);

    it('sorts ascending or descending, adds to a multi-sort and clears, aria-sort on the first', async () => {
      const user = userEvent.setup();
      const onSortChange = vi.fn();
      render(
        <DataTable label="Cities" columns={columns} rows={cities} onSortChange={onSortChange} />,
      );
      // The header keeps its short name; the button is named after its column.
      expect(header('Population')).toHaveAccessibleName('Population');
      const button = menuButton('Population');
      expect(button).toHaveAttribute('aria-haspopup', 'menu');
      await user.click(button);
      const menu = screen.getByRole('menu');
      expect(within(menu).getByRole('menuitemradio', { name: 'Sort ascending' })).toHaveAttribute(
        'aria-checked',
        'false',
      );
      // Nothing else is sorted yet: no "Add to sort", no "Clear sort".
      expect(within(menu).queryByRole('menuitem', { name: 'Add to sort' })).toBeNull();
      await user.click(within(menu).getByRole('menuitemradio', { name: 'Sort descending' }));
      expect(onSortChange).toHaveBeenLastCalledWith([
        { column: 'population', direction: 'descending' },
      ]);
      expect(bodyNames()).toEqual(['Athens', 'Corinth', 'Thebes', 'Sparta', 'Delphi']);
      expect(sorted()).toEqual([['population', 'descending']]);

      await user.click(menuButton('City'));
      await user.click(screen.getByRole('menuitem', { name: 'Add to sort' }));
      expect(onSortChange).toHaveBeenLastCalledWith([
        { column: 'population', direction: 'descending' },
        { column: 'name', direction: 'ascending' },
      ]);
      // APG: aria-sort on one header only, the column sorted first; the rank shows.
      expect(sorted()).toEqual([['population', 'descending']]);
      expect(header('City')).toHaveAttribute('data-sorted', 'ascending');
      expect(within(header('City')).getByText('2')).toBeInTheDocument();

      // A column already in the sort changes direction in its place.
      await user.click(menuButton('City'));
      expect(screen.getByRole('menuitemradio', { name: 'Sort ascending' })).toHaveAttribute(
        'aria-checked',
        'true',
      );
      await user.click(screen.getByRole('menuitemradio', { name: 'Sort descending' }));
      expect(onSortChange).toHaveBeenLastCalledWith([
        { column: 'population', direction: 'descending' },
        { column: 'name', direction: 'descending' },
      ]);

      await user.click(menuButton('Population'));
      await user.click(screen.getByRole('menuitem', { name: 'Clear sort' }));
      expect(onSortChange).toHaveBeenLastCalledWith([{ column: 'name', direction: 'descending' }]);
      expect(sorted()).toEqual([['name', 'descending']]);
      expect(bodyNames()).toEqual(['Thebes', 'Sparta', 'Delphi', 'Corinth', 'Athens']);
    });

    it('opens with Alt+ArrowDown on a header and gives focus back to the header cell', async () => {
      const user = userEvent.setup();
      render(<DataTable label="Cities" columns={columns} rows={cities} />);
      await user.tab();
      expect(header('City')).toHaveFocus();
      await user.keyboard('{ArrowRight}{Alt>}{ArrowDown}{/Alt}');
      const menu = screen.getByRole('menu');
      expect(menuButton('Population')).toHaveAttribute('aria-expanded', 'true');
      expect(within(menu).getByRole('menuitemradio', { name: 'Sort ascending' })).toHaveFocus();
      // Menu keys stay in the menu: the grid does not move behind it.
      await user.keyboard('{ArrowDown}');
      expect(within(menu).getByRole('menuitemradio', { name: 'Sort descending' })).toHaveFocus();
      await user.keyboard('{Enter}');
      expect(header('Population')).toHaveAttribute('aria-sort', 'descending');
      await waitFor(() => expect(header('Population')).toHaveFocus());
      expect(screen.queryByRole('menu')).toBeNull();

      // Escape returns to the menu button; the arrows go on moving in the grid from there.
      await user.keyboard('{Alt>}{ArrowDown}{/Alt}');
      expect(screen.getByRole('menu')).toBeInTheDocument();
      await user.keyboard('{Escape}');
      await waitFor(() => expect(menuButton('Population')).toHaveFocus());
      expect(screen.queryByRole('menu')).toBeNull();
      await user.keyboard('{ArrowDown}');
      expect(screen.getAllByRole('gridcell')[0]).toHaveFocus();
      expect(screen.queryByRole('menu')).toBeNull();
    });

    it('opens with Enter on a header that does not sort, and hides and pins columns', async () => {
      const user = userEvent.setup();
      const onHiddenColumnsChange = vi.fn();
      render(
        <DataTable
          label="Cities"
          columns={[
            { id: 'name', header: 'City', sortable: true },
            { id: 'population', header: 'Population', type: 'number', pinnable: true },
            { id: 'region', header: 'Region', hideable: true },
          ]}
          rows={cities}
          onHiddenColumnsChange={onHiddenColumnsChange}
        />,
      );
      // The column settings come first, then the grid's one tab stop.
      await user.tab();
      await user.tab();
      await user.keyboard('{ArrowRight}{Enter}');
      expect(screen.getByRole('menuitem', { name: 'Pin column' })).toHaveFocus();
      await user.keyboard('{Enter}');
      // "Pin column" was the only item: Population is pinned first, focus follows it.
      const pinned = header('Population');
      expect(pinned).toHaveAttribute('data-pin', '0');
      expect(screen.getAllByRole('columnheader')[0]).toBe(pinned);
      await waitFor(() => expect(pinned).toHaveFocus());
      await user.keyboard('{Enter}');
      expect(screen.getByRole('menuitem', { name: 'Unpin column' })).toHaveFocus();
      await user.keyboard('{Escape}');

      await user.click(menuButton('Region'));
      expect(screen.queryByRole('menuitemradio')).toBeNull();
      await user.click(screen.getByRole('menuitem', { name: 'Hide column' }));
      expect(onHiddenColumnsChange).toHaveBeenLastCalledWith(['region']);
      expect(screen.queryByRole('columnheader', { name: 'Region' })).toBeNull();
      // Focus lands on the header now in its place, not on the page.
      await waitFor(() => expect(screen.getAllByRole('columnheader').at(-1)).toHaveFocus());
    });

    it('"Resize column" focuses the handle: arrows resize, Escape returns to the header', async () => {
      const user = userEvent.setup();
      const onColumnWidthsChange = vi.fn();
      render(
        <DataTable
          label="Cities"
          columns={[
            { id: 'name', header: 'City', width: 200, sortable: true, resizable: true },
            { id: 'region', header: 'Region' },
          ]}
          rows={cities}
          onColumnWidthsChange={onColumnWidthsChange}
        />,
      );
      const handle = screen.getByRole('separator', { name: 'Resize City' });
      // In a grid the handle is no tab stop: the menu leads to it.
      expect(handle).toHaveAttribute('tabindex', '-1');
      await user.tab();
      await user.keyboard('{Alt>}{ArrowDown}{/Alt}');
      await user.click(screen.getByRole('menuitem', { name: 'Resize column' }));
      await waitFor(() => expect(handle).toHaveFocus());
      await user.keyboard('{ArrowRight}{ArrowRight}{ArrowLeft}');
      expect(onColumnWidthsChange).toHaveBeenLastCalledWith({ name: 216 });
      expect(handle).toHaveAttribute('aria-valuenow', '216');
      await user.keyboard('{Escape}');
      expect(header('City')).toHaveFocus();
    });

    it('can be turned off per column', () => {
      render(
        <DataTable
          label="Cities"
          columns={[{ id: 'name', header: 'City', sortable: true, menu: false }]}
          rows={cities}
        />,
      );
      expect(screen.queryByRole('button', { name: 'City options' })).toBeNull();
    });
  });

  describe('treegrid (expandable rows)', () => {
    const tree: City[] = [
      {
        id: 'att',
        name: 'Attica',
        population: 3792469,
        region: '',
        districts: [
          { id: 'ath', name: 'Athens', population: 664046, region: 'Attica' },
          { id: 'pir', name: 'Piraeus', population: 163688, region: 'Attica' },
        ],
      },
      { id: 'cre', name: 'Crete', population: 624408, region: '' },
    ];
    const row = (name: string) =>
      screen
        .getAllByRole('rowheader')
        .find((cell) => cell.textContent === name)!
        .closest('tr')!;

    it('is a treegrid with levels, positions and expanded state; flat grids stay grids', () => {
      const { unmount } = render(
        <DataTable
          label="Regions"
          columns={columns}
          rows={tree}
          getSubRows={(each) => each.districts}
          defaultExpandedRows={['att']}
        />,
      );
      expect(screen.getByRole('treegrid', { name: 'Regions' })).toBeInTheDocument();
      expect(screen.queryByRole('grid')).toBeNull();
      expect(row('Attica')).toHaveAttribute('aria-level', '1');
      expect(row('Attica')).toHaveAttribute('aria-expanded', 'true');
      expect(row('Attica')).toHaveAttribute('aria-posinset', '1');
      expect(row('Attica')).toHaveAttribute('aria-setsize', '2');
      expect(row('Piraeus')).toHaveAttribute('aria-level', '2');
      expect(row('Piraeus')).toHaveAttribute('aria-posinset', '2');
      expect(row('Piraeus')).toHaveAttribute('aria-setsize', '2');
      expect(row('Piraeus')).not.toHaveAttribute('aria-expanded');
      expect(row('Crete')).toHaveAttribute('aria-posinset', '2');
      unmount();
      render(<DataTable label="Cities" columns={columns} rows={cities} />);
      expect(screen.getByRole('grid')).not.toHaveAttribute('aria-level');
      expect(screen.getByText('Athens').closest('tr')).not.toHaveAttribute('aria-level');
      expect(screen.getByText('Athens').closest('tr')).not.toHaveAttribute('aria-expanded');
    });

    it('expands with ArrowRight and collapses with ArrowLeft on the tree column; Left goes to the parent', async () => {
      const user = userEvent.setup();
      const onExpandedRowsChange = vi.fn();
      render(
        <DataTable
          label="Regions"
          columns={columns}
          rows={tree}
          selectable
          getSubRows={(each) => each.districts}
          onExpandedRowsChange={onExpandedRowsChange}
        />,
      );
      await user.tab();
      // Header → Attica's select cell → its tree cell.
      await user.keyboard('{ArrowDown}{ArrowRight}');
      const attica = within(row('Attica')).getByRole('rowheader');
      expect(attica).toHaveFocus();
      await user.keyboard('{ArrowRight}');
      expect(onExpandedRowsChange).toHaveBeenLastCalledWith(['att']);
      expect(row('Attica')).toHaveAttribute('aria-expanded', 'true');
      expect(attica).toHaveFocus();
      // Expanded: ArrowRight moves on to the next cell.
      await user.keyboard('{ArrowRight}');
      expect(within(row('Attica')).getAllByRole('gridcell')[1]).toHaveFocus();
      await user.keyboard('{ArrowLeft}{ArrowDown}{ArrowDown}');
      const piraeus = within(row('Piraeus')).getByRole('rowheader');
      expect(piraeus).toHaveFocus();
      // A child row: ArrowLeft goes to its parent, then collapses it.
      await user.keyboard('{ArrowLeft}');
      expect(attica).toHaveFocus();
      await user.keyboard('{ArrowLeft}');
      expect(onExpandedRowsChange).toHaveBeenLastCalledWith([]);
      expect(row('Attica')).toHaveAttribute('aria-expanded', 'false');
      expect(attica).toHaveFocus();
      // Collapsed and top-level: ArrowLeft moves to the selection cell as in a grid.
      await user.keyboard('{ArrowLeft}');
      expect(within(row('Attica')).getAllByRole('gridcell')[0]).toHaveFocus();
    });

    it('mirrors Right and Left in RTL', async () => {
      const user = userEvent.setup();
      render(
        <div dir="rtl" style={{ direction: 'rtl' }}>
          <DataTable
            label="Regions"
            columns={columns}
            rows={tree}
            getSubRows={(each) => each.districts}
          />
        </div>,
      );
      await user.tab();
      await user.keyboard('{ArrowDown}{ArrowLeft}');
      expect(row('Attica')).toHaveAttribute('aria-expanded', 'true');
      await user.keyboard('{ArrowRight}');
      expect(row('Attica')).toHaveAttribute('aria-expanded', 'false');
    });
  });

  describe('virtualization', () => {
    it('renders a window of rows above 100, keeping the header, and reaches the last by keyboard', async () => {
      const user = userEvent.setup();
      const many = Array.from({ length: 10_000 }, (_, index) => ({
        id: String(index),
        name: `City ${index}`,
        population: index,
        region: 'R',
      }));
      render(<DataTable label="Many" columns={columns} rows={many} />);
      const rendered = document.querySelectorAll('tbody tr[data-row]').length;
      expect(rendered).toBeGreaterThan(5);
      expect(rendered).toBeLessThan(40);
      expect(screen.getAllByRole('columnheader')).toHaveLength(3);
      expect(screen.getByRole('grid')).toHaveAttribute('aria-rowcount', '10001');
      await user.tab();
      await user.keyboard('{Control>}{End}{/Control}');
      expect(document.activeElement?.closest('tr')).toHaveAttribute('aria-rowindex', '10001');
      expect(document.activeElement?.textContent).toBe('R');
    });

    it('follows scrolling from the first render, before anything re-renders the table', () => {
      const many = Array.from({ length: 10_000 }, (_, index) => ({
        id: String(index),
        name: `City ${index}`,
        population: index,
        region: 'R',
      }));
      const { container } = render(<DataTable label="Many" columns={columns} rows={many} />);
      const viewport = container.querySelector<HTMLElement>('[data-part="viewport"]')!;
      // jsdom does not scroll: the viewport reports the offset a user's scroll would give.
      Object.defineProperty(viewport, 'scrollTop', { configurable: true, value: 100 * 40 });
      fireEvent.scroll(viewport);
      const shown = [...container.querySelectorAll<HTMLElement>('tbody tr[data-row]')].map((row) =>
        Number(row.dataset.row),
      );
      // Rows are estimated at 40 px (md) here, so row 100 is at the top of the viewport.
      expect(shown).toContain(100);
      expect(shown).not.toContain(0);
      expect(screen.getByRole('rowheader', { name: 'City 100' })).toBeInTheDocument();
    });
  });

  it('passes native props and the ref to the root element and writes the density', () => {
    const ref = createRef<HTMLDivElement>();
    render(
      <DataTable
        ref={ref}
        label="Cities"
        columns={columns}
        rows={cities}
        size="sm"
        id="t"
        className="mine"
      />,
    );
    expect(ref.current).toHaveAttribute('id', 't');
    expect(ref.current).toHaveClass('cal-data-table', 'mine');
    expect(ref.current).toHaveAttribute('data-size', 'sm');
  });

  it('keeps working when a controlled selection is replaced from outside', () => {
    const { rerender } = render(
      <DataTable label="Cities" columns={columns} rows={cities} selectable selectedRows={[]} />,
    );
    act(() => {
      rerender(
        <DataTable
          label="Cities"
          columns={columns}
          rows={cities}
          selectable
          selectedRows={['del']}
        />,
      );
    });
    expect(box('Delphi')).toBeChecked();
  });
});
