import {
  memo,
  useLayoutEffect,
  useRef,
  type KeyboardEvent,
  type PointerEvent as ReactPointerEvent,
} from 'react';
import { useTableContext } from './context';
import { useActiveColumn, useSelectionValue } from './stores';
import type { DataTableSortDescriptor, LaidOutColumn } from './types';

const useIsomorphicLayoutEffect = typeof document === 'undefined' ? () => {} : useLayoutEffect;

/** Arrow-key step of a focused resize handle, in CSS pixels. */
const RESIZE_STEP = 16;
const DEFAULT_MIN_WIDTH = 48;

export interface DataTableHeaderProps<T> {
  columns: readonly LaidOutColumn<T>[];
  sort: readonly DataTableSortDescriptor[];
  selectable: boolean;
  selectPin: number;
  /** Current widths of the resizable columns (CSS pixels), for their handles. */
  widths: Readonly<Record<string, number>>;
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
  minWidth,
}: {
  id: string;
  label: string;
  width: number;
  minWidth: number;
}) {
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
    context.resize(id, Math.max(minWidth, Math.round(next)));
  };
  const onKeyDown = (event: KeyboardEvent<HTMLSpanElement>) => {
    const rtl = getComputedStyle(event.currentTarget).direction === 'rtl';
    const grow = { ArrowRight: 1, ArrowLeft: -1 }[event.key as 'ArrowRight'];
    if (grow === undefined) return;
    // The handle owns the arrows while it has focus; the grid does not move.
    event.preventDefault();
    event.stopPropagation();
    context.resize(id, Math.max(minWidth, width + grow * (rtl ? -1 : 1) * RESIZE_STEP));
  };
  return (
    <span
      data-part="resize"
      role="separator"
      aria-orientation="vertical"
      aria-label={context.labels.resizeLabel(label)}
      aria-valuenow={width}
      aria-valuemin={minWidth}
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

/** Fallback width of a resizable column that was given none, in CSS pixels. */
export const RESIZABLE_FALLBACK_WIDTH = 160;

function DataTableHeaderInner<T>({
  columns,
  sort,
  selectable,
  selectPin,
  widths,
  ariaRowIndex,
}: DataTableHeaderProps<T>) {
  const context = useTableContext();
  const { grid, active } = context;
  const activeColumn = useActiveColumn(active, grid ? -1 : -2);
  const rowRef = useRef<HTMLTableRowElement>(null);
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
          const width = widths[def.id] ?? def.width ?? RESIZABLE_FALLBACK_WIDTH;
          return (
            <th
              key={def.id}
              scope="col"
              role={grid ? 'columnheader' : undefined}
              tabIndex={tabIndex(position + (selectable ? 1 : 0))}
              // APG: aria-sort on one header at a time, the column sorted first.
              aria-sort={rank === 0 ? direction : undefined}
              data-column={def.id}
              data-sorted={direction}
              data-align={column.align === 'start' ? undefined : column.align}
              data-pin={column.pin >= 0 ? column.pin : undefined}
              data-pin-edge={column.pinEdge ? '' : undefined}
              data-resizable={def.resizable ? '' : undefined}
            >
              {def.sortable ? (
                <button
                  type="button"
                  data-part="sort"
                  tabIndex={grid ? -1 : undefined}
                  onClick={(event) => context.sortBy(def.id, event.shiftKey)}
                >
                  <span>{def.header}</span>
                  {sortIcon}
                  {sort.length > 1 && rank >= 0 ? (
                    <span data-part="sort-rank">{rank + 1}</span>
                  ) : null}
                </button>
              ) : (
                def.header
              )}
              {def.resizable ? (
                <ResizeHandle
                  id={def.id}
                  label={column.label}
                  width={width}
                  minWidth={def.minWidth ?? DEFAULT_MIN_WIDTH}
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
