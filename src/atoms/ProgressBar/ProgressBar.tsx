import { forwardRef, useId, type CSSProperties, type HTMLAttributes, type ReactNode } from 'react';
import { visuallyHiddenClass } from '../../theme/sharedStyles';
import { cx, devError, reportUnknownValues } from '../../utils';
import { progressBarClass } from './ProgressBar.styles';

export const progressBarSizes = ['sm', 'md', 'lg'] as const;
export type ProgressBarSize = (typeof progressBarSizes)[number];
export const progressBarVariants = ['primary', 'success', 'warning', 'error'] as const;
export type ProgressBarVariant = (typeof progressBarVariants)[number];

export interface ProgressBarProps extends Omit<HTMLAttributes<HTMLDivElement>, 'children'> {
  /** What is progressing ("Uploading report.pdf"). Required: it names the progress bar. */
  label: ReactNode;
  /**
   * Hides the label on screen; assistive technology still reads it.
   * @default false
   */
  hideLabel?: boolean;
  /** Helper text under the bar ("2 of 5 files"), read as its description. */
  description?: ReactNode;
  /**
   * The current value, between `min` and `max`. Leave it undefined for an indeterminate bar
   * (progress of unknown length): then no `aria-valuenow` is set.
   * @selector [data-indeterminate] — on the root while there is no value (or it is not finite)
   */
  value?: number;
  /**
   * The value at which nothing is done.
   * @default 0
   */
  min?: number;
  /**
   * The value at which everything is done.
   * @default 100
   */
  max?: number;
  /**
   * The value as words, shown beside the label and announced as `aria-valuetext`
   * ("3 of 10 files"). Without it the percentage is used ("30%").
   */
  valueText?: string;
  /**
   * Shows the value text beside the label (determinate bars only).
   * @default true
   */
  showValue?: boolean;
  /**
   * Track thickness.
   * @default 'md'
   */
  size?: ProgressBarSize;
  /**
   * Fill colour: `primary`, or a status when the progress has one (a quota nearly used up).
   * @default 'primary'
   */
  variant?: ProgressBarVariant;
}

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));

/**
 * Shows how far a task has got: determinate with `value` (between `min` and `max`), or
 * indeterminate without it. A `role="progressbar"` named by its label, with
 * `aria-valuenow/min/max/valuetext`. The ref and native props go to the progressbar element.
 * Size and variant are `data-size` and `data-variant` on the root; the defaults (`md`,
 * `primary`) write no attribute.
 */
export const ProgressBar = forwardRef<HTMLDivElement, ProgressBarProps>(function ProgressBar(
  {
    label,
    hideLabel = false,
    description,
    value,
    min = 0,
    max = 100,
    valueText,
    showValue = true,
    size = 'md',
    variant = 'primary',
    className,
    style,
    id,
    ...rest
  },
  ref,
) {
  // Inline NODE_ENV check: production bundles drop the message (see toastStore.ts).
  if (typeof process !== 'undefined' && process.env.NODE_ENV !== 'production') {
    reportUnknownValues('ProgressBar', {
      size: [size, progressBarSizes],
      variant: [variant, progressBarVariants],
    });
  }
  const autoId = useId();
  const barId = id ?? `cal-progress-${autoId}`;
  const labelId = `${barId}-label`;
  const descriptionId = `${barId}-description`;

  const hasLabel = label !== undefined && label !== null && label !== false && label !== '';
  if (!hasLabel && !rest['aria-label'] && !rest['aria-labelledby'])
    devError(
      'ProgressBar',
      'a progress bar needs a `label` saying what is progressing (hide it with `hideLabel` if it must not show).',
    );

  let range = { min, max };
  if (!(Number.isFinite(min) && Number.isFinite(max) && max > min)) {
    devError('ProgressBar', `\`max\` (${max}) must be greater than \`min\` (${min}); using 0–100.`);
    range = { min: 0, max: 100 };
  }

  let now: number | undefined;
  if (value !== undefined) {
    if (Number.isFinite(value)) now = clamp(value, range.min, range.max);
    else
      devError(
        'ProgressBar',
        `\`value\` must be a finite number, got ${value}; showing it as indeterminate.`,
      );
  }
  const fraction = now === undefined ? undefined : (now - range.min) / (range.max - range.min);
  const text = fraction === undefined ? undefined : (valueText ?? `${Math.round(fraction * 100)}%`);

  const describedBy =
    [description ? descriptionId : undefined, rest['aria-describedby']].filter(Boolean).join(' ') ||
    undefined;

  return (
    <div
      className={cx(progressBarClass, className)}
      data-size={size === 'md' ? undefined : size}
      data-variant={variant === 'primary' ? undefined : variant}
      data-indeterminate={now === undefined ? '' : undefined}
    >
      {hasLabel || (showValue && text !== undefined) ? (
        <div data-part="header">
          {hasLabel ? (
            <span
              id={labelId}
              data-part="label"
              className={hideLabel ? visuallyHiddenClass : undefined}
            >
              {label}
            </span>
          ) : null}
          {showValue && text !== undefined ? (
            <span data-part="value" aria-hidden="true">
              {text}
            </span>
          ) : null}
        </div>
      ) : null}
      <div
        role="progressbar"
        aria-labelledby={hasLabel ? labelId : undefined}
        {...rest}
        aria-describedby={describedBy}
        ref={ref}
        id={barId}
        data-part="track"
        aria-valuemin={range.min}
        aria-valuemax={range.max}
        aria-valuenow={now}
        aria-valuetext={text}
        style={
          fraction === undefined ? style : ({ ...style, '--_value': fraction } as CSSProperties)
        }
      >
        <div data-part="indicator" />
      </div>
      {description ? (
        <span id={descriptionId} data-part="description">
          {description}
        </span>
      ) : null}
    </div>
  );
});

ProgressBar.displayName = 'ProgressBar';
