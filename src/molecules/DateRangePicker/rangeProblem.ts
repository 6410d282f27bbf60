import type { CalendarDate } from '@internationalized/date';
import { isOutOfRange, type DateConstraints } from '../dates';

/** Why a range cannot be accepted: its ends in the wrong order, a day out of bounds, a blocked day. */
export type RangeProblem = 'order' | 'outOfBounds' | 'unavailable';

/**
 * How many days of a range are checked against `isDateUnavailable`: ten years. A year typed
 * digit by digit passes through years such as 0002, and checking every day from there would
 * freeze the page; past this, the ends are still checked.
 */
export const CHECKED_DAYS = 3660;

/**
 * What is wrong with a range, or `null`: the end before the start, an end outside `min`..`max`,
 * or an unavailable day at either end or between them (a booking cannot span a day that is
 * taken; see CHECKED_DAYS). With one end missing, only that end is checked.
 */
export function rangeProblem(
  start: CalendarDate | null,
  end: CalendarDate | null,
  constraints: DateConstraints,
): RangeProblem | null {
  if (start && end && start.compare(end) > 0) return 'order';
  if ((start && isOutOfRange(start, constraints)) || (end && isOutOfRange(end, constraints))) {
    return 'outOfBounds';
  }
  const { isDateUnavailable } = constraints;
  if (!isDateUnavailable) return null;
  if (start && end) {
    if (isDateUnavailable(end)) return 'unavailable';
    let day = start;
    for (let count = 0; count < CHECKED_DAYS && day.compare(end) < 0; count += 1) {
      if (isDateUnavailable(day)) return 'unavailable';
      day = day.add({ days: 1 });
    }
    return null;
  }
  const single = start ?? end;
  return single && isDateUnavailable(single) ? 'unavailable' : null;
}
