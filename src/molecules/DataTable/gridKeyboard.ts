import type { FocusEvent, KeyboardEvent } from 'react';
import type { TableContext } from './context';
import type { ActiveCell } from './stores';
import type { FlatRow } from './types';

/** Rows PageUp and PageDown move by (APG leaves the number to the author). */
export const PAGE_STEP = 10;

export interface GridKeyOptions<T> {
  context: TableContext;
  lines: readonly FlatRow<T>[];
  selectable: boolean;
  /** The table is a treegrid (rows expand): Right and Left expand and collapse on the tree column. */
  tree: boolean;
  /** The header cell's column id at each cell index (null: the selection column). */
  columnAt: (cell: number) => { id: string; sortable: boolean } | null;
}

const isTextEntry = (element: HTMLElement) =>
  element.isContentEditable ||
  element instanceof HTMLTextAreaElement ||
  element instanceof HTMLSelectElement ||
  (element instanceof HTMLInputElement && !['checkbox', 'radio', 'button'].includes(element.type));

/**
 * The APG grid pattern's keys on an interactive table: arrows between cells (mirrored in
 * RTL), Home/End to the row's edges, Ctrl+Home/End to the grid's corners, PageUp/PageDown by
 * PAGE_STEP rows, Enter on a header sorts (Shift+Enter adds to the sort) and on an
 * expandable row's first cell expands it, Space selects the row (Shift+Space a range) or,
 * on the header, the page, and Ctrl+A selects the page. Alt+ArrowDown on a header (Enter, on
 * one that does not sort) opens its column menu. In a treegrid, on the tree column, Right
 * expands a collapsed row and Left collapses an expanded one or goes to the parent row (APG
 * treegrid; rows themselves take no focus here). Keys typed into a field in a cell are
 * left to it; Enter and Space on a button or box in a cell are left to the browser.
 */
export function handleGridKey<T>(event: KeyboardEvent<HTMLElement>, options: GridKeyOptions<T>) {
  const { context, lines, selectable } = options;
  const target = event.target as HTMLElement;
  // Keys from a portal (an open column menu) bubble here through React: they are not ours.
  if (!event.currentTarget.contains(target) || isTextEntry(target)) return;
  const onCell = target.matches('td, th');
  const { row, col } = context.active.cell;
  const lastRow = lines.length - 1;
  const lastCol = context.columnCount - 1;
  const rtl = getComputedStyle(event.currentTarget).direction === 'rtl';
  const control = event.ctrlKey || event.metaKey;
  const treeCol = selectable ? 1 : 0;
  const menuButton = () =>
    target.closest('th')?.querySelector<HTMLElement>('[data-part="column-menu"]') ?? null;
  let next: ActiveCell | null = null;
  switch (event.key) {
    case 'ArrowRight':
    case 'ArrowLeft': {
      const forward = (event.key === 'ArrowRight') !== rtl;
      const line = row >= 0 ? lines[row] : undefined;
      // APG treegrid, on the tree column: Right expands a collapsed row, Left collapses an
      // expanded one, or goes to the parent row; otherwise they move between cells.
      if (options.tree && line && (line.kind === 'detail' || col === treeCol)) {
        if (line.kind === 'row' && line.expandable && line.expanded !== forward) {
          event.preventDefault();
          context.toggleExpanded(line.id);
          return;
        }
        const parent = forward ? -1 : parentLine(lines, row);
        if (parent >= 0) {
          next = { row: parent, col: line.kind === 'detail' ? treeCol : col };
          break;
        }
      }
      const step = forward ? 1 : -1;
      next = { row, col: Math.min(lastCol, Math.max(0, col + step)) };
      break;
    }
    case 'ArrowDown':
      // Alt+ArrowDown on a header opens its column menu (as a select opens its list).
      if (event.altKey) {
        if (row >= 0) return;
        event.preventDefault();
        menuButton()?.click();
        return;
      }
      next = { row: Math.min(lastRow, row + 1), col };
      break;
    case 'ArrowUp':
      next = { row: Math.max(-1, row - 1), col };
      break;
    case 'PageDown':
      next = { row: Math.min(lastRow, row + PAGE_STEP), col };
      break;
    case 'PageUp':
      next = { row: row < 0 ? -1 : Math.max(0, row - PAGE_STEP), col };
      break;
    case 'Home':
      next = control ? { row: -1, col: 0 } : { row, col: 0 };
      break;
    case 'End':
      next = control ? { row: lastRow, col: lastCol } : { row, col: lastCol };
      break;
    case 'Enter': {
      if (!onCell) return;
      if (row < 0) {
        const column = options.columnAt(col);
        // Enter sorts; on a header that does not sort, it opens the column's menu.
        if (column?.sortable) context.sortBy(column.id, event.shiftKey);
        else menuButton()?.click();
      } else {
        const line = lines[row];
        if (line?.kind === 'row' && line.expandable && col === (selectable ? 1 : 0)) {
          context.toggleExpanded(line.id);
        }
      }
      event.preventDefault();
      return;
    }
    case ' ': {
      if (!onCell || !selectable) return;
      event.preventDefault();
      if (row < 0) {
        if (col === 0) {
          const all = context.pageIds.every((id) => context.selection.isSelected(id));
          context.selectPage(!all);
        }
        return;
      }
      const line = lines[row];
      if (line?.kind === 'row') context.toggleRow(line.id, event.shiftKey);
      return;
    }
    case 'a':
    case 'A':
      if (!control || !selectable) return;
      event.preventDefault();
      context.selectPage(true);
      return;
    default:
      return;
  }
  event.preventDefault();
  if (next.row === row && next.col === col) {
    // At an edge: nothing moves, but focus inside the cell (a box) comes back to the cell.
    if (!onCell) (target.closest('td, th') as HTMLElement | null)?.focus();
    return;
  }
  if (next.row >= 0 && next.row !== row) context.scrollToRow(next.row);
  context.active.set(next, true);
}

/**
 * The line of a row's parent row (or of the row a detail panel belongs to), or -1 for a
 * top-level row.
 */
function parentLine<T>(lines: readonly FlatRow<T>[], row: number): number {
  const line = lines[row]!;
  for (let index = row - 1; index >= 0; index -= 1) {
    const above = lines[index]!;
    if (above.kind !== 'row') continue;
    if (line.kind === 'detail' ? above.id === line.id : above.depth < line.depth) return index;
  }
  return -1;
}

/** A click or Tab into a cell makes it the active one (without moving focus again). */
export function trackFocus(event: FocusEvent<HTMLElement>, context: TableContext) {
  const cell = (event.target as HTMLElement).closest('td, th');
  const row = cell?.parentElement as HTMLTableRowElement | null;
  if (!cell || !row || cell.closest('table') !== event.currentTarget) return;
  // Spacer, loading and message rows are no grid positions.
  if (row.parentElement?.tagName === 'TBODY' && row.dataset.row === undefined) return;
  const index = row.dataset.row === undefined ? -1 : Number(row.dataset.row);
  context.active.set({ row: index, col: (cell as HTMLTableCellElement).cellIndex }, false);
}
