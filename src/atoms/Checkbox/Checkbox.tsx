import {
  forwardRef,
  useEffect,
  useMemo,
  useRef,
  type ChangeEvent,
  type InputHTMLAttributes,
  type MouseEvent,
  type ReactNode,
} from 'react';
import { visuallyHiddenClass } from '../../theme/sharedStyles';
import { cx, devError, mergeRefs } from '../../utils';
import { useField } from '../Field';
import { CheckIcon, MinusIcon } from '../Icon';
import { checkboxClass } from './Checkbox.styles';
import { useCheckboxGroup } from './CheckboxGroupContext';

export type CheckboxSize = 'sm' | 'md' | 'lg';

export interface CheckboxProps extends Omit<
  InputHTMLAttributes<HTMLInputElement>,
  'size' | 'type' | 'value'
> {
  /** The visible label beside the box. Required: a checkbox without an accessible name is a dev-time error. */
  label: ReactNode;
  /**
   * Hides the label on screen; assistive technology still reads it.
   * @default false
   */
  hideLabel?: boolean;
  /** Helper text under the label, read after it. */
  description?: ReactNode;
  /** An error message. Setting it marks the checkbox invalid (`aria-invalid`) and describes it. */
  error?: ReactNode;
  /**
   * Marks the checkbox invalid without a message here (e.g. the message is on the group).
   * @default Boolean(error)
   */
  invalid?: boolean;
  /**
   * Shows the mixed state (a dash): some, not all, of the items it stands for are checked.
   * Set as the DOM property, so `aria-checked="mixed"` and `:indeterminate` follow. A click
   * clears it natively; a controlled parent decides the next state.
   * @default false
   */
  indeterminate?: boolean;
  /**
   * Box and type size. Inside a CheckboxGroup, the group's size unless set here.
   * @default 'md'
   */
  size?: CheckboxSize;
  /**
   * The value submitted under `name` when checked; inside a CheckboxGroup, the item's value.
   * @default 'on'
   */
  value?: string;
  /**
   * Prevents toggling while keeping the checkbox focusable and submitted (`aria-readonly`).
   * @default false
   */
  readOnly?: boolean;
  /** Class name for the outer element (box and text). */
  className?: string;
}

/**
 * A native checkbox drawn as a styled box with a label beside it, plus optional description,
 * error and mixed state. Controlled (`checked` + `onChange`) or uncontrolled
 * (`defaultChecked`); `name` + `value` submit with a native form. The ref reaches the <input>.
 * Inside a CheckboxGroup it takes the group's name, value, size, disabled and read-only state.
 */
export const Checkbox = forwardRef<HTMLInputElement, CheckboxProps>(function Checkbox(
  {
    label,
    hideLabel = false,
    description,
    error,
    invalid,
    indeterminate = false,
    size,
    className,
    style,
    id,
    name,
    value,
    checked,
    defaultChecked,
    disabled,
    readOnly,
    required,
    onChange,
    onClick,
    ...inputProps
  },
  forwardedRef,
) {
  const group = useCheckboxGroup();
  const inputRef = useRef<HTMLInputElement | null>(null);
  const ref = useMemo(() => mergeRefs(inputRef, forwardedRef), [forwardedRef]);

  const ids = useField({
    component: 'Checkbox',
    id,
    label,
    description,
    error,
    invalid: invalid ?? (group?.invalid || undefined),
    'aria-label': inputProps['aria-label'],
    'aria-labelledby': inputProps['aria-labelledby'],
    'aria-describedby': inputProps['aria-describedby'],
  });

  if (group && value === undefined) {
    devError(
      'Checkbox',
      'a Checkbox inside a CheckboxGroup needs a `value`: it is what the group reports and submits.',
    );
  }

  // The mixed state exists only as a DOM property. Set it after every render: a click clears
  // it natively, and a controlled parent that still passes `indeterminate` must win again.
  useEffect(() => {
    if (inputRef.current) inputRef.current.indeterminate = indeterminate;
  });

  // The default size writes no attribute: the base rule is the md look.
  const effectiveSize = size ?? group?.size ?? 'md';
  const isDisabled = Boolean(disabled || group?.disabled);
  const isReadOnly = Boolean(readOnly || group?.readOnly);
  const inGroup = group !== null && value !== undefined;
  const isChecked =
    checked ?? (inGroup && group.value !== undefined ? group.value.includes(value) : undefined);
  const isDefaultChecked =
    isChecked !== undefined
      ? undefined
      : (defaultChecked ??
        (inGroup && group.defaultValue ? group.defaultValue.includes(value) : undefined));

  const handleClick = (event: MouseEvent<HTMLInputElement>) => {
    // Read-only: the click (also fired by Space and by the label) must not toggle.
    if (isReadOnly) event.preventDefault();
    onClick?.(event);
  };

  const handleChange = (event: ChangeEvent<HTMLInputElement>) => {
    if (isReadOnly) return;
    onChange?.(event);
    if (inGroup) group.onItemChange(event);
  };

  return (
    <div
      className={cx(checkboxClass, className)}
      style={style}
      data-size={effectiveSize === 'md' ? undefined : effectiveSize}
      data-invalid={ids.invalid || undefined}
      data-disabled={isDisabled || undefined}
      data-readonly={isReadOnly || undefined}
    >
      <span data-part="control">
        <input
          {...inputProps}
          ref={ref}
          id={ids.inputId}
          type="checkbox"
          name={name ?? group?.name}
          value={value}
          checked={isChecked}
          defaultChecked={isDefaultChecked}
          disabled={isDisabled}
          required={required ?? (group?.required || undefined)}
          onClick={handleClick}
          onChange={handleChange}
          aria-readonly={isReadOnly || undefined}
          aria-invalid={ids.invalid || undefined}
          aria-describedby={ids.describedBy}
        />
        <span data-part="box" aria-hidden="true">
          <CheckIcon data-icon="check" strokeWidth={3} />
          <MinusIcon data-icon="minus" strokeWidth={3} />
        </span>
      </span>
      <span data-part="text">
        {label ? (
          <label
            id={ids.labelId}
            htmlFor={ids.inputId}
            data-part="label"
            className={hideLabel ? visuallyHiddenClass : undefined}
          >
            {label}
            {required ? (
              <span data-part="required" aria-hidden="true">
                *
              </span>
            ) : null}
          </label>
        ) : null}
        {ids.descriptionId ? (
          <span id={ids.descriptionId} data-part="description">
            {description}
          </span>
        ) : null}
        {ids.errorId ? (
          <span id={ids.errorId} data-part="error">
            {error}
          </span>
        ) : null}
      </span>
    </div>
  );
});

Checkbox.displayName = 'Checkbox';
