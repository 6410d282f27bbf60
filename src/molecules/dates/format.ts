import { DateFormatter, type CalendarDate } from '@internationalized/date';
import { devError } from '../../utils';

const cache = new Map<string, DateFormatter>();

/**
 * A cached `DateFormatter` for the locale, always in UTC. Days are formatted as UTC midnight of
 * their own date (`date.toDate('UTC')`) by a UTC formatter, so the text never depends on the
 * time zone of the machine: the label of 29 March is "29 March" in Honolulu and in Kiritimati.
 */
export function dateFormatter(
  locale: string,
  options: Intl.DateTimeFormatOptions,
  component: string,
): DateFormatter {
  const key = `${locale}|${JSON.stringify(options)}`;
  let formatter = cache.get(key);
  if (!formatter) {
    try {
      formatter = new DateFormatter(locale, { ...options, timeZone: 'UTC' });
    } catch {
      devError(component, `cannot format dates for locale "${locale}"; using en-US.`);
      formatter = new DateFormatter('en-US', { ...options, timeZone: 'UTC' });
    }
    cache.set(key, formatter);
  }
  return formatter;
}

/** The day in the formatter's words (see `dateFormatter`: never shifted by the time zone). */
export const formatDay = (formatter: DateFormatter, date: CalendarDate): string =>
  formatter.format(date.toDate('UTC'));

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
