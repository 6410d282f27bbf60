import { forwardRef, type CSSProperties, type HTMLAttributes, type ReactNode } from 'react';
import { Field, type FieldIds } from '../Field';
import { choiceGroupItemsClass } from './ChoiceGroup.styles';

export type ChoiceGroupOrientation = 'vertical' | 'horizontal';

export interface ChoiceGroupProps extends HTMLAttributes<HTMLDivElement> {
  /** `group` for checkboxes, `radiogroup` for radios. */
  role: 'group' | 'radiogroup';
  /**
   * The group's field wiring, from `useField` over these same props in the public component
   * (which needs `ids.invalid` for its items). So `id` and `invalid` are read there, not here.
   */
  ids: FieldIds;
  /** The group label: a <span> the group element points at with `aria-labelledby`. */
  label: ReactNode;
  /** @default false */
  hideLabel?: boolean | undefined;
  description?: ReactNode;
  error?: ReactNode;
  /** Already in `ids.invalid`. */
  invalid?: boolean | undefined;
  /**
   * @default 'vertical'
   * @selector [data-orientation="horizontal"] — on the group element; `vertical` writes none
   */
  orientation?: ChoiceGroupOrientation | undefined;
  disabled: boolean;
  /** Written as `data-readonly`; how read-only is enforced is each group's own. */
  readOnly: boolean;
  /** Marks the group label; the items decide their own native `required`. */
  required: boolean;
  /** Class name for the outer field element (other attributes go to the group element). */
  className?: string | undefined;
  /** Style of the outer field element. */
  style?: CSSProperties | undefined;
}

/**
 * Private building block: the group field CheckboxGroup and RadioGroup share (after Primer's
 * internal `CheckboxOrRadioGroup`). The Field anatomy with a <span> label, around the element
 * that carries the role, its name and description, the invalid, disabled and read-only
 * state, and the orientation. Other props (ARIA, events) go to the group element; `className`
 * and `style` to the outer field. Values, context and keyboard stay in each group.
 * The ref reaches the group element.
 */
export const ChoiceGroup = forwardRef<HTMLDivElement, ChoiceGroupProps>(function ChoiceGroup(
  {
    ids,
    label,
    hideLabel = false,
    description,
    error,
    invalid: _invalid,
    orientation = 'vertical',
    disabled,
    readOnly,
    required,
    className,
    style,
    id: _id,
    children,
    ...groupProps
  },
  ref,
) {
  // A <span> cannot label by `for`: the group points at it, then at the caller's own labels.
  const labelledBy = [label ? ids.labelId : undefined, groupProps['aria-labelledby']]
    .filter(Boolean)
    .join(' ');

  return (
    <Field
      ids={ids}
      label={label}
      hideLabel={hideLabel}
      labelElement="span"
      required={required}
      description={description}
      error={error}
      disabled={disabled}
      className={className}
      style={style}
    >
      <div
        {...groupProps}
        ref={ref}
        id={ids.inputId}
        className={choiceGroupItemsClass}
        aria-labelledby={labelledBy || undefined}
        aria-describedby={ids.describedBy}
        aria-invalid={ids.invalid || undefined}
        aria-disabled={disabled || undefined}
        data-orientation={orientation === 'vertical' ? undefined : orientation}
        data-readonly={readOnly || undefined}
      >
        {children}
      </div>
    </Field>
  );
});

ChoiceGroup.displayName = 'ChoiceGroup';
