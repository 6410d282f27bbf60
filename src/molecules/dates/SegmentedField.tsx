import {
  forwardRef,
  useId,
  useMemo,
  useRef,
  useState,
  type FocusEvent,
  type HTMLAttributes,
  type KeyboardEvent,
  type ReactNode,
} from 'react';
import { Field, useField, type FieldTextProps } from '../../atoms/Field';
import { controlClass } from '../../atoms/FieldControl';
import { cx, mergeRefs, reportUnknownValues } from '../../utils';
import { FormValue, useFormReset } from '../collection';
import { segmentFieldClass } from './SegmentedField.styles';
import { ValidityProxy } from './ValidityProxy';
import {
  cycle,
  digitOf,
  segmentDigits,
  typeDigit,
  type LayoutPart,
  type SegmentType,
  type SegmentValues,
} from './segments';

/** Height, padding and type size of the field. */
export const segmentedFieldSizes = ['sm', 'md', 'lg'] as const;
export type SegmentedFieldSize = (typeof segmentedFieldSizes)[number];

/** The field props DateField and TimeField share (the rest of their API is their own). */
export interface SegmentedFieldOwnProps extends FieldTextProps {
  /**
   * Marks the field invalid without a message here.
   * @default Boolean(error), or a complete value out of bounds
   * @selector [data-invalid] — on the field
   */
  invalid?: boolean;
  /**
   * A value is needed: shows the marker and stops a native form's submit while empty.
   * @default false
   */
  required?: boolean;
  /**
   * The segments cannot be focused or changed, and nothing is submitted.
   * @default false
   * @selector [data-disabled] — on the field
   */
  disabled?: boolean;
  /**
   * The value shows and submits, and the segments can be focused, not changed.
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
  /** Submits the ISO value with a native form under this name (empty while incomplete). */
  name?: string;
  /** The id of the form the field belongs to, when it is not inside it. */
  form?: string;
  /**
   * What a screen reader hears for an empty segment (translate it here).
   * @default 'Empty'
   */
  emptyLabel?: string;
}

/** What the segments need: their layout, their value, and how to read and write it. */
export interface SegmentLogic {
  component: string;
  locale: string;
  layout: LayoutPart[];
  /** The committed value (ISO), from the owner. */
  value: string | null;
  /** Called with the ISO value when the segments complete it, and `null` when they no longer do. */
  onValue: (value: string | null) => void;
  /** The default, restored by a form reset. */
  resetValue: string | null;
  toSegments: (value: string | null) => SegmentValues;
  fromSegments: (segments: SegmentValues) => string | null;
  /** The bounds of a segment, given the others (the days of February). */
  bounds: (type: SegmentType, segments: SegmentValues) => { min: number; max: number };
  /** Where Up or Down start on an empty segment (this year, this hour). */
  startValue: (type: SegmentType, up: boolean) => number;
  /** A segment's value as the locale writes it. */
  display: (type: SegmentType, value: number) => string;
  /** The name of each segment. */
  names: Record<SegmentType, string>;
  /** The complete value breaks `min`, `max` or an unavailable day. */
  outOfBounds: boolean;
  /** Keys that set AM or PM (the first letters of the locale's words). */
  dayPeriodKeys?: [string, string] | undefined;
}

export interface SegmentedFieldProps
  extends
    SegmentedFieldOwnProps,
    SegmentLogic,
    Omit<HTMLAttributes<HTMLDivElement>, 'children' | 'onChange'> {
  /** Content at the end of the box (a DatePicker's calendar button). */
  endSlot?: ReactNode;
  /** Why the complete value is invalid (out of `min`/`max`): shown, and it stops a form. */
  problem?: string | undefined;
}

export interface SegmentGroupProps
  extends SegmentLogic, Omit<HTMLAttributes<HTMLDivElement>, 'children' | 'onChange'> {
  /** Names each segment after its own name (`Day, Birthday`). */
  labelId: string | undefined;
  describedBy: string | undefined;
  invalid: boolean;
  required: boolean;
  disabled: boolean;
  readOnly: boolean;
  emptyLabel: string;
  /** The form the reset listener watches, when the field is outside it. */
  form: string | undefined;
  /** Content after the segments, inside the group. */
  children?: ReactNode;
  /**
   * Focus would move past the last segment (`1`: a full segment typed, ArrowRight) or before
   * the first (`-1`: ArrowLeft, Backspace on an empty segment). Right-to-left is already applied.
   */
  onEdge?: ((step: 1 | -1) => void) | undefined;
}

/** A segment's page step: PageUp/PageDown change it by this much. */
const pageStep: Record<SegmentType, number> = {
  year: 5,
  month: 3,
  day: 7,
  hour: 2,
  minute: 15,
  second: 15,
  dayPeriod: 1,
};

/**
 * A `role="group"` of segments, each a `role="spinbutton"` tab stop, in the locale's order
 * with its separators. Digits type into a segment (any script: `٢` works) and move on when it
 * is full; Up/Down step it with wrap-around, PageUp/PageDown by a larger step, Home/End to its
 * bounds; Left/Right move between segments (mirrored in right-to-left); Backspace/Delete clear
 * it. DateField, TimeField and the pickers build on it; a range picker holds two.
 *
 * @selector [data-empty] — on the group while every segment is empty
 * @selector [role="spinbutton"][data-segment="year" | "month" | "day" | "hour" | "minute" |
 * "second" | "dayPeriod"] — each segment, by type (focus moves between segments by it)
 * @selector [data-placeholder] — a segment with no value, showing dashes
 */
export const SegmentGroup = forwardRef<HTMLDivElement, SegmentGroupProps>(function SegmentGroup(
  {
    component: _component,
    locale,
    layout,
    value,
    onValue,
    resetValue,
    toSegments,
    fromSegments,
    bounds,
    startValue,
    display,
    names,
    outOfBounds: _outOfBounds,
    dayPeriodKeys,
    labelId,
    describedBy,
    invalid,
    required,
    disabled,
    readOnly,
    emptyLabel,
    form,
    onEdge,
    id,
    onFocus,
    onBlur,
    children,
    ...rest
  },
  forwardedRef,
) {
  const groupId = useId();
  const baseId = id ?? `cal-segments${groupId.replace(/:/g, '')}`;
  const groupRef = useRef<HTMLDivElement>(null);
  const ref = useMemo(() => mergeRefs(groupRef, forwardedRef), [forwardedRef]);
  // The segments being edited. They follow the value when it changes from outside; while
  // they hold an incomplete value, the committed value is `null` and they keep what was typed.
  const [segments, setSegments] = useState<SegmentValues>(() => toSegments(value));
  const [shown, setShown] = useState(value);
  if (shown !== value) {
    setShown(value);
    if (value !== fromSegments(segments)) setSegments(toSegments(value));
  }
  const typed = useRef<{ type: SegmentType | null; text: string }>({ type: null, text: '' });

  useFormReset(
    groupRef,
    () => {
      setSegments(toSegments(resetValue));
      // Reported only when it changes, as every other edit (a reset of an untouched form is quiet).
      if (resetValue !== value) onValue(resetValue);
    },
    form,
  );

  const interactive = !disabled && !readOnly;
  const order = layout.flatMap((part) => (part.type === 'literal' ? [] : [part.type]));

  // A complete value shows as committed: 31 November shows, and is, 30 November. Not while a
  // segment is half typed: the year 2 of 2028 would turn a typed 29 February into the 28th.
  const settled = (next: SegmentValues) => {
    const committed = fromSegments(next);
    return committed === null ? next : { ...next, ...toSegments(committed) };
  };
  const update = (next: SegmentValues, typing = false) => {
    const committed = fromSegments(next);
    setSegments(typing ? next : settled(next));
    setShown(committed);
    if (committed !== value) onValue(committed);
  };

  const focusSegment = (type: SegmentType | undefined) => {
    if (!type) return;
    groupRef.current?.querySelector<HTMLElement>(`[data-segment="${type}"]`)?.focus();
  };
  const neighbour = (type: SegmentType, step: 1 | -1) => order[order.indexOf(type) + step];
  // To the next or previous segment; past the first or last, to the owner (a range picker's
  // other field), so typing a start's year goes on to the end.
  const moveOn = (type: SegmentType, step: 1 | -1) => {
    const next = neighbour(type, step);
    if (next) focusSegment(next);
    else onEdge?.(step);
  };

  const handleKeyDown = (type: SegmentType, event: KeyboardEvent<HTMLDivElement>) => {
    if (event.defaultPrevented || event.nativeEvent.isComposing) return;
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const { key } = event;
    const rtl = getComputedStyle(event.currentTarget).direction === 'rtl';
    if (key === 'ArrowLeft' || key === 'ArrowRight') {
      event.preventDefault();
      moveOn(type, (key === 'ArrowRight') !== rtl ? 1 : -1);
      return;
    }
    // A disabled fieldset disables the native parts (nothing submits) but not these divs.
    if (!interactive || event.currentTarget.closest('fieldset:disabled')) return;
    const { min, max } = bounds(type, segments);
    const current = segments[type] ?? null;
    const set = (next: number | null, typing = false) =>
      update({ ...segments, [type]: next }, typing);
    if (key === 'ArrowUp' || key === 'ArrowDown' || key === 'PageUp' || key === 'PageDown') {
      event.preventDefault();
      typed.current = { type: null, text: '' };
      const up = key === 'ArrowUp' || key === 'PageUp';
      const step = key.startsWith('Page') ? pageStep[type] : 1;
      set(current === null ? startValue(type, up) : cycle(current, up ? step : -step, min, max));
    } else if (key === 'Home' || key === 'End') {
      event.preventDefault();
      set(key === 'Home' ? min : max);
    } else if (key === 'Backspace' || key === 'Delete') {
      event.preventDefault();
      const text = typed.current.type === type ? typed.current.text.slice(0, -1) : '';
      typed.current = { type, text };
      if (current === null && key === 'Backspace') moveOn(type, -1);
      else set(text === '' ? null : Number(text));
    } else if (type === 'dayPeriod') {
      const letter = key.toLocaleLowerCase(locale);
      const [am, pm] = dayPeriodKeys ?? ['a', 'p'];
      if (letter === am || letter === pm) {
        event.preventDefault();
        set(letter === am ? 0 : 1);
        moveOn(type, 1);
      }
    } else {
      const digit = digitOf(key);
      if (digit === null) return;
      event.preventDefault();
      const before = typed.current.type === type ? typed.current.text : '';
      const result = typeDigit(before, digit, max, segmentDigits(type));
      typed.current = { type, text: result.done ? '' : result.typed };
      // A value below the minimum (a month of 0) waits for its next digit.
      set(result.done ? Math.max(result.value, min) : result.value, !result.done);
      if (result.done) moveOn(type, 1);
    }
  };

  const handleGroupFocus = (event: FocusEvent<HTMLDivElement>) => {
    onFocus?.(event);
    // Focus sent to the group (a form library's `ref.focus()`) goes on to the first segment.
    if (event.target === event.currentTarget) focusSegment(order[0]);
  };

  const empty = order.every((type) => segments[type] === null || segments[type] === undefined);

  return (
    <div
      {...rest}
      ref={ref}
      id={baseId}
      role="group"
      tabIndex={-1}
      aria-describedby={describedBy}
      aria-disabled={disabled || undefined}
      data-empty={empty || undefined}
      onFocus={handleGroupFocus}
      onBlur={(event) => {
        onBlur?.(event);
        if (typed.current.text !== '') setSegments(settled);
        typed.current = { type: null, text: '' };
      }}
    >
      {layout.map((part, index) => {
        if (part.type === 'literal') {
          return (
            <span key={index} data-part="literal" aria-hidden="true">
              {part.text}
            </span>
          );
        }
        const type = part.type;
        const current = segments[type] ?? null;
        const { min, max } = bounds(type, segments);
        const text = current === null ? null : display(type, current);
        const segmentId = `${baseId}-${type}`;
        return (
          <div
            key={type}
            id={segmentId}
            role="spinbutton"
            data-segment={type}
            data-placeholder={current === null || undefined}
            tabIndex={disabled ? undefined : 0}
            aria-label={names[type]}
            aria-labelledby={`${segmentId} ${labelId ?? ''}`.trim()}
            aria-describedby={describedBy}
            aria-valuemin={min}
            aria-valuemax={max}
            aria-valuenow={current ?? undefined}
            aria-valuetext={text ?? emptyLabel}
            aria-invalid={invalid || undefined}
            aria-required={required || undefined}
            aria-readonly={readOnly || undefined}
            aria-disabled={disabled || undefined}
            inputMode={type === 'dayPeriod' ? undefined : 'numeric'}
            onKeyDown={(event) => handleKeyDown(type, event)}
          >
            {text ?? '–'.repeat(type === 'year' ? 4 : 2)}
          </div>
        );
      })}
      {children}
    </div>
  );
});

/**
 * The segmented field DateField and TimeField share: the field anatomy (label, description,
 * error), a box holding a SegmentGroup, and the hidden input that submits the ISO value.
 */
export const SegmentedField = forwardRef<HTMLDivElement, SegmentedFieldProps>(
  function SegmentedField(
    {
      component,
      outOfBounds,
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
      form,
      emptyLabel = 'Empty',
      id,
      className,
      style,
      endSlot,
      problem,
      ...rest
    },
    forwardedRef,
  ) {
    // Inline NODE_ENV check: production bundles drop the message (see toastStore.ts). In the
    // name of the component written (DateField, TimeField, DatePicker).
    if (typeof process !== 'undefined' && process.env.NODE_ENV !== 'production') {
      reportUnknownValues(component, { size: [size, segmentedFieldSizes] });
    }
    const ids = useField({
      component,
      id,
      label,
      description,
      error: error ?? problem,
      invalid: invalid ?? (outOfBounds ? true : undefined),
      'aria-label': rest['aria-label'],
      'aria-labelledby': rest['aria-labelledby'],
      'aria-describedby': rest['aria-describedby'],
    });
    const groupRef = useRef<HTMLDivElement>(null);
    const ref = useMemo(() => mergeRefs(groupRef, forwardedRef), [forwardedRef]);
    return (
      <Field
        ids={ids}
        label={label}
        hideLabel={hideLabel}
        labelElement="span"
        description={description}
        error={error ?? problem}
        required={required}
        disabled={disabled}
        className={className}
        style={style}
        onClick={(event) => {
          // Pressing the label or the box's padding focuses the first segment, as a <label> would.
          const target = event.target as Element;
          if (!disabled && !target.closest('[role="spinbutton"], button'))
            groupRef.current?.focus();
        }}
      >
        <SegmentGroup
          {...rest}
          ref={ref}
          id={ids.inputId}
          component={component}
          outOfBounds={outOfBounds}
          aria-labelledby={rest['aria-labelledby'] ?? (label ? ids.labelId : undefined)}
          labelId={label ? ids.labelId : rest['aria-labelledby']}
          describedBy={ids.describedBy}
          invalid={ids.invalid}
          required={required}
          disabled={disabled}
          readOnly={readOnly}
          emptyLabel={emptyLabel}
          form={form}
          className={cx(controlClass, segmentFieldClass)}
          data-size={size === 'md' ? undefined : size}
          data-readonly={readOnly || undefined}
        >
          {endSlot}
          <FormValue
            name={name}
            form={form}
            values={rest.value ? [rest.value] : []}
            multiple={false}
            disabled={disabled}
            required={required}
            focusTarget={groupRef}
          />
          {/* Disabled and read-only fields are not validated, as native ones. */}
          {disabled || readOnly ? null : (
            <ValidityProxy message={problem ?? ''} form={form} focusTarget={groupRef} />
          )}
        </SegmentGroup>
      </Field>
    );
  },
);
