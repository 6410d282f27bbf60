import { forwardRef, type HTMLAttributes } from 'react';
import { visuallyHiddenClass } from '../../theme/sharedStyles';
import { cx, devError, reportUnknownValues } from '../../utils';
import { spinnerClass } from './Spinner.styles';

export const spinnerSizes = ['sm', 'md', 'lg'] as const;
export type SpinnerSize = (typeof spinnerSizes)[number];
export const spinnerColors = ['inherit', 'primary'] as const;
export type SpinnerColor = (typeof spinnerColors)[number];

export interface SpinnerProps extends Omit<HTMLAttributes<HTMLSpanElement>, 'color' | 'children'> {
  /**
   * Diameter, from the `size.icon.*` tokens.
   * @default 'md'
   */
  size?: SpinnerSize;
  /**
   * `inherit` draws in the colour of the surrounding text; `primary` in the primary action colour.
   * @default 'inherit'
   */
  color?: SpinnerColor;
  /**
   * What is loading, announced through `role="status"` ("Loading invoices").
   * @default 'Loading'
   */
  label?: string;
  /**
   * Shows the label next to the circle instead of only to assistive technology.
   * @default false
   */
  showLabel?: boolean;
}

/**
 * An indeterminate loading indicator for a wait of unknown length. It is a `role="status"`
 * live region whose text is `label`; the circle is decorative. Under
 * `prefers-reduced-motion: reduce` the circle stops turning. Size and colour are `data-size`
 * and `data-color`; the defaults (`md`, `inherit`) write no attribute.
 */
export const Spinner = forwardRef<HTMLSpanElement, SpinnerProps>(function Spinner(
  { size = 'md', color = 'inherit', label = 'Loading', showLabel = false, className, ...rest },
  ref,
) {
  // Inline NODE_ENV check: production bundles drop the message (see toastStore.ts).
  if (typeof process !== 'undefined' && process.env.NODE_ENV !== 'production') {
    reportUnknownValues('Spinner', { size: [size, spinnerSizes], color: [color, spinnerColors] });
  }
  if (label.trim() === '')
    devError(
      'Spinner',
      'an empty `label` announces nothing. Say what is loading, or leave the default.',
    );
  return (
    <span
      role="status"
      {...rest}
      ref={ref}
      className={cx(spinnerClass, className)}
      data-size={size === 'md' ? undefined : size}
      data-color={color === 'inherit' ? undefined : color}
    >
      <span data-part="circle" aria-hidden="true" />
      <span data-part="label" className={showLabel ? undefined : visuallyHiddenClass}>
        {label.trim() === '' ? 'Loading' : label}
      </span>
    </span>
  );
});

Spinner.displayName = 'Spinner';
