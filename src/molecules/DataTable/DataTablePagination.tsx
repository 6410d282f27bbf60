import { useRef } from 'react';
import { Button } from '../../atoms/Button';
import { useBrowserLayoutEffect } from '../../utils';

export interface DataTablePaginationProps {
  page: number;
  pageCount: number;
  pageSize: number;
  total: number;
  onPageChange: (page: number) => void;
  format: Intl.NumberFormat;
  paginationLabel: string;
  previousPageLabel: string;
  nextPageLabel: string;
  pageLabel: (page: string, pageCount: string) => string;
  rangeLabel: (first: string, last: string, total: string) => string;
}

/** Previous and next page, the page of how many, and which rows of how many are shown. */
export function DataTablePagination({
  page,
  pageCount,
  pageSize,
  total,
  onPageChange,
  format,
  paginationLabel,
  previousPageLabel,
  nextPageLabel,
  pageLabel,
  rangeLabel,
}: DataTablePaginationProps) {
  const previousRef = useRef<HTMLButtonElement>(null);
  const nextRef = useRef<HTMLButtonElement>(null);
  // The button pressed to reach an end turns disabled and would drop focus to the page: it
  // goes to the other one instead (the ends stay reachable by keyboard, as in Pagination).
  const handoff = useRef<'previous' | 'next' | null>(null);
  useBrowserLayoutEffect(() => {
    const from = handoff.current;
    handoff.current = null;
    if (from === 'next' && page >= pageCount) previousRef.current?.focus();
    if (from === 'previous' && page <= 1) nextRef.current?.focus();
  }, [page, pageCount]);
  const move = (to: 'previous' | 'next') => {
    handoff.current = to;
    onPageChange(to === 'next' ? page + 1 : page - 1);
  };
  const first = total === 0 ? 0 : (page - 1) * pageSize + 1;
  const last = Math.min(total, page * pageSize);
  return (
    <nav data-part="pagination" aria-label={paginationLabel}>
      <span data-part="range">
        {rangeLabel(format.format(first), format.format(last), format.format(total))}
      </span>
      <Button
        size="sm"
        variant="secondary"
        ref={previousRef}
        disabled={page <= 1}
        onClick={() => move('previous')}
      >
        {previousPageLabel}
      </Button>
      <span aria-live="polite">{pageLabel(format.format(page), format.format(pageCount))}</span>
      <Button
        size="sm"
        variant="secondary"
        ref={nextRef}
        disabled={page >= pageCount}
        onClick={() => move('next')}
      >
        {nextPageLabel}
      </Button>
    </nav>
  );
}
