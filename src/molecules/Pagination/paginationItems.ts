/** A page number, or a gap standing for the pages left out before or after the current one. */
export type PaginationItem = number | 'start-ellipsis' | 'end-ellipsis';

const range = (start: number, end: number) =>
  Array.from({ length: Math.max(end - start + 1, 0) }, (_, index) => start + index);

/**
 * The numbered items of a pagination: `boundaryCount` pages at each end, `siblingCount` on each
 * side of the current page, and a gap where pages are left out. A gap never stands for one page
 * (that page is shown instead), so the number of items stays the same as the page moves: the
 * buttons do not shift under the pointer.
 */
export function paginationItems(
  page: number,
  pageCount: number,
  siblingCount = 1,
  boundaryCount = 1,
): PaginationItem[] {
  const startPages = range(1, Math.min(boundaryCount, pageCount));
  const endPages = range(Math.max(pageCount - boundaryCount + 1, boundaryCount + 1), pageCount);
  const siblingsStart = Math.max(
    Math.min(page - siblingCount, pageCount - boundaryCount - siblingCount * 2 - 1),
    boundaryCount + 2,
  );
  const siblingsEnd = Math.min(
    Math.max(page + siblingCount, boundaryCount + siblingCount * 2 + 2),
    endPages.length > 0 ? endPages[0]! - 2 : pageCount - 1,
  );
  const items: PaginationItem[] = [...startPages];
  if (siblingsStart > boundaryCount + 2) items.push('start-ellipsis');
  else if (boundaryCount + 1 < pageCount - boundaryCount) items.push(boundaryCount + 1);
  items.push(...range(siblingsStart, siblingsEnd));
  if (siblingsEnd < pageCount - boundaryCount - 1) items.push('end-ellipsis');
  else if (pageCount - boundaryCount > boundaryCount) items.push(pageCount - boundaryCount);
  items.push(...endPages);
  return items;
}
