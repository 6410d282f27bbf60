import {
  forwardRef,
  useCallback,
  useId,
  useMemo,
  useRef,
  type ChangeEvent,
  type HTMLAttributes,
  type ReactNode,
} from 'react';
import { mergeRefs, reportUnchangeable, reportUnknownValues } from '../../utils';
import { ChoiceGroup } from '../ChoiceGroup';
import { useField } from '../Field';
import {
  RadioGroupContext,
  radioSizes,
  type RadioGroupContextValue,
  type RadioSize,
} from './RadioGroupContext';

export const radioGroupOrientations = ['vertical', 'horizontal'] as const;
export type RadioGroupOrientation = (typeof radioGroupOrientations)[number];

export interface RadioGroupProps extends Omit<
  HTMLAttributes<HTMLDivElement>,
  'defaultValue' | 'onChange'
> {
  /** The group's visible label (it names the `role="radiogroup"`). Required. */
  label: ReactNode;
  /**
   * Hides the group label on screen; assistive technology still reads it.
   * @default false
   */
  hideLabel?: boolean;
  /** Helper text under the options; describes the group. */
  description?: ReactNode;
  /** An error message. Setting it marks the group invalid (`aria-invalid`) and describes it. */
  error?: ReactNode;
  /**
   * Marks the group invalid without a message here.
   * @default Boolean(error)
   */
  invalid?: boolean;
  /** The selected value (controlled). Pair with `onValueChange`; `''` selects nothing. */
  value?: string;
  /** The value selected at first (uncontrolled); `form.reset()` returns to it. */
  defaultValue?: string;
  /** Called with the newly selected value. */
  onValueChange?: (value: string) => void;
  /**
   * The form name the radios share and submit under. Generated when missing, because the
   * shared name is what makes the browser treat them as one group (one tab stop, arrow keys).
   * @default a unique generated name
   */
  name?: string;
  /**
   * Options in a column or in a wrapping row. Arrow keys work in both directions either way.
   * @default 'vertical'
   * @selector [data-orientation="horizontal"] — on the `role="radiogroup"` element
   */
  orientation?: RadioGroupOrientation;
  /**
   * Disables every radio in the group.
   * @default false
   */
  disabled?: boolean;
  /**
   * The selection stays focusable and submitted but cannot change (`aria-readonly`).
   * @default false
   */
  readOnly?: boolean;
  /**
   * A choice is required: native `required` on the radios and `aria-required` on the group.
   * @default false
   */
  required?: boolean;
  /**
   * Size of every radio in the group.
   * @default 'md'
   */
  size?: RadioSize;
  /** Class name for the outer field element. */
  className?: string;
  /** The Radios. */
  children?: ReactNode;
}

/**
 * A labelled set of mutually exclusive options (`role="radiogroup"`). The radios are native
 * and share one name, so the browser provides one tab stop, arrow keys that move and select
 * (mirrored in right-to-left text), form submission and `form.reset()`.
 * The ref reaches the group element.
 */
export const RadioGroup = forwardRef<HTMLDivElement, RadioGroupProps>(function RadioGroup(
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
    onPointerDownCapture,
    onKeyDownCapture,
    ...fieldProps
  },
  forwardedRef,
) {
  // Inline NODE_ENV check: production bundles drop the message (see toastStore.ts).
  if (typeof process !== 'undefined' && process.env.NODE_ENV !== 'production') {
    reportUnchangeable(
      'RadioGroup',
      { value, onValueChange, readOnly, disabled },
      'value',
      'onValueChange',
      true,
    );
    reportUnknownValues('RadioGroup', {
      orientation: [fieldProps.orientation, radioGroupOrientations],
      size: [size, radioSizes],
    });
  }
  const groupRef = useRef<HTMLDivElement | null>(null);
  const ref = useMemo(() => mergeRefs(groupRef, forwardedRef), [forwardedRef]);
  // The radio checked before a pointer or key press, to restore when read-only.
  const checkedBefore = useRef<HTMLInputElement | null>(null);
  const rememberChecked = () => {
    checkedBefore.current =
      groupRef.current?.querySelector<HTMLInputElement>('input[type="radio"]:checked') ?? null;
  };
  const generatedName = `cal-radio${useId().replace(/:/g, '')}`;
  // Label, description, error and the caller's ARIA: useField reads what it knows.
  const ids = useField({ component: 'RadioGroup', ...fieldProps });

  const onItemChange = useCallback(
    (event: ChangeEvent<HTMLInputElement>) => {
      if (event.target.checked) onValueChange?.(event.target.value);
    },
    [onValueChange],
  );

  const restoreSelection = useCallback(() => {
    const previous = checkedBefore.current;
    queueMicrotask(() => {
      if (previous && !previous.checked) previous.checked = true;
    });
  }, []);

  const context = useMemo<RadioGroupContextValue>(
    () => ({
      name: name ?? generatedName,
      value,
      defaultValue,
      disabled,
      readOnly,
      required,
      invalid: ids.invalid,
      size,
      onItemChange,
      restoreSelection,
    }),
    [
      name,
      generatedName,
      value,
      defaultValue,
      disabled,
      readOnly,
      required,
      ids.invalid,
      size,
      onItemChange,
      restoreSelection,
    ],
  );

  return (
    <ChoiceGroup
      {...fieldProps}
      ref={ref}
      role="radiogroup"
      ids={ids}
      disabled={disabled}
      readOnly={readOnly}
      required={required}
      // A radiogroup, unlike a group, announces both states itself.
      aria-required={required || undefined}
      aria-readonly={readOnly || undefined}
      onPointerDownCapture={(event) => {
        if (readOnly) rememberChecked();
        onPointerDownCapture?.(event);
      }}
      onKeyDownCapture={(event) => {
        if (readOnly) rememberChecked();
        onKeyDownCapture?.(event);
      }}
    >
      <RadioGroupContext.Provider value={context}>{children}</RadioGroupContext.Provider>
    </ChoiceGroup>
  );
});

RadioGroup.displayName = 'RadioGroup';
