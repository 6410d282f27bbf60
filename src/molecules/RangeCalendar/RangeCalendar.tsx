import { parseDate, type CalendarDate } from '@internationalized/date';
import { forwardRef, useMemo, useRef, useState, type HTMLAttributes } from 'react';
import { mergeRefs, reportUnchangeable } from '../../utils';
import { FormValue, useFormReset } from '../collection';
import {
  CalendarMonth,
  clampDate,
  dayWithTabStop,
  readConstraints,
  readDate,
  readRange,
  rangeBetween,
  reachableSpan,
  useLocale,
  useToday,
  type DateInput,
  type DateRange,
  type DateRangeInput,
} from '../dates';
import { useControllableState } from '../overlay';

export interface RangeCalendarProps extends Omit<
  HTMLAttributes<HTMLDivElement>,
  'defaultValue' | 'onChange' | 'children'
> {
  /**
   * The chosen range (controlled), both ends included: `{ start, end }` as ISO date strings or
   * `CalendarDate`s; `null` for none. Pair it with `onValueChange`.
   */
  value?: DateRangeInput | null;
  /**
   * The range chosen at first (uncontrolled); `form.reset()` returns to it.
   * @default null
   */
  defaultValue?: DateRangeInput | null;
  /** Called when a range is complete, with its ends as ISO strings, `start` first. */
  onValueChange?: (value: DateRange) => void;
  /**
   * The month shown first, when no range is chosen (any day of it).
   * @default today
   */
  defaultFocusedValue?: DateInput;
  /** The first day that can be chosen. */
  min?: DateInput;
  /** The last day that can be chosen. */
  max?: DateInput;
  /**
   * Days that cannot be chosen. A range never spans one: once its first end is chosen, the
   * days past the nearest unavailable day on either side are disabled.
   * @selector td > button[data-unavailable]
   */
  isDateUnavailable?: (date: CalendarDate) => boolean;
  /**
   * The BCP 47 locale: names, digits, the first day of the week and the direction.
   * @default document.documentElement.lang, else navigator.language, else 'en-US' (server)
   */
  locale?: string;
  /**
   * Days show but cannot be focused or chosen.
   * @default false
   * @selector [data-disabled]
   */
  disabled?: boolean;
  /**
   * Days can be browsed, not chosen.
   * @default false
   * @selector [data-readonly]
   */
  readOnly?: boolean;
  /**
   * Submits the range with a native form under this name, as an ISO 8601 interval
   * (`2026-03-09/2026-03-15`); empty when none is chosen.
   */
  name?: string;
  /** The id of the form the calendar belongs to, when it is not inside it. */
  form?: string;
  /**
   * A form cannot be submitted while no range is chosen.
   * @default false
   */
  required?: boolean;
  /** The accessible name of the calendar; the month heading is added to it. */
  label?: string;
  /**
   * The previous-month button's name (translate it here).
   * @default 'Previous month'
   */
  prevLabel?: string;
  /**
   * The next-month button's name (translate it here).
   * @default 'Next month'
   */
  nextLabel?: string;
  /**
   * Focuses the range's start (or today) when the calendar mounts.
   * @default false
   */
  autoFocus?: boolean;
}

/** The ISO interval form submits (`start/end`). */
const interval = (range: DateRange | null) => (range ? `${range.start}/${range.end}` : null);

/**
 * A month of days to choose a range from: a first day (click, Enter or Space), then a last
 * one; between the two, the pointer or the focused day previews the range, and Escape drops
 * the first end. The ends come back in order whichever is chosen first. Keyboard, locale, min,
 * max and unavailable days as in Calendar; a range never spans an unavailable day. `name`
 * submits the ISO interval `start/end`; `form.reset()` restores the default. The ref reaches
 * the root `role="group"` element.
 *
 * @selector .cal-calendar — the root (as Calendar), `[data-choosing]` while one end is chosen; days of the range
 * `td[data-in-range]`, its ends `td[data-range-start]` and `td[data-range-end]`
 * (`[data-in-range]` too); while one end is chosen, these mark the range previewed to the
 * hovered (else the focused) day
 * @selector [data-part="nav"][data-direction], td > button[data-unavailable],
 * td > button[data-date] — as in Calendar
 */
export const RangeCalendar = forwardRef<HTMLDivElement, RangeCalendarProps>(function RangeCalendar(
  {
    value: valueProp,
    defaultValue = null,
    onValueChange,
    defaultFocusedValue,
    min,
    max,
    isDateUnavailable,
    locale: localeProp,
    disabled = false,
    readOnly = false,
    name,
    form,
    required,
    label,
    prevLabel = 'Previous month',
    nextLabel = 'Next month',
    autoFocus,
    ...rest
  },
  forwardedRef,
) {
  // Inline NODE_ENV check: production bundles drop the message (see toastStore.ts).
  if (typeof process !== 'undefined' && process.env.NODE_ENV !== 'production') {
    reportUnchangeable(
      'RangeCalendar',
      { value: valueProp, onValueChange, readOnly, disabled },
      'value',
      'onValueChange',
      true,
    );
  }
  const locale = useLocale(localeProp);
  const today = parseDate(useToday());
  const constraints = readConstraints(min, max, isDateUnavailable, 'RangeCalendar');
  // The default is read once, as React DOM's.
  const [initial] = useState(() =>
    interval(readRange(defaultValue, 'RangeCalendar', 'defaultValue')),
  );
  const controlled =
    valueProp === undefined ? undefined : interval(readRange(valueProp, 'RangeCalendar', 'value'));
  // Held as the interval string: one comparable value for controlled and uncontrolled use.
  const [value, setValue] = useControllableState<string | null>(controlled, initial);
  const range = value ? readRange(parseInterval(value), 'RangeCalendar', 'value') : null;

  const [anchor, setAnchor] = useState<CalendarDate | null>(null);
  const [hovered, setHovered] = useState<CalendarDate | null>(null);
  const [focused, setFocused] = useState<CalendarDate>(() => {
    const start = range ? parseDate(range.start) : null;
    return (
      start ??
      // Inside min..max: a month of disabled days would hold the tab stop.
      clampDate(
        readDate(defaultFocusedValue, 'RangeCalendar', 'defaultFocusedValue') ?? today,
        constraints,
      )
    );
  });
  const [shownValue, setShownValue] = useState(value);
  if (shownValue !== value) {
    setShownValue(value);
    if (range) setFocused(parseDate(range.start));
  }

  // While one end is chosen, the other must be reachable without crossing an unavailable day.
  const span = anchor ? reachableSpan(anchor, constraints) : constraints;
  const preview = anchor ? rangeBetween(anchor, hovered ?? focused) : null;
  const marks =
    preview ?? (range ? { start: parseDate(range.start), end: parseDate(range.end) } : null);

  const rootRef = useRef<HTMLDivElement>(null);
  const ref = useMemo(() => mergeRefs(rootRef, forwardedRef), [forwardedRef]);
  useFormReset(
    rootRef,
    () => {
      setAnchor(null);
      setValue(initial);
    },
    form,
  );
  const focusTarget = useMemo(() => dayWithTabStop(rootRef), []);

  const select = (date: CalendarDate) => {
    if (!anchor) {
      setAnchor(date);
      setHovered(null);
      return;
    }
    const chosen = rangeBetween(anchor, date);
    const next = { start: chosen.start.toString(), end: chosen.end.toString() };
    setAnchor(null);
    setHovered(null);
    if (interval(next) !== value) {
      setValue(interval(next));
      onValueChange?.(next);
    }
  };

  return (
    <>
      <CalendarMonth
        {...rest}
        component="RangeCalendar"
        rootRef={ref}
        locale={locale}
        focused={focused}
        onFocusedChange={setFocused}
        today={today}
        constraints={anchor ? { ...constraints, ...span } : constraints}
        isSelected={(date) =>
          marks !== null && date.compare(marks.start) >= 0 && date.compare(marks.end) <= 0
        }
        range={marks}
        onSelect={select}
        onHover={anchor ? setHovered : undefined}
        onEscape={(event) => {
          if (!anchor) return;
          // Consumed only while a range is half chosen, so an enclosing popover still closes.
          event.preventDefault();
          setAnchor(null);
          setHovered(null);
        }}
        onPointerLeave={() => setHovered(null)}
        data-choosing={anchor ? '' : undefined}
        disabled={disabled}
        readOnly={readOnly}
        label={label}
        prevLabel={prevLabel}
        nextLabel={nextLabel}
        autoFocus={autoFocus}
      />
      <FormValue
        name={name}
        form={form}
        values={value ? [value] : []}
        multiple={false}
        disabled={disabled}
        required={required}
        focusTarget={focusTarget}
      />
    </>
  );
});

const parseInterval = (value: string) => {
  const [start = '', end = ''] = value.split('/');
  return { start, end };
};
