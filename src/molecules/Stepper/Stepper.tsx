import { forwardRef, type OlHTMLAttributes, type ReactNode } from 'react';
import { cx, devError, reportUnknownValues } from '../../utils';
import { stepperClass } from './Stepper.styles';
import { StepperContext, stepperOrientations, type StepperOrientation } from './StepperContext';

export interface StepperProps extends OlHTMLAttributes<HTMLOListElement> {
  /**
   * Steps in a row, or in a column (for many steps, or a narrow space).
   * @default 'horizontal'
   * @selector [data-orientation="vertical"]
   */
  orientation?: StepperOrientation;
  /** Step elements, in order. */
  children?: ReactNode;
}

/**
 * Progress through a sequence of steps: an ordered list (`<ol>`, named by `aria-label`),
 * each Step numbered, with its status (pending, current, done, warning, error) drawn and
 * said in words. Only the steps the product allows are clickable (a Step with `href` or
 * `onClick`); the others are text. The ref and native props reach the `<ol>`.
 *
 * @selector .cal-stepper — the `<ol>`; steps are `.cal-step`
 */
export const Stepper = forwardRef<HTMLOListElement, StepperProps>(function Stepper(
  { orientation = 'horizontal', className, children, ...rest },
  ref,
) {
  // Inline NODE_ENV check: production bundles drop the messages (see toastStore.ts).
  if (typeof process !== 'undefined' && process.env.NODE_ENV !== 'production') {
    if (!rest['aria-label'] && !rest['aria-labelledby']) {
      devError(
        'Stepper',
        'a stepper needs a name: pass `aria-label` (or `aria-labelledby`), e.g. "Checkout progress".',
      );
    }
    reportUnknownValues('Stepper', { orientation: [orientation, stepperOrientations] });
  }
  return (
    <ol
      {...rest}
      ref={ref}
      className={cx(stepperClass, className)}
      data-orientation={orientation === 'horizontal' ? undefined : orientation}
    >
      <StepperContext.Provider value>{children}</StepperContext.Provider>
    </ol>
  );
});

Stepper.displayName = 'Stepper';
