import { Button } from '../../atoms/Button';

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
        disabled={page <= 1}
        onClick={() => onPageChange(page - 1)}
      >
        {previousPageLabel}
      </Button>
      <span aria-live="polite">{pageLabel(format.format(page), format.format(pageCount))}</span>
      <Button
        size="sm"
        variant="secondary"
        disabled={page >= pageCount}
        onClick={() => onPageChange(page + 1)}
      >
        {nextPageLabel}
      </Button>
    </nav>
  );
}
