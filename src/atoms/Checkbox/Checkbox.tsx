import {
  forwardRef,
  useMemo,
  useRef,
  type ChangeEvent,
  type InputHTMLAttributes,
  type ReactNode,
} from 'react';
import {
  cx,
  devError,
  mergeRefs,
  reportUnchangeable,
  reportUnknownValues,
  useBrowserLayoutEffect,
} from '../../utils';
import { ChoiceControl } from '../ChoiceControl';
import { useField } from '../Field';
import { CheckIcon, MinusIcon } from '../Icon';
import { checkboxClass } from './Checkbox.styles';
import { useCheckboxGroup } from './CheckboxGroupContext';

export const checkboxSizes = ['sm', 'md', 'lg'] as const;
export type CheckboxSize = (typeof checkboxSizes)[number];

export interface CheckboxProps extends Omit<
  InputHTMLAttributes<HTMLInputElement>,
  'size' | 'type' | 'value' | 'children'
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
 *
 * @selector [data-part="box"] > [data-icon="check" | "minus"] — the two icons drawn in the box,
 * both always rendered: the check shows while checked (not mixed), the dash while `indeterminate`
 */
export const Checkbox = forwardRef<HTMLInputElement, CheckboxProps>(function Checkbox(
  {
    invalid,
    indeterminate = false,
    size,
    className,
    name,
    value,
    checked,
    defaultChecked,
    disabled,
    readOnly,
    required,
    onChange,
    ...inputProps
  },
  forwardedRef,
) {
  // Inline NODE_ENV check: production bundles drop the message (see toastStore.ts).
  if (typeof process !== 'undefined' && process.env.NODE_ENV !== 'production') {
    reportUnchangeable(
      'Checkbox',
      { checked, onChange, readOnly, disabled },
      'checked',
      'onChange',
      true,
    );
    reportUnknownValues('Checkbox', { size: [size, checkboxSizes] });
  }
  const group = useCheckboxGroup();
  const inputRef = useRef<HTMLInputElement | null>(null);
  const ref = useMemo(() => mergeRefs(inputRef, forwardedRef), [forwardedRef]);

  // Id, label, description, error and the caller's ARIA: useField reads what it knows.
  const ids = useField({
    component: 'Checkbox',
    ...inputProps,
    invalid: invalid ?? (group?.invalid || undefined),
  });

  if (group && value === undefined) {
    devError(
      'Checkbox',
      'a Checkbox inside a CheckboxGroup needs a `value`: it is what the group reports and submits.',
    );
  }

  // The mixed state exists only as a DOM property. Set it after every render: a click clears
  // it natively, and a controlled parent that still passes `indeterminate` must win again.
  // Set it in the commit (a layout effect), not in a passive effect a task later: otherwise
  // the first frame paints a box without its dash, and code that reads the box right after
  // render (a Storybook play function outside act, an app's own effect) sees it not mixed.
  useBrowserLayoutEffect(() => {
    if (inputRef.current) inputRef.current.indeterminate = indeterminate;
  });

  const isReadOnly = Boolean(readOnly || group?.readOnly);
  const inGroup = group !== null && value !== undefined;
  const isChecked =
    checked ?? (inGroup && group.value !== undefined ? group.value.includes(value) : undefined);
  const isDefaultChecked =
    isChecked !== undefined
      ? undefined
      : (defaultChecked ??
        (inGroup && group.defaultValue ? group.defaultValue.includes(value) : undefined));

  const handleChange = (event: ChangeEvent<HTMLInputElement>) => {
    onChange?.(event);
    if (inGroup) group.onItemChange(event);
  };

  return (
    <ChoiceControl
      {...inputProps}
      ref={ref}
      type="checkbox"
      className={cx(checkboxClass, className)}
      ids={ids}
      requiredMarker={required}
      size={size ?? group?.size}
      invalid={ids.invalid}
      disabled={Boolean(disabled || group?.disabled)}
      readOnly={isReadOnly}
      name={name ?? group?.name}
      value={value}
      checked={isChecked}
      defaultChecked={isDefaultChecked}
      required={required ?? (group?.required || undefined)}
      onChange={handleChange}
      aria-readonly={isReadOnly || undefined}
      aria-invalid={ids.invalid || undefined}
      indicator={
        <span data-part="box" aria-hidden="true">
          <CheckIcon data-icon="check" strokeWidth={3} />
          <MinusIcon data-icon="minus" strokeWidth={3} />
        </span>
      }
    />
  );
});

Checkbox.displayName = 'Checkbox';
