import { describe, expect, it } from 'vitest';
import { paginationItems } from './paginationItems';

describe('paginationItems', () => {
  it('lists every page when they all fit', () => {
    expect(paginationItems(1, 1)).toEqual([1]);
    expect(paginationItems(2, 5)).toEqual([1, 2, 3, 4, 5]);
    expect(paginationItems(4, 7)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it('leaves out the pages far from the current one, with a gap on each side', () => {
    expect(paginationItems(10, 20)).toEqual([1, 'start-ellipsis', 9, 10, 11, 'end-ellipsis', 20]);
  });

  it('keeps the same number of items near the ends, so buttons do not shift', () => {
    expect(paginationItems(1, 20)).toEqual([1, 2, 3, 4, 5, 'end-ellipsis', 20]);
    expect(paginationItems(4, 20)).toEqual([1, 2, 3, 4, 5, 'end-ellipsis', 20]);
    expect(paginationItems(5, 20)).toEqual([1, 'start-ellipsis', 4, 5, 6, 'end-ellipsis', 20]);
    expect(paginationItems(20, 20)).toEqual([1, 'start-ellipsis', 16, 17, 18, 19, 20]);
  });

  it('never puts a gap where one page would do', () => {
    for (let page = 1; page <= 12; page += 1) {
      const items = paginationItems(page, 12);
      items.forEach((item, index) => {
        if (typeof item === 'number') return;
        const before = items[index - 1] as number;
        const after = items[index + 1] as number;
        expect(after - before, `page ${page}: ${items.join(' ')}`).toBeGreaterThan(2);
      });
      expect(items).toContain(page);
    }
  });

  it('takes more siblings and boundary pages', () => {
    expect(paginationItems(10, 20, 2, 2)).toEqual([
      1,
      2,
      'start-ellipsis',
      8,
      9,
      10,
      11,
      12,
      'end-ellipsis',
      19,
      20,
    ]);
    expect(paginationItems(10, 20, 0, 1)).toEqual([1, 'start-ellipsis', 10, 'end-ellipsis', 20]);
  });
});
