import { forwardRef, type LiHTMLAttributes, type ReactNode } from 'react';
import { CheckIcon, TriangleAlertIcon, XIcon } from '../../atoms/Icon';
import { visuallyHiddenClass } from '../../theme/sharedStyles';
import { cx, devError, reportUnknownValues } from '../../utils';
import { hasPrimaryAction, PrimaryAction, type PrimaryActionProps } from '../PrimaryAction';
import { stepClass } from './Stepper.styles';
import { stepStatuses, useInStepper, type StepStatus } from './StepperContext';

export interface StepProps
  extends PrimaryActionProps, Omit<LiHTMLAttributes<HTMLLIElement>, 'title' | 'onClick'> {
  /** The step's name. Required. */
  title: ReactNode;
  /** A line under the title: what the step holds, or why it needs attention. */
  description?: ReactNode;
  /**
   * Where the step stands. `current` is `aria-current="step"`; the others are said in words
   * after the title (`statusLabel`), and drawn: a number for pending, a check for done, a
   * warning sign, a cross for an error.
   * @default 'pending'
   * @selector [data-status="current" | "done" | "warning" | "error"] (pending, the default, writes none)
   */
  status?: StepStatus;
  /**
   * The status in words, read after the title (translate it here). The current step has none:
   * `aria-current="step"` says it.
   * @default 'not started' | 'completed' | 'warning' | 'error', after `status`
   */
  statusLabel?: string;
}

const defaultLabels: Record<StepStatus, string> = {
  pending: 'not started',
  current: '',
  done: 'completed',
  warning: 'warning',
  error: 'error',
};

const icons: Partial<Record<StepStatus, ReactNode>> = {
  done: <CheckIcon size="sm" strokeWidth={3} />,
  warning: <TriangleAlertIcon size="sm" />,
  error: <XIcon size="sm" strokeWidth={3} />,
};

/**
 * One step of a Stepper: its marker (the number, or the status's sign), title, status in
 * words and description. Clickable only where allowed: with `href` (or `as`/`to` for a
 * router) it is one link, with `onClick` one button, stretched over the step as in Card;
 * without, it is text. The ref and native props reach the `<li>`.
 *
 * @selector .cal-step — the `<li>`; `[data-part="marker" | "content" | "title" | "description"]`
 * @selector [data-interactive] — the step is a link or button
 */
export const Step = forwardRef<HTMLLIElement, StepProps>(function Step(
  {
    title,
    description,
    status: statusProp = 'pending',
    statusLabel,
    href,
    as,
    to,
    linkProps,
    onClick,
    className,
    ...rest
  },
  ref,
) {
  const inStepper = useInStepper();
  const known = (stepStatuses as readonly string[]).includes(statusProp);
  const status: StepStatus = known ? statusProp : 'pending';
  if (typeof process !== 'undefined' && process.env.NODE_ENV !== 'production') {
    if (!inStepper) devError('Step', 'a Step must be inside a Stepper, which numbers the steps.');
    reportUnknownValues('Step', { status: [statusProp, stepStatuses] });
    if (title === undefined || title === null || title === '') {
      devError('Step', '`title` is required: it names the step.');
    }
  }
  const target = { href, as, to, linkProps, onClick };
  const interactive = hasPrimaryAction(target);
  const current = status === 'current' ? ('step' as const) : undefined;
  const label = statusLabel ?? defaultLabels[status];
  const name = (
    <>
      {title}
      {label ? <span className={visuallyHiddenClass}>, {label}</span> : null}
    </>
  );
  return (
    <li
      {...rest}
      ref={ref}
      className={cx(stepClass, className)}
      data-status={status === 'pending' ? undefined : status}
      data-interactive={interactive || undefined}
      aria-current={interactive ? undefined : current}
    >
      <span data-part="marker" aria-hidden="true">
        {icons[status]}
      </span>
      <div data-part="content">
        <span data-part="title">
          {interactive ? (
            <PrimaryAction {...target} aria-current={current}>
              {name}
            </PrimaryAction>
          ) : (
            name
          )}
        </span>
        {description ? <span data-part="description">{description}</span> : null}
      </div>
    </li>
  );
});

Step.displayName = 'Step';
