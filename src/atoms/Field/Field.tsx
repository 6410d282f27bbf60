import type { HTMLAttributes, ReactNode } from 'react';
import { visuallyHiddenClass } from '../../theme/sharedStyles';
import { cx, devError, reportUnknownValues } from '../../utils';
import { fieldClass } from './Field.styles';
import type { FieldIds } from './useField';

/**
 * The field text props every form control shares, declared once so their meaning (and JSDoc)
 * cannot drift. A control extends this and declares locally only what it means differently.
 */
export interface FieldTextProps {
  /**
   * The visible label; also the control's accessible name. Required: a field without an
   * accessible name is a dev-time error.
   */
  label: ReactNode;
  /**
   * Hides the label on screen; assistive technology still reads it.
   * @default false
   */
  hideLabel?: boolean;
  /** Helper text under the field, read as its description. */
  description?: ReactNode;
  /** An error message. Setting it marks the field invalid (`aria-invalid`) and describes it. */
  error?: ReactNode;
  /**
   * Marks the field invalid without a message here (e.g. the message is in a summary).
   * @default Boolean(error)
   * @selector [data-invalid] — on the outer field element (`.cal-field`), also set by `error`
   */
  invalid?: boolean;
}

export const fieldLabelElements = ['label', 'span'] as const;

export interface FieldProps extends Omit<HTMLAttributes<HTMLDivElement>, 'children'> {
  /** The control's ids and ARIA wiring: what `useField()` returned for it. */
  ids: FieldIds;
  /** The visible label (for the control with `ids.inputId`, or naming a group). */
  label?: ReactNode;
  /**
   * Keeps the label for assistive technology but hides it on screen.
   * @default false
   */
  hideLabel?: boolean;
  /**
   * `label` for one control; `span` for a group, whose element points at it with
   * `aria-labelledby` (a <label> can only label one control).
   * @default 'label'
   */
  labelElement?: (typeof fieldLabelElements)[number];
  /** Helper text under the control; shown when `ids.descriptionId` is set. */
  description?: ReactNode;
  /** The error message under the control; shown when `ids.errorId` is set. */
  error?: ReactNode;
  /**
   * Shows the required marker after the label (the control states `required` itself).
   * @default false
   */
  required?: boolean;
  /**
   * Draws the label as disabled (`data-disabled`); the control is disabled itself.
   * @default false
   */
  disabled?: boolean;
  /** Extra content at the end of the footer row (a character count). */
  footerEnd?: ReactNode;
  /** The control, between the label and the description. */
  children: ReactNode;
}

/**
 * The one field anatomy every form control shares: label (with the required marker),
 * the control, then description and error message, each wired by id.
 *
 * @selector .cal-field — the outer element; `[data-invalid]` (`ids.invalid`), `[data-disabled]`
 */
export function Field({
  ids: idsProp,
  label,
  hideLabel = false,
  labelElement = 'label',
  description,
  error,
  required = false,
  disabled = false,
  footerEnd,
  className,
  children,
  ...rest
}: FieldProps) {
  // Misuse never throws: without the ids of useField() nothing is wired, and that is reported.
  const ids = idsProp ?? ({} as Partial<FieldIds>);
  // Inline NODE_ENV check: production bundles drop the messages (see toastStore.ts).
  if (typeof process !== 'undefined' && process.env.NODE_ENV !== 'production') {
    if (!idsProp) {
      devError('Field', '`ids` is required: pass what `useField()` returned for the control.');
    }
    reportUnknownValues('Field', { labelElement: [labelElement, fieldLabelElements] });
  }
  const LabelElement = labelElement;
  const hasFooter = ids.descriptionId || ids.errorId || footerEnd;
  return (
    <div
      {...rest}
      className={cx(fieldClass, className)}
      data-invalid={ids.invalid || undefined}
      data-disabled={disabled || undefined}
    >
      {label ? (
        <LabelElement
          id={ids.labelId}
          htmlFor={labelElement === 'label' ? ids.inputId : undefined}
          data-part="label"
          className={hideLabel ? visuallyHiddenClass : undefined}
        >
          {label}
          {required ? (
            <span data-part="required" aria-hidden="true">
              *
            </span>
          ) : null}
        </LabelElement>
      ) : null}
      {children}
      {hasFooter ? (
        <div data-part="footer">
          <div data-part="messages">
            {ids.descriptionId ? (
              <p id={ids.descriptionId} data-part="description">
                {description}
              </p>
            ) : null}
            {ids.errorId ? (
              <p id={ids.errorId} data-part="error">
                {error}
              </p>
            ) : null}
          </div>
          {footerEnd}
        </div>
      ) : null}
    </div>
  );
}
