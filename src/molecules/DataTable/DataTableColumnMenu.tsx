import { useMemo, useRef, type KeyboardEvent } from 'react';
import { Menu, MenuTrigger, type MenuEntry } from '../Menu';
import { useTableContext } from './context';
import type { DataTableSortDirection } from './types';

type ColumnAction = DataTableSortDirection | 'add' | 'clear' | 'resize' | 'hide' | 'pin' | 'unpin';

export interface DataTableColumnMenuProps {
  id: string;
  /** The column's plain-text name: the button's name is made from it. */
  label: string;
  sortable: boolean;
  hideable: boolean;
  pinnable: boolean;
  resizable: boolean;
  /** The column's direction in the sort, if sorted. */
  direction: DataTableSortDirection | undefined;
  /** Columns in the sort (the menu offers "Add to sort" when others are sorted). */
  sortCount: number;
  pinned: boolean;
}

const menuIcon = (
  <svg viewBox="0 0 24 24" aria-hidden="true">
    <circle cx="12" cy="5" r="1" />
    <circle cx="12" cy="12" r="1" />
    <circle cx="12" cy="19" r="1" />
  </svg>
);

/**
 * In a grid, ArrowUp and ArrowDown on a focused menu button move between cells (the grid
 * handles them as they bubble); marking them handled keeps MenuTrigger from opening on them.
 * Alt+ArrowDown still opens the menu, through the grid.
 */
function keepArrowsForGrid(event: KeyboardEvent<HTMLButtonElement>) {
  if (!event.altKey && (event.key === 'ArrowDown' || event.key === 'ArrowUp')) {
    event.preventDefault();
  }
}

/**
 * A column header's menu button (the APG menu button, on our Menu): sort ascending or
 * descending (radio items showing the column's direction), add the column to a multi-column
 * sort, clear its sort, resize it by keyboard, hide it and pin or unpin it, each where the
 * column allows it. In a grid the button is no tab stop: Alt+ArrowDown on the header cell
 * (or Enter, on a header that does not sort) opens it, as in react-aria-components' tables.
 * After a choice focus goes back to the column's header (to its resize handle for "Resize").
 */
export function DataTableColumnMenu({
  id,
  label,
  sortable,
  hideable,
  pinnable,
  resizable,
  direction,
  sortCount,
  pinned,
}: DataTableColumnMenuProps) {
  const context = useTableContext();
  const { labels, grid } = context;
  const items = useMemo(() => {
    const entries: MenuEntry<ColumnAction>[] = [];
    if (sortable) {
      entries.push(
        { value: 'ascending', label: labels.sortAscendingLabel, kind: 'radio' },
        { value: 'descending', label: labels.sortDescendingLabel, kind: 'radio' },
      );
      if (!direction && sortCount > 0) entries.push({ value: 'add', label: labels.addToSortLabel });
      if (direction) entries.push({ value: 'clear', label: labels.clearSortLabel });
    }
    const layout: MenuEntry<ColumnAction>[] = [];
    if (resizable) layout.push({ value: 'resize', label: labels.resizeColumnLabel });
    if (hideable) layout.push({ value: 'hide', label: labels.hideColumnLabel });
    if (pinnable) {
      layout.push(
        pinned
          ? { value: 'unpin', label: labels.unpinColumnLabel }
          : { value: 'pin', label: labels.pinColumnLabel },
      );
    }
    if (entries.length > 0 && layout.length > 0) entries.push({ separator: true });
    return [...entries, ...layout];
  }, [labels, sortable, hideable, pinnable, resizable, direction, sortCount, pinned]);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const checked = useMemo(() => (direction ? [direction] : []), [direction]);

  const onAction = (action: ColumnAction) => {
    const button = buttonRef.current;
    const row = button?.closest('tr');
    const index = (button?.closest('th') as HTMLTableCellElement | null)?.cellIndex ?? 0;
    if (action === 'ascending' || action === 'descending') context.sortColumn(id, action, false);
    else if (action === 'add') context.sortColumn(id, 'ascending', true);
    else if (action === 'clear') context.sortColumn(id, null, false);
    else if (action === 'hide') context.hideColumn(id);
    else if (action === 'pin' || action === 'unpin') context.pinColumn(id, action === 'pin');
    // Once the table has re-rendered and the menu has given focus back: the column's header
    // (where it moved to, when pinned), the cell now in its place when hidden, or the handle.
    window.setTimeout(() => {
      const cell =
        row?.querySelector<HTMLElement>(`th[data-column="${CSS.escape(id)}"]`) ??
        (row?.cells[Math.min(index, row.cells.length - 1)] as HTMLElement | undefined);
      const target =
        action === 'resize'
          ? cell?.querySelector<HTMLElement>('[data-part="resize"]')
          : grid
            ? cell
            : cell?.querySelector<HTMLElement>('[data-part="column-menu"]');
      target?.focus();
    });
  };

  return (
    <MenuTrigger>
      <button
        type="button"
        ref={buttonRef}
        data-part="column-menu"
        aria-label={labels.columnMenuLabel(label)}
        tabIndex={grid ? -1 : undefined}
        onKeyDown={grid ? keepArrowsForGrid : undefined}
      >
        {menuIcon}
      </button>
      <Menu<ColumnAction> items={items} value={checked} onAction={onAction} size="sm" />
    </MenuTrigger>
  );
}
