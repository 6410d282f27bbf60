import { parseDate, type CalendarDate } from '@internationalized/date';
import { forwardRef, useMemo, useState, type HTMLAttributes, type ReactNode } from 'react';
import {
  dateLayout,
  dateSegmentLogic,
  isBlocked,
  isOutOfRange,
  isoDate,
  readConstraints,
  readDate,
  SegmentedField,
  segmentNames,
  useLocale,
  useToday,
  type DateInput,
  type SegmentedFieldOwnProps,
  type SegmentedFieldSize,
} from '../dates';
import { reportUnchangeable } from '../../utils';
import { useControllableState } from '../overlay';

export type DateFieldSize = SegmentedFieldSize;

export interface DateFieldProps
  extends
    SegmentedFieldOwnProps,
    Omit<HTMLAttributes<HTMLDivElement>, 'children' | 'onChange' | 'defaultValue'> {
  /**
   * The date (controlled): an ISO date string (`'2026-03-29'`) or a `CalendarDate`; `null` for
   * none. Never a JS `Date`. Pair it with `onValueChange`.
   */
  value?: DateInput | null;
  /**
   * The date at first (uncontrolled); `form.reset()` returns to it.
   * @default null
   */
  defaultValue?: DateInput | null;
  /**
   * Called with the ISO date (and the `CalendarDate`) when the segments complete a date, and
   * with `null` when they are cleared or no longer make one.
   */
  onValueChange?: (value: string | null, date: CalendarDate | null) => void;
  /** The earliest valid date; an earlier complete date marks the field invalid. */
  min?: DateInput;
  /** The latest valid date; a later complete date marks the field invalid. */
  max?: DateInput;
  /** Dates that are not valid (a complete one marks the field invalid). */
  isDateUnavailable?: (date: CalendarDate) => boolean;
  /**
   * The BCP 47 locale: the order and separators of the segments (`dd.MM.yyyy` in de-DE,
   * `MM/dd/yyyy` in en-US, `yyyy/MM/dd` in ja-JP), their digits and names.
   * @default document.documentElement.lang, else navigator.language, else 'en-US' (server)
   */
  locale?: string;
  /**
   * Shown, and reported by the browser on submit, while the date is before `min` or after
   * `max` (translate it here). An `error` is shown in its place.
   * @default 'The date is out of range.'
   */
  outOfBoundsErrorLabel?: string;
  /**
   * Shown, and reported by the browser on submit, while the date is unavailable.
   * @default 'The date is not available.'
   */
  unavailableErrorLabel?: string;
  /**
   * The day segment's name for screen readers (translate it here).
   * @default the locale's word for "day" (Intl.DisplayNames)
   */
  dayLabel?: string;
  /**
   * The month segment's name.
   * @default the locale's word for "month"
   */
  monthLabel?: string;
  /**
   * The year segment's name.
   * @default the locale's word for "year"
   */
  yearLabel?: string;
}

/** DateField with content at the end of its box: what DatePicker builds on. Not exported. */
export const DateFieldBase = forwardRef<
  HTMLDivElement,
  DateFieldProps & { component?: string; endSlot?: ReactNode }
>(function DateFieldBase(
  {
    component = 'DateField',
    value: valueProp,
    defaultValue = null,
    onValueChange,
    min,
    max,
    isDateUnavailable,
    locale: localeProp,
    dayLabel,
    monthLabel,
    yearLabel,
    outOfBoundsErrorLabel = 'The date is out of range.',
    unavailableErrorLabel = 'The date is not available.',
    ...rest
  },
  ref,
) {
  const locale = useLocale(localeProp);
  const today = parseDate(useToday());
  const constraints = readConstraints(min, max, isDateUnavailable, component);
  const [initial] = useState(() => isoDate(defaultValue, component, 'defaultValue'));
  const controlled = valueProp === undefined ? undefined : isoDate(valueProp, component, 'value');
  const [value, setValue] = useControllableState<string | null>(controlled, initial);
  const date = readDate(value, component, 'value');

  const layout = useMemo(() => dateLayout(locale), [locale]);
  const localeNames = useMemo(() => segmentNames(locale), [locale]);
  const names = {
    ...localeNames,
    day: dayLabel ?? localeNames.day,
    month: monthLabel ?? localeNames.month,
    year: yearLabel ?? localeNames.year,
  };

  return (
    <SegmentedField
      {...rest}
      ref={ref}
      component={component}
      locale={locale}
      layout={layout}
      value={value}
      onValue={(next) => {
        setValue(next);
        onValueChange?.(next, next ? parseDate(next) : null);
      }}
      resetValue={initial}
      {...dateSegmentLogic(locale, today)}
      names={names}
      outOfBounds={date !== null && isBlocked(date, constraints)}
      problem={
        date === null || !isBlocked(date, constraints)
          ? undefined
          : isOutOfRange(date, constraints)
            ? outOfBoundsErrorLabel
            : unavailableErrorLabel
      }
    />
  );
});

/**
 * A date typed in segments, day, month and year, in the locale's order and separators, each a
 * spinbutton: type its digits (it moves on when full), Up/Down step it, PageUp/PageDown by a
 * larger step, Home/End to its bounds, Left/Right between segments, Backspace clears. The
 * value is an ISO date string, never a JS `Date`; a complete date outside `min`/`max` or
 * unavailable marks the field invalid. `name` submits the ISO date (empty while incomplete);
 * `form.reset()` restores the default. With react-hook-form use a `Controller` (`value`,
 * `onValueChange`, `ref`: focusing the ref focuses the first segment). The ref reaches the
 * `role="group"` that holds the segments.
 *
 * @selector .cal-segmented-field — the box (with `.cal-field-control`), `[data-size]`,
 * `[data-readonly]`, `[data-empty]`; segments `[role="spinbutton"][data-segment="day" | "month" | "year"]`
 * with `[data-placeholder]` while empty; separators `[data-part="literal"]`
 */
export const DateField = forwardRef<HTMLDivElement, DateFieldProps>(function DateField(props, ref) {
  // Inline NODE_ENV check: production bundles drop the message (see toastStore.ts).
  if (typeof process !== 'undefined' && process.env.NODE_ENV !== 'production') {
    reportUnchangeable('DateField', props, 'value', 'onValueChange', true);
  }
  return <DateFieldBase {...props} ref={ref} />;
});
