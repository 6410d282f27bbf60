import { CalendarDate, parseDate, parseTime, Time } from '@internationalized/date';
import { devError } from '../../utils';

/**
 * A calendar day as the date molecules take it: an ISO 8601 date string (`'2026-03-29'`) or a
 * `CalendarDate` from `@internationalized/date`. Never a JS `Date`: a `Date` is an instant,
 * and "midnight" of it is a different day in another time zone (MUI-X issue 9653).
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

/**
 * The ISO ends of a range prop, `start` first, or `null` when it is empty or either end is not
 * a date (reported in development).
 */
export function readRange(
  input: DateRangeInput | null | undefined,
  component: string,
  prop: string,
): DateRange | null {
  if (input === null || input === undefined) return null;
  if (typeof input !== 'object' || !('start' in input) || !('end' in input)) {
    devError(
      component,
      `\`${prop}\` must be \`{ start, end }\` (ISO date strings or CalendarDates).`,
    );
    return null;
  }
  const start = readDate(input.start, component, `${prop}.start`);
  const end = readDate(input.end, component, `${prop}.end`);
  if (!start || !end) return null;
  const ordered = rangeBetween(start, end);
  return { start: ordered.start.toString(), end: ordered.end.toString() };
}

/** The two days as a range, the earlier one first. */
export const rangeBetween = (a: CalendarDate, b: CalendarDate) =>
  a.compare(b) <= 0 ? { start: a, end: b } : { start: b, end: a };

/** How far a range calendar looks for an unavailable day on each side of a range's first end. */
const REACH_DAYS = 366 * 2;

/**
 * The bounds a range's second end must stay within, given its first end: `min`/`max`, narrowed
 * to the days before the nearest unavailable day on each side (a range never spans one).
 */
export function reachableSpan(
  anchor: CalendarDate,
  constraints: DateConstraints,
): Pick<DateConstraints, 'min' | 'max'> {
  const { isDateUnavailable } = constraints;
  let { min, max } = constraints;
  if (!isDateUnavailable) return { min, max };
  for (let step = 1; step <= REACH_DAYS; step += 1) {
    const day = anchor.add({ days: -step });
    if (min && day.compare(min) < 0) break;
    if (isDateUnavailable(day)) {
      min = day.add({ days: 1 });
      break;
    }
  }
  for (let step = 1; step <= REACH_DAYS; step += 1) {
    const day = anchor.add({ days: step });
    if (max && day.compare(max) > 0) break;
    if (isDateUnavailable(day)) {
      max = day.add({ days: -1 });
      break;
    }
  }
  return { min, max };
}
