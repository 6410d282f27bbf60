import {
  memo,
  useId,
  useLayoutEffect,
  useRef,
  type KeyboardEvent,
  type PointerEvent as ReactPointerEvent,
} from 'react';
import { useTableContext } from './context';
import { DataTableColumnMenu } from './DataTableColumnMenu';
import { useActiveColumn, useSelectionValue } from './stores';
import type { DataTableSortDescriptor, LaidOutColumn } from './types';

const useIsomorphicLayoutEffect = typeof document === 'undefined' ? () => {} : useLayoutEffect;

/** Arrow-key step of a focused resize handle, in CSS pixels. */
const RESIZE_STEP = 16;
const DEFAULT_MIN_WIDTH = 48;
const DEFAULT_MAX_WIDTH = 1200;

export interface DataTableHeaderProps<T> {
  columns: readonly LaidOutColumn<T>[];
  sort: readonly DataTableSortDescriptor[];
  selectable: boolean;
  selectPin: number;
  /** Current widths of the resizable columns (CSS pixels), for their handles. */
  widths: Readonly<Record<string, number>>;
  /** Ids of the pinned columns, for the column menus' Pin or Unpin. */
  pinned: readonly string[];
  ariaRowIndex: number | undefined;
}

const sortIcon = (
  <svg data-part="sort-icon" viewBox="0 0 24 24" aria-hidden="true">
    <path d="M12 19V5m-6 6 6-6 6 6" />
  </svg>
);

/** The page's select-all box: checked, mixed or clear from the rows of the page. */
function SelectAllBox() {
  const context = useTableContext();
  const { selection } = context;
  const state = useSelectionValue(selection, () => {
    const ids = context.pageIds;
    let count = 0;
    for (const id of ids) if (selection.isSelected(id)) count += 1;
    return count === 0 ? 'none' : count === ids.length ? 'all' : 'some';
  });
  const ref = useRef<HTMLInputElement>(null);
  useIsomorphicLayoutEffect(() => {
    if (ref.current) ref.current.indeterminate = state === 'some';
  }, [state]);
  return (
    <input
      ref={ref}
      type="checkbox"
      checked={state === 'all'}
      aria-checked={state === 'some' ? 'mixed' : undefined}
      disabled={context.pageIds.length === 0}
      tabIndex={context.grid ? -1 : undefined}
      aria-label={context.labels.selectAllLabel}
      onChange={() => context.selectPage(state !== 'all')}
    />
  );
}

/** A column's resize handle: dragged with a pointer, or moved by arrow keys while focused. */
function ResizeHandle({
  id,
  label,
  width,
  measured,
  minWidth,
  maxWidth,
}: {
  id: string;
  label: string;
  width: number;
  /** `width` is the column's set width (else a fallback; the cell is measured on a key). */
  measured: boolean;
  minWidth: number;
  maxWidth: number;
}) {
  // Both ways (pointer and keys) stay within the column's bounds.
  const clamp = (next: number) => Math.min(maxWidth, Math.max(minWidth, Math.round(next)));
  const context = useTableContext();
  const drag = useRef<{ x: number; width: number; sign: number } | null>(null);
  const onPointerDown = (event: ReactPointerEvent<HTMLSpanElement>) => {
    if (event.button !== 0) return;
    const cell = event.currentTarget.parentElement as HTMLElement;
    const rtl = getComputedStyle(cell).direction === 'rtl';
    drag.current = { x: event.clientX, width: cell.offsetWidth, sign: rtl ? -1 : 1 };
    event.currentTarget.setPointerCapture?.(event.pointerId);
    event.preventDefault();
  };
  const onPointerMove = (event: ReactPointerEvent<HTMLSpanElement>) => {
    const start = drag.current;
    if (!start) return;
    const next = start.width + (event.clientX - start.x) * start.sign;
    context.resize(id, clamp(next));
  };
  const onKeyDown = (event: KeyboardEvent<HTMLSpanElement>) => {
    const cell = event.currentTarget.parentElement as HTMLElement;
    // In a grid the column menu's "Resize column" brings focus here; Enter, Escape or Tab
    // hand it back to the header cell (as react-aria-components' resizer).
    if (context.grid && ['Enter', 'Escape', 'Tab'].includes(event.key)) {
      event.preventDefault();
      event.stopPropagation();
      cell.focus();
      return;
    }
    const rtl = getComputedStyle(event.currentTarget).direction === 'rtl';
    const grow = { ArrowRight: 1, ArrowLeft: -1 }[event.key as 'ArrowRight'];
    if (grow === undefined) return;
    // The handle owns the arrows while it has focus; the grid does not move.
    event.preventDefault();
    event.stopPropagation();
    // A column never resized starts from the width it is drawn at.
    const from = measured ? width : cell.offsetWidth || width;
    context.resize(id, clamp(from + grow * (rtl ? -1 : 1) * RESIZE_STEP));
  };
  return (
    <span
      data-part="resize"
      role="separator"
      aria-orientation="vertical"
      aria-label={context.labels.resizeLabel(label)}
      aria-valuenow={width}
      aria-valuemin={minWidth}
      aria-valuemax={maxWidth}
      tabIndex={context.grid ? -1 : 0}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={() => (drag.current = null)}
      onPointerCancel={() => (drag.current = null)}
      onKeyDown={onKeyDown}
      onClick={(event) => event.stopPropagation()}
    />
  );
}

/** Whether a column's header has a menu: asked for, or by default when it has a choice to offer. */
export const hasColumnMenu = <T,>(def: LaidOutColumn<T>['def']) =>
  def.menu ?? Boolean(def.sortable || def.hideable || def.pinnable || def.resizable);

/** Fallback width of a resizable column that was given none, in CSS pixels. */
export const RESIZABLE_FALLBACK_WIDTH = 160;

function DataTableHeaderInner<T>({
  columns,
  sort,
  selectable,
  selectPin,
  widths,
  pinned,
  ariaRowIndex,
}: DataTableHeaderProps<T>) {
  const context = useTableContext();
  const { grid, active } = context;
  const activeColumn = useActiveColumn(active, grid ? -1 : -2);
  const rowRef = useRef<HTMLTableRowElement>(null);
  const idBase = useId();
  useIsomorphicLayoutEffect(() => {
    const cells = rowRef.current?.cells;
    if (activeColumn < 0 || !cells || !active.takeFocus()) return;
    cells[Math.min(activeColumn, cells.length - 1)]?.focus();
  }, [activeColumn, active]);
  const tabIndex = (column: number) => (grid ? (activeColumn === column ? 0 : -1) : undefined);

  return (
    <thead>
      <tr ref={rowRef} aria-rowindex={ariaRowIndex}>
        {selectable ? (
          <th
            scope="col"
            data-part="select"
            data-pin={selectPin >= 0 ? selectPin : undefined}
            role={grid ? 'columnheader' : undefined}
            tabIndex={tabIndex(0)}
          >
            <SelectAllBox />
          </th>
        ) : null}
        {columns.map((column, position) => {
          const { def } = column;
          const rank = sort.findIndex((entry) => entry.column === def.id);
          const direction = sort[rank]?.direction;
          const menu = hasColumnMenu(def);
          // With a menu button inside, the header is named by its title alone.
          const titleId = menu ? `${idBase}${position}` : undefined;
          const setWidth = widths[def.id] ?? def.width;
          const width = setWidth ?? RESIZABLE_FALLBACK_WIDTH;
          return (
            <th
              key={def.id}
              scope="col"
              role={grid ? 'columnheader' : undefined}
              tabIndex={tabIndex(position + (selectable ? 1 : 0))}
              // APG: aria-sort on one header at a time, the column sorted first.
              aria-sort={rank === 0 ? direction : undefined}
              aria-labelledby={titleId}
              data-column={def.id}
              data-sorted={direction}
              data-align={column.align === 'start' ? undefined : column.align}
              data-pin={column.pin >= 0 ? column.pin : undefined}
              data-pin-edge={column.pinEdge ? '' : undefined}
              data-resizable={def.resizable ? '' : undefined}
            >
              <span data-part="header">
                {def.sortable ? (
                  <button
                    type="button"
                    data-part="sort"
                    tabIndex={grid ? -1 : undefined}
                    onClick={(event) => context.sortBy(def.id, event.shiftKey)}
                  >
                    <span id={titleId}>{def.header}</span>
                    {sortIcon}
                    {sort.length > 1 && rank >= 0 ? (
                      <span data-part="sort-rank">{rank + 1}</span>
                    ) : null}
                  </button>
                ) : (
                  <span id={titleId}>{def.header}</span>
                )}
                {menu ? (
                  <DataTableColumnMenu
                    id={def.id}
                    label={column.label}
                    sortable={def.sortable === true}
                    hideable={def.hideable === true}
                    pinnable={def.pinnable === true}
                    resizable={def.resizable === true}
                    direction={direction}
                    sortCount={sort.length}
                    pinned={pinned.includes(def.id)}
                  />
                ) : null}
              </span>
              {def.resizable ? (
                <ResizeHandle
                  id={def.id}
                  label={column.label}
                  width={width}
                  measured={setWidth !== undefined}
                  minWidth={def.minWidth ?? DEFAULT_MIN_WIDTH}
                  maxWidth={def.maxWidth ?? DEFAULT_MAX_WIDTH}
                />
              ) : null}
            </th>
          );
        })}
      </tr>
    </thead>
  );
}

export const DataTableHeader = memo(DataTableHeaderInner) as typeof DataTableHeaderInner;
