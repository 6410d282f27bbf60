import { forwardRef, type ButtonHTMLAttributes, type ReactNode } from 'react';
import { cx, devError } from '../../utils';
import { fieldActionClass } from './FieldControl.styles';

export interface FieldActionProps extends Omit<
  ButtonHTMLAttributes<HTMLButtonElement>,
  'aria-label' | 'children'
> {
  /** The accessible name of the icon-only action. Required. */
  'aria-label': string;
  /** The icon (decorative: the name comes from `aria-label`). */
  icon: ReactNode;
  /** Component name for development messages. */
  component?: string;
}

/**
 * Private building block: an icon-only `type="button"` inside a field's box, shared by
 * PasswordField (show password), SearchField (clear) and NumberField (steppers).
 */
export const FieldAction = forwardRef<HTMLButtonElement, FieldActionProps>(function FieldAction(
  { icon, component = 'FieldAction', className, type = 'button', ...rest },
  ref,
) {
  if (!rest['aria-label']) {
    devError(component, 'an icon-only field action needs an `aria-label`.');
  }
  return (
    <button {...rest} ref={ref} type={type} className={cx(fieldActionClass, className)}>
      {icon}
    </button>
  );
});

FieldAction.displayName = 'FieldAction';
