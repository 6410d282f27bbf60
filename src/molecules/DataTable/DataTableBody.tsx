import { useMemo, useRef, type ReactNode, type RefObject } from 'react';
import { Skeleton } from '../../atoms/Skeleton';
import { useVirtualRows } from '../collection';
import { useTableContext } from './context';
import { DataTableRow } from './DataTableRow';
import type { DataTableSize, FlatRow, LaidOutColumn } from './types';

/** Windowing starts above this many lines (issue #13: "rows beyond about 100"). */
export const VIRTUALIZE_ABOVE = 100;
/** Skeleton rows shown while loading. */
export const LOADING_ROWS = 5;
/** First guess of a row's height per density, in CSS pixels, until rows are measured. */
const ESTIMATES: Record<DataTableSize, number> = { sm: 32, md: 40, lg: 48 };

export interface DataTableBodyProps<T> {
  lines: readonly FlatRow<T>[];
  columns: readonly LaidOutColumn<T>[];
  selectable: boolean;
  selectPin: number;
  size: DataTableSize;
  /** Rows before this page (server-driven or client paging), for `aria-rowindex`. */
  rowOffset: number;
  /** Write `aria-rowindex` (rows are windowed or paged). */
  indexRows: boolean;
  loading: boolean;
  error: ReactNode;
  empty: ReactNode;
}

/**
 * The body: the rows, windowed above VIRTUALIZE_ABOVE lines by the collection layer's
 * `useVirtualRows` (spacer rows stand in for the rest, inside the same scrolling viewport
 * as the sticky header), or a loading, error or empty state in one full-width cell.
 */
export function DataTableBody<T>({
  lines,
  columns,
  selectable,
  selectPin,
  size,
  rowOffset,
  indexRows,
  loading,
  error,
  empty,
}: DataTableBodyProps<T>) {
  const context = useTableContext();
  const virtual = lines.length > VIRTUALIZE_ABOVE && !loading && !error;
  // A size outside the union (plain JS) draws as md, like every component's: so it guesses too.
  const estimate = ESTIMATES[size] ?? ESTIMATES.md;
  const bodyRef = useRef<HTMLTableSectionElement>(null);
  // The scrolling viewport is the table's parent, rendered by DataTable, and React attaches
  // a parent's ref only after its children's layout effects have run: on mount a ref to it
  // is still empty here, so the virtualizer would neither window to the real viewport nor
  // listen for scrolling until the row count changed, and the first sort paid for that.
  // The body's own element is attached first; the viewport is found from it.
  const viewportRef: RefObject<HTMLElement | null> = useMemo(
    () => ({
      get current() {
        return bodyRef.current?.closest<HTMLElement>('[data-part="viewport"]') ?? null;
      },
    }),
    [],
  );
  const { start, end, before, after, scrollToRow } = useVirtualRows({
    count: lines.length,
    enabled: virtual,
    scrollRef: viewportRef,
    estimate: () => estimate,
  });
  context.setScroller(scrollToRow);
  const span = columns.length + (selectable ? 1 : 0);

  if (loading) {
    return (
      <tbody>
        {Array.from({ length: LOADING_ROWS }, (_, row) => (
          <tr key={row} data-part="loading">
            {Array.from({ length: span }, (_, cell) => (
              <td key={cell}>
                <Skeleton />
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    );
  }
  if (error || lines.length === 0) {
    return (
      <tbody>
        <tr>
          <td
            colSpan={span}
            data-part="message"
            data-status={error ? 'error' : undefined}
            role={context.grid ? 'gridcell' : undefined}
          >
            {error ? <div role="alert">{error}</div> : empty}
          </td>
        </tr>
      </tbody>
    );
  }

  const rows: ReactNode[] = [];
  for (let index = start; index <= end; index += 1) {
    const line = lines[index]!;
    rows.push(
      <DataTableRow
        key={line.key}
        line={line}
        index={index}
        columns={columns}
        selectable={selectable}
        selectPin={selectPin}
        ariaRowIndex={indexRows ? rowOffset + index + 2 : undefined}
      />,
    );
  }
  return (
    <tbody ref={bodyRef}>
      {before > 0 ? (
        <tr data-part="spacer" aria-hidden="true">
          <td colSpan={span} style={{ blockSize: before }} />
        </tr>
      ) : null}
      {rows}
      {after > 0 ? (
        <tr data-part="spacer" aria-hidden="true">
          <td colSpan={span} style={{ blockSize: after }} />
        </tr>
      ) : null}
    </tbody>
  );
}
