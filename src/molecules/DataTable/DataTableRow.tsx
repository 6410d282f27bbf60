import { memo, useLayoutEffect, useRef, type CSSProperties, type ReactNode } from 'react';
import { useTableContext } from './context';
import { cellValue } from './sorting';
import { useActiveColumn, useRowSelected } from './stores';
import type { FlatRow, LaidOutColumn } from './types';

const useIsomorphicLayoutEffect = typeof document === 'undefined' ? () => {} : useLayoutEffect;

export interface DataTableRowProps<T> {
  line: FlatRow<T>;
  /** The line's position in the body (all pages' lines when not paged). */
  index: number;
  columns: readonly LaidOutColumn<T>[];
  selectable: boolean;
  /** The selection column's sticky position, or -1. */
  selectPin: number;
  /** `aria-rowindex` when rows are windowed or paged, else undefined. */
  ariaRowIndex: number | undefined;
}

/** The chevron of an expandable row: points to the inline end, down when expanded. */
const chevron = (
  <svg viewBox="0 0 24 24" aria-hidden="true">
    <path d="m9 6 6 6-6 6" />
  </svg>
);

/** A treegrid row's level (from 1) and place among its siblings (APG treegrid). */
const treeAttributes = <T,>(tree: boolean, line: FlatRow<T>, depth: number) =>
  tree
    ? { 'aria-level': depth + 1, 'aria-posinset': line.position, 'aria-setsize': line.setSize }
    : undefined;

/**
 * One body line, memoized: it re-renders when its own props change (a sort moved it, the
 * columns changed) or when its own store slices do (its selection, the active cell entering
 * or leaving it). Toggling another row does not touch it.
 */
function DataTableRowInner<T>({
  line,
  index,
  columns,
  selectable,
  selectPin,
  ariaRowIndex,
}: DataTableRowProps<T>) {
  const context = useTableContext();
  const { grid, active, labels } = context;
  const selected = useRowSelected(context.selection, line.id) && line.kind === 'row';
  const activeColumn = useActiveColumn(active, grid ? index : -2);
  const rowRef = useRef<HTMLTableRowElement>(null);

  // Keyboard movement made a cell of this row active: focus it now that it is rendered.
  useIsomorphicLayoutEffect(() => {
    const cells = rowRef.current?.cells;
    if (activeColumn < 0 || !cells || !active.takeFocus()) return;
    cells[Math.min(activeColumn, cells.length - 1)]?.focus();
  }, [activeColumn, active]);

  const tabIndex = (column: number) => (grid ? (activeColumn === column ? 0 : -1) : undefined);
  const cellCount = columns.length + (selectable ? 1 : 0);

  if (line.kind === 'detail') {
    return (
      <tr
        ref={rowRef}
        data-row={index}
        data-part="detail"
        aria-rowindex={ariaRowIndex}
        {...treeAttributes(context.tree, line, line.depth + 1)}
      >
        <td colSpan={cellCount} role={grid ? 'gridcell' : undefined} tabIndex={tabIndex(0)}>
          {context.renderExpanded?.(line.row)}
        </td>
      </tr>
    );
  }

  const rowName = context.rowLabel(line.row);
  const cells: ReactNode[] = [];
  if (selectable) {
    cells.push(
      <td
        key="\u0000select"
        data-part="select"
        data-pin={selectPin >= 0 ? selectPin : undefined}
        role={grid ? 'gridcell' : undefined}
        tabIndex={tabIndex(0)}
      >
        <input
          type="checkbox"
          checked={selected}
          tabIndex={grid ? -1 : undefined}
          aria-label={labels.selectRowLabel(rowName)}
          onChange={(event) =>
            context.toggleRow(line.id, (event.nativeEvent as MouseEvent).shiftKey === true)
          }
        />
      </td>,
    );
  }
  columns.forEach((column, position) => {
    const { def } = column;
    const value = cellValue(def, line.row);
    let content: ReactNode = def.cell ? def.cell(line.row, value) : (value as ReactNode);
    // The first column carries the tree: indentation by depth and the expand button.
    if (position === 0 && context.expandable) {
      content = (
        <span
          data-part="cell-content"
          style={line.depth > 0 ? ({ '--_depth': line.depth } as CSSProperties) : undefined}
        >
          {line.expandable ? (
            <button
              type="button"
              data-part="expander"
              aria-expanded={line.expanded}
              aria-label={labels.expandLabel(rowName)}
              tabIndex={grid ? -1 : undefined}
              onClick={() => context.toggleExpanded(line.id)}
            >
              {chevron}
            </button>
          ) : (
            <span data-part="expander-space" />
          )}
          <span>{content}</span>
        </span>
      );
    }
    const Cell = position === 0 ? 'th' : 'td';
    const columnIndex = position + (selectable ? 1 : 0);
    cells.push(
      <Cell
        key={def.id}
        scope={position === 0 ? 'row' : undefined}
        role={grid ? (position === 0 ? 'rowheader' : 'gridcell') : undefined}
        tabIndex={tabIndex(columnIndex)}
        data-align={column.align === 'start' ? undefined : column.align}
        data-numeric={def.type === 'number' ? '' : undefined}
        data-pin={column.pin >= 0 ? column.pin : undefined}
        data-pin-edge={column.pinEdge ? '' : undefined}
      >
        {content}
      </Cell>,
    );
  });
  return (
    <tr
      ref={rowRef}
      data-row={index}
      data-depth={line.depth > 0 ? line.depth : undefined}
      data-selected={selected ? '' : undefined}
      aria-selected={grid && selectable ? selected : undefined}
      aria-rowindex={ariaRowIndex}
      {...treeAttributes(context.tree, line, line.depth)}
      aria-expanded={context.tree && line.expandable ? line.expanded : undefined}
    >
      {cells}
    </tr>
  );
}

export const DataTableRow = memo(DataTableRowInner) as typeof DataTableRowInner;
