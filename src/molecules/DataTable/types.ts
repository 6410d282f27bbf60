import type { ReactNode } from 'react';

/** Row density: the rows' height and padding, from the `size.control.*` tokens. */
export const dataTableSizes = ['sm', 'md', 'lg'] as const;
export type DataTableSize = (typeof dataTableSizes)[number];

/** A column's alignment, logical so it mirrors in RTL. Numbers default to `end`. */
export const dataTableAligns = ['start', 'center', 'end'] as const;
export type DataTableAlign = (typeof dataTableAligns)[number];

/** What a column holds: `number` aligns to the end, with tabular figures, and sorts numerically. */
export const dataTableColumnTypes = ['text', 'number'] as const;
export type DataTableColumnType = (typeof dataTableColumnTypes)[number];

export type DataTableSortDirection = 'ascending' | 'descending';

/** One sorted column. A multi-column sort is a list: the first entry sorts first. */
export interface DataTableSortDescriptor {
  /** The column's `id`. */
  column: string;
  direction: DataTableSortDirection;
}

/**
 * The selected rows: their ids, or `'all'` for every row across every page (also the rows a
 * server has not sent yet).
 */
export type DataTableSelection = readonly string[] | 'all';

export interface DataTableColumn<T> {
  /** Unique id: the key of the column's sort, visibility, pinning and width. */
  id: string;
  /** The header cell's content. */
  header: ReactNode;
  /**
   * The column's plain-text name, where `header` is not a string: the column settings and the
   * resize handle use it.
   * @default header, when it is a string; else id
   */
  textValue?: string;
  /**
   * The cell's value, used by the default cell and by sorting: a key of the row or a
   * function of it.
   * @default row[id]
   */
  accessor?: keyof T | ((row: T) => unknown);
  /** Renders the cell. Without it the cell shows the value as text. */
  cell?: (row: T, value: unknown) => ReactNode;
  /**
   * `number` aligns to the end with tabular figures and sorts numerically.
   * @default 'text'
   * @selector [data-numeric] — on the body cells of a `number` column
   */
  type?: DataTableColumnType;
  /**
   * Alignment of header and cells.
   * @default 'end' for numbers, else 'start'
   * @selector [data-align="center" | "end"] — on the header and cells; `start` writes none
   */
  align?: DataTableAlign;
  /** Starting width in CSS pixels. Columns without one share the space left. */
  width?: number;
  /**
   * The narrowest a resize may make the column, in CSS pixels.
   * @default 48
   */
  minWidth?: number;
  /** Whether a press on the header sorts by this column (Shift adds it to the sort). */
  sortable?: boolean;
  /**
   * The widest a resize may make the column, in CSS pixels (the handle's `aria-valuemax`:
   * a separator without one would default to 100).
   * @default 1200
   */
  maxWidth?: number;
  /** Orders two rows for this column; by default values are compared by type and locale. */
  compare?: (a: T, b: T) => number;
  /** Whether the column settings offer to hide this column. */
  hideable?: boolean;
  /** Whether the column settings offer to pin this column to the start. */
  pinnable?: boolean;
  /**
   * Whether the header has a handle to resize the column (pointer or arrow keys).
   * @selector th[data-resizable]
   */
  resizable?: boolean;
  /**
   * Whether the header has a column menu (sort ascending or descending, add to the sort,
   * clear the sort, resize, hide, pin or unpin: what the column allows). Alt+ArrowDown on
   * the header opens it.
   * @default true when the column is sortable, hideable, pinnable or resizable
   */
  menu?: boolean;
}

/** A column as the table lays it out: the definition plus what state made of it. */
export interface LaidOutColumn<T> {
  def: DataTableColumn<T>;
  /** Position among the leading sticky cells (0 is the first), or -1 when not pinned. */
  pin: number;
  /** The last pinned column: it draws the edge the scrolled columns pass under. */
  pinEdge: boolean;
  align: DataTableAlign;
  label: string;
}

/** One rendered line of the body: a row (or sub-row) or the detail panel of an expanded row. */
export interface FlatRow<T> {
  /** React key and DOM identity. */
  key: string;
  /** The row's id (a detail panel carries its row's). */
  id: string;
  row: T;
  /** 0 for a top-level row, 1 for its sub-rows, … */
  depth: number;
  kind: 'row' | 'detail';
  /** It has sub-rows or a detail panel. */
  expandable: boolean;
  expanded: boolean;
  /** In a treegrid, the line's place among its siblings, from 1 (`aria-posinset`); else 0. */
  position: number;
  /** In a treegrid, how many siblings the line has, itself included (`aria-setsize`); else 0. */
  setSize: number;
}
