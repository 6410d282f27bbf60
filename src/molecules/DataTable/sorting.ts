import type { DataTableColumn, DataTableSortDescriptor } from './types';

/**
 * The sort after a press on a column's header: ascending, then descending, then unsorted.
 * With `multiple` (Shift) the column is added to, cycled in, or removed from the list and
 * the other columns keep their place; without it, it becomes the only sorted column.
 */
export function nextSort(
  sort: readonly DataTableSortDescriptor[],
  column: string,
  multiple: boolean,
): DataTableSortDescriptor[] {
  const index = sort.findIndex((entry) => entry.column === column);
  const current = sort[index];
  const cycled: DataTableSortDescriptor | null = !current
    ? { column, direction: 'ascending' }
    : current.direction === 'ascending'
      ? { column, direction: 'descending' }
      : null;
  if (!multiple) return cycled ? [cycled] : [];
  if (index < 0) return [...sort, { column, direction: 'ascending' }];
  const next = [...sort];
  if (cycled) next[index] = cycled;
  else next.splice(index, 1);
  return next;
}

/** The column's value for a row: its accessor, or the property named like the column. */
export function cellValue<T>(column: DataTableColumn<T>, row: T): unknown {
  const { accessor } = column;
  if (typeof accessor === 'function') return accessor(row);
  return (row as Record<PropertyKey, unknown>)[(accessor ?? column.id) as PropertyKey];
}

const isEmpty = (value: unknown) => value === null || value === undefined || value === '';

/** Compares two values by their type: numbers, dates and booleans as such, the rest as text. */
export function compareValues(a: unknown, b: unknown, collator: Intl.Collator): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (a instanceof Date && b instanceof Date) return a.getTime() - b.getTime();
  if (typeof a === 'boolean' && typeof b === 'boolean') return Number(a) - Number(b);
  return collator.compare(String(a), String(b));
}

/**
 * The rows in sort order; a stable sort, so equal rows keep their order. Each column's values
 * are read once (not once per comparison), so 10,000 rows sort in a few milliseconds. Empty
 * values go last in either direction.
 */
export function sortRows<T>(
  rows: readonly T[],
  sort: readonly DataTableSortDescriptor[],
  columns: ReadonlyMap<string, DataTableColumn<T>>,
  collator: Intl.Collator,
): readonly T[] {
  if (sort.length === 0) return rows;
  const order = rows.map((_, index) => index);
  // The common case, one column of numbers: read them straight into a typed array (no boxed
  // value per row for the garbage collector) and compare them there.
  const [first] = sort;
  const only = sort.length === 1 && first ? columns.get(first.column) : undefined;
  if (only && !only.compare) {
    const numbers = new Float64Array(rows.length);
    let numeric = true;
    for (let index = 0; index < rows.length; index += 1) {
      const value = cellValue(only, rows[index]!);
      if (typeof value !== 'number') {
        numeric = false;
        break;
      }
      numbers[index] = value;
    }
    if (numeric) {
      const sign = first!.direction === 'descending' ? -1 : 1;
      order.sort((a, b) => (numbers[a]! - numbers[b]!) * sign || a - b);
      return order.map((index) => rows[index]!);
    }
  }
  const keys = sort.flatMap((entry) => {
    const column = columns.get(entry.column);
    if (!column) return [];
    const sign = entry.direction === 'descending' ? -1 : 1;
    const values = column.compare ? null : rows.map((row) => cellValue(column, row));
    return [{ column, sign, values }];
  });
  if (keys.length === 0) return rows;
  order.sort((a, b) => {
    for (const { column, sign, values } of keys) {
      let result: number;
      if (values) {
        const left = values[a];
        const right = values[b];
        if (isEmpty(left) || isEmpty(right)) {
          result = Number(isEmpty(left)) - Number(isEmpty(right));
          if (result !== 0) return result;
          continue;
        }
        result = compareValues(left, right, collator);
      } else {
        result = column.compare!(rows[a]!, rows[b]!);
      }
      if (result !== 0) return result * sign;
    }
    return a - b;
  });
  return order.map((index) => rows[index]!);
}
