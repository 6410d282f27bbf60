import { describe, expect, it } from 'vitest';
import { filterItems } from './filterItems';

const items = [
  { value: 'athens', label: 'Athènes' },
  { value: 'corinth', label: 'Corinth', textValue: 'Korinthos' },
  'Sparta',
  { label: 'Islands', options: [{ value: 'naxos', label: 'Naxos' }, 'Rhodes'] },
];

describe('filterItems', () => {
  it('returns the same array for an empty or blank query', () => {
    expect(filterItems(items, '')).toBe(items);
    expect(filterItems(items, '  ')).toBe(items);
  });
  it('matches a substring, ignoring case and accents, on textValue when given', () => {
    expect(filterItems(items, 'ATHE')).toEqual([items[0]]);
    expect(filterItems(items, 'korin')).toEqual([items[1]]);
    expect(filterItems(items, 'corin')).toEqual([]);
    expect(filterItems(items, 'part')).toEqual(['Sparta']);
  });
  it('keeps a section with its matching options only', () => {
    expect(filterItems(items, 'rho')).toEqual([{ label: 'Islands', options: ['Rhodes'] }]);
    expect(filterItems(items, 'zzz')).toEqual([]);
  });
});
