import {
  forwardRef,
  type ChangeEvent,
  type InputHTMLAttributes,
  type KeyboardEvent,
  type MouseEvent,
  type ReactNode,
} from 'react';
import { cx, devError, reportUnknownValues } from '../../utils';
import { ChoiceControl } from '../ChoiceControl';
import { useField } from '../Field';
import { radioClass } from './RadioGroup.styles';
import { radioSizes, useRadioGroup, type RadioSize } from './RadioGroupContext';

export type { RadioSize };

export interface RadioProps extends Omit<
  InputHTMLAttributes<HTMLInputElement>,
  'size' | 'type' | 'value' | 'children'
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
    value,
    size,
    className,
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
  // Inline NODE_ENV check: production bundles drop the message (see toastStore.ts).
  if (typeof process !== 'undefined' && process.env.NODE_ENV !== 'production') {
    reportUnknownValues('Radio', { size: [size, radioSizes] });
  }
  const group = useRadioGroup();
  // Id, label, description and the caller's ARIA: useField reads what it knows.
  const ids = useField({ component: 'Radio', ...inputProps });
  if (!group && !name) {
    devError(
      'Radio',
      'a Radio needs a RadioGroup around it (or a `name` shared with its siblings).',
    );
  }

  const readOnly = Boolean(group?.readOnly);
  const isChecked = checked ?? (group?.value !== undefined ? group.value === value : undefined);
  const isDefaultChecked =
    isChecked !== undefined
      ? undefined
      : (defaultChecked ??
        (group?.defaultValue !== undefined ? group.defaultValue === value : undefined));

  // Read-only (ChoiceControl prevents the click): put the previous selection back.
  const handleClick = (event: MouseEvent<HTMLInputElement>) => {
    if (readOnly) group?.restoreSelection();
    onClick?.(event);
  };
  const handleKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    // Read-only: arrow keys would select the next option; keep the focus on the checked one.
    if (readOnly && ARROWS.has(event.key)) event.preventDefault();
    onKeyDown?.(event);
  };
  const handleChange = (event: ChangeEvent<HTMLInputElement>) => {
    onChange?.(event);
    group?.onItemChange(event);
  };

  // No aria-invalid, aria-readonly or required marker here: the radiogroup carries them.
  return (
    <ChoiceControl
      {...inputProps}
      ref={ref}
      type="radio"
      className={cx(radioClass, className)}
      ids={ids}
      size={size ?? group?.size}
      invalid={Boolean(group?.invalid)}
      disabled={Boolean(disabled || group?.disabled)}
      readOnly={readOnly}
      name={name ?? group?.name}
      value={value}
      checked={isChecked}
      defaultChecked={isDefaultChecked}
      required={required ?? (group?.required || undefined)}
      onClick={handleClick}
      onKeyDown={handleKeyDown}
      onChange={handleChange}
      indicator={<span data-part="box" aria-hidden="true" />}
    />
  );
});

Radio.displayName = 'Radio';
