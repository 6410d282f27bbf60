import {
  forwardRef,
  type ChangeEvent,
  type InputHTMLAttributes,
  type MouseEvent,
  type ReactNode,
} from 'react';
import { visuallyHiddenClass } from '../../theme/sharedStyles';
import { cx } from '../../utils';
import { useField } from '../Field';
import { switchClass } from './Switch.styles';

export type SwitchSize = 'sm' | 'md' | 'lg';
export type SwitchLabelPlacement = 'end' | 'start';

export interface SwitchProps extends Omit<
  InputHTMLAttributes<HTMLInputElement>,
  'size' | 'type' | 'role'
> {
  /** The visible label. Required: a switch without an accessible name is a dev-time error. */
  label: ReactNode;
  /**
   * Hides the label on screen; assistive technology still reads it.
   * @default false
   */
  hideLabel?: boolean;
  /**
   * The side of the track the label sits on, in reading order: `end` after the track,
   * `start` before it (settings lists). Logical, so it mirrors in RTL.
   * @default 'end'
   */
  labelPlacement?: SwitchLabelPlacement;
  /** Helper text under the label, read after it. */
  description?: ReactNode;
  /** An error message. Setting it marks the switch invalid (`aria-invalid`) and describes it. */
  error?: ReactNode;
  /**
   * Marks the switch invalid without a message here.
   * @default Boolean(error)
   */
  invalid?: boolean;
  /**
   * Track and type size.
   * @default 'md'
   */
  size?: SwitchSize;
  /**
   * The value submitted under `name` while the switch is on (nothing is submitted when off).
   * @default 'on'
   */
  value?: string;
  /**
   * Prevents toggling while keeping the switch focusable and submitted (`aria-readonly`).
   * @default false
   */
  readOnly?: boolean;
  /** Class name for the outer element (track and text). */
  className?: string;
}

/**
 * An on/off setting that applies at once: a native `<input type="checkbox" role="switch">`
 * drawn as a track and thumb. Controlled (`checked` + `onChange`) or uncontrolled
 * (`defaultChecked`); `name` submits `value` when on. The ref reaches the <input>.
 */
export const Switch = forwardRef<HTMLInputElement, SwitchProps>(function Switch(
  {
    label,
    hideLabel = false,
    labelPlacement = 'end',
    description,
    error,
    invalid,
    size = 'md',
    className,
    style,
    id,
    disabled,
    readOnly = false,
    required,
    onChange,
    onClick,
    ...inputProps
  },
  ref,
) {
  const ids = useField({
    component: 'Switch',
    id,
    label,
    description,
    error,
    invalid,
    'aria-label': inputProps['aria-label'],
    'aria-labelledby': inputProps['aria-labelledby'],
    'aria-describedby': inputProps['aria-describedby'],
  });

  const handleClick = (event: MouseEvent<HTMLInputElement>) => {
    if (readOnly) event.preventDefault();
    onClick?.(event);
  };
  const handleChange = (event: ChangeEvent<HTMLInputElement>) => {
    if (readOnly) return;
    onChange?.(event);
  };

  return (
    <div
      className={cx(switchClass, className)}
      style={style}
      data-size={size === 'md' ? undefined : size}
      data-label-placement={labelPlacement === 'end' ? undefined : labelPlacement}
      data-invalid={ids.invalid || undefined}
      data-disabled={disabled || undefined}
      data-readonly={readOnly || undefined}
    >
      <span data-part="control">
        <input
          {...inputProps}
          ref={ref}
          id={ids.inputId}
          type="checkbox"
          role="switch"
          disabled={disabled}
          required={required}
          onClick={handleClick}
          onChange={handleChange}
          aria-readonly={readOnly || undefined}
          aria-invalid={ids.invalid || undefined}
          aria-describedby={ids.describedBy}
        />
        <span data-part="track" aria-hidden="true">
          <span data-part="thumb" />
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

Switch.displayName = 'Switch';
