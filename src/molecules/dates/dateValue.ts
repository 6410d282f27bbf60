import { CalendarDate, parseDate, parseTime, Time } from '@internationalized/date';
import { devError } from '../../utils';

/**
 * A calendar day as the date molecules take it: an ISO 8601 date string (`'2026-03-29'`) or a
 * `CalendarDate` from `@internationalized/date`. Never a JS `Date`: a `Date` is an instant,
 * and "midnight" of it is a different day in another time zone (MUI-X #9653).
 */
export type DateInput = string | CalendarDate;

/** A time of day: an ISO 8601 time string (`'14:30'`, `'14:30:15'`) or a `Time`. */
export type TimeInput = string | Time;

/** A range of days, both ends included. */
export interface DateRangeInput {
  start: DateInput;
  end: DateInput;
}

/** A range as the range molecules report it: ISO strings. */
export interface DateRange {
  start: string;
  end: string;
}

/**
 * The `CalendarDate` of a day prop, or `null` when it is empty. A string that is not an ISO
 * date is reported in development and read as empty, so a typo shows a message, not a crash.
 */
export function readDate(
  input: DateInput | null | undefined,
  component: string,
  prop: string,
): CalendarDate | null {
  if (input === null || input === undefined || input === '') return null;
  if (input instanceof CalendarDate) return input;
  if (typeof input === 'string') {
    try {
      return parseDate(input.trim());
    } catch {
      // Falls through to the message below.
    }
  }
  devError(
    component,
    `\`${prop}\` must be an ISO date string such as '2026-03-29' or a CalendarDate; got ${JSON.stringify(
      String(input),
    )}. It is ignored.`,
  );
  return null;
}

/** The `Time` of a time prop, or `null` when empty; bad input is reported and ignored. */
export function readTime(
  input: TimeInput | null | undefined,
  component: string,
  prop: string,
): Time | null {
  if (input === null || input === undefined || input === '') return null;
  if (input instanceof Time) return input;
  if (typeof input === 'string') {
    try {
      return parseTime(input.trim());
    } catch {
      // Falls through to the message below.
    }
  }
  devError(
    component,
    `\`${prop}\` must be an ISO time string such as '14:30' or a Time; got ${JSON.stringify(
      String(input),
    )}. It is ignored.`,
  );
  return null;
}

/** The ISO string of a date prop (`null` when empty), the form every callback reports. */
export const isoDate = (input: DateInput | null | undefined, component: string, prop: string) =>
  readDate(input, component, prop)?.toString() ?? null;

/** The bounds and the blocked days a date molecule is given. */
export interface DateConstraints {
  min: CalendarDate | null;
  max: CalendarDate | null;
  isDateUnavailable: ((date: CalendarDate) => boolean) | undefined;
}

export function readConstraints(
  min: DateInput | undefined,
  max: DateInput | undefined,
  isDateUnavailable: ((date: CalendarDate) => boolean) | undefined,
  component: string,
): DateConstraints {
  const low = readDate(min, component, 'min');
  const high = readDate(max, component, 'max');
  if (low && high && low.compare(high) > 0) {
    devError(component, `\`min\` (${low}) is after \`max\` (${high}); both are ignored.`);
    return { min: null, max: null, isDateUnavailable };
  }
  return { min: low, max: high, isDateUnavailable };
}

/** Outside `min`..`max`: such a day is shown disabled and focus never goes there. */
export function isOutOfRange(date: CalendarDate, { min, max }: DateConstraints): boolean {
  return (min !== null && date.compare(min) < 0) || (max !== null && date.compare(max) > 0);
}

/** A day that cannot be chosen: out of range, or blocked by `isDateUnavailable`. */
export function isBlocked(date: CalendarDate, constraints: DateConstraints): boolean {
  return isOutOfRange(date, constraints) || Boolean(constraints.isDateUnavailable?.(date));
}

/** `date` moved inside `min`..`max`. */
export function clampDate(date: CalendarDate, { min, max }: DateConstraints): CalendarDate {
  if (min && date.compare(min) < 0) return min;
  if (max && date.compare(max) > 0) return max;
  return date;
}
