import { NumberFormatter, NumberParser } from '@internationalized/number';
import {
  forwardRef,
  useEffect,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
  type ChangeEvent,
  type FocusEvent,
  type KeyboardEvent,
  type MouseEvent,
} from 'react';
import { cx, devError, mergeRefs, reportUnchangeable } from '../../utils';
import {
  FieldAction,
  FieldControl,
  type FieldControlProps,
  type FieldControlSize,
} from '../FieldControl';
import { MinusIcon, PlusIcon } from '../Icon';
import { numberFieldClass } from './NumberField.styles';

export type NumberFieldSize = FieldControlSize;

export interface NumberFieldProps extends Omit<
  FieldControlProps,
  | 'component'
  | 'type'
  | 'value'
  | 'defaultValue'
  | 'min'
  | 'max'
  | 'step'
  | 'inputMode'
  | 'showCount'
  | 'maxLength'
  | 'minLength'
  | 'pattern'
  | 'children'
> {
  /** The value (controlled). `null` is empty; `NaN` is treated as `null`. Pair with `onValueChange`. */
  value?: number | null;
  /**
   * The initial value (uncontrolled); `form.reset()` returns to it.
   * @default null
   */
  defaultValue?: number | null;
  /**
   * Called with the committed number (`null` when emptied): on blur, Enter, arrow and page
   * keys, Home/End, the stepper buttons and the wheel. Not on every keystroke (partial input
   * such as `1,` is not a number yet); the native `onChange` still fires per keystroke.
   */
  onValueChange?: (value: number | null) => void;
  /** The smallest allowed value; Home goes to it. Values below are clamped on blur. */
  min?: number;
  /** The largest allowed value; End goes to it. Values above are clamped on blur. */
  max?: number;
  /**
   * The amount arrows and buttons add. When given, typed values also snap to the nearest
   * step (counted from `min`, or 0) on blur; without it typed values are only clamped.
   * Shift+Arrow and PageUp/PageDown change by 10 steps.
   * @default 1
   */
  step?: number;
  /**
   * The BCP 47 locale for formatting and parsing (`de-DE` shows `1.234,5`, `ar-EG` uses
   * Arabic-Indic digits). Typed input in that locale's digits and separators is understood.
   * @default document.documentElement.lang, else navigator.language, else 'en-US' (server)
   */
  locale?: string;
  /** Formatting of the shown value: currency, percent, unit, fraction digits, grouping. */
  formatOptions?: Intl.NumberFormatOptions;
  /**
   * Lets the mouse wheel change the value while the field has focus (never while scrolling
   * past it).
   * @default false
   */
  allowWheel?: boolean;
  /**
   * Hides the increment and decrement buttons (the keyboard still steps).
   * @default false
   */
  hideStepper?: boolean;
  /**
   * The increment button's accessible name (translate it here).
   * @default 'Increase'
   */
  incrementLabel?: string;
  /**
   * The decrement button's accessible name (translate it here).
   * @default 'Decrease'
   */
  decrementLabel?: string;
}

const noSubscribe = () => () => {};
const browserLocale = () => document.documentElement.lang || navigator.language || 'en-US';
const serverLocale = () => 'en-US';

const toValue = (value: number | null | undefined): number | null =>
  value === undefined || value === null || Number.isNaN(value) ? null : value;

function decimals(value: number): number {
  const [mantissa = '', exponent] = String(value).split('e-');
  const fraction = mantissa.split('.')[1]?.length ?? 0;
  return fraction + (exponent ? Number(exponent) : 0);
}

const roundTo = (value: number, digits: number) => Number(value.toFixed(Math.min(digits, 20)));

function clamp(value: number, min: number | undefined, max: number | undefined): number {
  return Math.min(Math.max(value, min ?? -Infinity), max ?? Infinity);
}

/** The nearest multiple of `step` counted from `min` (or 0), inside [min, max]. */
function snap(value: number, step: number, min: number | undefined, max: number | undefined) {
  const base = min ?? 0;
  const digits = Math.max(decimals(step), decimals(base));
  let snapped = roundTo(base + Math.round((value - base) / step) * step, digits);
  if (max !== undefined && snapped > max) {
    snapped = roundTo(base + Math.floor((max - base) / step) * step, digits);
  }
  return clamp(snapped, min, max);
}

function createFormat(locale: string, options: Intl.NumberFormatOptions | undefined) {
  try {
    return {
      formatter: new NumberFormatter(locale, options),
      parser: new NumberParser(locale, options),
    };
  } catch {
    devError('NumberField', `cannot format numbers for locale "${locale}"; using en-US.`);
    return {
      formatter: new NumberFormatter('en-US', options),
      parser: new NumberParser('en-US', options),
    };
  }
}

/**
 * A number input: a text box (`role="spinbutton"`) that shows the value formatted for the
 * locale, understands typed numbers in that locale, steps with arrows, Page keys, Home/End
 * and the buttons, and clamps (and snaps to `step`) on blur. `name` submits the plain number
 * through a hidden input, so a form gets `1234.5`, not `1.234,5`. The ref reaches the
 * visible <input>. With react-hook-form use `Controller` (`value`, `onValueChange`, `ref`,
 * `onBlur`); `register` is not supported, since it would read the formatted text.
 *
 * @selector .cal-field-control — the box around the input; `[data-size]`, `[data-readonly]`
 */
export const NumberField = forwardRef<HTMLInputElement, NumberFieldProps>(function NumberField(
  {
    value: valueProp,
    defaultValue,
    onValueChange,
    min,
    max,
    step,
    locale: localeProp,
    formatOptions,
    allowWheel = false,
    hideStepper = false,
    incrementLabel = 'Increase',
    decrementLabel = 'Decrease',
    name,
    form,
    disabled,
    readOnly,
    className,
    onChange,
    onBlur,
    onKeyDown,
    ...rest
  },
  forwardedRef,
) {
  // Inline NODE_ENV check: production bundles drop the message (see toastStore.ts).
  if (typeof process !== 'undefined' && process.env.NODE_ENV !== 'production') {
    reportUnchangeable(
      'NumberField',
      { value: valueProp, onValueChange, readOnly, disabled },
      'value',
      'onValueChange',
      true,
    );
  }
  const inputRef = useRef<HTMLInputElement | null>(null);
  const hiddenRef = useRef<HTMLInputElement | null>(null);
  const ref = useMemo(() => mergeRefs(inputRef, forwardedRef), [forwardedRef]);

  const defaultLocale = useSyncExternalStore(noSubscribe, browserLocale, serverLocale);
  const locale = localeProp ?? defaultLocale;
  // Options are usually an inline object literal: key them by content, not identity.
  const optionsKey = JSON.stringify(formatOptions ?? {});
  const { formatter, parser } = useMemo(
    () => createFormat(locale, formatOptions),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- keyed by optionsKey
    [locale, optionsKey],
  );

  if (min !== undefined && max !== undefined && min > max) {
    devError('NumberField', `\`min\` (${min}) is greater than \`max\` (${max}).`);
  }
  if (step !== undefined && !(step > 0)) {
    devError('NumberField', `\`step\` must be a positive number; got ${step}. Using 1.`);
  }
  const stepSize = step !== undefined && step > 0 ? step : 1;

  const controlled = valueProp !== undefined;
  const [uncontrolledValue, setUncontrolledValue] = useState(() => toValue(defaultValue));
  const value = controlled ? toValue(valueProp) : uncontrolledValue;
  const format = (number: number | null) => (number === null ? '' : formatter.format(number));

  // The visible text: formatted value, or what the user is typing. Re-formatted when the value
  // or the format changes from outside (state adjusted during render, no effect round-trip).
  const [text, setText] = useState(() => format(value));
  const [shown, setShown] = useState({ value, formatter });
  if (!Object.is(shown.value, value) || shown.formatter !== formatter) {
    setShown({ value, formatter });
    setText(format(value));
  }

  const commit = (next: number | null) => {
    const rounded = next === null ? null : parser.parse(formatter.format(next));
    const committed = rounded === null || Number.isNaN(rounded) ? next : rounded;
    setText(format(committed));
    if (!controlled) setUncontrolledValue(committed);
    // Keep the submitted number right even if the form submits before React re-renders.
    if (hiddenRef.current) hiddenRef.current.value = committed === null ? '' : String(committed);
    if (!Object.is(committed, value)) onValueChange?.(committed);
  };

  const commitText = () => {
    if (text.trim() === '') return commit(null);
    const parsed = parser.parse(text);
    if (Number.isNaN(parsed)) return setText(format(value));
    commit(step !== undefined ? snap(parsed, stepSize, min, max) : clamp(parsed, min, max));
  };

  const stepBy = (direction: 1 | -1, multiplier = 1) => {
    if (disabled || readOnly) return;
    // Empty text is empty (even before blur commits it); unparsable text steps from the value.
    const parsed = parser.parse(text);
    const current = text.trim() === '' ? null : Number.isNaN(parsed) ? value : parsed;
    if (current === null) {
      return commit(clamp(direction > 0 ? (min ?? 0) : (max ?? 0), min, max));
    }
    const base = min ?? 0;
    const digits = Math.max(decimals(stepSize), decimals(base), decimals(current));
    const steps = roundTo((current - base) / stepSize, 10);
    // From a value between steps, the first step goes to the neighbouring multiple.
    const target = Number.isInteger(steps)
      ? steps + direction * multiplier
      : (direction > 0 ? Math.ceil(steps) : Math.floor(steps)) + direction * (multiplier - 1);
    commit(clamp(roundTo(base + target * stepSize, digits), min, max));
  };

  // The wheel listener is native (React's is passive and cannot prevent page scroll); it
  // reads the latest render through a ref.
  const stepRef = useRef(stepBy);
  useEffect(() => {
    stepRef.current = stepBy;
  });
  useEffect(() => {
    const input = inputRef.current;
    if (!allowWheel || !input || disabled || readOnly) return;
    const onWheel = (event: WheelEvent) => {
      if (input.ownerDocument.activeElement !== input || event.deltaY === 0) return;
      if (Math.abs(event.deltaX) > Math.abs(event.deltaY)) return;
      event.preventDefault();
      stepRef.current(event.deltaY < 0 ? 1 : -1);
    };
    input.addEventListener('wheel', onWheel, { passive: false });
    return () => input.removeEventListener('wheel', onWheel);
  }, [allowWheel, disabled, readOnly]);

  // form.reset(): back to defaultValue (uncontrolled) or to the value (controlled).
  const resetRef = useRef(() => {});
  useEffect(() => {
    resetRef.current = () => {
      const restored = controlled ? value : toValue(defaultValue);
      if (!controlled) setUncontrolledValue(restored);
      setText(format(restored));
    };
  });
  useEffect(() => {
    const owner = inputRef.current?.form;
    if (!owner) return;
    const onReset = () => queueMicrotask(() => resetRef.current());
    owner.addEventListener('reset', onReset);
    return () => owner.removeEventListener('reset', onReset);
  }, [form]);

  const handleChange = (event: ChangeEvent<HTMLInputElement>) => {
    const next = event.target.value;
    // Reject what can never become a number in this locale (letters, a second separator).
    if (next !== '' && !parser.isValidPartialNumber(next, min, max)) return;
    setText(next);
    onChange?.(event);
  };

  const handleBlur = (event: FocusEvent<HTMLInputElement>) => {
    commitText();
    onBlur?.(event);
  };

  const handleKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    onKeyDown?.(event);
    if (event.defaultPrevented || event.nativeEvent.isComposing || event.altKey) return;
    if (event.ctrlKey || event.metaKey) return;
    switch (event.key) {
      case 'ArrowUp':
        stepBy(1, event.shiftKey ? 10 : 1);
        break;
      case 'ArrowDown':
        stepBy(-1, event.shiftKey ? 10 : 1);
        break;
      case 'PageUp':
        stepBy(1, 10);
        break;
      case 'PageDown':
        stepBy(-1, 10);
        break;
      case 'Home':
        if (min === undefined || readOnly) return;
        commit(min);
        break;
      case 'End':
        if (max === undefined || readOnly) return;
        commit(max);
        break;
      case 'Enter':
        // Commit before the form's implicit submission reads the hidden input.
        if (!readOnly) commitText();
        return;
      default:
        return;
    }
    event.preventDefault();
  };

  const keepFocus = (event: MouseEvent<HTMLButtonElement>) => event.preventDefault();
  const fractional = (formatter.resolvedOptions().maximumFractionDigits ?? 0) > 0;
  const locked = Boolean(disabled || readOnly);

  return (
    <FieldControl
      {...rest}
      component="NumberField"
      ref={ref}
      className={cx(numberFieldClass, className)}
      type="text"
      role="spinbutton"
      inputMode={fractional ? 'decimal' : 'numeric'}
      autoComplete="off"
      autoCorrect="off"
      spellCheck={false}
      value={text}
      onChange={handleChange}
      onBlur={handleBlur}
      onKeyDown={handleKeyDown}
      disabled={disabled}
      readOnly={readOnly}
      form={form}
      aria-valuenow={value ?? undefined}
      aria-valuetext={value === null ? undefined : format(value)}
      aria-valuemin={min}
      aria-valuemax={max}
      suffix={
        <>
          {hideStepper ? null : (
            <>
              <FieldAction
                component="NumberField"
                aria-label={decrementLabel}
                tabIndex={-1}
                disabled={locked || (min !== undefined && value !== null && value <= min)}
                onMouseDown={keepFocus}
                onClick={() => stepBy(-1)}
                icon={<MinusIcon size="sm" />}
              />
              <FieldAction
                component="NumberField"
                aria-label={incrementLabel}
                tabIndex={-1}
                disabled={locked || (max !== undefined && value !== null && value >= max)}
                onMouseDown={keepFocus}
                onClick={() => stepBy(1)}
                icon={<PlusIcon size="sm" />}
              />
            </>
          )}
          {name ? (
            <input
              ref={hiddenRef}
              type="hidden"
              name={name}
              form={form}
              disabled={disabled}
              value={value === null ? '' : String(value)}
            />
          ) : null}
        </>
      }
    />
  );
});

NumberField.displayName = 'NumberField';
