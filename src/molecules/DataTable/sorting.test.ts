import { describe, expect, it } from 'vitest';
import { inOrder, sortOrder, sortRows } from './sorting';
import type { DataTableColumn, DataTableSortDescriptor } from './types';

interface Row {
  id: number;
  value: unknown;
}

const column: DataTableColumn<Row> = { id: 'value', header: 'Value', type: 'number' };
const columns = new Map([[column.id, column]]);
const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });
const by = (direction: DataTableSortDescriptor['direction']) => [{ column: 'value', direction }];
const rowsOf = (values: readonly unknown[]): Row[] => values.map((value, id) => ({ id, value }));

/** The order a plain stable comparator sort gives: what the fast path must reproduce. */
const reference = (values: readonly number[], sign: 1 | -1) =>
  values.map((value, index) => index).sort((a, b) => (values[a]! - values[b]!) * sign || a - b);

describe('sortOrder', () => {
  it('sorts one column of numbers stably, either way, as a comparator sort does', () => {
    let seed = 7;
    const random = () => (seed = (seed * 16_807) % 2_147_483_647) / 2_147_483_647;
    // Many ties (a small range), both zeros, infinities and fractions.
    const values = Array.from({ length: 2_000 }, () => Math.floor(random() * 50) - 25);
    values.push(0, -0, Infinity, -Infinity, 0.5, -0.5, 1e-300, Number.MAX_VALUE);
    const rows = rowsOf(values);
    for (const [direction, sign] of [
      ['ascending', 1],
      ['descending', -1],
    ] as const) {
      const order = sortOrder(rows, by(direction), columns, collator);
      expect(Array.from(order!)).toEqual(reference(values, sign));
    }
  });

  it('keeps the order of equal numbers in both directions', () => {
    const rows = rowsOf([2, 1, 2, 1, 0, -0]);
    expect(Array.from(sortOrder(rows, by('ascending'), columns, collator)!)).toEqual([
      4, 5, 1, 3, 0, 2,
    ]);
    expect(Array.from(sortOrder(rows, by('descending'), columns, collator)!)).toEqual([
      0, 2, 1, 3, 4, 5,
    ]);
  });

  it('still sorts a column of numbers with NaN in it, and other values as before', () => {
    const withNaN = rowsOf([3, Number.NaN, 1, 2]);
    const order = Array.from(sortOrder(withNaN, by('ascending'), columns, collator)!);
    expect(order).toHaveLength(4);
    expect(new Set(order).size).toBe(4);
    // Text and empty values: by the collator, empty last either way.
    const mixed = rowsOf(['b10', '', 'b9', null, 'a']);
    expect(sortRows(mixed, by('ascending'), columns, collator).map((row) => row.id)).toEqual([
      4, 2, 0, 1, 3,
    ]);
    expect(sortRows(mixed, by('descending'), columns, collator).map((row) => row.id)).toEqual([
      0, 2, 4, 1, 3,
    ]);
  });

  it('leaves the rows as they are without a sort or a known column', () => {
    const rows = rowsOf([2, 1]);
    expect(sortOrder(rows, [], columns, collator)).toBeNull();
    expect(sortOrder(rows, [{ column: 'gone', direction: 'ascending' }], columns, collator)).toBe(
      null,
    );
    expect(sortRows(rows, [], columns, collator)).toBe(rows);
  });
});

describe('inOrder', () => {
  it('picks the items at the indexes, within a range', () => {
    const list = ['a', 'b', 'c', 'd'];
    expect(inOrder(list, [3, 1, 0, 2])).toEqual(['d', 'b', 'a', 'c']);
    expect(inOrder(list, Int32Array.of(3, 1, 0, 2), 1, 3)).toEqual(['b', 'a']);
    expect(inOrder(list, [3, 1], 0, 10)).toEqual(['d', 'b']);
  });
});
