import { createContext, useContext, type ReactNode } from 'react';
import { allRowIds } from './rowModel';
import { nextSort } from './sorting';
import type { ActiveStore, SelectionStore } from './stores';
import type { DataTableSelection, DataTableSortDescriptor, DataTableSortDirection } from './types';

/** What the context's actions read from the table's latest render. */
export interface TableInternals {
  rows: readonly unknown[];
  getRowId: (row: unknown) => string;
  getSubRows: ((row: unknown) => readonly unknown[] | undefined) | undefined;
  manual: boolean;
  selectionControlled: boolean;
  onSelectedRowsChange: ((selection: DataTableSelection) => void) | undefined;
  expanded: readonly string[];
  sort: readonly DataTableSortDescriptor[];
  widths: Readonly<Record<string, number>>;
  hidden: readonly string[];
  pinned: readonly string[];
  setHidden: (hidden: readonly string[]) => void;
  setPinned: (pinned: readonly string[]) => void;
  setExpanded: (expanded: readonly string[]) => void;
  setSort: (sort: readonly DataTableSortDescriptor[]) => void;
  setPage: (page: number) => void;
  setWidths: (widths: Record<string, number>) => void;
}

/** The fields a table render refreshes. */
export type TableRefresh = Pick<
  TableContext,
  | 'grid'
  | 'tree'
  | 'expandable'
  | 'lineCount'
  | 'columnCount'
  | 'pageIds'
  | 'total'
  | 'rowLabel'
  | 'renderExpanded'
  | 'bulkActions'
  | 'labels'
> & { internals: TableInternals };

/**
 * What the parts of one table share. The object is created once per table and its fields are
 * refreshed on every render of the table, so the context value never changes: a part that
 * reads it re-renders only for its own props or store slice, never for the context.
 */
export interface TableContext {
  selection: SelectionStore;
  active: ActiveStore;
  /** Whether the table is an APG grid (interactive) or a plain table. */
  grid: boolean;
  /** Whether the grid is an APG treegrid: rows expand, with `aria-level` and `aria-expanded`. */
  tree: boolean;
  /** Rows can expand (sub-rows or a detail panel): first cells keep room for the button. */
  expandable: boolean;
  /** Lines of the body and cells per row: the keyboard's bounds. */
  lineCount: number;
  columnCount: number;
  /** Ids of the selectable rows on this page, in order. */
  pageIds: readonly string[];
  /** Rows across every page (`rowCount` when server-driven). */
  total: number;
  scrollToRow: (index: number) => void;
  toggleRow: (id: string, range: boolean) => void;
  /** Selects (or, with false, deselects) every row of the page. */
  selectPage: (selected: boolean) => void;
  selectAllPages: () => void;
  clearSelection: () => void;
  toggleExpanded: (id: string) => void;
  sortBy: (column: string, multiple: boolean) => void;
  /**
   * The column menu's sort: `direction` alone (replacing the sort), or added as the next
   * column of a multi-column sort (`add`); `null` takes the column out of the sort.
   */
  sortColumn: (column: string, direction: DataTableSortDirection | null, add: boolean) => void;
  hideColumn: (column: string) => void;
  /** Pins the column to the start, or unpins it. */
  pinColumn: (column: string, pin: boolean) => void;
  resize: (column: string, width: number) => void;
  rowLabel: (row: unknown) => string;
  renderExpanded?: (row: unknown) => ReactNode;
  bulkActions?: (selection: DataTableSelection) => ReactNode;
  labels: DataTableLabels;
  /** Takes the fields of the table's latest render (called during render, before its parts). */
  refresh(fields: TableRefresh): void;
  /** The body's virtualizer registers how to bring a line into view. */
  setScroller(scroll: (index: number) => void): void;
}

/** Every built-in string, replaceable through the table's `*Label` props. */
export interface DataTableLabels {
  selectAllLabel: string;
  selectRowLabel: (row: string) => string;
  expandLabel: (row: string) => string;
  resizeLabel: (column: string) => string;
  selectedCountLabel: (count: number) => string;
  selectAllPagesLabel: (total: number) => string;
  clearSelectionLabel: string;
  bulkActionsLabel: string;
  columnMenuLabel: (column: string) => string;
  sortAscendingLabel: string;
  sortDescendingLabel: string;
  addToSortLabel: string;
  clearSortLabel: string;
  resizeColumnLabel: string;
  hideColumnLabel: string;
  pinColumnLabel: string;
  unpinColumnLabel: string;
}

export const DataTableContext = createContext<TableContext | null>(null);

export function useTableContext(): TableContext {
  const context = useContext(DataTableContext);
  if (!context) throw new Error('DataTable parts render inside a DataTable only.');
  return context;
}

/**
 * The context object of one table, created once. Its actions read the latest render through
 * `refresh`, so they stay the same functions for the table's life and memoized rows never
 * re-render because of them.
 */
export function createTableContext(selection: SelectionStore, active: ActiveStore): TableContext {
  let internals: TableInternals | null = null;
  const latest = () => internals!;
  const commit = (next: ReadonlySet<string> | 'all') => {
    const { selectionControlled, onSelectedRowsChange } = latest();
    if (!selectionControlled) selection.set(next);
    onSelectedRowsChange?.(next === 'all' ? 'all' : [...next]);
  };
  // The ids a selection of `'all'` stands for when rows leave it: every row client-side,
  // the loaded page when server-driven (the rest are not known here).
  const explicit = (): Set<string> => {
    if (selection.value !== 'all') return new Set(selection.value);
    const { rows, getRowId, getSubRows, manual } = latest();
    return new Set(manual ? context.pageIds : allRowIds(rows, getRowId, getSubRows));
  };
  const context: TableContext = {
    selection,
    active,
    grid: false,
    tree: false,
    expandable: false,
    lineCount: 0,
    columnCount: 0,
    pageIds: [],
    total: 0,
    scrollToRow: () => {},
    toggleRow(id, range) {
      const on = !selection.isSelected(id);
      let ids = [id];
      const anchor = selection.anchor;
      if (range && anchor !== null) {
        const from = context.pageIds.indexOf(anchor);
        const to = context.pageIds.indexOf(id);
        if (from >= 0 && to >= 0) {
          ids = context.pageIds.slice(Math.min(from, to), Math.max(from, to) + 1);
        }
      }
      // A plain toggle moves the anchor; a range keeps it, so ranges can be redrawn.
      if (!range || anchor === null) selection.setAnchor(id);
      const next = explicit();
      for (const each of ids) {
        if (on) next.add(each);
        else next.delete(each);
      }
      commit(next);
    },
    selectPage(selected) {
      if (selected && selection.value === 'all') return;
      const next = explicit();
      for (const id of context.pageIds) {
        if (selected) next.add(id);
        else next.delete(id);
      }
      commit(next);
    },
    selectAllPages() {
      const { rows, getRowId, getSubRows, manual } = latest();
      commit(manual ? 'all' : new Set(allRowIds(rows, getRowId, getSubRows)));
    },
    clearSelection() {
      selection.setAnchor(null);
      commit(new Set());
    },
    toggleExpanded(id) {
      const { expanded, setExpanded } = latest();
      setExpanded(
        expanded.includes(id) ? expanded.filter((each) => each !== id) : [...expanded, id],
      );
    },
    sortBy(column, multiple) {
      const { sort, setSort, setPage } = latest();
      setSort(nextSort(sort, column, multiple));
      setPage(1);
    },
    sortColumn(column, direction, add) {
      const { sort, setSort, setPage } = latest();
      const sorted = sort.some((entry) => entry.column === column);
      // A column already in the sort changes direction in its place; another one replaces
      // the sort, or joins it last with `add`.
      setSort(
        !direction
          ? sort.filter((entry) => entry.column !== column)
          : sorted
            ? sort.map((entry) => (entry.column === column ? { column, direction } : entry))
            : [...(add ? sort : []), { column, direction }],
      );
      setPage(1);
    },
    hideColumn(column) {
      const { hidden, setHidden } = latest();
      if (!hidden.includes(column)) setHidden([...hidden, column]);
    },
    pinColumn(column, pin) {
      const { pinned, setPinned } = latest();
      const others = pinned.filter((id) => id !== column);
      setPinned(pin ? [...others, column] : others);
    },
    resize(column, width) {
      const { widths, setWidths } = latest();
      setWidths({ ...widths, [column]: width });
    },
    rowLabel: () => '',
    labels: {} as DataTableLabels,
    refresh(fields) {
      const { internals: next, ...rest } = fields;
      internals = next;
      Object.assign(context, rest);
    },
    setScroller(scroll) {
      context.scrollToRow = scroll;
    },
  };
  return context;
}
