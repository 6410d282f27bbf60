import {
  endOfMonth,
  endOfWeek,
  getWeeksInMonth,
  startOfMonth,
  startOfWeek,
  type CalendarDate,
} from '@internationalized/date';

/**
 * The weeks of the month that holds `month`, each seven days starting on the locale's first
 * day of the week (Monday in de-DE, Sunday in en-US, Saturday in ar-EG). Days of the next and
 * previous months are `null`: the grid shows them empty, as the APG example does.
 */
export function monthWeeks(month: CalendarDate, locale: string): (CalendarDate | null)[][] {
  const first = startOfMonth(month);
  const gridStart = startOfWeek(first, locale);
  const count = getWeeksInMonth(first, locale);
  return Array.from({ length: count }, (_, week) =>
    Array.from({ length: 7 }, (_, day) => {
      const date = gridStart.add({ days: week * 7 + day });
      return date.month === first.month ? date : null;
    }),
  );
}

/** The seven days of a week in the locale's order, for the column headers. */
export function weekDays(reference: CalendarDate, locale: string): CalendarDate[] {
  const start = startOfWeek(reference, locale);
  return Array.from({ length: 7 }, (_, day) => start.add({ days: day }));
}

/**
 * Where a key moves the focused day, per the APG date picker dialog: arrows by a day or a
 * week (Left and Right mirrored in right-to-left), PageUp/PageDown by a month (with Shift a
 * year; the day is kept, or the month's last day when it is shorter), Home/End to the first or
 * last day of the locale's week. Movement crosses month and year edges. `null` for other keys.
 */
export function moveByKey(
  date: CalendarDate,
  key: string,
  shiftKey: boolean,
  rtl: boolean,
  locale: string,
): CalendarDate | null {
  switch (key) {
    case 'ArrowLeft':
      return date.add({ days: rtl ? 1 : -1 });
    case 'ArrowRight':
      return date.add({ days: rtl ? -1 : 1 });
    case 'ArrowUp':
      return date.add({ weeks: -1 });
    case 'ArrowDown':
      return date.add({ weeks: 1 });
    case 'PageUp':
      return shiftKey ? date.add({ years: -1 }) : date.add({ months: -1 });
    case 'PageDown':
      return shiftKey ? date.add({ years: 1 }) : date.add({ months: 1 });
    case 'Home':
      return startOfWeek(date, locale);
    case 'End':
      return endOfWeek(date, locale);
    default:
      return null;
  }
}

/** The first and last day of the month that holds `date`. */
export const monthBounds = (date: CalendarDate) => [startOfMonth(date), endOfMonth(date)] as const;
