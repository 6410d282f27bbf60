import type { CalendarDate } from '@internationalized/date';
import { isOutOfRange, type DateConstraints } from '../dates';

/** Why a range cannot be accepted: its ends in the wrong order, a day out of bounds, a blocked day. */
export type RangeProblem = 'order' | 'outOfBounds' | 'unavailable';

/**
 * What is wrong with a range, or `null`: the end before the start, an end outside `min`..`max`,
 * or an unavailable day at either end or anywhere between them (a booking cannot span a day
 * that is taken). With one end missing, only that end is checked.
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
    for (let day = start; day.compare(end) <= 0; day = day.add({ days: 1 })) {
      if (isDateUnavailable(day)) return 'unavailable';
    }
    return null;
  }
  const single = start ?? end;
  return single && isDateUnavailable(single) ? 'unavailable' : null;
}
