import {
  forwardRef,
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ChangeEvent,
  type CSSProperties,
  type TextareaHTMLAttributes,
} from 'react';
import {
  cx,
  devError,
  mergeRefs,
  reportUnchangeable,
  reportUnknownValues,
  useBrowserLayoutEffect,
} from '../../utils';
import { Field, useField, type FieldTextProps } from '../Field';
import { controlClass } from '../FieldControl';
import { textAreaControlClass } from './TextArea.styles';

export const textAreaSizes = ['sm', 'md', 'lg'] as const;
export type TextAreaSize = (typeof textAreaSizes)[number];
export const textAreaResizes = ['none', 'vertical'] as const;
export type TextAreaResize = (typeof textAreaResizes)[number];

export interface TextAreaProps
  extends FieldTextProps, Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'rows' | 'cols'> {
  /**
   * Padding and type size (the height follows the rows).
   * @default 'md'
   * @selector [data-size="sm" | "lg"] — on the box (`.cal-field-control`); `md` writes none
   */
  size?: TextAreaSize;
  /**
   * The height in rows when empty; also the native `rows`, so the field has this height
   * without JavaScript (server-rendered, before hydration).
   * @default 3
   */
  minRows?: number;
  /**
   * The field grows with its content up to this many rows, then scrolls. Leave it out to
   * grow without limit; set it equal to `minRows` for a fixed height.
   */
  maxRows?: number;
  /**
   * Whether the user can drag the field taller (`'vertical'`) or not (`'none'`).
   * @default 'vertical'
   * @selector [data-resize="none"] — on the box; `vertical` writes none
   */
  resize?: TextAreaResize;
  /**
   * Shows `length / maxLength` under the field (or just the length without `maxLength`).
   * @default false
   * @selector [data-part="count"][data-over] — the count, in the error colour, past `maxLength`
   */
  showCount?: boolean;
  /** Class name for the outer field element. */
  className?: string;
}

/**
 * A multi-line text input with label, description, error message and optional character
 * count, growing with its content between `minRows` and `maxRows`. Controlled (`value` +
 * `onChange`) or uncontrolled (`defaultValue`); `name` makes it submit with a native form.
 * The ref reaches the <textarea>.
 *
 * @selector .cal-field-control.cal-text-area-control — the box around the <textarea>, with
 * `[data-size]`, `[data-resize]` and `[data-readonly]` (the textarea is `readOnly`)
 */
export const TextArea = forwardRef<HTMLTextAreaElement, TextAreaProps>(function TextArea(
  {
    label,
    hideLabel = false,
    description,
    error,
    invalid,
    size = 'md',
    minRows = 3,
    maxRows,
    resize = 'vertical',
    showCount = false,
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
    ...textAreaProps
  },
  forwardedRef,
) {
  // Inline NODE_ENV check: production bundles drop the message (see toastStore.ts).
  if (typeof process !== 'undefined' && process.env.NODE_ENV !== 'production') {
    reportUnchangeable(
      'TextArea',
      { value, onChange, readOnly, disabled },
      'value',
      'onChange',
      true,
    );
    reportUnknownValues('TextArea', {
      size: [size, textAreaSizes],
      resize: [resize, textAreaResizes],
    });
  }
  const textAreaRef = useRef<HTMLTextAreaElement | null>(null);
  const ref = useMemo(() => mergeRefs(textAreaRef, forwardedRef), [forwardedRef]);
  const [uncontrolledLength, setUncontrolledLength] = useState(
    () => String(defaultValue ?? '').length,
  );
  const length = value === undefined ? uncontrolledLength : String(value ?? '').length;

  if (!(minRows >= 1) || (maxRows !== undefined && !(maxRows >= minRows))) {
    devError(
      'TextArea',
      `\`minRows\` must be at least 1 and \`maxRows\` at least \`minRows\`; got ${minRows} and ${maxRows}.`,
    );
  }
  const rows = Math.max(1, Math.floor(minRows) || 1);
  const limit = maxRows !== undefined && maxRows >= rows ? Math.floor(maxRows) : undefined;
  const autoGrow = limit === undefined || limit > rows;

  const ids = useField({
    component: 'TextArea',
    id,
    label,
    description,
    error,
    invalid,
    'aria-label': textAreaProps['aria-label'],
    'aria-labelledby': textAreaProps['aria-labelledby'],
    'aria-describedby': textAreaProps['aria-describedby'],
    withCount: showCount,
  });
  const countId = ids.countId;

  /*
   * Auto-grow: one write (height auto), one read (scrollHeight), one write, and only when
   * the text or the width changes — never on an unrelated render. Min and max rows are
   * enforced by CSS (min/max-block-size in `lh`), so this only sets the content height.
   */
  const fit = useCallback(() => {
    const element = textAreaRef.current;
    if (!element || !autoGrow) return;
    element.style.height = 'auto';
    const height = element.scrollHeight + element.offsetHeight - element.clientHeight;
    if (height > 0) element.style.height = `${height}px`;
  }, [autoGrow]);

  // Controlled value (and first paint): fit before the browser paints.
  useBrowserLayoutEffect(() => {
    fit();
  }, [fit, value]);

  // A new width rewraps the text: refit when (only when) the inline size changes.
  useEffect(() => {
    const element = textAreaRef.current;
    if (!element || !autoGrow || typeof ResizeObserver === 'undefined') return;
    let width = element.clientWidth;
    const observer = new ResizeObserver(() => {
      if (element.clientWidth === width) return;
      width = element.clientWidth;
      fit();
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [autoGrow, fit]);

  // form.reset() restores an uncontrolled value without a change event: refit and recount.
  useEffect(() => {
    const form = textAreaRef.current?.form;
    if (value !== undefined || !form) return;
    const onReset = () =>
      queueMicrotask(() => {
        setUncontrolledLength(textAreaRef.current?.value.length ?? 0);
        fit();
      });
    form.addEventListener('reset', onReset);
    return () => form.removeEventListener('reset', onReset);
  }, [value, fit]);

  const handleChange = (event: ChangeEvent<HTMLTextAreaElement>) => {
    if (value === undefined) {
      if (showCount) setUncontrolledLength(event.target.value.length);
      fit();
    }
    onChange?.(event);
  };

  const count = showCount ? (
    <span
      id={countId}
      data-part="count"
      data-over={maxLength !== undefined && length > maxLength ? '' : undefined}
    >
      {maxLength === undefined ? length : `${length}/${maxLength}`}
    </span>
  ) : null;

  const describedBy = ids.describedBy;

  const rowVars = {
    '--_min-rows': rows,
    '--_max-rows': limit,
  } as CSSProperties;

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
        className={cx(controlClass, textAreaControlClass)}
        data-size={size === 'md' ? undefined : size}
        data-readonly={readOnly || undefined}
        data-resize={resize === 'vertical' ? undefined : resize}
        style={rowVars}
      >
        <textarea
          {...textAreaProps}
          ref={ref}
          id={ids.inputId}
          rows={rows}
          value={value}
          defaultValue={defaultValue}
          onChange={handleChange}
          disabled={disabled}
          readOnly={readOnly}
          required={required}
          maxLength={maxLength}
          aria-invalid={ids.invalid || undefined}
          aria-describedby={describedBy}
        />
      </div>
    </Field>
  );
});

TextArea.displayName = 'TextArea';
