import {
  createContext,
  useCallback,
  forwardRef,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
  type ChangeEvent,
  type CSSProperties,
  type InputHTMLAttributes,
  type KeyboardEvent,
  type PointerEvent,
  type ReactElement,
  type ReactNode,
  type Ref,
  type RefAttributes,
} from 'react';
import { Field, useField } from '../../atoms/Field';
import type { FieldControlSize } from '../../atoms/FieldControl';
import {
  cx,
  devError,
  reportUnchangeable,
  reportUnknownValues,
  useBrowserLayoutEffect,
} from '../../utils';
import { useFormReset } from '../collection';
import { useControllableState } from '../overlay';
import { sliderClass } from './Slider.styles';
import { clamp, defaultPageStep, fractionOf, nearestThumb, snap, thumbBounds } from './sliderMath';

/** Thumb, track and type size; the shared control size union. */
export const sliderSizes = ['sm', 'md', 'lg'] as const satisfies readonly FieldControlSize[];
export type SliderSize = FieldControlSize;

/** The axis the track runs along. */
export const sliderOrientations = ['horizontal', 'vertical'] as const;
export type SliderOrientation = (typeof sliderOrientations)[number];

/** A single value, or a range of two thumbs `[start, end]`. */
export type SliderValue = number | readonly [number, number];

/** A point on the track: a tick, with an optional label under it. */
export interface SliderMark {
  value: number;
  label?: ReactNode;
}

export interface SliderOwnProps<V extends SliderValue> {
  /** The visible label; also the accessible name of the thumb (of both, in a range). Required. */
  label: ReactNode;
  /**
   * Hides the label on screen; assistive technology still reads it.
   * @default false
   */
  hideLabel?: boolean;
  /** Helper text under the slider, read as the thumbs' description. */
  description?: ReactNode;
  /** An error message. Setting it marks the slider invalid (`aria-invalid`) and describes it. */
  error?: ReactNode;
  /**
   * Marks the slider invalid without a message here.
   * @default Boolean(error)
   * @selector [data-invalid]
   */
  invalid?: boolean;
  /**
   * The value (controlled): a number, or `[start, end]` for a range. Pair with `onValueChange`.
   */
  value?: V;
  /**
   * The initial value (uncontrolled): a number, or `[start, end]` for a range of two thumbs;
   * `form.reset()` returns to it.
   * @default min
   */
  defaultValue?: V;
  /** Called with the new value, in the shape given, on every change (each step of a drag). */
  onValueChange?: (value: V) => void;
  /**
   * Called when a change is finished: the pointer released, a key pressed, a number typed.
   * Save or fetch here rather than in `onValueChange`.
   */
  onValueChangeEnd?: (value: V) => void;
  /**
   * The smallest value (the start of the track; Home).
   * @default 0
   */
  min?: number;
  /**
   * The largest value (the end of the track; End).
   * @default 100
   */
  max?: number;
  /**
   * The grid values snap to, counted from `min`; arrow keys move one step.
   * @default 1
   */
  step?: number;
  /**
   * The amount PageUp, PageDown and Shift+Arrow move.
   * @default a tenth of the range, in whole steps
   */
  pageStep?: number;
  /**
   * In a range, the steps the thumbs keep between them (0: they may meet, never cross).
   * @default 0
   */
  minStepsBetweenThumbs?: number;
  /**
   * Ticks on the track: `true` for one at every step, or the values (with labels) to mark.
   * @selector [data-part="mark"][data-in-range]
   */
  marks?: boolean | ReadonlyArray<number | SliderMark>;
  /**
   * The axis of the track. Vertical sliders grow upwards: the end (max) is at the top.
   * @default 'horizontal'
   * @selector [data-orientation="vertical"]
   */
  orientation?: SliderOrientation;
  /**
   * Thumb and track size.
   * @default 'md'
   * @selector [data-size="sm" | "lg"]
   */
  size?: SliderSize;
  /**
   * The slider cannot be moved or focused, and submits nothing.
   * @default false
   * @selector [data-disabled]
   */
  disabled?: boolean;
  /**
   * The value shows, submits and can be focused, but not changed (`aria-readonly`).
   * @default false
   * @selector [data-readonly]
   */
  readOnly?: boolean;
  /**
   * The BCP 47 locale of the spoken value (`aria-valuetext`) and of a SliderNumberField.
   * @default document.documentElement.lang, else navigator.language, else 'en-US' (server)
   */
  locale?: string;
  /** How the value is spoken and shown: currency, percent, unit, fraction digits. */
  formatOptions?: Intl.NumberFormatOptions;
  /**
   * In a range, the start thumb's accessible name after the label (translate it here).
   * @default 'Minimum'
   */
  startThumbLabel?: string;
  /**
   * In a range, the end thumb's accessible name after the label (translate it here).
   * @default 'Maximum'
   */
  endThumbLabel?: string;
  /** Content before the track: a `<SliderNumberField thumb="start" />`, an icon. */
  prefix?: ReactNode;
  /** Content after the track: a `<SliderNumberField />`, an icon. */
  suffix?: ReactNode;
  /** Class name for the outer element. */
  className?: string;
  /** Style for the outer element. */
  style?: CSSProperties;
}

export type SliderProps<V extends SliderValue = number> = SliderOwnProps<V> &
  Omit<
    InputHTMLAttributes<HTMLInputElement>,
    | keyof SliderOwnProps<V>
    | 'type'
    | 'children'
    | 'list'
    | 'multiple'
    | 'checked'
    | 'defaultChecked'
    | 'placeholder'
  >;

/** What a SliderNumberField reads from its Slider. */
export interface SliderContextValue {
  values: readonly number[];
  range: boolean;
  min: number;
  max: number;
  step: number;
  bounds: (index: number) => [number, number];
  /** Moves one thumb (snapped and kept within its bounds) and reports the change as finished. */
  commit: (index: number, value: number) => void;
  label: ReactNode;
  thumbLabels: readonly [string, string];
  locale: string;
  formatOptions: Intl.NumberFormatOptions | undefined;
  size: SliderSize;
  disabled: boolean;
  readOnly: boolean;
}

export const SliderContext = createContext<SliderContextValue | null>(null);

const noSubscribe = () => () => {};
const browserLocale = () => document.documentElement.lang || navigator.language || 'en-US';
const serverLocale = () => 'en-US';
/** Above this many steps, `marks={true}` would draw a solid line: it draws none. */
const MAX_STEP_MARKS = 100;

function createFormatter(locale: string, options: Intl.NumberFormatOptions | undefined) {
  try {
    return new Intl.NumberFormat(locale, options);
  } catch {
    if (process.env.NODE_ENV !== 'production') {
      devError(
        'Slider',
        `cannot format numbers for locale "${locale}" with these options; using en-US.`,
      );
    }
    return new Intl.NumberFormat('en-US');
  }
}

const finite = (value: number | undefined): value is number =>
  typeof value === 'number' && Number.isFinite(value);

/**
 * The value as a list of thumbs, repaired (never thrown): at most two, finite, sorted, and on
 * the step grid inside the range (a browser rounds a range input's value to its step, so what
 * is drawn and spoken must be what it submits).
 */
function toThumbs(value: SliderValue | undefined, min: number, max: number, step: number) {
  if (value === undefined) return undefined;
  const list: number[] = Array.isArray(value) ? value.slice(0, 2) : [value as number];
  return list
    .map((thumb) => (finite(thumb) ? snap(thumb, min, max, step) : min))
    .sort((a, b) => a - b);
}

/**
 * Every misuse the component repairs, reported once in development. Called only behind an
 * inline NODE_ENV check, so production bundles drop it with its text.
 */
function reportMisuse(props: SliderProps<SliderValue>, min: number, max: number, step: number) {
  const report = (message: string) => devError('Slider', message);
  const { min: minProp = 0, max: maxProp = 100, step: stepProp = 1, marks } = props;
  if (!finite(minProp) || !finite(maxProp)) {
    report(`\`min\` and \`max\` must be finite numbers; got ${minProp} and ${maxProp}.`);
  } else if (minProp > maxProp) {
    report(`\`min\` (${minProp}) is greater than \`max\` (${maxProp}); swapped.`);
  }
  if (!(finite(stepProp) && stepProp > 0)) {
    report(`\`step\` must be a positive number; got ${stepProp}. Using 1.`);
  }
  for (const prop of ['value', 'defaultValue'] as const) {
    const value = props[prop];
    if (value === undefined) continue;
    const list: number[] = Array.isArray(value) ? [...value] : [value as number];
    if (Array.isArray(value) && value.length !== 2) {
      report(
        `\`${prop}\` must be one number or two, [start, end]; got ${value.length}. Using the first two.`,
      );
    }
    for (const thumb of list.slice(0, 2)) {
      if (!finite(thumb)) report(`\`${prop}\` holds ${String(thumb)}, not a number; using ${min}.`);
      else if (thumb < min || thumb > max) {
        report(`\`${prop}\` ${thumb} is outside [${min}, ${max}]; it is shown at the nearest end.`);
      } else if (snap(thumb, min, max, step) !== thumb) {
        report(
          `\`${prop}\` ${thumb} is off the step grid; shown at ${snap(thumb, min, max, step)}.`,
        );
      }
    }
    if (list.length >= 2 && (list[0] as number) > (list[1] as number)) {
      report(`\`${prop}\` [${list.slice(0, 2).join(', ')}] has its start after its end; sorted.`);
    }
  }
  if (marks === true && (max - min) / step > MAX_STEP_MARKS) {
    const count = Math.floor((max - min) / step);
    report(`\`marks\` at every step would draw ${count} ticks; pass the values to mark instead.`);
  } else if (Array.isArray(marks)) {
    for (const mark of marks as ReadonlyArray<number | SliderMark>) {
      const at = typeof mark === 'number' ? mark : mark.value;
      if (!(finite(at) && at >= min && at <= max)) {
        report(`mark ${String(at)} is outside [${min}, ${max}]; left out.`);
      }
    }
  }
}

function SliderInner<V extends SliderValue = number>(
  props: SliderProps<V>,
  forwardedRef: Ref<HTMLInputElement>,
) {
  const {
    label,
    hideLabel = false,
    description,
    error,
    invalid,
    value: valueProp,
    defaultValue,
    onValueChange,
    onValueChangeEnd,
    min: minProp = 0,
    max: maxProp = 100,
    step: stepProp = 1,
    pageStep: pageStepProp,
    minStepsBetweenThumbs = 0,
    marks,
    orientation = 'horizontal',
    size = 'md',
    disabled = false,
    readOnly = false,
    locale: localeProp,
    formatOptions,
    startThumbLabel = 'Minimum',
    endThumbLabel = 'Maximum',
    prefix,
    suffix,
    className,
    style,
    id,
    required,
    onKeyDown,
    onChange,
    onBlur,
    // Not in the props' type: an <input> cannot hold children. Given anyway (plain JS), they
    // are dropped and useField reports them in development.
    children,
    ...inputProps
  } = props as typeof props & { children?: ReactNode };
  // Misuse never throws: it is repaired, and reported once in development.
  const givenMin = finite(minProp) ? minProp : 0;
  const givenMax = finite(maxProp) ? maxProp : 100;
  const min = Math.min(givenMin, givenMax);
  const max = Math.max(givenMin, givenMax);
  const stepValid = finite(stepProp) && stepProp > 0;
  const step = stepValid ? stepProp : 1;
  if (process.env.NODE_ENV !== 'production') {
    reportMisuse(props as SliderProps<SliderValue>, min, max, step);
    reportUnchangeable('Slider', props, 'value', 'onValueChange', true);
    reportUnknownValues('Slider', {
      orientation: [orientation, sliderOrientations],
      size: [size, sliderSizes],
    });
  }
  const pageStep =
    finite(pageStepProp) && pageStepProp > 0 ? pageStepProp : defaultPageStep(min, max, step);
  const gap =
    Math.max(0, Math.floor(finite(minStepsBetweenThumbs) ? minStepsBetweenThumbs : 0)) * step;

  const ids = useField({
    component: 'Slider',
    id,
    label,
    description,
    error,
    invalid,
    children,
    'aria-label': inputProps['aria-label'],
    'aria-labelledby': inputProps['aria-labelledby'],
    'aria-describedby': inputProps['aria-describedby'],
  });

  const range = Array.isArray(valueProp ?? defaultValue);
  const initial = toThumbs(defaultValue, min, max, step) ?? (range ? [min, max] : [min]);
  const controlledThumbs = toThumbs(valueProp, min, max, step);
  const toShape = (thumbs: readonly number[]) =>
    (range ? [thumbs[0], thumbs[1]] : thumbs[0]) as unknown as V;
  // Kept as thumbs; the caller's callbacks get the shape they gave.
  const [values, setValues] = useControllableState<readonly number[]>(
    controlledThumbs,
    initial,
    onValueChange ? (next) => onValueChange(toShape(next)) : undefined,
  );
  // The thumbs as of the last change, for handlers that run before React re-renders (two
  // pointer moves in one frame); synced from each render.
  const latestValues = useRef(values);
  useBrowserLayoutEffect(() => {
    latestValues.current = values;
  });

  const defaultLocale = useSyncExternalStore(noSubscribe, browserLocale, serverLocale);
  const locale = localeProp ?? defaultLocale;
  const optionsKey = JSON.stringify(formatOptions ?? {});
  const formatter = useMemo(
    () => createFormatter(locale, formatOptions),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- keyed by content, not identity
    [locale, optionsKey],
  );

  const trackRef = useRef<HTMLDivElement>(null);
  const firstInput = useRef<HTMLInputElement | null>(null);
  const endInput = useRef<HTMLInputElement | null>(null);
  const firstInputRef = useCallback(
    (node: HTMLInputElement | null) => {
      firstInput.current = node;
      if (typeof forwardedRef === 'function') forwardedRef(node);
      else if (forwardedRef) forwardedRef.current = node;
    },
    [forwardedRef],
  );
  const [dragging, setDragging] = useState<number | null>(null);
  // Chromium shows :focus-visible on a range input however it was focused; a thumb focused by
  // a press shows no ring until a key is pressed in it (as a button focused by a click).
  const [pressFocused, setPressFocused] = useState<number | null>(null);
  const locked = disabled || readOnly;

  const boundsIn = (from: readonly number[], index: number) =>
    thumbBounds(from, index, min, max, gap);

  /** Moves one thumb to `value` (snapped, within its bounds); returns the new thumbs. */
  const moveThumb = (index: number, value: number) => {
    const current = latestValues.current;
    const [low, high] = boundsIn(current, index);
    const next = clamp(snap(value, min, max, step), low, high);
    if (Object.is(next, current[index])) return current;
    const thumbs = current.map((thumb, i) => (i === index ? next : thumb));
    latestValues.current = thumbs;
    setValues(thumbs);
    return thumbs;
  };
  const finish = (thumbs: readonly number[]) => onValueChangeEnd?.(toShape(thumbs));
  const commit = (index: number, value: number) => {
    if (locked) return;
    const before = latestValues.current;
    const after = moveThumb(index, value);
    // A key at the end of the track changes nothing, and finishes nothing.
    if (after !== before) finish(after);
  };

  // form.reset(): an uncontrolled slider returns to its defaultValue.
  useFormReset(
    firstInput,
    () => {
      if (controlledThumbs === undefined) setValues(initial);
    },
    inputProps.form,
  );

  /* Pointer: a press on the track moves the nearest thumb there and drags it; a press on a
   * thumb drags it from where it was grabbed. Pointer capture keeps the drag going outside. */
  const drag = useRef<{
    index: number;
    offset: number;
    moved: boolean;
    stacked: boolean;
  } | null>(null);
  const valueAt = (event: PointerEvent) => {
    const rect = trackRef.current?.getBoundingClientRect();
    if (!rect) return min;
    let fraction: number;
    if (orientation === 'vertical') {
      fraction = rect.height > 0 ? (rect.bottom - event.clientY) / rect.height : 0;
    } else {
      fraction = rect.width > 0 ? (event.clientX - rect.left) / rect.width : 0;
      if (getComputedStyle(trackRef.current as Element).direction === 'rtl')
        fraction = 1 - fraction;
    }
    return min + clamp(fraction, 0, 1) * (max - min);
  };
  const handlePointerDown = (event: PointerEvent<HTMLDivElement>) => {
    // `:disabled` also holds inside a disabled <fieldset>, where the inputs take no keys.
    if (locked || event.button !== 0 || firstInput.current?.matches(':disabled')) return;
    const pressed = valueAt(event);
    const thumb = (event.target as Element).closest('[data-part="thumb"]');
    const grabbed = thumb ? Number(thumb.getAttribute('data-index')) : -1;
    const thumbs = latestValues.current;
    const index = grabbed >= 0 ? grabbed : nearestThumb(thumbs, pressed);
    // Keep focus where the press lands: the thumb's input, not the track.
    event.preventDefault();
    setPressFocused(index);
    (index === 0 ? firstInput : endInput).current?.focus({ preventScroll: true });
    try {
      event.currentTarget.setPointerCapture(event.pointerId);
    } catch {
      // A pointer the browser no longer tracks (or a synthetic one): drag without capture.
    }
    const offset = grabbed >= 0 ? (thumbs[index] ?? pressed) - pressed : 0;
    drag.current = {
      index,
      offset,
      moved: grabbed < 0,
      stacked: grabbed >= 0 && thumbs.length === 2 && thumbs[0] === thumbs[1],
    };
    setDragging(index);
    if (grabbed < 0) moveThumb(index, pressed);
  };
  const handlePointerMove = (event: PointerEvent<HTMLDivElement>) => {
    const current = drag.current;
    if (!current) return;
    current.moved = true;
    const target = valueAt(event) + current.offset;
    // Two thumbs pressed on one value: the drag's first direction picks the thumb that can go
    // that way. Thumbs that meet later in a drag stay as they are (the dragged one stops).
    const here = latestValues.current[current.index];
    if (current.stacked && here !== undefined && target !== here) {
      current.stacked = false;
      const other = 1 - current.index;
      if (current.index === 0 ? target > here : target < here) {
        current.index = other;
        setDragging(other);
        setPressFocused(other);
        (other === 0 ? firstInput : endInput).current?.focus({ preventScroll: true });
      }
    }
    moveThumb(current.index, target);
  };
  const endDrag = (event: PointerEvent<HTMLDivElement>) => {
    const current = drag.current;
    if (!current) return;
    drag.current = null;
    setDragging(null);
    if (event.currentTarget.hasPointerCapture?.(event.pointerId)) {
      event.currentTarget.releasePointerCapture(event.pointerId);
    }
    if (current.moved) finish(latestValues.current);
  };

  /* Keyboard, per the APG slider: arrows by a step (horizontal arrows mirrored in RTL),
   * PageUp/PageDown and Shift+Arrow by `pageStep`, Home/End to the thumb's bounds. Handled
   * here rather than by the native input, so every browser does the same. */
  const handleKeyDown = (index: number) => (event: KeyboardEvent<HTMLInputElement>) => {
    onKeyDown?.(event);
    setPressFocused(null);
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
    const current = latestValues.current[index] ?? min;
    const amount = event.shiftKey ? pageStep : step;
    const rtl =
      orientation === 'horizontal' && getComputedStyle(event.currentTarget).direction === 'rtl';
    const [low, high] = boundsIn(latestValues.current, index);
    let next: number;
    switch (event.key) {
      case 'ArrowUp':
        next = current + amount;
        break;
      case 'ArrowDown':
        next = current - amount;
        break;
      case 'ArrowRight':
        next = rtl ? current - amount : current + amount;
        break;
      case 'ArrowLeft':
        next = rtl ? current + amount : current - amount;
        break;
      case 'PageUp':
        next = current + pageStep;
        break;
      case 'PageDown':
        next = current - pageStep;
        break;
      case 'Home':
        next = low;
        break;
      case 'End':
        next = high;
        break;
      default:
        return;
    }
    event.preventDefault();
    commit(index, next);
  };

  // A change from outside our keys and pointer: assistive technology's increment action, or
  // a test typing into the input. The native input stays the source of truth for forms.
  const handleChange = (index: number) => (event: ChangeEvent<HTMLInputElement>) => {
    onChange?.(event);
    const next = event.currentTarget.valueAsNumber;
    if (!Number.isNaN(next)) commit(index, next);
  };

  const markList = ((): SliderMark[] => {
    if (!marks) return [];
    if (marks === true) {
      const count = Math.floor((max - min) / step);
      if (count > MAX_STEP_MARKS) return [];
      return Array.from({ length: count + 1 }, (_, i) => ({
        value: snap(min + i * step, min, max, step),
      }));
    }
    return marks
      .map((mark) => (typeof mark === 'number' ? { value: mark } : mark))
      .filter((mark) => finite(mark.value) && mark.value >= min && mark.value <= max);
  })();
  const labelled = markList.some((mark) => mark.label !== undefined && mark.label !== null);

  const first = values[0] ?? min;
  const last = values[values.length - 1] ?? min;
  const fillStart = range ? fractionOf(first, min, max) : 0;
  const fillEnd = fractionOf(last, min, max);
  const thumbLabels = [startThumbLabel, endThumbLabel] as const;
  const callerLabel = inputProps['aria-label'];

  const context: SliderContextValue = {
    values,
    range,
    min,
    max,
    step,
    bounds: (index) => thumbBounds(values, index, min, max, gap),
    commit,
    label,
    thumbLabels,
    locale,
    formatOptions,
    size,
    disabled,
    readOnly,
  };

  return (
    <SliderContext.Provider value={context}>
      <Field
        ids={ids}
        label={label}
        hideLabel={hideLabel}
        labelElement={range ? 'span' : 'label'}
        description={description}
        error={error}
        required={required}
        disabled={disabled}
        className={cx(sliderClass, className)}
        style={
          {
            ...style,
            '--_fill-start': fillStart,
            '--_fill-end': fillEnd,
          } as CSSProperties
        }
        data-size={size === 'md' ? undefined : size}
        data-orientation={orientation === 'horizontal' ? undefined : orientation}
        data-range={range || undefined}
        data-readonly={readOnly || undefined}
        data-marks-labelled={labelled || undefined}
      >
        <div data-part="row">
          {prefix}
          <div
            data-part="control"
            role={range ? 'group' : undefined}
            aria-labelledby={range && label ? ids.labelId : undefined}
            aria-label={range && !label ? callerLabel : undefined}
            aria-disabled={(range && disabled) || undefined}
            data-dragging={dragging !== null || undefined}
            onPointerDown={handlePointerDown}
            onPointerMove={handlePointerMove}
            onPointerUp={endDrag}
            onPointerCancel={endDrag}
            onLostPointerCapture={endDrag}
          >
            <div ref={trackRef} data-part="track">
              <div data-part="fill" />
              {markList.map((mark) => (
                <span
                  key={mark.value}
                  data-part="mark"
                  data-in-range={
                    (mark.value >= (range ? first : min) && mark.value <= last) || undefined
                  }
                  style={{ '--_at': fractionOf(mark.value, min, max) } as CSSProperties}
                >
                  {mark.label !== undefined && mark.label !== null ? (
                    <span data-part="mark-label">
                      <span>{mark.label}</span>
                    </span>
                  ) : null}
                </span>
              ))}
              {values.map((thumb, index) => {
                const [low, high] = thumbBounds(values, index, min, max, gap);
                const inputId = index === 0 ? ids.inputId : `${ids.inputId}-end`;
                return (
                  <div
                    key={index}
                    data-part="thumb"
                    data-index={index}
                    data-dragging={dragging === index || undefined}
                    data-press-focused={pressFocused === index || undefined}
                    style={{ '--_at': fractionOf(thumb, min, max) } as CSSProperties}
                  >
                    <input
                      {...inputProps}
                      ref={index === 0 ? firstInputRef : endInput}
                      id={inputId}
                      type="range"
                      // Each thumb's own bounds, so the native input (and what a screen
                      // reader announces as its minimum and maximum) never lets them cross.
                      min={low}
                      max={high}
                      step={step}
                      value={thumb}
                      onChange={handleChange(index)}
                      onKeyDown={handleKeyDown(index)}
                      onBlur={(event) => {
                        setPressFocused(null);
                        onBlur?.(event);
                      }}
                      disabled={disabled}
                      required={required}
                      autoFocus={index === 0 ? inputProps.autoFocus : undefined}
                      aria-label={
                        range
                          ? label
                            ? thumbLabels[index]
                            : `${callerLabel ?? ''} ${thumbLabels[index]}`.trim()
                          : callerLabel
                      }
                      aria-labelledby={
                        range && label
                          ? [ids.labelId, inputId].join(' ')
                          : inputProps['aria-labelledby']
                      }
                      aria-describedby={ids.describedBy}
                      aria-invalid={ids.invalid || undefined}
                      aria-readonly={readOnly || undefined}
                      aria-orientation={orientation === 'vertical' ? 'vertical' : undefined}
                      aria-valuetext={formatter.format(thumb)}
                    />
                  </div>
                );
              })}
            </div>
          </div>
          {suffix}
        </div>
      </Field>
    </SliderContext.Provider>
  );
}

/**
 * A value, or a range of two values, chosen along a track. Each thumb is a native
 * `<input type="range">` (visually replaced by the drawn thumb), so forms, `form.reset()`,
 * focus and screen readers' increment and decrement work as the platform's; keys follow the
 * APG slider and multi-thumb slider patterns, the same in every browser. `name` submits each
 * thumb's number (a range submits two: `FormData.getAll(name)`). The ref reaches the (first)
 * thumb's input. With react-hook-form use a `Controller` (`value`, `onValueChange`, `onBlur`,
 * `ref`). Put a `SliderNumberField` in `prefix` or `suffix` to type the value too.
 *
 * @selector .cal-slider — the outer field element; `[data-range]` when the value is a range of
 * two thumbs, `[data-marks-labelled]` when a mark has a label (room is kept for the labels)
 * @selector [data-part="control"][data-dragging] — the track's wrapper while a thumb is dragged
 * @selector [data-part="thumb"][data-dragging] — the thumb the pointer drags
 * @selector [data-part="thumb"][data-press-focused] — a thumb focused by a press: no focus ring
 * until a key is pressed in it
 * @selector [data-part="thumb"][data-index="0" | "1"] — the thumb's position (start, end), which
 * pointer handling reads: for the component's own use, not a styling hook
 */
export const Slider = forwardRef(SliderInner) as (<V extends SliderValue = number>(
  props: SliderProps<V> & RefAttributes<HTMLInputElement>,
) => ReactElement | null) & { displayName?: string };

Slider.displayName = 'Slider';
