import type { CalendarDate } from '@internationalized/date';
import { devError } from '../../utils';

const cache = new Map<string, Intl.DateTimeFormat>();

/**
 * A cached `Intl.DateTimeFormat` for the locale, always in UTC (not @internationalized/date's
 * `DateFormatter`: its hour-cycle fixes concern times, and days need none, so the pickers
 * do not ship it). Days are formatted as UTC midnight of
 * their own date (`date.toDate('UTC')`) by a UTC formatter, so the text never depends on the
 * time zone of the machine: the label of 29 March is "29 March" in Honolulu and in Kiritimati.
 */
export function dateFormatter(
  locale: string,
  options: Intl.DateTimeFormatOptions,
  component: string,
): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let formatter = cache.get(key);
  if (!formatter) {
    try {
      formatter = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });
    } catch {
      devError(component, `cannot format dates for locale "${locale}"; using en-US.`);
      formatter = new Intl.DateTimeFormat('en-US', { ...options, timeZone: 'UTC' });
    }
    cache.set(key, formatter);
  }
  return formatter;
}

/** The day in the formatter's words (see `dateFormatter`: never shifted by the time zone). */
export const formatDay = (formatter: Intl.DateTimeFormat, date: CalendarDate): string =>
  formatter.format(utcMidnight(date));

/**
 * The instant of the day's UTC midnight, what a UTC formatter reads back as that same day.
 * Built from the fields (not `date.toDate('UTC')`), which needs no time-zone arithmetic.
 */
export function utcMidnight(date: CalendarDate): Date {
  const instant = new Date(Date.UTC(2000, date.month - 1, date.day));
  // Date.UTC reads years 0-99 as 1900-1999; set the year apart so year 99 stays 99.
  instant.setUTCFullYear(date.year);
  return instant;
}

/** Whether the locale writes right to left (`ar-EG`, `he-IL`). */
export function isRtlLocale(locale: string): boolean {
  try {
    const tagged = new Intl.Locale(locale) as Intl.Locale & {
      getTextInfo?: () => { direction: string };
      textInfo?: { direction: string };
    };
    const info = tagged.getTextInfo?.() ?? tagged.textInfo;
    if (info) return info.direction === 'rtl';
    return /^(ar|he|fa|ur|ps|dv|yi|ckb|ug)\b/i.test(tagged.language);
  } catch {
    return false;
  }
}

const numberFormats = new Map<string, Intl.NumberFormat>();
/** Digits in the locale's script, zero-padded to the segment's width (`٠٣` in ar-EG). */
export function padded(locale: string, value: number, digits: number): string {
  const key = `${locale}|${digits}`;
  let format = numberFormats.get(key);
  if (!format) {
    try {
      format = new Intl.NumberFormat(locale, { minimumIntegerDigits: digits, useGrouping: false });
    } catch {
      format = new Intl.NumberFormat('en-US', { minimumIntegerDigits: digits, useGrouping: false });
    }
    numberFormats.set(key, format);
  }
  return format.format(value);
}
