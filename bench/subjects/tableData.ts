/*
 * The rows every subject's table renders in the table scenarios (issue #13): 10 columns of
 * text and numbers, in a fixed pseudo-random order (so a sort has work to do), built once per
 * count and shared, as an app holds its data.
 */
export interface BenchRow {
  id: string;
  name: string;
  city: string;
  code: string;
  status: string;
  owner: string;
  amount: number;
  quantity: number;
  price: number;
  score: number;
  updated: string;
}

/** The 10 columns, in order: key and header. */
export const TABLE_COLUMNS: ReadonlyArray<{
  key: keyof BenchRow;
  header: string;
  numeric: boolean;
}> = [
  { key: 'name', header: 'Name', numeric: false },
  { key: 'city', header: 'City', numeric: false },
  { key: 'code', header: 'Code', numeric: false },
  { key: 'status', header: 'Status', numeric: false },
  { key: 'owner', header: 'Owner', numeric: false },
  { key: 'amount', header: 'Amount', numeric: true },
  { key: 'quantity', header: 'Quantity', numeric: true },
  { key: 'price', header: 'Price', numeric: true },
  { key: 'score', header: 'Score', numeric: true },
  { key: 'updated', header: 'Updated', numeric: false },
];

/** The column the sort scenario sorts by (a press on its header). */
export const SORT_COLUMN = 'amount';
/** Rows a hand-written table shows at once (a page, or the viewport of a windowed one). */
export const VISIBLE_ROWS = 30;

const cities = ['Athens', 'Sparta', 'Corinth', 'Thebes', 'Delphi', 'Argos', 'Megara'];
const statuses = ['Open', 'Paid', 'Late', 'Void'];
const cache = new Map<number, BenchRow[]>();

export function tableRows(count: number): BenchRow[] {
  let rows = cache.get(count);
  if (rows) return rows;
  let seed = 42;
  const next = () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    return seed / 2_147_483_648;
  };
  rows = Array.from({ length: count }, (_, index) => ({
    id: `r${index}`,
    name: `Customer ${index}`,
    city: cities[index % cities.length]!,
    code: `C-${(index * 7919) % 100_000}`,
    status: statuses[index % statuses.length]!,
    owner: `Owner ${index % 50}`,
    amount: Math.round(next() * 1_000_000) / 100,
    quantity: Math.floor(next() * 500),
    price: Math.round(next() * 10_000) / 100,
    score: Math.floor(next() * 100),
    updated: `2026-${String((index % 12) + 1).padStart(2, '0')}-${String((index % 28) + 1).padStart(2, '0')}`,
  }));
  cache.set(count, rows);
  return rows;
}

/** Sorted by hand: a copy of the rows by `key`, ascending (what the plain subject does). */
export function sortedBy(rows: readonly BenchRow[], key: keyof BenchRow): BenchRow[] {
  return [...rows].sort((a, b) => {
    const left = a[key];
    const right = b[key];
    return typeof left === 'number' && typeof right === 'number'
      ? left - right
      : String(left).localeCompare(String(right));
  });
}
