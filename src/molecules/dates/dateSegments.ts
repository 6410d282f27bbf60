import { CalendarDate, endOfMonth, parseDate } from '@internationalized/date';
import { padded } from './format';
import type { SegmentLogic } from './SegmentedField';
import type { SegmentType, SegmentValues } from './segments';

const toSegments = (value: string | null): SegmentValues => {
  const date = value ? parseDate(value) : null;
  return { year: date?.year ?? null, month: date?.month ?? null, day: date?.day ?? null };
};

function fromSegments({ year, month, day }: SegmentValues): string | null {
  if (!year || !month || !day) return null;
  const first = new CalendarDate(year, month, 1);
  // A day the month lacks (31 February) becomes its last day.
  return first.set({ day: Math.min(day, endOfMonth(first).day) }).toString();
}

function bounds(type: SegmentType, segments: SegmentValues) {
  if (type === 'month') return { min: 1, max: 12 };
  if (type === 'year') return { min: 1, max: 9999 };
  // The days of the chosen month (of a leap year until the year is known).
  const month = segments.month ?? 1;
  const days = segments.month
    ? endOfMonth(new CalendarDate(segments.year ?? 2000, month, 1)).day
    : 31;
  return { min: 1, max: days };
}

/**
 * How a day, month and year field reads, writes, bounds and shows its segments: shared by
 * DateField and each end of DateRangePicker, so the two type dates the same way.
 */
export function dateSegmentLogic(
  locale: string,
  today: CalendarDate,
): Pick<SegmentLogic, 'toSegments' | 'fromSegments' | 'bounds' | 'startValue' | 'display'> {
  return {
    toSegments,
    fromSegments,
    bounds,
    startValue: (type, up) => {
      if (type === 'year') return today.year;
      if (type === 'month') return up ? 1 : 12;
      return up ? 1 : 31;
    },
    display: (type, number) => padded(locale, number, type === 'year' ? 4 : 2),
  };
}
