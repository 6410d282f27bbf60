import {
  forwardRef,
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ChangeEvent,
  type HTMLAttributes,
  type ReactNode,
} from 'react';
import { mergeRefs, reportUnchangeable, reportUnknownValues } from '../../utils';
import { checkboxSizes, type CheckboxSize } from '../Checkbox/Checkbox';
import {
  CheckboxGroupContext,
  type CheckboxGroupContextValue,
} from '../Checkbox/CheckboxGroupContext';
import { ChoiceGroup } from '../ChoiceGroup';
import { useField } from '../Field';

export const checkboxGroupOrientations = ['vertical', 'horizontal'] as const;
export type CheckboxGroupOrientation = (typeof checkboxGroupOrientations)[number];

export interface CheckboxGroupProps extends Omit<
  HTMLAttributes<HTMLDivElement>,
  'defaultValue' | 'onChange'
> {
  /** The group's visible label (it names the `role="group"`). Required. */
  label: ReactNode;
  /**
   * Hides the group label on screen; assistive technology still reads it.
   * @default false
   */
  hideLabel?: boolean;
  /** Helper text under the options; describes the group. */
  description?: ReactNode;
  /** An error message. Setting it marks the group and each checkbox invalid and describes the group. */
  error?: ReactNode;
  /**
   * Marks the group invalid without a message here.
   * @default Boolean(error)
   */
  invalid?: boolean;
  /** The checked values (controlled). Pair with `onValueChange`. */
  value?: readonly string[];
  /** The values checked at first (uncontrolled); `form.reset()` returns to them. */
  defaultValue?: readonly string[];
  /** Called with every checked value, in the order of the options, after each change. */
  onValueChange?: (value: string[]) => void;
  /** The form name every Checkbox inside submits under (`FormData.getAll(name)`). */
  name?: string;
  /**
   * Options in a column or in a wrapping row.
   * @default 'vertical'
   * @selector [data-orientation="horizontal"] — on the `role="group"` element
   */
  orientation?: CheckboxGroupOrientation;
  /**
   * Disables every checkbox in the group.
   * @default false
   */
  disabled?: boolean;
  /**
   * Every checkbox stays focusable and submitted but cannot be toggled.
   * @default false
   */
  readOnly?: boolean;
  /**
   * At least one option must be checked: until one is, each checkbox is natively `required`,
   * so the browser blocks the submit and assistive technology announces it.
   * @default false
   */
  required?: boolean;
  /**
   * Size of every checkbox in the group.
   * @default 'md'
   */
  size?: CheckboxSize;
  /** Class name for the outer field element. */
  className?: string;
  /** The Checkboxes, each with a `value`. */
  children?: ReactNode;
}

const checkedValues = (group: HTMLElement | null) =>
  group
    ? Array.from(group.querySelectorAll<HTMLInputElement>('input[type="checkbox"]'))
        .filter((input) => input.checked)
        .map((input) => input.value)
    : [];

/**
 * A labelled group of Checkboxes (`role="group"`) sharing a name, a value list, size and
 * disabled/read-only state. Uncontrolled by default: each checkbox stays a native uncontrolled
 * input, so forms, `form.reset()` and react-hook-form `register` on each item work as usual.
 * The ref reaches the group element.
 */
export const CheckboxGroup = forwardRef<HTMLDivElement, CheckboxGroupProps>(function CheckboxGroup(
  {
    value,
    defaultValue,
    onValueChange,
    name,
    disabled = false,
    readOnly = false,
    required = false,
    size = 'md',
    children,
    ...fieldProps
  },
  forwardedRef,
) {
  // Inline NODE_ENV check: production bundles drop the message (see toastStore.ts).
  if (typeof process !== 'undefined' && process.env.NODE_ENV !== 'production') {
    reportUnchangeable(
      'CheckboxGroup',
      { value, onValueChange, readOnly, disabled },
      'value',
      'onValueChange',
      true,
    );
    reportUnknownValues('CheckboxGroup', {
      orientation: [fieldProps.orientation, checkboxGroupOrientations],
      size: [size, checkboxSizes],
    });
  }
  const groupRef = useRef<HTMLDivElement | null>(null);
  const ref = useMemo(() => mergeRefs(groupRef, forwardedRef), [forwardedRef]);
  // Uncontrolled: the DOM holds the truth; this copy only decides `required`.
  const [uncontrolledValue, setUncontrolledValue] = useState<readonly string[]>(
    () => defaultValue ?? [],
  );
  const current = value ?? uncontrolledValue;

  // Label, description, error and the caller's ARIA: useField reads what it knows.
  const ids = useField({ component: 'CheckboxGroup', ...fieldProps });

  // form.reset() restores each checkbox without a change event: read the DOM again.
  useEffect(() => {
    const form = groupRef.current?.closest('form');
    if (value !== undefined || !form) return;
    const onReset = () => setTimeout(() => setUncontrolledValue(checkedValues(groupRef.current)));
    form.addEventListener('reset', onReset);
    return () => form.removeEventListener('reset', onReset);
  }, [value]);

  const onItemChange = useCallback(
    (_event: ChangeEvent<HTMLInputElement>) => {
      const next = checkedValues(groupRef.current);
      if (value === undefined) setUncontrolledValue(next);
      onValueChange?.(next);
    },
    [value, onValueChange],
  );

  const context = useMemo<CheckboxGroupContextValue>(
    () => ({
      name,
      value,
      defaultValue,
      disabled,
      readOnly,
      required: required && current.length === 0,
      invalid: ids.invalid,
      size,
      onItemChange,
    }),
    [
      name,
      value,
      defaultValue,
      disabled,
      readOnly,
      required,
      current.length,
      ids.invalid,
      size,
      onItemChange,
    ],
  );

  return (
    <ChoiceGroup
      {...fieldProps}
      ref={ref}
      role="group"
      ids={ids}
      disabled={disabled}
      readOnly={readOnly}
      required={required}
    >
      <CheckboxGroupContext.Provider value={context}>{children}</CheckboxGroupContext.Provider>
    </ChoiceGroup>
  );
});

CheckboxGroup.displayName = 'CheckboxGroup';
