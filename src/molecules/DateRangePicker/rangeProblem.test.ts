import { parseDate } from '@internationalized/date';
import { describe, expect, it, vi } from 'vitest';
import { readConstraints } from '../dates';
import { CHECKED_DAYS, rangeProblem } from './rangeProblem';

const day = parseDate;
const fourteenths = readConstraints(undefined, undefined, (date) => date.day === 14, 'test');

describe('rangeProblem', () => {
  it('is null for an empty, a half and a good range', () => {
    expect(rangeProblem(null, null, fourteenths)).toBeNull();
    expect(rangeProblem(day('2026-03-09'), null, fourteenths)).toBeNull();
    expect(rangeProblem(day('2026-03-09'), day('2026-03-13'), fourteenths)).toBeNull();
    expect(rangeProblem(day('2026-03-09'), day('2026-03-09'), fourteenths)).toBeNull();
  });

  it('finds the end before the start first', () => {
    expect(rangeProblem(day('2026-03-15'), day('2026-03-09'), fourteenths)).toBe('order');
  });

  it('finds an end out of bounds', () => {
    const bounded = readConstraints('2026-03-05', '2026-03-20', undefined, 'test');
    expect(rangeProblem(day('2026-03-04'), null, bounded)).toBe('outOfBounds');
    expect(rangeProblem(day('2026-03-10'), day('2026-03-21'), bounded)).toBe('outOfBounds');
  });

  it('finds an unavailable day at either end or inside', () => {
    expect(rangeProblem(day('2026-03-14'), null, fourteenths)).toBe('unavailable');
    expect(rangeProblem(null, day('2026-03-14'), fourteenths)).toBe('unavailable');
    expect(rangeProblem(day('2026-03-10'), day('2026-03-14'), fourteenths)).toBe('unavailable');
    expect(rangeProblem(day('2026-03-14'), day('2026-03-16'), fourteenths)).toBe('unavailable');
    expect(rangeProblem(day('2026-03-10'), day('2026-04-02'), fourteenths)).toBe('unavailable');
  });

  it('checks at most CHECKED_DAYS days of a range typed from year 2, then the ends', () => {
    const isDateUnavailable = vi.fn(() => false);
    const constraints = readConstraints(undefined, undefined, isDateUnavailable, 'test');
    expect(rangeProblem(day('0002-03-09'), day('2026-03-09'), constraints)).toBeNull();
    expect(isDateUnavailable).toHaveBeenCalledTimes(CHECKED_DAYS + 1);
  });
});
