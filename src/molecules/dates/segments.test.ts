import { describe, expect, it } from 'vitest';
import {
  cycle,
  dateLayout,
  dayPeriodNames,
  digitOf,
  hourCycleOf,
  segmentNames,
  timeLayout,
  typeDigit,
} from './segments';

const order = (layout: ReturnType<typeof dateLayout>) =>
  layout.map((part) => (part.type === 'literal' ? part.text : part.type)).join('');

describe('segment layouts from the locale', () => {
  it('orders and separates a date as the locale writes it', () => {
    expect(order(dateLayout('de-DE'))).toBe('day.month.year');
    expect(order(dateLayout('en-US'))).toBe('month/day/year');
    expect(order(dateLayout('ja-JP'))).toBe('year/month/day');
    expect(order(dateLayout('ar-EG'))).toBe('day\u200f/month\u200f/year');
  });

  it('orders a time, with AM/PM on a 12-hour clock', () => {
    expect(hourCycleOf('en-US', undefined)).toBe(12);
    expect(hourCycleOf('de-DE', undefined)).toBe(24);
    expect(hourCycleOf('de-DE', 12)).toBe(12);
    expect(order(timeLayout('en-US', 12, false))).toBe('hour:minute\u202fdayPeriod');
    expect(order(timeLayout('de-DE', 24, true))).toBe('hour:minute:second');
    expect(dayPeriodNames('en-US')).toEqual(['AM', 'PM']);
    expect(dayPeriodNames('ja-JP')).toEqual(['午前', '午後']);
  });

  it('names the segments in the locale', () => {
    expect(segmentNames('de-DE')).toMatchObject({ day: 'Tag', month: 'Monat', year: 'Jahr' });
  });
});

describe('typing digits', () => {
  it('reads digits of any script', () => {
    expect(digitOf('7')).toBe(7);
    expect(digitOf('٧')).toBe(7);
    expect(digitOf('۷')).toBe(7);
    expect(digitOf('７')).toBe(7);
    expect(digitOf('a')).toBeNull();
  });

  it('builds a value and says when the segment is full', () => {
    expect(typeDigit('', 1, 12, 2)).toEqual({ typed: '1', value: 1, done: false });
    expect(typeDigit('1', 2, 12, 2)).toEqual({ typed: '12', value: 12, done: true });
    expect(typeDigit('', 4, 12, 2)).toEqual({ typed: '4', value: 4, done: true });
    expect(typeDigit('1', 5, 12, 2)).toEqual({ typed: '5', value: 5, done: true });
    expect(typeDigit('202', 6, 9999, 4)).toEqual({ typed: '2026', value: 2026, done: true });
  });

  it('cycles within the bounds', () => {
    expect(cycle(12, 1, 1, 12)).toBe(1);
    expect(cycle(1, -1, 1, 12)).toBe(12);
    expect(cycle(59, 15, 0, 59)).toBe(14);
  });
});
