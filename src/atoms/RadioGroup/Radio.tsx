import {
  forwardRef,
  type ChangeEvent,
  type InputHTMLAttributes,
  type KeyboardEvent,
  type MouseEvent,
  type ReactNode,
} from 'react';
import { visuallyHiddenClass } from '../../theme/sharedStyles';
import { cx, devError } from '../../utils';
import { useField } from '../Field';
import { radioClass } from './RadioGroup.styles';
import { useRadioGroup, type RadioSize } from './RadioGroupContext';

export type { RadioSize };

export interface RadioProps extends Omit<
  InputHTMLAttributes<HTMLInputElement>,
  'size' | 'type' | 'value'
> {
  /** The visible label beside the circle. Required: a radio without an accessible name is a dev-time error. */
  label: ReactNode;
  /**
   * Hides the label on screen; assistive technology still reads it.
   * @default false
   */
  hideLabel?: boolean;
  /** Helper text under the label, read after it. */
  description?: ReactNode;
  /** The value this option stands for: what the group reports and the form submits. Required. */
  value: string;
  /**
   * Circle and type size. Inside a RadioGroup, the group's size unless set here.
   * @default 'md'
   */
  size?: RadioSize;
  /** Class name for the outer element (circle and text). */
  className?: string;
}

const ARROWS = new Set(['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight']);

/**
 * One option of a RadioGroup: a native radio drawn as a styled circle, with a label and an
 * optional description. It takes the group's name, value, size, disabled and read-only state;
 * the browser gives the group one tab stop and arrow keys that move and select.
 * The ref reaches the <input>.
 */
export const Radio = forwardRef<HTMLInputElement, RadioProps>(function Radio(
  {
    label,
    hideLabel = false,
    description,
    value,
    size,
    className,
    style,
    id,
    name,
    checked,
    defaultChecked,
    disabled,
    required,
    onChange,
    onClick,
    onKeyDown,
    ...inputProps
  },
  ref,
) {
  const group = useRadioGroup();
  const ids = useField({
    component: 'Radio',
    id,
    label,
    description,
    'aria-label': inputProps['aria-label'],
    'aria-labelledby': inputProps['aria-labelledby'],
    'aria-describedby': inputProps['aria-describedby'],
  });
  if (!group && !name) {
    devError(
      'Radio',
      'a Radio needs a RadioGroup around it (or a `name` shared with its siblings).',
    );
  }

  // The default size writes no attribute: the base rule is the md look.
  const effectiveSize = size ?? group?.size ?? 'md';
  const isDisabled = Boolean(disabled || group?.disabled);
  const readOnly = Boolean(group?.readOnly);
  const isChecked = checked ?? (group?.value !== undefined ? group.value === value : undefined);
  const isDefaultChecked =
    isChecked !== undefined
      ? undefined
      : (defaultChecked ??
        (group?.defaultValue !== undefined ? group.defaultValue === value : undefined));

  const handleClick = (event: MouseEvent<HTMLInputElement>) => {
    if (readOnly) {
      event.preventDefault();
      group?.restoreSelection();
    }
    onClick?.(event);
  };
  const handleKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    // Read-only: arrow keys would select the next option; keep the focus on the checked one.
    if (readOnly && ARROWS.has(event.key)) event.preventDefault();
    onKeyDown?.(event);
  };
  const handleChange = (event: ChangeEvent<HTMLInputElement>) => {
    if (readOnly) return;
    onChange?.(event);
    group?.onItemChange(event);
  };

  return (
    <div
      className={cx(radioClass, className)}
      style={style}
      data-size={effectiveSize === 'md' ? undefined : effectiveSize}
      data-invalid={group?.invalid || undefined}
      data-disabled={isDisabled || undefined}
      data-readonly={readOnly || undefined}
    >
      <span data-part="control">
        <input
          {...inputProps}
          ref={ref}
          id={ids.inputId}
          type="radio"
          name={name ?? group?.name}
          value={value}
          checked={isChecked}
          defaultChecked={isDefaultChecked}
          disabled={isDisabled}
          required={required ?? (group?.required || undefined)}
          onClick={handleClick}
          onKeyDown={handleKeyDown}
          onChange={handleChange}
          aria-describedby={ids.describedBy}
        />
        <span data-part="box" aria-hidden="true" />
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
          </label>
        ) : null}
        {ids.descriptionId ? (
          <span id={ids.descriptionId} data-part="description">
            {description}
          </span>
        ) : null}
      </span>
    </div>
  );
});

Radio.displayName = 'Radio';
