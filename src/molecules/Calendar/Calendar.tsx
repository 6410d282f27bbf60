import { parseDate, type CalendarDate } from '@internationalized/date';
import { forwardRef, useMemo, useRef, useState, type HTMLAttributes } from 'react';
import { mergeRefs, reportUnchangeable } from '../../utils';
import { FormValue, useFormReset } from '../collection';
import {
  CalendarMonth,
  clampDate,
  dayWithTabStop,
  isoDate,
  readConstraints,
  readDate,
  useLocale,
  useToday,
  type DateInput,
} from '../dates';
import { useControllableState } from '../overlay';

export interface CalendarProps extends Omit<
  HTMLAttributes<HTMLDivElement>,
  'defaultValue' | 'onChange' | 'children'
> {
  /**
   * The chosen day (controlled): an ISO date string (`'2026-03-29'`) or a `CalendarDate`;
   * `null` for none. Never a JS `Date`. Pair it with `onValueChange`.
   */
  value?: DateInput | null;
  /**
   * The day chosen at first (uncontrolled); `form.reset()` returns to it.
   * @default null
   */
  defaultValue?: DateInput | null;
  /** Called with the chosen day as an ISO string, and as a `CalendarDate`. */
  onValueChange?: (value: string, date: CalendarDate) => void;
  /**
   * The month shown first, when no day is chosen (any day of it).
   * @default today
   */
  defaultFocusedValue?: DateInput;
  /** The first day that can be chosen; days before it are disabled and focus stops at it. */
  min?: DateInput;
  /** The last day that can be chosen; days after it are disabled and focus stops at it. */
  max?: DateInput;
  /**
   * Days that cannot be chosen (weekends, booked days). They stay focusable, are marked
   * `aria-disabled` and struck through.
   * @selector td > button[data-unavailable]
   */
  isDateUnavailable?: (date: CalendarDate) => boolean;
  /**
   * The BCP 47 locale: month and weekday names, digits, the first day of the week (Monday in
   * `de-DE`, Saturday in `ar-EG`) and the direction (`ar-EG` is right-to-left).
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
   * Days can be focused and browsed, not chosen.
   * @default false
   * @selector [data-readonly]
   */
  readOnly?: boolean;
  /** Submits the chosen day as an ISO string with a native form under this name. */
  name?: string;
  /** The id of the form the calendar belongs to, when it is not inside it. */
  form?: string;
  /**
   * A form cannot be submitted while no day is chosen.
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
   * Focuses the chosen day (or today) when the calendar mounts.
   * @default false
   */
  autoFocus?: boolean;
}

/**
 * A month of days to choose one from: the APG date grid. Arrow keys move by a day or a week,
 * PageUp/PageDown by a month, Shift+PageUp/PageDown by a year, Home/End to the edges of the
 * locale's week, across month and year edges; Enter or Space choose. One day has the tab stop
 * (roving tabindex). Every name and number comes from `locale`; the first day of the week too.
 * Values are ISO date strings or `CalendarDate`s: a chosen day never shifts with the time
 * zone. `name` submits the ISO date; `form.reset()` restores the default. The ref reaches the
 * root `role="group"` element.
 *
 * @selector .cal-calendar — the root, with `[data-disabled]`, `[data-readonly]`; parts
 * `[data-part="header" | "heading" | "nav"]`; days `td[aria-selected] > button[aria-current="date"]`
 * @selector [data-part="nav"][data-direction="previous" | "next"] — the month buttons
 * @selector td > button[data-unavailable] — a day `isDateUnavailable` blocks, inside `min`/`max`
 * @selector td > button[data-date] — each day, its ISO date (`2026-03-09`), which the grid reads
 */
export const Calendar = forwardRef<HTMLDivElement, CalendarProps>(function Calendar(
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
      'Calendar',
      { value: valueProp, onValueChange, readOnly, disabled },
      'value',
      'onValueChange',
      true,
    );
  }
  const locale = useLocale(localeProp);
  const today = parseDate(useToday());
  const constraints = readConstraints(min, max, isDateUnavailable, 'Calendar');
  // The default is read once, as React DOM's.
  const [initial] = useState(() => isoDate(defaultValue, 'Calendar', 'defaultValue'));
  const controlledIso =
    valueProp === undefined ? undefined : isoDate(valueProp, 'Calendar', 'value');
  const [value, setValue] = useControllableState<string | null>(controlledIso, initial);
  const selected = readDate(value, 'Calendar', 'value');

  const [focused, setFocused] = useState<CalendarDate>(
    () =>
      selected ??
      // Inside min..max: a month of disabled days would hold the tab stop.
      clampDate(
        readDate(defaultFocusedValue, 'Calendar', 'defaultFocusedValue') ?? today,
        constraints,
      ),
  );
  // A new value from outside shows its month.
  const [shownValue, setShownValue] = useState(value);
  if (shownValue !== value) {
    setShownValue(value);
    if (selected) setFocused(selected);
  }

  const rootRef = useRef<HTMLDivElement>(null);
  const ref = useMemo(() => mergeRefs(rootRef, forwardedRef), [forwardedRef]);
  useFormReset(rootRef, () => setValue(initial), form);
  // Where the browser's "required" message sends focus: the day with the tab stop.
  const focusTarget = useMemo(() => dayWithTabStop(rootRef), []);

  return (
    <>
      <CalendarMonth
        {...rest}
        component="Calendar"
        rootRef={ref}
        locale={locale}
        focused={focused}
        onFocusedChange={setFocused}
        today={today}
        constraints={constraints}
        isSelected={(date) => selected !== null && date.compare(selected) === 0}
        onSelect={(date) => {
          setValue(date.toString());
          if (date.toString() !== value) onValueChange?.(date.toString(), date);
        }}
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
