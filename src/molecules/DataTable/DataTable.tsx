import {
  forwardRef,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type CSSProperties,
  type ForwardedRef,
  type HTMLAttributes,
  type ReactElement,
  type ReactNode,
  type Ref,
} from 'react';
import { visuallyHiddenClass } from '../../theme/sharedStyles';
import { cx, devError, reportUnchangeable, reportUnknownValues } from '../../utils';
import { useControllableState } from '../overlay/useControllableState';
import {
  createTableContext,
  DataTableContext,
  type TableContext,
  type TableInternals,
} from './context';
import { DataTableBody, VIRTUALIZE_ABOVE } from './DataTableBody';
import { DataTableBulkBar } from './DataTableBulkBar';
import { DataTableHeader } from './DataTableHeader';
import { DataTablePagination } from './DataTablePagination';
import { DataTableSettings } from './DataTableSettings';
import { dataTableClass, MAX_PINNED } from './DataTable.styles';
import { handleGridKey, trackFocus } from './gridKeyboard';
import { flattenRows } from './rowModel';
import { cellValue, inOrder, sortOrder, sortRows } from './sorting';
import { createActiveStore, createSelectionStore, toSelectionValue } from './stores';
import {
  dataTableSizes,
  type DataTableColumn,
  type DataTableSelection,
  type DataTableSize,
  type DataTableSortDescriptor,
  type FlatRow,
  type LaidOutColumn,
} from './types';

const useIsomorphicLayoutEffect = typeof document === 'undefined' ? () => {} : useLayoutEffect;
const NONE: readonly never[] = [];

const isColumn = <T,>(
  column: DataTableColumn<T> | null | undefined | false,
): column is DataTableColumn<T> => typeof column === 'object' && column !== null;
type Change<V> = ((value: V) => void) | undefined;
const NO_WIDTHS: Readonly<Record<string, number>> = {};
const NO_IDS: ReadonlySet<string> = new Set();
const keepOrder = <V,>(list: readonly V[]) => list;

export interface DataTableProps<T> extends Omit<HTMLAttributes<HTMLDivElement>, 'children'> {
  /** The table's accessible name (`aria-label` on the `<table>`). Required. */
  label: string;
  /** The columns, in order. Keep the array stable (a constant or `useMemo`): rows re-render when it changes. */
  columns: readonly DataTableColumn<T>[];
  /** The rows: every row (client-side), or the current page's (`manual`). */
  rows: readonly T[];
  /**
   * A row's unique id: the key of its selection and expansion, which survive sorting,
   * filtering and paging.
   * @default row => String(row.id)
   */
  getRowId?: (row: T) => string;
  /**
   * A row's name in built-in labels ("Select Athena").
   * @default the first column's value as text
   */
  getRowLabel?: (row: T) => string;
  /** A row's sub-rows, shown nested under it when it is expanded. */
  getSubRows?: (row: T) => readonly T[] | undefined;
  /** A detail panel under an expanded row, across every column. */
  renderExpanded?: (row: T) => ReactNode;
  /** Ids of the expanded rows (controlled). */
  expandedRows?: readonly string[];
  /**
   * Ids of the rows expanded at first (uncontrolled).
   * @default []
   */
  defaultExpandedRows?: readonly string[];
  /** Called with every expanded row's id when a row is expanded or collapsed. */
  onExpandedRowsChange?: (expanded: string[]) => void;
  /** The sort (controlled): the first entry sorts first. */
  sort?: readonly DataTableSortDescriptor[];
  /**
   * The sort at first (uncontrolled).
   * @default []
   */
  defaultSort?: readonly DataTableSortDescriptor[];
  /** Called with the new sort when a header is pressed (Shift adds a column). */
  onSortChange?: (sort: DataTableSortDescriptor[]) => void;
  /**
   * Adds a checkbox column, Shift ranges, select-all and the bulk-action bar.
   * @default false
   */
  selectable?: boolean;
  /** The selected row ids, or `'all'` (controlled). */
  selectedRows?: DataTableSelection;
  /**
   * The selection at first (uncontrolled).
   * @default []
   */
  defaultSelectedRows?: DataTableSelection;
  /** Called with the new selection: ids, or `'all'` when a server-driven table selects every page. */
  onSelectedRowsChange?: (selection: DataTableSelection) => void;
  /** Actions shown in the bulk bar while rows are selected; given the selection. */
  bulkActions?: (selection: DataTableSelection) => ReactNode;
  /** Rows per page; unset, every row shows (windowed above 100). */
  pageSize?: number;
  /** The page, from 1 (controlled). */
  page?: number;
  /**
   * The page at first (uncontrolled).
   * @default 1
   */
  defaultPage?: number;
  /** Called with the new page (from 1) when the pagination moves. */
  onPageChange?: (page: number) => void;
  /**
   * Server-driven: `rows` are already sorted and paged; the table only reports sort, page
   * and selection changes. Give `rowCount`.
   * @default false
   */
  manual?: boolean;
  /**
   * Rows across every page, with `manual`.
   * @default rows.length
   */
  rowCount?: number;
  /** Ids of the hidden columns (controlled). */
  hiddenColumns?: readonly string[];
  /**
   * Ids of the columns hidden at first (uncontrolled).
   * @default []
   */
  defaultHiddenColumns?: readonly string[];
  /** Called with every hidden column's id when the column settings hide or show one. */
  onHiddenColumnsChange?: (hidden: string[]) => void;
  /** Ids of the columns pinned to the start, in order (controlled). */
  pinnedColumns?: readonly string[];
  /**
   * Columns pinned at first (uncontrolled): `['name']` makes a sticky first column.
   * @default []
   */
  defaultPinnedColumns?: readonly string[];
  /** Called with the pinned columns' ids, in order, when one is pinned or unpinned. */
  onPinnedColumnsChange?: (pinned: string[]) => void;
  /** Widths of resized columns, in CSS pixels (controlled). */
  columnWidths?: Readonly<Record<string, number>>;
  /**
   * Column widths at first (uncontrolled); a column's own `width` applies otherwise.
   * @default {}
   */
  defaultColumnWidths?: Readonly<Record<string, number>>;
  /** Called with every resized column's width (CSS pixels) when a column is resized. */
  onColumnWidthsChange?: (widths: Record<string, number>) => void;
  /**
   * Row density.
   * @default 'md'
   */
  size?: DataTableSize;
  /**
   * Shows skeleton rows and marks the table busy.
   * @default false
   */
  loading?: boolean;
  /** An error message shown in place of the rows (an alert). */
  error?: ReactNode;
  /**
   * Shown when there are no rows; text is also said by the table's status (a polite live
   * region) when loading or filtering leaves no rows.
   * @default 'No results'
   */
  emptyLabel?: ReactNode;
  /** The most the table grows before it scrolls (a length or CSS pixels); windowed tables default to 12 rows. */
  maxHeight?: number | string;
  /** The locale for sorting text and formatting counts (BCP 47). Unset: the browser's. */
  locale?: string;
  /** @default 'Loading' */
  loadingLabel?: string;
  /** @default 'Select all rows on this page' */
  selectAllLabel?: string;
  /** @default row => `Select ${row}` */
  selectRowLabel?: (row: string) => string;
  /** @default row => `Show details of ${row}` */
  expandLabel?: (row: string) => string;
  /** @default column => `Resize ${column}` */
  resizeLabel?: (column: string) => string;
  /** The name of a column's menu button. @default column => `${column} options` */
  columnMenuLabel?: (column: string) => string;
  /** @default 'Sort ascending' */
  sortAscendingLabel?: string;
  /** @default 'Sort descending' */
  sortDescendingLabel?: string;
  /** The column menu's item that adds the column to a multi-column sort. @default 'Add to sort' */
  addToSortLabel?: string;
  /** @default 'Clear sort' */
  clearSortLabel?: string;
  /** The column menu's item that moves focus to the resize handle. @default 'Resize column' */
  resizeColumnLabel?: string;
  /** @default 'Hide column' */
  hideColumnLabel?: string;
  /** @default 'Pin column' */
  pinColumnLabel?: string;
  /** @default 'Unpin column' */
  unpinColumnLabel?: string;
  /** @default count => `${count} selected` */
  selectedCountLabel?: (count: number) => string;
  /** @default total => `Select all ${total}` */
  selectAllPagesLabel?: (total: number) => string;
  /** @default 'Clear selection' */
  clearSelectionLabel?: string;
  /** @default 'Bulk actions' */
  bulkActionsLabel?: string;
  /** @default 'Columns' */
  columnsLabel?: string;
  /** @default 'Show' */
  showColumnsLabel?: string;
  /** @default 'Pin to start' */
  pinColumnsLabel?: string;
  /** @default 'Pagination' */
  paginationLabel?: string;
  /** @default 'Previous page' */
  previousPageLabel?: string;
  /** @default 'Next page' */
  nextPageLabel?: string;
  /** @default (page, count) => `Page ${page} of ${count}` */
  pageLabel?: (page: string, pageCount: string) => string;
  /** @default (first, last, total) => `${first}–${last} of ${total}` */
  rangeLabel?: (first: string, last: string, total: string) => string;
}

const defaultRowId = (row: unknown) => {
  const id = (row as { id?: unknown } | null)?.id;
  return id === undefined || id === null ? '' : String(id);
};
const plainText = (value: unknown) =>
  value === null || value === undefined || typeof value === 'object' ? '' : String(value);

const labelOf = <T,>(column: DataTableColumn<T>) =>
  column.textValue ?? (typeof column.header === 'string' ? column.header : column.id);

/**
 * A table of rows and columns: sorting (Shift for several columns, `aria-sort`), row
 * selection by checkbox with Shift ranges and select-all across pages, expandable rows and
 * sub-rows, sticky header and pinned columns, resizing, hiding, a bulk-action bar, loading,
 * empty and error states, client or server-driven paging, and windowing above 100 rows.
 *
 * Interactive (selectable, sortable or expandable), it is an APG grid: one Tab stop, arrows
 * between cells, Enter on a header sorts, Space selects; with expandable rows an APG
 * treegrid (rows with `aria-level`, `aria-posinset`, `aria-setsize`, `aria-expanded`; Right
 * and Left expand and collapse on the first column). Sortable, hideable, pinnable and
 * resizable columns have a header menu (Alt+ArrowDown on the header opens it). Read-only, it
 * stays a plain `<table>` with no grid role. Every state is controlled or uncontrolled.
 *
 * Native props and the ref go to the root `<div>`.
 * @selector [data-size] the density, when not `md`
 * @selector [data-virtual] rows are windowed
 * @selector [data-loading] skeleton rows show
 * @selector tr[data-selected] a selected row
 * @selector th[data-sorted="ascending" | "descending"] a sorted column's header
 * @selector [data-pin] a cell of a pinned (sticky) column
 * @selector [data-part="column-menu"] a header's menu button, `[aria-expanded="true"]` while open
 * @selector tr[aria-expanded] an expandable row of a treegrid
 * @selector tr[data-depth] a sub-row, with its depth (1 under a top-level row, 2 below that, …)
 * @selector [data-align="center" | "end"] a header or cell of a column not aligned to the start
 * @selector [data-numeric] a body cell of a `type: 'number'` column (tabular figures)
 * @selector [data-pin-edge] a cell of the last pinned column, which draws the edge
 * @selector th[data-resizable] the header of a resizable column (room for the handle)
 * @selector [data-part="message"][data-status="error"] the message cell while `error` shows
 * @selector [data-part="bulk-bar"][data-open] the bulk-action bar while rows are selected
 * @selector th[data-column] a header, with its column's `id`: the column menu finds the header by
 * it to give focus back
 * @selector tr[data-row] a body line's index (rows and detail panels); windowing and the grid keys
 * read it: for the component's own use, not a styling hook
 */
function DataTableInner<T>(props: DataTableProps<T>, ref: ForwardedRef<HTMLDivElement>) {
  const {
    label,
    columns: columnsProp,
    rows: rowsProp,
    getRowId = defaultRowId as (row: T) => string,
    getRowLabel,
    getSubRows,
    renderExpanded,
    expandedRows,
    defaultExpandedRows = NONE,
    onExpandedRowsChange,
    sort: sortProp,
    defaultSort = NONE,
    onSortChange,
    selectable = false,
    selectedRows,
    defaultSelectedRows,
    onSelectedRowsChange,
    bulkActions,
    pageSize,
    page: pageProp,
    defaultPage = 1,
    onPageChange,
    manual = false,
    rowCount,
    hiddenColumns,
    defaultHiddenColumns = NONE,
    onHiddenColumnsChange,
    pinnedColumns,
    defaultPinnedColumns = NONE,
    onPinnedColumnsChange,
    columnWidths,
    defaultColumnWidths = NO_WIDTHS,
    onColumnWidthsChange,
    size = 'md',
    loading = false,
    error,
    emptyLabel = 'No results',
    maxHeight,
    locale,
    loadingLabel = 'Loading',
    selectAllLabel = 'Select all rows on this page',
    selectRowLabel = (row: string) => `Select ${row}`,
    expandLabel = (row: string) => `Show details of ${row}`,
    resizeLabel = (column: string) => `Resize ${column}`,
    columnMenuLabel = (column: string) => `${column} options`,
    sortAscendingLabel = 'Sort ascending',
    sortDescendingLabel = 'Sort descending',
    addToSortLabel = 'Add to sort',
    clearSortLabel = 'Clear sort',
    resizeColumnLabel = 'Resize column',
    hideColumnLabel = 'Hide column',
    pinColumnLabel = 'Pin column',
    unpinColumnLabel = 'Unpin column',
    selectedCountLabel = (count: number) => `${count} selected`,
    selectAllPagesLabel = (total: number) => `Select all ${total}`,
    clearSelectionLabel = 'Clear selection',
    bulkActionsLabel = 'Bulk actions',
    columnsLabel = 'Columns',
    showColumnsLabel = 'Show',
    pinColumnsLabel = 'Pin to start',
    paginationLabel = 'Pagination',
    previousPageLabel = 'Previous page',
    nextPageLabel = 'Next page',
    pageLabel = (page: string, count: string) => `Page ${page} of ${count}`,
    rangeLabel = (first: string, last: string, total: string) => `${first}–${last} of ${total}`,
    className,
    style,
    ...rest
  } = props;

  // Misuse never throws: a missing array is taken as empty, and a column that is not an object
  // (`[name, showPrice && price]`) is left out, as the collections leave out such options.
  const columns = useMemo(
    () => (Array.isArray(columnsProp) ? columnsProp.filter(isColumn) : NONE),
    [columnsProp],
  );
  const rows = Array.isArray(rowsProp) ? rowsProp : NONE;
  // Inline NODE_ENV check: production bundles drop the messages (see toastStore.ts).
  if (typeof process !== 'undefined' && process.env.NODE_ENV !== 'production') {
    if (!label) devError('DataTable', 'give the table a `label`: it is its accessible name.');
    if (!Array.isArray(columnsProp)) {
      devError('DataTable', '`columns` must be an array of columns.');
    } else if (columns.length < columnsProp.length) {
      devError(
        'DataTable',
        'every column must be an object with an `id`; the others are left out.',
      );
    }
    if (rows !== rowsProp) devError('DataTable', '`rows` must be an array (empty while none).');
    reportUnknownValues('DataTable', { size: [size, dataTableSizes] });
    // A controlled state the user has a control for, without its handler: the header, box,
    // page or menu press does nothing and says nothing.
    const can = (key: 'sortable' | 'hideable' | 'pinnable' | 'resizable') =>
      columns.some((column) => column[key]);
    const states: Array<[boolean, string, string]> = [
      [can('sortable'), 'sort', 'onSortChange'],
      [selectable, 'selectedRows', 'onSelectedRowsChange'],
      [pageSize !== undefined, 'page', 'onPageChange'],
      [
        getSubRows !== undefined || renderExpanded !== undefined,
        'expandedRows',
        'onExpandedRowsChange',
      ],
      [can('hideable'), 'hiddenColumns', 'onHiddenColumnsChange'],
      [can('pinnable'), 'pinnedColumns', 'onPinnedColumnsChange'],
      [can('resizable'), 'columnWidths', 'onColumnWidthsChange'],
    ];
    // Only the pair is passed on: a stray `readOnly` on the root must not silence it.
    const given = props as unknown as Record<string, unknown>;
    for (const [changeable, value, handler] of states) {
      const pair = { [value]: given[value], [handler]: given[handler] };
      if (changeable) reportUnchangeable('DataTable', pair, value, handler);
    }
  }

  // The callbacks always receive fresh mutable arrays; the state itself is read-only.
  const [sort, setSort] = useControllableState<readonly DataTableSortDescriptor[]>(
    sortProp,
    defaultSort,
    onSortChange as Change<readonly DataTableSortDescriptor[]>,
  );
  const [pageState, setPage] = useControllableState(pageProp, defaultPage, onPageChange);
  const [expandedList, setExpanded] = useControllableState<readonly string[]>(
    expandedRows,
    defaultExpandedRows,
    onExpandedRowsChange as Change<readonly string[]>,
  );
  const [hidden, setHidden] = useControllableState<readonly string[]>(
    hiddenColumns,
    defaultHiddenColumns,
    onHiddenColumnsChange as Change<readonly string[]>,
  );
  const [pinned, setPinned] = useControllableState<readonly string[]>(
    pinnedColumns,
    defaultPinnedColumns,
    onPinnedColumnsChange as Change<readonly string[]>,
  );
  const [widths, setWidths] = useControllableState(
    columnWidths,
    defaultColumnWidths,
    onColumnWidthsChange,
  );

  // Columns: by id, then laid out (pinned first, hidden left out).
  const byId = useMemo(() => {
    const map = new Map<string, DataTableColumn<T>>();
    for (const column of columns) {
      if (map.has(column.id)) {
        devError('DataTable', `two columns have the id "${column.id}"; ids must be unique.`);
      }
      map.set(column.id, column);
    }
    return map;
  }, [columns]);
  const laidOut = useMemo(() => {
    const shown = columns.filter((column) => !hidden.includes(column.id));
    const leading = selectable ? 1 : 0;
    let pinnedIds = pinned.filter((id) => shown.some((column) => column.id === id));
    if (pinnedIds.length + leading > MAX_PINNED) {
      devError('DataTable', `at most ${MAX_PINNED - leading} columns can be pinned here.`);
      pinnedIds = pinnedIds.slice(0, MAX_PINNED - leading);
    }
    const ordered = [
      ...pinnedIds.map((id) => byId.get(id)!),
      ...shown.filter((column) => !pinnedIds.includes(column.id)),
    ];
    return ordered.map((def, index): LaidOutColumn<T> => ({
      def,
      pin: index < pinnedIds.length ? index + leading : -1,
      pinEdge: index === pinnedIds.length - 1,
      align: def.align ?? (def.type === 'number' ? 'end' : 'start'),
      label: labelOf(def),
    }));
  }, [columns, hidden, pinned, byId, selectable]);
  const selectPin = selectable && laidOut.some((column) => column.pin >= 0) ? 0 : -1;

  // Rows: sorted, paged, flattened with their expanded sub-rows and detail panels.
  const collator = useMemo(
    () => new Intl.Collator(locale, { numeric: true, sensitivity: 'base' }),
    [locale],
  );
  const numberFormat = useMemo(() => new Intl.NumberFormat(locale), [locale]);
  // Sub-rows are sorted like the rows (a treegrid's flattening asks for each list's order).
  const order = useMemo(
    () => (list: readonly T[]) => (manual ? list : sortRows(list, sort, byId, collator)),
    [manual, sort, byId, collator],
  );
  // The rows' sort order: indexes into `rows` (null: as given, or sorted by the server).
  const rowOrder = useMemo(
    () => (manual ? null : sortOrder(rows, sort, byId, collator)),
    [manual, rows, sort, byId, collator],
  );
  const total = manual ? (rowCount ?? rows.length) : rows.length;
  const paged = pageSize !== undefined && pageSize > 0;
  if (pageSize !== undefined && !(pageSize > 0)) {
    devError('DataTable', `\`pageSize\` must be a positive number, got ${pageSize}.`);
  }
  const pageCount = paged ? Math.max(1, Math.ceil(total / pageSize)) : 1;
  // A page that is not a number (a URL without it) showed no rows and could not move: page 1.
  const page = Math.min(Math.max(1, Math.trunc(pageState) || 1), pageCount);
  // Fewer rows than the page needs (a filter narrowed them) is no misuse: the last page shows.
  if (
    typeof process !== 'undefined' &&
    process.env.NODE_ENV !== 'production' &&
    paged &&
    page !== pageState &&
    !(pageState > pageCount)
  ) {
    devError(
      'DataTable',
      `\`page\` must be a whole number from 1: got ${pageState}, shown as page ${page}.`,
    );
  }
  const expanded = useMemo(() => new Set(expandedList), [expandedList]);
  // Rows that expand make the table an APG treegrid (levels, expanded state, Right/Left).
  const tree = getSubRows !== undefined || renderExpanded !== undefined;
  const [lineCache] = useState(() => new WeakMap<object, FlatRow<T>>());
  // A flat table (no sub-rows, no detail panels) has one line per row whatever the order, so
  // its lines are built once per `rows` and a sort or a page turn only picks them in order:
  // no id, cache look-up or allocation per row when a header is pressed (issue #13).
  const rowLines = useMemo(
    () =>
      tree
        ? NONE
        : flattenRows(rows, {
            getId: getRowId,
            hasDetail: false,
            expanded: NO_IDS,
            order: keepOrder,
            cache: lineCache,
          }),
    // getRowId is read, not watched: pass a stable function.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [tree, rows, lineCache],
  );
  const lines = useMemo(() => {
    // The page's slice of the sorted rows (every row when not paged here).
    const start = paged && !manual ? (page - 1) * pageSize : 0;
    const end = paged && !manual ? page * pageSize : rows.length;
    const pick = <V,>(list: readonly V[]): readonly V[] =>
      rowOrder
        ? inOrder(list, rowOrder, start, end)
        : start === 0 && end >= list.length
          ? list
          : list.slice(start, end);
    if (!tree) return pick(rowLines);
    return flattenRows(pick(rows), {
      getId: getRowId,
      getSubRows,
      hasDetail: renderExpanded !== undefined,
      expanded,
      order,
      cache: lineCache,
      // Server-driven pages come sliced: their place counts from the page all the same.
      tree: { offset: paged ? (page - 1) * pageSize : 0, total },
    });
    // getRowId, getSubRows and renderExpanded are read, not watched: pass stable functions.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [
    rows,
    rowLines,
    rowOrder,
    expanded,
    order,
    lineCache,
    tree,
    paged,
    manual,
    page,
    pageSize,
    total,
  ]);
  // Only a selectable table needs the page's ids (select-all, ranges).
  const pageIds = useMemo(
    () => (selectable ? lines.filter((line) => line.kind === 'row').map((line) => line.id) : NONE),
    [lines, selectable],
  );
  if (rows.length > 0 && getRowId(rows[0]!) === '') {
    devError('DataTable', 'rows have no `id`: give each one, or pass `getRowId`.');
  }

  // Stores and the context the parts share: created once, refreshed by every render.
  const [selection] = useState(() =>
    createSelectionStore(selectedRows ?? defaultSelectedRows ?? NONE),
  );
  const [active] = useState(createActiveStore);
  const [context] = useState(() => createTableContext(selection, active));
  // A controlled selection is taken in during render (rows read it), announced after commit.
  const [syncedSelection, setSyncedSelection] = useState(selectedRows);
  const selectionControlled = selectedRows !== undefined;
  if (selectionControlled && syncedSelection !== selectedRows) {
    setSyncedSelection(selectedRows);
    selection.sync(toSelectionValue(selectedRows));
  }
  useIsomorphicLayoutEffect(() => {
    selection.emit();
  }, [syncedSelection, selection]);

  const grid =
    selectable ||
    getSubRows !== undefined ||
    renderExpanded !== undefined ||
    columns.some((column) => column.sortable);
  const lineCount = lines.length;
  const columnCount = laidOut.length + (selectable ? 1 : 0);
  const firstColumn = laidOut[0]?.def;
  context.refresh({
    grid,
    tree,
    expandable: tree,
    lineCount,
    columnCount,
    pageIds,
    total,
    rowLabel: (row: unknown) =>
      getRowLabel
        ? getRowLabel(row as T)
        : firstColumn
          ? plainText(cellValue(firstColumn, row as T))
          : '',
    renderExpanded: renderExpanded as TableContext['renderExpanded'],
    bulkActions,
    labels: {
      selectAllLabel,
      selectRowLabel,
      expandLabel,
      resizeLabel,
      selectedCountLabel,
      selectAllPagesLabel,
      clearSelectionLabel,
      bulkActionsLabel,
      columnMenuLabel,
      sortAscendingLabel,
      sortDescendingLabel,
      addToSortLabel,
      clearSortLabel,
      resizeColumnLabel,
      hideColumnLabel,
      pinColumnLabel,
      unpinColumnLabel,
    },
    internals: {
      rows,
      getRowId: getRowId as (row: unknown) => string,
      getSubRows: getSubRows as TableInternals['getSubRows'],
      manual,
      selectionControlled,
      onSelectedRowsChange,
      expanded: expandedList,
      sort,
      widths,
      hidden,
      pinned,
      setHidden,
      setPinned,
      setExpanded,
      setSort,
      setPage,
      setWidths,
    },
  });

  // The grid's one Tab stop is the active cell: when its row or column goes (a page with fewer
  // rows, a filter, a hidden column), the nearest cell left takes it, or the grid has none.
  useIsomorphicLayoutEffect(() => {
    const { row, col } = active.cell;
    const next = { row: Math.min(row, lineCount - 1), col: Math.min(col, columnCount - 1) };
    if (next.row < row || next.col < col) active.set(next, false);
  }, [active, lineCount, columnCount]);

  // Sticky offsets of the pinned cells, measured from the header after layout.
  const tableRef = useRef<HTMLTableElement>(null);
  const pinCount = laidOut.filter((column) => column.pin >= 0).length + (selectPin >= 0 ? 1 : 0);
  useIsomorphicLayoutEffect(() => {
    const table = tableRef.current;
    const header = table?.tHead?.rows[0];
    if (!table || !header || pinCount === 0) return;
    const measure = () => {
      let offset = 0;
      for (let index = 0; index < pinCount; index += 1) {
        table.style.setProperty(`--_pin-${index}`, `${offset}px`);
        offset += header.cells[index]?.offsetWidth ?? 0;
      }
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    for (let index = 0; index < pinCount; index += 1) {
      const cell = header.cells[index];
      if (cell) observer.observe(cell);
    }
    return () => observer.disconnect();
  }, [pinCount, laidOut, widths]);

  const virtual = lines.length > VIRTUALIZE_ABOVE && !loading && !error;
  const indexRows = virtual || paged;
  const rowOffset = paged ? (page - 1) * pageSize : 0;
  const hasSettings = columns.some((column) => column.hideable || column.pinnable);
  const viewportStyle: CSSProperties | undefined =
    maxHeight === undefined ? undefined : { maxBlockSize: maxHeight };

  return (
    <DataTableContext.Provider value={context}>
      <div
        {...rest}
        ref={ref}
        className={cx(dataTableClass, className)}
        style={style}
        data-size={size === 'md' ? undefined : size}
        data-virtual={virtual ? '' : undefined}
        data-loading={loading ? '' : undefined}
      >
        {selectable || hasSettings ? (
          <div data-part="toolbar">
            {selectable ? <DataTableBulkBar /> : null}
            {hasSettings ? (
              <DataTableSettings
                columns={columns}
                labelOf={labelOf}
                hidden={hidden}
                pinned={pinned}
                onHiddenChange={setHidden}
                onPinnedChange={setPinned}
                columnsLabel={columnsLabel}
                showColumnsLabel={showColumnsLabel}
                pinColumnsLabel={pinColumnsLabel}
              />
            ) : null}
          </div>
        ) : null}
        <div data-part="viewport" style={viewportStyle}>
          <table
            ref={tableRef}
            aria-label={label}
            role={tree ? 'treegrid' : grid ? 'grid' : undefined}
            aria-multiselectable={grid && selectable ? true : undefined}
            aria-busy={loading || undefined}
            aria-rowcount={indexRows ? (paged ? total : lines.length) + 1 : undefined}
            onKeyDown={
              grid
                ? (event) =>
                    handleGridKey(event, {
                      context,
                      lines,
                      selectable,
                      tree,
                      columnAt: (cell) => {
                        const column = laidOut[cell - (selectable ? 1 : 0)]?.def;
                        return column
                          ? { id: column.id, sortable: column.sortable === true }
                          : null;
                      },
                    })
                : undefined
            }
            onFocus={grid ? (event) => trackFocus(event, context) : undefined}
          >
            <colgroup>
              {selectable ? <col data-part="select-col" /> : null}
              {laidOut.map(({ def }) => {
                const width = widths[def.id] ?? def.width;
                return <col key={def.id} style={width === undefined ? undefined : { width }} />;
              })}
            </colgroup>
            <DataTableHeader
              columns={laidOut}
              sort={sort}
              selectable={selectable}
              selectPin={selectPin}
              widths={widths}
              pinned={pinned}
              ariaRowIndex={indexRows ? 1 : undefined}
            />
            <DataTableBody
              lines={lines}
              columns={laidOut}
              selectable={selectable}
              selectPin={selectPin}
              size={size}
              rowOffset={rowOffset}
              indexRows={indexRows}
              loading={loading}
              error={error}
              empty={emptyLabel}
            />
          </table>
        </div>
        {/* Loading, then no rows (loaded or filtered to none), are said without moving
            focus into the table; a rich empty state is not repeated here, only text. */}
        <span role="status" className={visuallyHiddenClass}>
          {loading
            ? loadingLabel
            : !error && lines.length === 0 && typeof emptyLabel === 'string'
              ? emptyLabel
              : ''}
        </span>
        {paged ? (
          <DataTablePagination
            page={page}
            pageCount={pageCount}
            pageSize={pageSize}
            total={total}
            onPageChange={setPage}
            format={numberFormat}
            paginationLabel={paginationLabel}
            previousPageLabel={previousPageLabel}
            nextPageLabel={nextPageLabel}
            pageLabel={pageLabel}
            rangeLabel={rangeLabel}
          />
        ) : null}
      </div>
    </DataTableContext.Provider>
  );
}

/** See DataTableInner. `forwardRef` drops type parameters; this keeps `T` for callers. */
export const DataTable = forwardRef(DataTableInner) as (<T>(
  props: DataTableProps<T> & { ref?: Ref<HTMLDivElement> },
) => ReactElement) & { displayName?: string };
DataTable.displayName = 'DataTable';
