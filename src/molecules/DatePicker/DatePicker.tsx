import { parseDate, type CalendarDate } from '@internationalized/date';
import { forwardRef, useId, useMemo, useRef, useState } from 'react';
import { useFocusReturn } from './useFocusReturn';
import { mergeRefs, reportUnchangeable } from '../../utils';
import { DateFieldBase, type DateFieldProps } from '../DateField/DateField';
import {
  CalendarMonth,
  clampDate,
  dayWithTabStop,
  isBlocked,
  isoDate,
  readConstraints,
  readDate,
  todayIso,
  useLocale,
  type DateInput,
} from '../dates';
import { useControllableState, type OverlayPlacement } from '../overlay';
import { Popover } from '../Popover';
import { CalendarButton } from './calendarButton';
import { datePickerPopupClass } from './DatePicker.styles';

/** A shortcut beside the calendar: its day is computed from today when the picker opens. */
export interface DatePreset {
  /** The button's text ("Today", "In a week"). */
  label: string;
  /** The day, from the day the picker opened (never a day fixed at import). */
  value: (today: CalendarDate) => DateInput;
}

/** Where the calendar opens, below (or above) the field, aligned to its start or end. */
export const datePickerPlacements = [
  'bottom-start',
  'bottom-end',
  'top-start',
  'top-end',
] as const satisfies readonly OverlayPlacement[];
export type DatePickerPlacement = (typeof datePickerPlacements)[number];

/** The calendar popover's props, shared by DatePicker and DateRangePicker. */
export interface CalendarPopoverProps {
  /** Whether the calendar is open, controlled. Pair it with `onOpenChange`. */
  open?: boolean;
  /**
   * Whether the calendar starts open, when uncontrolled.
   * @default false
   */
  defaultOpen?: boolean;
  /** Called with `true` when the calendar opens and `false` when it closes. */
  onOpenChange?: (open: boolean) => void;
  /**
   * Where the calendar opens; it flips when there is no room.
   * @default 'bottom-start'
   */
  placement?: DatePickerPlacement;
  /**
   * The previous-month button's name.
   * @default 'Previous month'
   */
  prevLabel?: string;
  /**
   * The next-month button's name.
   * @default 'Next month'
   */
  nextLabel?: string;
}

export interface DatePickerProps extends DateFieldProps, CalendarPopoverProps {
  /**
   * Shortcuts beside the calendar (`{ label: 'Today', value: (today) => today }`), computed
   * from the day the picker opens.
   * @selector [data-part="preset"]
   */
  presets?: readonly DatePreset[];
  /**
   * The calendar button's name (translate it here).
   * @default 'Choose a date'
   */
  calendarLabel?: string;
}

/**
 * A DateField with a calendar button that opens a month in a popover (the APG date picker
 * dialog): type the date in segments, or open the calendar (the button, or Alt+ArrowDown in
 * the field) and choose a day with the grid keys (arrows, PageUp/PageDown, Shift+Page keys,
 * Home/End, across months), Enter or Space; Escape closes it and focus returns to the button.
 * Presets beside the month are computed from the day the picker opens. `min`, `max` and
 * `isDateUnavailable` disable days in the calendar and mark a typed one invalid. The value is
 * an ISO date string; `name` submits it; `form.reset()` restores the default. The ref reaches
 * the field's `role="group"`.
 *
 * @selector .cal-segmented-field — the field box, as DateField, with `[data-part="calendar-button"]`
 * @selector .cal-popover.cal-date-picker-popup — the open calendar, `.cal-calendar` inside, its
 * days as in Calendar (`td > button[data-unavailable]`, `td > button[data-date]`)
 */
export const DatePicker = forwardRef<HTMLDivElement, DatePickerProps>(function DatePicker(
  {
    value: valueProp,
    defaultValue = null,
    onValueChange,
    open: openProp,
    defaultOpen = false,
    onOpenChange,
    presets,
    placement = 'bottom-start',
    calendarLabel = 'Choose a date',
    prevLabel = 'Previous month',
    nextLabel = 'Next month',
    min,
    max,
    isDateUnavailable,
    locale: localeProp,
    disabled = false,
    readOnly = false,
    onKeyDown,
    ...rest
  },
  forwardedRef,
) {
  // Inline NODE_ENV check: production bundles drop the message (see toastStore.ts).
  if (typeof process !== 'undefined' && process.env.NODE_ENV !== 'production') {
    reportUnchangeable(
      'DatePicker',
      { value: valueProp, onValueChange, readOnly, disabled },
      'value',
      'onValueChange',
      true,
    );
  }
  const locale = useLocale(localeProp);
  const constraints = readConstraints(min, max, isDateUnavailable, 'DatePicker');
  const [initial] = useState(() => isoDate(defaultValue, 'DatePicker', 'defaultValue'));
  const controlled =
    valueProp === undefined ? undefined : isoDate(valueProp, 'DatePicker', 'value');
  const [value, setValue] = useControllableState<string | null>(controlled, initial);
  const [openState, setOpenState] = useControllableState(openProp, defaultOpen, onOpenChange);
  const open = openState && !disabled && !readOnly;

  // Today, and the day the grid focuses, are read when the picker opens (not at import, and
  // not on every render): presets such as "In a week" are right after midnight.
  const [openedOn, setOpenedOn] = useState(() => parseDate(todayIso()));
  const [focused, setFocused] = useState<CalendarDate>(() => openedOn);
  const startFocus = () => {
    const today = parseDate(todayIso());
    setOpenedOn(today);
    setFocused(readDate(value, 'DatePicker', 'value') ?? clampDate(today, constraints));
  };
  const [wasOpen, setWasOpen] = useState(false);
  if (open !== wasOpen) {
    setWasOpen(open);
    if (open) startFocus();
  }

  const groupRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  useFocusReturn(open, groupRef, buttonRef);
  const ref = useMemo(() => mergeRefs(groupRef, forwardedRef), [forwardedRef]);
  const calendarRef = useRef<HTMLDivElement>(null);
  const initialFocus = useMemo(() => dayWithTabStop(calendarRef), []);
  const popupId = `${useId().replace(/:/g, '')}-calendar`;

  const choose = (iso: string | null) => {
    setValue(iso);
    if (iso !== value) onValueChange?.(iso, iso ? parseDate(iso) : null);
  };
  const selected = readDate(value, 'DatePicker', 'value');
  const presetDays = (presets ?? []).map((preset) => ({
    label: preset.label,
    day: readDate(preset.value(openedOn), 'DatePicker', `presets (${preset.label})`),
  }));

  return (
    <>
      <DateFieldBase
        {...rest}
        ref={ref}
        component="DatePicker"
        locale={locale}
        value={value}
        defaultValue={initial}
        onValueChange={(iso) => choose(iso)}
        min={min}
        max={max}
        isDateUnavailable={isDateUnavailable}
        disabled={disabled}
        readOnly={readOnly}
        onKeyDown={(event) => {
          onKeyDown?.(event);
          // Alt+ArrowDown opens the calendar from the field, as a native date input does.
          if (!event.defaultPrevented && event.altKey && event.key === 'ArrowDown') {
            event.preventDefault();
            setOpenState(true);
          }
        }}
        endSlot={
          <CalendarButton
            component="DatePicker"
            label={calendarLabel}
            open={open}
            popupId={popupId}
            buttonRef={buttonRef}
            disabled={disabled}
            onPress={() => {
              if (!readOnly) setOpenState(!open);
            }}
          />
        }
      />
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
        <CalendarMonth
          component="DatePicker"
          rootRef={calendarRef}
          locale={locale}
          focused={focused}
          onFocusedChange={setFocused}
          today={openedOn}
          constraints={constraints}
          isSelected={(date) => selected !== null && date.compare(selected) === 0}
          onSelect={(date) => {
            choose(date.toString());
            setOpenState(false);
          }}
          disabled={false}
          readOnly={false}
          label={undefined}
          prevLabel={prevLabel}
          nextLabel={nextLabel}
        />
        {presetDays.length > 0 ? (
          <ul data-part="presets">
            {presetDays.map(({ label, day }) => (
              <li key={label}>
                <button
                  type="button"
                  data-part="preset"
                  aria-pressed={Boolean(day && selected && day.compare(selected) === 0)}
                  disabled={!day || isBlocked(day, constraints)}
                  onClick={() => {
                    if (!day) return;
                    choose(day.toString());
                    setOpenState(false);
                  }}
                >
                  {label}
                </button>
              </li>
            ))}
          </ul>
        ) : null}
      </Popover>
    </>
  );
});
