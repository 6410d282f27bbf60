import { parseDate, type CalendarDate } from '@internationalized/date';
import {
  forwardRef,
  useId,
  useMemo,
  useRef,
  useState,
  type HTMLAttributes,
  type KeyboardEvent,
} from 'react';
import { Field, useField, type FieldTextProps } from '../../atoms/Field';
import { controlClass } from '../../atoms/FieldControl';
import {
  cx,
  mergeRefs,
  reportUnchangeable,
  reportUnknownValues,
  useBrowserLayoutEffect,
} from '../../utils';
import { FormValue } from '../collection';
import {
  dateLayout,
  dateSegmentLogic,
  dayWithTabStop,
  isoDate,
  readConstraints,
  readDate,
  readRange,
  SegmentGroup,
  segmentedFieldSizes,
  segmentNames,
  todayIso,
  useLocale,
  useToday,
  ValidityProxy,
  type DateInput,
  type DateRangeInput,
  type SegmentedFieldSize,
} from '../dates';
import { segmentFieldClass } from '../dates/SegmentedField.styles';
import { CalendarButton } from '../DatePicker/calendarButton';
import { datePickerPopupClass } from '../DatePicker/DatePicker.styles';
import type { CalendarPopoverProps } from '../DatePicker/DatePicker';
import { useFocusReturn } from '../DatePicker/useFocusReturn';
import { useControllableState } from '../overlay';
import { Popover } from '../Popover';
import { RangeCalendar } from '../RangeCalendar';
import { dateRangeFieldClass } from './DateRangePicker.styles';
import { rangeProblem, type RangeProblem } from './rangeProblem';

/** A range as DateRangePicker reports it: ISO dates, either end `null` while it is empty. */
export interface DateRangeValue {
  start: string | null;
  end: string | null;
}

/** A range as DateRangePicker takes it: ISO strings or `CalendarDate`s, either end may be empty. */
export interface DateRangePickerInput {
  start?: DateInput | null;
  end?: DateInput | null;
}

/** A shortcut beside the calendar: its range is computed from today when the picker opens. */
export interface DateRangePreset {
  /** The button's text ("Last 7 days", "This month"). */
  label: string;
  /** The range, from the day the picker opened (never a day fixed at import). */
  value: (today: CalendarDate) => DateRangeInput;
}

export interface DateRangePickerProps
  extends
    FieldTextProps,
    CalendarPopoverProps,
    Omit<HTMLAttributes<HTMLDivElement>, 'children' | 'onChange' | 'defaultValue'> {
  /**
   * The range (controlled): `{ start, end }`, each an ISO date string or a `CalendarDate`, or
   * `null` while that end is empty. Pair it with `onValueChange`.
   */
  value?: DateRangePickerInput | null;
  /**
   * The range at first (uncontrolled); `form.reset()` returns to it.
   * @default null
   */
  defaultValue?: DateRangePickerInput | null;
  /**
   * Called with both ends (ISO strings, `null` while empty) whenever either changes: typed in
   * its segments, chosen in the calendar or from a preset. A range in the wrong order is
   * reported as typed (and shown invalid), never silently swapped.
   */
  onValueChange?: (value: DateRangeValue) => void;
  /** The earliest day either end may be; earlier days are disabled in the calendar. */
  min?: DateInput;
  /** The latest day either end may be. */
  max?: DateInput;
  /**
   * Days that cannot be in the range: disabled in the calendar, and a typed range that spans
   * one is invalid (`unavailableErrorLabel`).
   */
  isDateUnavailable?: (date: CalendarDate) => boolean;
  /**
   * The BCP 47 locale: segment order, digits, names, the first day of the week, the direction.
   * @default document.documentElement.lang, else navigator.language, else 'en-US' (server)
   */
  locale?: string;
  /**
   * Both ends are needed: shows the marker and stops a native form's submit while either is empty.
   * @default false
   */
  required?: boolean;
  /**
   * Nothing can be focused, changed or opened, and nothing is submitted.
   * @default false
   * @selector [data-disabled] — on the field
   */
  disabled?: boolean;
  /**
   * The range shows and submits; the segments can be focused, not changed; the calendar does not open.
   * @default false
   * @selector [data-readonly] — on the field box
   */
  readOnly?: boolean;
  /**
   * Height, padding and type size (`size.control.*`).
   * @default 'md'
   * @selector [data-size="sm" | "lg"]
   */
  size?: SegmentedFieldSize;
  /**
   * Submits the ends with a native form as `${name}.start` and `${name}.end` (ISO dates, empty
   * while incomplete). `startName` and `endName` override either.
   */
  name?: string;
  /**
   * The form field name of the start (react-aria's `startName`).
   * @default `${name}.start`
   */
  startName?: string;
  /**
   * The form field name of the end (react-aria's `endName`).
   * @default `${name}.end`
   */
  endName?: string;
  /** The id of the form the picker belongs to, when it is not inside it. */
  form?: string;
  /**
   * Shortcuts beside the calendar (`{ label: 'Last 7 days', value: (today) => ({ start:
   * today.add({ days: -6 }), end: today }) }`), computed from the day the picker opens.
   * @selector [data-part="preset"]
   */
  presets?: readonly DateRangePreset[];
  /**
   * The calendar button's and the calendar dialog's name (translate it here).
   * @default 'Choose dates'
   */
  calendarLabel?: string;
  /**
   * The start field's name, before the picker's label (`Start date, Trip`).
   * @default 'Start date'
   */
  startLabel?: string;
  /**
   * The end field's name.
   * @default 'End date'
   */
  endLabel?: string;
  /**
   * The day segments' name for screen readers.
   * @default the locale's word for "day" (Intl.DisplayNames)
   */
  dayLabel?: string;
  /**
   * The month segments' name.
   * @default the locale's word for "month"
   */
  monthLabel?: string;
  /**
   * The year segments' name.
   * @default the locale's word for "year"
   */
  yearLabel?: string;
  /**
   * What a screen reader hears for an empty segment.
   * @default 'Empty'
   */
  emptyLabel?: string;
  /**
   * The message when the end is before the start (an `error` prop replaces it).
   * @default 'The end date is before the start date.'
   */
  orderErrorLabel?: string;
  /**
   * The message when a date is outside `min`..`max`.
   * @default 'A date is outside the dates that can be chosen.'
   */
  outOfBoundsErrorLabel?: string;
  /**
   * The message when the range holds an unavailable day.
   * @default 'The range includes a date that is not available.'
   */
  unavailableErrorLabel?: string;
}

type End = 'start' | 'end';

/**
 * Two segmented date fields, start and end, in one group with a calendar button that opens a
 * RangeCalendar in a popover (the APG date picker dialog): type either end, or open the
 * calendar (the button, or Alt+ArrowDown in a field), choose the first and the last day with
 * the grid keys (arrows, PageUp/PageDown, Shift+Page keys, Home/End, across months), Enter or
 * Space; Escape drops a half-chosen range, then closes, and focus returns to the button.
 * Presets beside the month are computed from the day the picker opens. The end before the
 * start, a date outside `min`/`max` or a range spanning an unavailable day is invalid, with a
 * message. `name` submits `${name}.start` and `${name}.end` (ISO dates); `form.reset()`
 * restores the default. With react-hook-form use a `Controller` (`value`, `onValueChange`,
 * `ref`). The ref reaches the `role="group"` that holds both fields.
 *
 * @selector .cal-date-range-field — the box (with `.cal-field-control` and `.cal-segmented-field`),
 * each end a `[role="group"][data-part="start" | "end"]`, the dash `[data-part="range-separator"]`,
 * the button `[data-part="calendar-button"]`
 * @selector [data-part="start" | "end"][data-empty] — an end while all its segments are empty;
 * segments `[role="spinbutton"][data-segment]`, `[data-placeholder]` while empty, as in DateField
 * @selector .cal-popover.cal-date-picker-popup — the open calendar, `.cal-calendar` inside, its
 * days as in RangeCalendar (`td[data-in-range]`, `td[data-range-start]`, `td[data-range-end]`,
 * `td > button[data-unavailable]`)
 */
export const DateRangePicker = forwardRef<HTMLDivElement, DateRangePickerProps>(
  function DateRangePicker(
    {
      value: valueProp,
      defaultValue = null,
      onValueChange,
      min,
      max,
      isDateUnavailable,
      locale: localeProp,
      label,
      hideLabel = false,
      description,
      error,
      invalid,
      required = false,
      disabled = false,
      readOnly = false,
      size = 'md',
      name,
      startName = name === undefined ? undefined : `${name}.start`,
      endName = name === undefined ? undefined : `${name}.end`,
      form,
      open: openProp,
      defaultOpen = false,
      onOpenChange,
      presets,
      placement = 'bottom-start',
      calendarLabel = 'Choose dates',
      prevLabel = 'Previous month',
      nextLabel = 'Next month',
      startLabel = 'Start date',
      endLabel = 'End date',
      dayLabel,
      monthLabel,
      yearLabel,
      emptyLabel = 'Empty',
      orderErrorLabel = 'The end date is before the start date.',
      outOfBoundsErrorLabel = 'A date is outside the dates that can be chosen.',
      unavailableErrorLabel = 'The range includes a date that is not available.',
      id,
      className,
      style,
      onKeyDown,
      onFocus,
      ...rest
    },
    forwardedRef,
  ) {
    // Inline NODE_ENV check: production bundles drop the message (see toastStore.ts).
    if (typeof process !== 'undefined' && process.env.NODE_ENV !== 'production') {
      reportUnchangeable(
        'DateRangePicker',
        { value: valueProp, onValueChange, readOnly, disabled },
        'value',
        'onValueChange',
        true,
      );
      // `placement` goes to the Popover, which reports it.
      reportUnknownValues('DateRangePicker', { size: [size, segmentedFieldSizes] });
    }
    const component = 'DateRangePicker';
    const locale = useLocale(localeProp);
    const today = parseDate(useToday());
    const constraints = readConstraints(min, max, isDateUnavailable, component);
    // The default is read once, as React DOM's.
    const [initial] = useState(() => ({
      start: isoDate(defaultValue?.start, component, 'defaultValue.start'),
      end: isoDate(defaultValue?.end, component, 'defaultValue.end'),
    }));
    const controlled = (end: End) =>
      valueProp === undefined ? undefined : isoDate(valueProp?.[end], component, `value.${end}`);
    const [start, setStart] = useControllableState(controlled('start'), initial.start);
    const [end, setEnd] = useControllableState(controlled('end'), initial.end);

    // The range as last reported: a form reset sets both ends in one event, before a render.
    const latest = useRef<DateRangeValue>({ start, end });
    useBrowserLayoutEffect(() => {
      latest.current = { start, end };
    });
    const change = (next: Partial<DateRangeValue>) => {
      const range = { ...latest.current, ...next };
      if (range.start === latest.current.start && range.end === latest.current.end) return;
      latest.current = range;
      setStart(range.start);
      setEnd(range.end);
      onValueChange?.(range);
    };

    const [openState, setOpenState] = useControllableState(openProp, defaultOpen, onOpenChange);
    const open = openState && !disabled && !readOnly;
    // Today is read when the picker opens (not at import, not on every render): presets such
    // as "Last 7 days" are right after midnight.
    const [openedOn, setOpenedOn] = useState(() => parseDate(todayIso()));
    const [wasOpen, setWasOpen] = useState(false);
    if (open !== wasOpen) {
      setWasOpen(open);
      if (open) setOpenedOn(parseDate(todayIso()));
    }

    const startDate = readDate(start, component, 'value.start');
    const endDate = readDate(end, component, 'value.end');
    const problem = rangeProblem(startDate, endDate, constraints);
    const messages: Record<RangeProblem, string> = {
      order: orderErrorLabel,
      outOfBounds: outOfBoundsErrorLabel,
      unavailable: unavailableErrorLabel,
    };

    const ids = useField({
      component,
      id,
      label,
      description,
      error: error ?? (problem ? messages[problem] : undefined),
      invalid,
      'aria-label': rest['aria-label'],
      'aria-labelledby': rest['aria-labelledby'],
      'aria-describedby': rest['aria-describedby'],
    });
    const labelledBy = rest['aria-labelledby'] ?? (label ? ids.labelId : undefined);

    const groupRef = useRef<HTMLDivElement>(null);
    const buttonRef = useRef<HTMLButtonElement>(null);
    useFocusReturn(open, groupRef, buttonRef);
    const ref = useMemo(() => mergeRefs(groupRef, forwardedRef), [forwardedRef]);
    const calendarRef = useRef<HTMLDivElement>(null);
    const initialFocus = useMemo(() => dayWithTabStop(calendarRef), []);
    const popupId = `${useId().replace(/:/g, '')}-calendar`;

    const layout = useMemo(() => dateLayout(locale), [locale]);
    const localeNames = useMemo(() => segmentNames(locale), [locale]);
    const names = {
      ...localeNames,
      day: dayLabel ?? localeNames.day,
      month: monthLabel ?? localeNames.month,
      year: yearLabel ?? localeNames.year,
    };
    const logic = dateSegmentLogic(locale, today);

    const endField = (end: End, value: string | null) => {
      const endId = `${ids.inputId}-${end}`;
      return (
        <SegmentGroup
          {...logic}
          id={endId}
          data-part={end}
          component={component}
          locale={locale}
          layout={layout}
          value={value}
          onValue={(next) => change({ [end]: next })}
          resetValue={initial[end]}
          names={names}
          outOfBounds={problem !== null}
          aria-label={end === 'start' ? startLabel : endLabel}
          // Each segment is named "Day, Start date, Trip": its own name, its end, the picker.
          labelId={[endId, labelledBy].filter(Boolean).join(' ')}
          describedBy={ids.describedBy}
          invalid={ids.invalid}
          required={required}
          disabled={disabled}
          readOnly={readOnly}
          emptyLabel={emptyLabel}
          form={form}
          // Typing the start's year (or ArrowRight past it) goes on to the end; ArrowLeft or
          // Backspace before the end's first segment comes back to the start, as in react-aria.
          onEdge={(step) => {
            if ((end === 'start') !== (step === 1)) return;
            const spinbuttons = groupRef.current?.querySelectorAll<HTMLElement>(
              `[data-part="${end === 'start' ? 'end' : 'start'}"] [role="spinbutton"]`,
            );
            spinbuttons?.[step === 1 ? 0 : spinbuttons.length - 1]?.focus();
          }}
        />
      );
    };

    // The calendar shows a range only when it is one: both ends, in order.
    const shownRange =
      startDate && endDate && problem !== 'order' ? { start: startDate, end: endDate } : null;
    const presetRanges = (presets ?? []).map((preset) => {
      const range = readRange(preset.value(openedOn), component, `presets (${preset.label})`);
      const blocked =
        !range || rangeProblem(parseDate(range.start), parseDate(range.end), constraints) !== null;
      return { label: preset.label, range, blocked };
    });

    return (
      <>
        <Field
          ids={ids}
          label={label}
          hideLabel={hideLabel}
          labelElement="span"
          description={description}
          error={error ?? (problem ? messages[problem] : undefined)}
          required={required}
          disabled={disabled}
          className={className}
          style={style}
          onClick={(event) => {
            // Pressing the label or the box's padding focuses the first segment, as a <label> would.
            const target = event.target as Element;
            if (!disabled && !target.closest('[role="spinbutton"], button')) {
              groupRef.current?.querySelector<HTMLElement>('[role="spinbutton"]')?.focus();
            }
          }}
        >
          <div
            {...rest}
            ref={ref}
            id={ids.inputId}
            role="group"
            tabIndex={-1}
            aria-labelledby={labelledBy}
            aria-describedby={ids.describedBy}
            aria-disabled={disabled || undefined}
            className={cx(controlClass, segmentFieldClass, dateRangeFieldClass)}
            data-size={size === 'md' ? undefined : size}
            data-readonly={readOnly || undefined}
            onFocus={(event) => {
              onFocus?.(event);
              // Focus sent to the group (a form library's `ref.focus()`, the popover handing
              // focus back) goes on to the first segment.
              if (event.target === event.currentTarget) {
                event.currentTarget.querySelector<HTMLElement>('[role="spinbutton"]')?.focus();
              }
            }}
            onKeyDown={(event: KeyboardEvent<HTMLDivElement>) => {
              onKeyDown?.(event);
              // Alt+ArrowDown opens the calendar from a field, as a native date input does.
              if (!event.defaultPrevented && event.altKey && event.key === 'ArrowDown') {
                event.preventDefault();
                setOpenState(true);
              }
            }}
          >
            {endField('start', start)}
            <span data-part="range-separator" aria-hidden="true">
              –
            </span>
            {endField('end', end)}
            <CalendarButton
              component={component}
              label={calendarLabel}
              open={open}
              popupId={popupId}
              buttonRef={buttonRef}
              disabled={disabled}
              onPress={() => {
                if (!readOnly) setOpenState(!open);
              }}
            />
            {(['start', 'end'] as const).map((part) => (
              <FormValue
                key={part}
                name={part === 'start' ? startName : endName}
                form={form}
                values={part === 'start' ? (start ? [start] : []) : end ? [end] : []}
                multiple={false}
                disabled={disabled}
                required={required}
                focusTarget={groupRef}
              />
            ))}
            {/* Disabled and read-only fields are not validated, as native ones. */}
            {disabled || readOnly ? null : (
              <ValidityProxy
                message={problem ? messages[problem] : ''}
                form={form}
                focusTarget={groupRef}
              />
            )}
          </div>
        </Field>
        <Popover
          id={popupId}
          open={open}
          onOpenChange={setOpenState}
          anchorRef={groupRef}
          placement={placement}
          aria-label={calendarLabel}
          initialFocus={initialFocus}
          className={datePickerPopupClass}
        >
          <RangeCalendar
            ref={calendarRef}
            locale={locale}
            value={shownRange}
            defaultFocusedValue={start ?? end ?? undefined}
            onValueChange={(range) => {
              change(range);
              setOpenState(false);
            }}
            min={min}
            max={max}
            isDateUnavailable={isDateUnavailable}
            prevLabel={prevLabel}
            nextLabel={nextLabel}
          />
          {presetRanges.length > 0 ? (
            <ul data-part="presets">
              {presetRanges.map(({ label: text, range, blocked }) => (
                <li key={text}>
                  <button
                    type="button"
                    data-part="preset"
                    aria-pressed={Boolean(range && range.start === start && range.end === end)}
                    disabled={blocked}
                    onClick={() => {
                      if (!range) return;
                      change(range);
                      setOpenState(false);
                    }}
                  >
                    {text}
                  </button>
                </li>
              ))}
            </ul>
          ) : null}
        </Popover>
      </>
    );
  },
);
