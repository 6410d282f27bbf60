/** Which items a collapsed breadcrumb hides: the half-open range `[start, end)` of indexes. */
export interface CollapsedRange {
  start: number;
  end: number;
}

export interface CollapseOptions {
  /** Collapse when there are more items than this (at least 2). */
  maxItems?: number;
  /** Items kept before the collapse (at least 0). */
  itemsBeforeCollapse: number;
  /** Items kept after the collapse (at least 1: the current page always shows). */
  itemsAfterCollapse: number;
}

const whole = (value: number, min: number) =>
  Math.max(min, Number.isFinite(value) ? Math.floor(value) : min);

/**
 * The middle items hidden behind the ellipsis, or `null` when all show: there are no more than
 * `maxItems` items, or the kept items would leave fewer than two to hide (an ellipsis that
 * hides one item saves no room; MUI's Breadcrumbs makes the same choice). Inputs out of range
 * are clamped (`maxItems` to 2, the kept counts to 0 and 1), never thrown on.
 */
export function collapseItems(count: number, options: CollapseOptions): CollapsedRange | null {
  if (options.maxItems === undefined || count <= whole(options.maxItems, 2)) return null;
  const before = whole(options.itemsBeforeCollapse, 0);
  const after = whole(options.itemsAfterCollapse, 1);
  if (before + after > count - 2) return null;
  return { start: before, end: count - after };
}

/**
 * How many items after the collapse fit in `room` pixels, for the automatic mode: the items'
 * measured widths (each with its separator), the first `before` always kept, then the
 * ellipsis (`ellipsis` pixels), then as many of the last items as fit, the current page at
 * least (it truncates when even that is too wide). `null` when every item fits.
 */
export function itemsThatFit(
  widths: readonly number[],
  room: number,
  before: number,
  ellipsis: number,
): number | null {
  const sum = (list: readonly number[]) => list.reduce((total, width) => total + width, 0);
  if (sum(widths) <= room) return null;
  let used = sum(widths.slice(0, before)) + ellipsis;
  let after = 0;
  for (let index = widths.length - 1; index >= before; index -= 1) {
    used += widths[index] as number;
    if (after > 0 && used > room) break;
    after += 1;
  }
  // Hide at least two items, or the ellipsis saves no room (see collapseItems); with too few
  // items to collapse, all show and the current page truncates.
  const most = widths.length - before - 2;
  return most < 1 ? null : Math.min(after, most);
}
