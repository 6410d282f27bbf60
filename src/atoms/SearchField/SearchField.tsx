import {
  forwardRef,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ChangeEvent,
  type KeyboardEvent,
  type MouseEvent,
} from 'react';
import { cx, mergeRefs, reportUnchangeable } from '../../utils';
import {
  FieldAction,
  FieldControl,
  type FieldControlProps,
  type FieldControlSize,
} from '../FieldControl';
import { SearchIcon, XIcon } from '../Icon';
import { searchFieldClass } from './SearchField.styles';

export type SearchFieldSize = FieldControlSize;

export interface SearchFieldProps extends Omit<
  FieldControlProps,
  'component' | 'type' | 'prefix' | 'suffix' | 'onSubmit' | 'children'
> {
  /** Called with the current value when the user presses Enter (the form still submits). */
  onSubmit?: (value: string) => void;
  /** Called after the clear button or Escape empties the field. */
  onClear?: () => void;
  /**
   * The clear button's accessible name (translate it here).
   * @default 'Clear search'
   */
  clearLabel?: string;
}

/** Sets the value as typing would, so React's `onChange` (and form libraries) see it. */
function setNativeValue(input: HTMLInputElement, value: string) {
  const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
  setter?.call(input, value);
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

/**
 * A search input (`type="search"`) with a search icon, a clear button shown only while
 * there is a value, Escape to clear and Enter to submit. Controlled or uncontrolled; `name`
 * submits with a native form; the ref reaches the <input>.
 *
 * @selector .cal-field-control — the box around the input; `[data-size]`, `[data-readonly]`
 */
export const SearchField = forwardRef<HTMLInputElement, SearchFieldProps>(function SearchField(
  {
    onSubmit,
    onClear,
    clearLabel = 'Clear search',
    value,
    defaultValue,
    onChange,
    onKeyDown,
    disabled,
    readOnly,
    className,
    ...rest
  },
  forwardedRef,
) {
  // Inline NODE_ENV check: production bundles drop the message (see toastStore.ts).
  if (typeof process !== 'undefined' && process.env.NODE_ENV !== 'production') {
    reportUnchangeable(
      'SearchField',
      { value, onChange, readOnly, disabled },
      'value',
      'onChange',
      true,
    );
  }
  const inputRef = useRef<HTMLInputElement | null>(null);
  const ref = useMemo(() => mergeRefs(inputRef, forwardedRef), [forwardedRef]);
  const [uncontrolledFilled, setUncontrolledFilled] = useState(
    () => String(defaultValue ?? '') !== '',
  );
  const filled = value === undefined ? uncontrolledFilled : String(value ?? '') !== '';

  // form.reset() restores an uncontrolled input without a change event.
  useEffect(() => {
    const form = inputRef.current?.form;
    if (value !== undefined || !form) return;
    const onReset = () =>
      queueMicrotask(() => setUncontrolledFilled((inputRef.current?.value ?? '') !== ''));
    form.addEventListener('reset', onReset);
    return () => form.removeEventListener('reset', onReset);
  }, [value]);

  const handleChange = (event: ChangeEvent<HTMLInputElement>) => {
    if (value === undefined) setUncontrolledFilled(event.target.value !== '');
    onChange?.(event);
  };

  const clear = () => {
    const input = inputRef.current;
    if (!input) return;
    setNativeValue(input, '');
    input.focus();
    onClear?.();
  };

  const handleKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    onKeyDown?.(event);
    if (event.defaultPrevented || event.nativeEvent.isComposing) return;
    if (event.key === 'Enter') {
      onSubmit?.(event.currentTarget.value);
    } else if (event.key === 'Escape' && event.currentTarget.value !== '' && !readOnly) {
      // Only a non-empty field consumes Escape; an empty one lets a dialog close.
      event.preventDefault();
      event.stopPropagation();
      clear();
    }
  };

  const keepFocus = (event: MouseEvent<HTMLButtonElement>) => event.preventDefault();
  const showClear = filled && !disabled && !readOnly;

  return (
    <FieldControl
      {...rest}
      component="SearchField"
      ref={ref}
      className={cx(searchFieldClass, className)}
      type="search"
      value={value}
      defaultValue={defaultValue}
      onChange={handleChange}
      onKeyDown={handleKeyDown}
      disabled={disabled}
      readOnly={readOnly}
      prefix={<SearchIcon size="sm" />}
      suffix={
        showClear ? (
          <FieldAction
            component="SearchField"
            aria-label={clearLabel}
            tabIndex={-1}
            onMouseDown={keepFocus}
            onClick={clear}
            icon={<XIcon size="sm" />}
          />
        ) : undefined
      }
    />
  );
});

SearchField.displayName = 'SearchField';
