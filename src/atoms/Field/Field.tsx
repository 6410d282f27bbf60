import type { HTMLAttributes, ReactNode } from 'react';
import { visuallyHiddenClass } from '../../theme/sharedStyles';
import { cx } from '../../utils';
import { fieldClass } from './Field.styles';
import type { FieldIds } from './useField';

export interface FieldProps extends Omit<HTMLAttributes<HTMLDivElement>, 'children'> {
  ids: FieldIds;
  label?: ReactNode;
  /** Keeps the label for assistive technology but hides it on screen. */
  hideLabel?: boolean;
  description?: ReactNode;
  error?: ReactNode;
  required?: boolean;
  disabled?: boolean;
  /** Extra content at the end of the footer row (a character count). */
  footerEnd?: ReactNode;
  children: ReactNode;
}

/**
 * The one field anatomy every form control shares: label (with the required marker),
 * the control, then description and error message, each wired by id.
 */
export function Field({
  ids,
  label,
  hideLabel = false,
  description,
  error,
  required = false,
  disabled = false,
  footerEnd,
  className,
  children,
  ...rest
}: FieldProps) {
  const hasFooter = ids.descriptionId || ids.errorId || footerEnd;
  return (
    <div
      {...rest}
      className={cx(fieldClass, className)}
      data-invalid={ids.invalid || undefined}
      data-disabled={disabled || undefined}
    >
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
