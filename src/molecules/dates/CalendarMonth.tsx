import { parseDate, type CalendarDate } from '@internationalized/date';
import { useEffect, useId, useRef, type HTMLAttributes, type KeyboardEvent, type Ref } from 'react';
import { visuallyHiddenClass } from '../../theme/sharedStyles';
import { cx } from '../../utils';
import { monthWeeks, moveByKey, weekDays } from './calendarGrid';
import { calendarClass } from './Calendar.styles';
import { clampDate, isBlocked, isOutOfRange, type DateConstraints } from './dateValue';
import { dateFormatter, formatDay, isRtlLocale, utcMidnight } from './format';

/** How a day of a range calendar is drawn. */
export interface RangeMarks {
  start: CalendarDate;
  end: CalendarDate;
}

export interface CalendarMonthProps extends Omit<
  HTMLAttributes<HTMLDivElement>,
  'children' | 'onSelect' | 'defaultValue'
> {
  /** Component name for development messages. */
  component: string;
  rootRef?: Ref<HTMLDivElement> | undefined;
  locale: string;
  /** The day with the roving tab stop; its month is the one shown. */
  focused: CalendarDate;
  onFocusedChange: (date: CalendarDate) => void;
  /** Today, for the `aria-current="date"` mark. */
  today: CalendarDate;
  constraints: DateConstraints;
  /** Chosen days (one for Calendar). */
  isSelected: (date: CalendarDate) => boolean;
  /** A range calendar's range (chosen, or previewed while one end is picked). */
  range?: RangeMarks | null | undefined;
  onSelect: (date: CalendarDate) => void;
  /** The pointer is over a day (a range calendar previews the range to it). */
  onHover?: ((date: CalendarDate) => void) | undefined;
  /** Escape in the grid (a range calendar drops its first end; a picker closes). */
  onEscape?: ((event: KeyboardEvent) => void) | undefined;
  disabled: boolean;
  readOnly: boolean;
  /** The accessible name of the calendar, before the month heading. */
  label: string | undefined;
  prevLabel: string;
  nextLabel: string;
  /** Focus the focused day when mounted (a picker's popover opening). */
  autoFocus?: boolean | undefined;
}

/** Two Gregorian days are the same day (`isSameDay` converts calendars, which these never need). */
const isSameDay = (a: CalendarDate, b: CalendarDate) => a.compare(b) === 0;

const chevron = (
  <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
    <path d="m15 18-6-6 6-6" />
  </svg>
);
const chevronNext = (
  <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
    <path d="m9 18 6-6-6-6" />
  </svg>
);

/**
 * One month of days as an APG date grid, shared by Calendar and RangeCalendar (and the
 * pickers' popovers): a header with previous/next month buttons and the month heading (a live
 * region, so the new month is announced), then a `<table role="grid">` whose days are buttons
 * with a roving tab stop. Keys move the focused day (see `moveByKey`), across months; the grid
 * follows the focused day's month, and focus follows the day.
 *
 * @selector [data-part="nav"][data-direction="previous" | "next"] — the month buttons
 * @selector td > button[data-date] — every day, its ISO date (`2026-03-09`); the grid reads it to
 * find the day a press or hover is on
 * @selector td > button[data-unavailable] — a day `isDateUnavailable` blocks, inside `min`/`max`
 * (days out of range are only `aria-disabled`)
 * @selector td[data-in-range] — a day of `range`, its ends included (a range calendar only)
 * @selector td[data-range-start], td[data-range-end] — the first and last day of `range`
 */
export function CalendarMonth({
  component,
  rootRef,
  locale,
  focused,
  onFocusedChange,
  today,
  constraints,
  isSelected,
  range,
  onSelect,
  onHover,
  onEscape,
  disabled,
  readOnly,
  label,
  prevLabel,
  nextLabel,
  autoFocus,
  className,
  ...rest
}: CalendarMonthProps) {
  const headingId = `${useId().replace(/:/g, '')}-heading`;
  const gridRef = useRef<HTMLTableElement>(null);
  // Set by the keyboard: after the render that shows the new day, move DOM focus to it.
  const focusNext = useRef(Boolean(autoFocus));

  useEffect(() => {
    if (!focusNext.current) return;
    focusNext.current = false;
    gridRef.current?.querySelector<HTMLButtonElement>('button[tabindex="0"]')?.focus();
  }, [focused]);

  const monthFormat = dateFormatter(locale, { month: 'long', year: 'numeric' }, component);
  const dayFormat = dateFormatter(locale, { day: 'numeric' }, component);
  const fullFormat = dateFormatter(
    locale,
    { weekday: 'long', year: 'numeric', month: 'long', day: 'numeric' },
    component,
  );
  const narrowWeekday = dateFormatter(locale, { weekday: 'narrow' }, component);
  const longWeekday = dateFormatter(locale, { weekday: 'long' }, component);
  const heading = formatDay(monthFormat, focused);
  const weeks = monthWeeks(focused, locale);
  const interactive = !disabled && !readOnly;

  const [firstOfMonth, prevMonthEnd] = [
    focused.set({ day: 1 }),
    focused.set({ day: 1 }).add({ days: -1 }),
  ];
  const nextMonthStart = firstOfMonth.add({ months: 1 });
  const prevDisabled =
    disabled || (constraints.min !== null && prevMonthEnd.compare(constraints.min) < 0);
  const nextDisabled =
    disabled || (constraints.max !== null && nextMonthStart.compare(constraints.max) > 0);

  const move = (next: CalendarDate, viaKeyboard: boolean) => {
    const target = clampDate(next, constraints);
    if (viaKeyboard) focusNext.current = true;
    if (!isSameDay(target, focused)) onFocusedChange(target);
    else if (viaKeyboard) {
      focusNext.current = false;
    }
  };

  const handleKeyDown = (event: KeyboardEvent<HTMLTableElement>) => {
    if (event.defaultPrevented || disabled) return;
    if (event.key === 'Escape') {
      onEscape?.(event);
      return;
    }
    const rtl = getComputedStyle(event.currentTarget).direction === 'rtl';
    const next = moveByKey(focused, event.key, event.shiftKey, rtl, locale);
    if (!next) return;
    event.preventDefault();
    move(next, true);
  };

  const dayDate = (target: EventTarget) => {
    const iso = (target as Element).closest?.('[data-date]')?.getAttribute('data-date');
    return iso ? parseDate(iso) : null;
  };

  return (
    <div
      {...rest}
      ref={rootRef}
      role="group"
      aria-label={label ? `${label}, ${heading}` : heading}
      dir={rest.dir ?? (isRtlLocale(locale) ? 'rtl' : undefined)}
      lang={rest.lang ?? locale}
      className={cx(calendarClass, className)}
      data-disabled={disabled || undefined}
      data-readonly={readOnly || undefined}
    >
      <div data-part="header">
        <button
          type="button"
          data-part="nav"
          data-direction="previous"
          aria-label={prevLabel}
          disabled={prevDisabled}
          onClick={() => move(focused.add({ months: -1 }), false)}
        >
          {chevron}
        </button>
        {/* Not an <h2>: the page around it owns the heading levels. */}
        <div id={headingId} data-part="heading" aria-live="polite">
          {heading}
        </div>
        <button
          type="button"
          data-part="nav"
          data-direction="next"
          aria-label={nextLabel}
          disabled={nextDisabled}
          onClick={() => move(focused.add({ months: 1 }), false)}
        >
          {chevronNext}
        </button>
      </div>
      <table
        ref={gridRef}
        role="grid"
        aria-labelledby={headingId}
        aria-disabled={disabled || undefined}
        aria-readonly={readOnly || undefined}
        onKeyDown={handleKeyDown}
        onClick={(event) => {
          const date = dayDate(event.target);
          if (!date || !interactive || isBlocked(date, constraints)) return;
          if (!isSameDay(date, focused)) onFocusedChange(date);
          onSelect(date);
        }}
        onPointerOver={
          onHover
            ? (event) => {
                const date = dayDate(event.target);
                if (date && interactive && !isBlocked(date, constraints)) onHover(date);
              }
            : undefined
        }
      >
        <thead>
          <tr>
            {weekDays(focused, locale).map((day) => (
              <th key={day.toString()} scope="col">
                <span aria-hidden="true">{formatDay(narrowWeekday, day)}</span>
                <span className={visuallyHiddenClass}>{formatDay(longWeekday, day)}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {weeks.map((week, index) => (
            <tr key={index}>
              {week.map((day, column) => {
                if (!day) return <td key={column} />;
                const blocked = isBlocked(day, constraints);
                const selected = isSelected(day);
                const iso = day.toString();
                const inRange = range
                  ? day.compare(range.start) >= 0 && day.compare(range.end) <= 0
                  : false;
                return (
                  <td
                    key={iso}
                    aria-selected={selected || undefined}
                    data-in-range={inRange || undefined}
                    data-range-start={(range && isSameDay(day, range.start)) || undefined}
                    data-range-end={(range && isSameDay(day, range.end)) || undefined}
                  >
                    <button
                      type="button"
                      data-date={iso}
                      tabIndex={!disabled && isSameDay(day, focused) ? 0 : -1}
                      aria-label={formatDay(fullFormat, day)}
                      aria-current={isSameDay(day, today) ? 'date' : undefined}
                      aria-disabled={blocked || disabled || undefined}
                      data-unavailable={(!isOutOfRange(day, constraints) && blocked) || undefined}
                    >
                      {dayNumber(dayFormat, day)}
                    </button>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The day number alone, in the locale's digits (`٢٩` in ar-EG; ja-JP's `29日` loses its `日`). */
function dayNumber(formatter: ReturnType<typeof dateFormatter>, day: CalendarDate): string {
  const parts = formatter.formatToParts(utcMidnight(day));
  return parts.find((part) => part.type === 'day')?.value ?? String(day.day);
}

/** A ref-like view of the day that has the tab stop in a calendar (for FormValue's focus). */
export function dayWithTabStop(root: { current: HTMLElement | null }) {
  return {
    get current() {
      return root.current?.querySelector<HTMLButtonElement>('td > button[tabindex="0"]') ?? null;
    },
  };
}
