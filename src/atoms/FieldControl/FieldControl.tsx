import {
  forwardRef,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ChangeEvent,
  type InputHTMLAttributes,
  type PointerEvent,
  type ReactNode,
} from 'react';
import { mergeRefs, reportUnchangeable, reportUnknownValues } from '../../utils';
import { Field, useField, type FieldTextProps } from '../Field';
import { controlClass } from './FieldControl.styles';

export const fieldControlSizes = ['sm', 'md', 'lg'] as const;
export type FieldControlSize = (typeof fieldControlSizes)[number];

export interface FieldControlProps
  extends FieldTextProps, Omit<InputHTMLAttributes<HTMLInputElement>, 'size' | 'prefix' | 'type'> {
  /**
   * Height, padding and type size.
   * @default 'md'
   * @selector [data-size="sm" | "lg"] — on the box (`.cal-field-control`); `md` writes none
   */
  size?: FieldControlSize;
  /** Content before the input, inside the box: a unit, a currency, an icon. */
  prefix?: ReactNode;
  /** Content after the input, inside the box. */
  suffix?: ReactNode;
  /**
   * Shows `length / maxLength` under the field (or just the length without `maxLength`).
   * @default false
   * @selector [data-part="count"][data-over] — the count, in the error colour, past `maxLength`
   */
  showCount?: boolean;
  /**
   * The input type; text-like types only.
   * @default 'text'
   */
  type?: 'text' | 'email' | 'tel' | 'url' | 'search' | 'password';
  /** The public component's name, used in development messages (`[Callicrates] <component>: …`). */
  component: string;
  /** Class name for the outer field element. */
  className?: string;
}

/**
 * Private building block: the single-line field every text-like control shares (label,
 * description, error, count, prefix, suffix, the bordered box), parametrised by the public
 * component's name. TextField is exactly `<FieldControl component="TextField" {...props} />`;
 * PasswordField, SearchField and NumberField add their actions (FieldAction) and behaviour.
 *
 * @selector .cal-field-control — the box around the input, with `[data-size]` and
 * `[data-readonly]` (the input is `readOnly`)
 * @selector [data-part="count"][data-over] — the count, past `maxLength`
 */
export const FieldControl = forwardRef<HTMLInputElement, FieldControlProps>(function FieldControl(
  {
    component,
    label,
    hideLabel = false,
    description,
    error,
    invalid,
    size = 'md',
    prefix,
    suffix,
    showCount = false,
    type = 'text',
    className,
    style,
    id,
    disabled,
    readOnly,
    required,
    maxLength,
    value,
    defaultValue,
    onChange,
    // An <input> cannot hold children: reported by useField and dropped.
    children,
    ...inputProps
  },
  forwardedRef,
) {
  // Inline NODE_ENV check: production bundles drop the message (see toastStore.ts).
  if (typeof process !== 'undefined' && process.env.NODE_ENV !== 'production') {
    reportUnchangeable(
      component,
      { value, onChange, readOnly, disabled },
      'value',
      'onChange',
      true,
    );
    reportUnknownValues(component, { size: [size, fieldControlSizes] });
  }
  const inputRef = useRef<HTMLInputElement | null>(null);
  const [uncontrolledLength, setUncontrolledLength] = useState(
    () => String(defaultValue ?? '').length,
  );
  const length = value === undefined ? uncontrolledLength : String(value ?? '').length;

  const ids = useField({
    component,
    id,
    label,
    description,
    error,
    invalid,
    'aria-label': inputProps['aria-label'],
    'aria-labelledby': inputProps['aria-labelledby'],
    'aria-describedby': inputProps['aria-describedby'],
    withCount: showCount,
    children,
  });
  const ref = useMemo(() => mergeRefs(inputRef, forwardedRef), [forwardedRef]);

  // form.reset() restores an uncontrolled input without a change event: keep the count true.
  useEffect(() => {
    const form = inputRef.current?.form;
    if (!showCount || value !== undefined || !form) return;
    const onReset = () =>
      queueMicrotask(() => setUncontrolledLength(inputRef.current?.value.length ?? 0));
    form.addEventListener('reset', onReset);
    return () => form.removeEventListener('reset', onReset);
  }, [showCount, value]);

  const handleChange = (event: ChangeEvent<HTMLInputElement>) => {
    if (value === undefined && showCount) setUncontrolledLength(event.target.value.length);
    onChange?.(event);
  };

  // Clicking the prefix or suffix focuses the input, as clicking the box would suggest.
  const focusInput = (event: PointerEvent<HTMLDivElement>) => {
    if (event.target !== inputRef.current && !disabled) {
      event.preventDefault();
      inputRef.current?.focus();
    }
  };

  const count = showCount ? (
    <span
      id={ids.countId}
      data-part="count"
      data-over={maxLength !== undefined && length > maxLength ? '' : undefined}
    >
      {maxLength === undefined ? length : `${length}/${maxLength}`}
    </span>
  ) : null;

  return (
    <Field
      ids={ids}
      label={label}
      hideLabel={hideLabel}
      description={description}
      error={error}
      required={required}
      disabled={disabled}
      footerEnd={count}
      className={className}
      style={style}
    >
      <div
        className={controlClass}
        data-size={size === 'md' ? undefined : size}
        data-readonly={readOnly || undefined}
        onPointerDown={focusInput}
      >
        {prefix ? <span data-part="prefix">{prefix}</span> : null}
        <input
          {...inputProps}
          ref={ref}
          id={ids.inputId}
          type={type}
          value={value}
          defaultValue={defaultValue}
          onChange={handleChange}
          disabled={disabled}
          readOnly={readOnly}
          required={required}
          maxLength={maxLength}
          aria-invalid={ids.invalid || undefined}
          aria-describedby={ids.describedBy}
        />
        {suffix ? <span data-part="suffix">{suffix}</span> : null}
      </div>
    </Field>
  );
});

FieldControl.displayName = 'FieldControl';
