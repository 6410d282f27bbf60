import { Time } from '@internationalized/date';
import { forwardRef, useMemo, useState, type HTMLAttributes } from 'react';
import {
  dayPeriodNames,
  hourCycleOf,
  padded,
  readTime,
  SegmentedField,
  segmentNames,
  timeLayout,
  useLocale,
  type SegmentedFieldOwnProps,
  type SegmentedFieldSize,
  type SegmentType,
  type SegmentValues,
  type TimeInput,
} from '../dates';
import { useControllableState } from '../overlay';
import { reportUnchangeable, reportUnknownValues } from '../../utils';

export type TimeFieldSize = SegmentedFieldSize;

/** How fine the time is: to the minute (`'14:30'`) or to the second (`'14:30:15'`). */
export const timeGranularities = ['minute', 'second'] as const;
export type TimeGranularity = (typeof timeGranularities)[number];

/** A 12-hour clock (with AM/PM) or a 24-hour one. */
export const timeHourCycles = [12, 24] as const;
export type TimeHourCycle = (typeof timeHourCycles)[number];

export interface TimeFieldProps
  extends
    SegmentedFieldOwnProps,
    Omit<HTMLAttributes<HTMLDivElement>, 'children' | 'onChange' | 'defaultValue'> {
  /**
   * The time of day (controlled): an ISO time string (`'14:30'`) or a `Time`; `null` for none.
   * Pair it with `onValueChange`.
   */
  value?: TimeInput | null;
  /**
   * The time at first (uncontrolled); `form.reset()` returns to it.
   * @default null
   */
  defaultValue?: TimeInput | null;
  /**
   * Called with the ISO time (`'14:30'`, with seconds at `granularity="second"`) and the
   * `Time` when the segments complete one, and with `null` when they no longer do.
   */
  onValueChange?: (value: string | null, time: Time | null) => void;
  /**
   * The segments shown: hours and minutes, or seconds too.
   * @default 'minute'
   */
  granularity?: TimeGranularity;
  /**
   * A 12-hour clock with an AM/PM segment, or a 24-hour clock.
   * @default the locale's (12 in en-US and ar-EG, 24 in de-DE and ja-JP)
   */
  hourCycle?: TimeHourCycle;
  /**
   * The BCP 47 locale: order, separators, digits, the hour cycle and the AM/PM words.
   * @default document.documentElement.lang, else navigator.language, else 'en-US' (server)
   */
  locale?: string;
  /**
   * The hour segment's name for screen readers (translate it here).
   * @default the locale's word for "hour" (Intl.DisplayNames)
   */
  hourLabel?: string;
  /**
   * The minute segment's name.
   * @default the locale's word for "minute"
   */
  minuteLabel?: string;
  /**
   * The second segment's name.
   * @default the locale's word for "second"
   */
  secondLabel?: string;
  /**
   * The AM/PM segment's name.
   * @default the locale's word for it
   */
  dayPeriodLabel?: string;
}

/** The ISO string of a time at a granularity: `14:30` or `14:30:15`. */
const isoTime = (time: Time, seconds: boolean) =>
  seconds ? time.toString().slice(0, 8) : time.toString().slice(0, 5);

/**
 * A time of day typed in segments (hour, minute, optionally second, and AM/PM on a 12-hour
 * clock), in the locale's order, digits and words. Keys as DateField: digits, Up/Down (with
 * wrap-around), PageUp/PageDown, Home/End, Left/Right between segments, Backspace clears; on
 * AM/PM, Up/Down toggle and the first letter of either word sets it. The value is an ISO time
 * string (`'14:30'`), independent of any time zone. `name` submits it; `form.reset()` restores
 * the default; with react-hook-form use a `Controller`. The ref reaches the `role="group"`.
 *
 * @selector .cal-segmented-field — the box, as DateField; segments
 * `[role="spinbutton"][data-segment="hour" | "minute" | "second" | "dayPeriod"]`, with
 * `[data-placeholder]` while empty (the box is `[data-empty]` while all are)
 */
export const TimeField = forwardRef<HTMLDivElement, TimeFieldProps>(function TimeField(
  {
    value: valueProp,
    defaultValue = null,
    onValueChange,
    granularity = 'minute',
    hourCycle: hourCycleProp,
    locale: localeProp,
    hourLabel,
    minuteLabel,
    secondLabel,
    dayPeriodLabel,
    ...rest
  },
  ref,
) {
  // Inline NODE_ENV check: production bundles drop the message (see toastStore.ts).
  if (typeof process !== 'undefined' && process.env.NODE_ENV !== 'production') {
    reportUnchangeable(
      'TimeField',
      { value: valueProp, onValueChange, ...rest },
      'value',
      'onValueChange',
      true,
    );
    reportUnknownValues('TimeField', {
      granularity: [granularity, timeGranularities],
      hourCycle: [hourCycleProp, timeHourCycles],
    });
  }
  const locale = useLocale(localeProp);
  const seconds = granularity === 'second';
  const read = (input: TimeInput | null | undefined, prop: string) => {
    const time = readTime(input, 'TimeField', prop);
    return time ? isoTime(time, seconds) : null;
  };
  const [initial] = useState(() => read(defaultValue, 'defaultValue'));
  const controlled = valueProp === undefined ? undefined : read(valueProp, 'value');
  const [value, setValue] = useControllableState<string | null>(controlled, initial);

  const cycle = hourCycleOf(locale, hourCycleProp);
  const layout = useMemo(() => timeLayout(locale, cycle, seconds), [locale, cycle, seconds]);
  const periods = useMemo(() => dayPeriodNames(locale), [locale]);
  const localeNames = useMemo(() => segmentNames(locale), [locale]);
  const names = {
    ...localeNames,
    hour: hourLabel ?? localeNames.hour,
    minute: minuteLabel ?? localeNames.minute,
    second: secondLabel ?? localeNames.second,
    dayPeriod: dayPeriodLabel ?? localeNames.dayPeriod,
  };

  const toSegments = (iso: string | null): SegmentValues => {
    const time = iso ? readTime(iso, 'TimeField', 'value') : null;
    if (!time) return { hour: null, minute: null, second: null, dayPeriod: null };
    return {
      hour: cycle === 12 ? time.hour % 12 || 12 : time.hour,
      minute: time.minute,
      second: time.second,
      dayPeriod: time.hour >= 12 ? 1 : 0,
    };
  };
  const fromSegments = ({ hour, minute, second, dayPeriod }: SegmentValues) => {
    if (hour == null || minute == null) return null;
    if (seconds && second == null) return null;
    if (cycle === 12 && dayPeriod == null) return null;
    const hours = cycle === 12 ? (hour % 12) + (dayPeriod ? 12 : 0) : hour;
    return isoTime(new Time(hours, minute, seconds ? (second ?? 0) : 0), seconds);
  };
  const bounds = (type: SegmentType) => {
    if (type === 'hour') return cycle === 12 ? { min: 1, max: 12 } : { min: 0, max: 23 };
    if (type === 'dayPeriod') return { min: 0, max: 1 };
    return { min: 0, max: 59 };
  };
  const startValue = (type: SegmentType, up: boolean) => {
    const { min, max } = bounds(type);
    return up ? min : max;
  };
  const display = (type: SegmentType, number: number) => {
    if (type === 'dayPeriod') return periods[number] ?? '';
    // A 12-hour clock writes its hour unpadded (`3:05 PM`), a 24-hour one padded (`09:05`).
    return padded(locale, number, type === 'hour' && cycle === 12 ? 1 : 2);
  };
  const firstLetter = (word: string) => word.charAt(0).toLocaleLowerCase(locale);

  return (
    <SegmentedField
      {...rest}
      ref={ref}
      component="TimeField"
      locale={locale}
      layout={layout}
      value={value}
      onValue={(next) => {
        setValue(next);
        onValueChange?.(next, next ? (readTime(next, 'TimeField', 'value') ?? null) : null);
      }}
      resetValue={initial}
      toSegments={toSegments}
      fromSegments={fromSegments}
      bounds={bounds}
      startValue={startValue}
      display={display}
      names={names}
      outOfBounds={false}
      dayPeriodKeys={
        // Where both words start alike (午前/午後), the Latin a/p still work.
        firstLetter(periods[0]) === firstLetter(periods[1])
          ? ['a', 'p']
          : [firstLetter(periods[0]), firstLetter(periods[1])]
      }
    />
  );
});
