import { describe, expect, it } from 'vitest';
import { collapseItems, itemsThatFit } from './collapseItems';

const keep = { itemsBeforeCollapse: 1, itemsAfterCollapse: 1 };

describe('collapseItems', () => {
  it('collapses nothing without maxItems, or at or under it', () => {
    expect(collapseItems(8, keep)).toBeNull();
    expect(collapseItems(4, { ...keep, maxItems: 4 })).toBeNull();
  });

  it('hides the middle over maxItems, keeping the items before and after', () => {
    expect(collapseItems(6, { ...keep, maxItems: 4 })).toEqual({ start: 1, end: 5 });
    expect(
      collapseItems(8, { maxItems: 5, itemsBeforeCollapse: 2, itemsAfterCollapse: 2 }),
    ).toEqual({ start: 2, end: 6 });
    expect(
      collapseItems(6, { maxItems: 3, itemsBeforeCollapse: 0, itemsAfterCollapse: 1 }),
    ).toEqual({ start: 0, end: 5 });
  });

  it('never hides a single item: an ellipsis in its place saves no room', () => {
    expect(collapseItems(3, { ...keep, maxItems: 2 })).toBeNull();
    expect(
      collapseItems(5, { maxItems: 2, itemsBeforeCollapse: 2, itemsAfterCollapse: 2 }),
    ).toBeNull();
  });

  it('clamps out-of-range input instead of throwing', () => {
    expect(collapseItems(6, { ...keep, maxItems: 0 })).toEqual({ start: 1, end: 5 });
    expect(
      collapseItems(6, { maxItems: 4, itemsBeforeCollapse: -3, itemsAfterCollapse: 0 }),
    ).toEqual({ start: 0, end: 5 });
    expect(collapseItems(6, { maxItems: Number.NaN, ...keep })).toEqual({ start: 1, end: 5 });
  });
});

describe('itemsThatFit', () => {
  const widths = [60, 100, 100, 100, 100, 80];

  it('is null when every item fits', () => {
    expect(itemsThatFit(widths, 540, 1, 30)).toBeNull();
    expect(itemsThatFit(widths, 1000, 1, 30)).toBeNull();
  });

  it('keeps the first items, the ellipsis and as many of the last as fit', () => {
    // 60 + 30 + 80 + 100 = 270: the current page and one more.
    expect(itemsThatFit(widths, 300, 1, 30)).toBe(2);
    expect(itemsThatFit(widths, 400, 1, 30)).toBe(3);
  });

  it('keeps the current page even when it does not fit (it truncates)', () => {
    expect(itemsThatFit(widths, 50, 1, 30)).toBe(1);
  });

  it('hides at least two items, and gives up when too few are left to hide', () => {
    expect(itemsThatFit(widths, 530, 1, 30)).toBe(3);
    expect(itemsThatFit([60, 100, 80], 100, 1, 30)).toBeNull();
  });
});
