import { DateFormatter } from '@internationalized/date';

/** The editable parts of a date or time field. `dayPeriod` is AM (0) or PM (1). */
export type SegmentType = 'year' | 'month' | 'day' | 'hour' | 'minute' | 'second' | 'dayPeriod';

/** A segment, or the literal text between two (`.` in de-DE, `/` in en-US). */
export type LayoutPart = { type: SegmentType } | { type: 'literal'; text: string };

/** What each segment holds: a number, or `null` while empty. */
export type SegmentValues = Partial<Record<SegmentType, number | null>>;

const sampleInstant = new Date(Date.UTC(2026, 10, 22, 15, 45, 30));

/** A formatter's constructor: `Intl.DateTimeFormat` for dates, `DateFormatter` for times. */
type FormatterClass = new (
  locale: string,
  options: Intl.DateTimeFormatOptions,
) => { formatToParts: (date: Date) => Intl.DateTimeFormatPart[] };

function layoutOf(
  Formatter: FormatterClass,
  locale: string,
  options: Intl.DateTimeFormatOptions,
): LayoutPart[] {
  let parts: Intl.DateTimeFormatPart[];
  try {
    parts = new Formatter(locale, { ...options, timeZone: 'UTC' }).formatToParts(sampleInstant);
  } catch {
    parts = new Formatter('en-US', { ...options, timeZone: 'UTC' }).formatToParts(sampleInstant);
  }
  const layout: LayoutPart[] = [];
  for (const part of parts) {
    if (part.type === 'literal') {
      // Keep the locale's separators (and its direction marks: ar-EG writes `‏/`).
      layout.push({ type: 'literal', text: part.value });
    } else if (
      ['year', 'month', 'day', 'hour', 'minute', 'second', 'dayPeriod'].includes(part.type)
    ) {
      layout.push({ type: part.type as SegmentType });
    }
  }
  return layout;
}

/** The order and separators of a date in the locale: `dd.MM.yyyy` in de-DE, `MM/dd/yyyy` in en-US. */
export const dateLayout = (locale: string) =>
  // Plain Intl: a date has no hour cycle to fix, so DatePicker does not ship DateFormatter.
  layoutOf(Intl.DateTimeFormat, locale, { year: 'numeric', month: '2-digit', day: '2-digit' });

/** The hour cycle a time field uses: the prop, else the locale's (12 in en-US, 24 in de-DE). */
export function hourCycleOf(locale: string, hourCycle: 12 | 24 | undefined): 12 | 24 {
  if (hourCycle) return hourCycle;
  try {
    const cycle = new Intl.DateTimeFormat(locale, { hour: 'numeric' }).resolvedOptions().hourCycle;
    return cycle === 'h11' || cycle === 'h12' ? 12 : 24;
  } catch {
    return 12;
  }
}

/** The order and separators of a time in the locale, with an AM/PM segment on a 12-hour clock. */
export const timeLayout = (locale: string, cycle: 12 | 24, seconds: boolean) =>
  // DateFormatter: it corrects the hour cycle some engines get wrong for `hourCycle`.
  layoutOf(DateFormatter, locale, {
    hour: 'numeric',
    minute: '2-digit',
    ...(seconds ? { second: '2-digit' } : {}),
    hourCycle: cycle === 12 ? 'h12' : 'h23',
  });

/** The locale's words for AM and PM (`vorm.`/`nachm.`, `ص`/`م`, `午前`/`午後`). */
export function dayPeriodNames(locale: string): [string, string] {
  const name = (hour: number) => {
    try {
      return (
        new Intl.DateTimeFormat(locale, { hour: 'numeric', hourCycle: 'h12', timeZone: 'UTC' })
          .formatToParts(Date.UTC(2026, 0, 1, hour))
          .find((part) => part.type === 'dayPeriod')?.value ?? (hour < 12 ? 'AM' : 'PM')
      );
    } catch {
      return hour < 12 ? 'AM' : 'PM';
    }
  };
  return [name(9), name(15)];
}

/** The locale's names of the segments (`Tag`, `Monat`, `Jahr` in de-DE), for screen readers. */
export function segmentNames(locale: string): Record<SegmentType, string> {
  const fallback: Record<SegmentType, string> = {
    year: 'year',
    month: 'month',
    day: 'day',
    hour: 'hour',
    minute: 'minute',
    second: 'second',
    dayPeriod: 'AM/PM',
  };
  try {
    const names = new Intl.DisplayNames(locale, { type: 'dateTimeField' });
    const named = { ...fallback };
    for (const type of Object.keys(fallback) as SegmentType[]) {
      named[type] = names.of(type) ?? fallback[type];
    }
    return named;
  } catch {
    return fallback;
  }
}

/** How many digits a segment shows and takes: 4 for a year, 2 for the rest. */
export const segmentDigits = (type: SegmentType) => (type === 'year' ? 4 : 2);

/** Digits typed in any script (`٢`, `۲`, fullwidth `２`) as the ASCII digit, else `null`. */
export function digitOf(key: string): number | null {
  if (key.length !== 1) return null;
  if (/[0-9]/.test(key)) return Number(key);
  const code = key.charCodeAt(0);
  for (const zero of [0x0660, 0x06f0, 0xff10, 0x0966]) {
    if (code >= zero && code <= zero + 9) return code - zero;
  }
  return null;
}

/**
 * The segment after a typed digit: the digits typed so far, plus this one, while that stays
 * within `max` and the segment's width; else a fresh start from this digit. `done` when no
 * further digit could follow (focus moves on), as RAC and native date inputs do.
 */
export function typeDigit(
  typed: string,
  digit: number,
  max: number,
  width: number,
): { typed: string; value: number; done: boolean } {
  let next = typed + String(digit);
  if (Number(next) > max || next.length > width) next = String(digit);
  const value = Number(next);
  const done = next.length >= width || value * 10 > max;
  return { typed: next, value, done };
}

/** `value` moved by `delta` within `min`..`max`, wrapping round at the ends (Up from 12 is 1). */
export function cycle(value: number, delta: number, min: number, max: number): number {
  const span = max - min + 1;
  return ((((value - min + delta) % span) + span) % span) + min;
}
