import {
  forwardRef,
  type ChangeEvent,
  type InputHTMLAttributes,
  type MouseEvent,
  type ReactNode,
} from 'react';
import { visuallyHiddenClass } from '../../theme/sharedStyles';
import type { FieldIds } from '../Field';

export type ChoiceControlSize = 'sm' | 'md' | 'lg';

export interface ChoiceControlProps extends Omit<
  InputHTMLAttributes<HTMLInputElement>,
  'size' | 'type' | 'disabled' | 'readOnly'
> {
  /** The native input type. A switch is a checkbox with `role="switch"`. */
  type: 'checkbox' | 'radio';
  /**
   * The control's field wiring (ids, `aria-describedby`), from `useField` over these same props
   * in the public component. So `id` is read there, and the input gets `ids.inputId`.
   */
  ids: FieldIds;
  /** The visible label beside the drawing; an empty one renders no <label>. */
  label: ReactNode;
  /**
   * Hides the label on screen; assistive technology still reads it.
   * @default false
   */
  hideLabel?: boolean | undefined;
  /** Helper text under the label; rendered when `ids.descriptionId` is set. */
  description?: ReactNode;
  /** The error message under the label; rendered when `ids.errorId` is set. */
  error?: ReactNode;
  /**
   * Shows the required marker after the label. Separate from the input's `required`, which a
   * group may set on every item while only the group label shows the marker.
   */
  requiredMarker?: boolean | undefined;
  /** Box and type size; `md` (or none) writes no `data-size`. */
  size?: ChoiceControlSize | undefined;
  /**
   * Draws the error colour (`data-invalid`). `aria-invalid`, like `aria-readonly`, is the
   * caller's: a checkbox or switch states its own; a radio's states are on its radiogroup.
   */
  invalid: boolean;
  /** The native `disabled`, also drawn on the label (`data-disabled`). */
  disabled?: boolean | undefined;
  /**
   * Blocks toggling while the input stays focusable and submitted: the click (also fired by
   * Space and by the label) is prevented and `onChange` is not called. Drawn as
   * `data-readonly`.
   */
  readOnly: boolean;
  /** What draws the state after the input: a box, a circle, a track with its thumb. */
  indicator: ReactNode;
  /** More data attributes for the outer element (Switch's `data-label-placement`). */
  rootAttributes?: Record<`data-${string}`, string | undefined>;
  /** Class names of the outer element: the component's style class and the caller's. */
  className: string;
}

/**
 * Private building block: the anatomy Checkbox, Radio and Switch share (after react-aria's
 * `useToggle`, which useCheckbox and useSwitch build on). A native input stretched over a
 * drawn indicator (styled by `choiceLayout`), a text column with label, description and
 * error wired by id, the size and state data attributes, and read-only that prevents
 * toggles. Each component keeps its values, group wiring, role and ARIA states.
 * The ref reaches the <input>.
 */
export const ChoiceControl = forwardRef<HTMLInputElement, ChoiceControlProps>(
  function ChoiceControl(
    {
      ids,
      id: _id,
      label,
      hideLabel = false,
      description,
      error,
      requiredMarker = false,
      size,
      invalid,
      disabled,
      readOnly,
      indicator,
      rootAttributes,
      className,
      style,
      onClick,
      onChange,
      // An <input> cannot hold children: dropped (useField reported them in development).
      children: _children,
      ...inputProps
    },
    ref,
  ) {
    const handleClick = (event: MouseEvent<HTMLInputElement>) => {
      // Read-only: the click (also fired by Space and by the label) must not toggle.
      if (readOnly) event.preventDefault();
      onClick?.(event);
    };
    const handleChange = (event: ChangeEvent<HTMLInputElement>) => {
      if (readOnly) return;
      onChange?.(event);
    };

    return (
      <div
        className={className}
        style={style}
        // The default size writes no attribute: the base rule is the md look.
        data-size={size === undefined || size === 'md' ? undefined : size}
        {...rootAttributes}
        data-invalid={invalid || undefined}
        data-disabled={disabled || undefined}
        data-readonly={readOnly || undefined}
      >
        <span data-part="control">
          <input
            {...inputProps}
            ref={ref}
            id={ids.inputId}
            disabled={disabled}
            onClick={handleClick}
            onChange={handleChange}
            aria-describedby={ids.describedBy}
          />
          {indicator}
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
              {requiredMarker ? (
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
  },
);

ChoiceControl.displayName = 'ChoiceControl';
