import { forwardRef, type HTMLAttributes, type ReactNode } from 'react';
import { visuallyHiddenClass } from '../../theme/sharedStyles';
import { cx, devError, reportUnknownValues } from '../../utils';
import { badgeClass } from './Badge.styles';

export const badgeVariants = ['neutral', 'info', 'success', 'warning', 'error'] as const;
export type BadgeVariant = (typeof badgeVariants)[number];

export interface BadgeProps extends HTMLAttributes<HTMLSpanElement> {
  /**
   * Status colour. Colour is never the only signal: the text or `label` says the same.
   * @default 'neutral'
   */
  variant?: BadgeVariant;
  /** A number to show, e.g. unread messages. Above `max` it shows as "99+". */
  count?: number;
  /**
   * The highest count shown as is; larger counts show as `${max}+` (the exact number is still
   * announced).
   * @default 99
   */
  max?: number;
  /**
   * What a count or dot means, read after the exact number: `label="unread messages"` with
   * `count={120}` is announced "120 unread messages". A dot with a label becomes
   * `role="img"`; a dot without one is decorative.
   */
  label?: string;
  /**
   * A small dot with no text, for "something new here".
   * @default false
   */
  dot?: boolean;
  /** Text content ("New", "Beta") when there is no `count`. */
  children?: ReactNode;
}

/**
 * A short status or count: "New", "Beta", "12". Variant and form are `data-variant` and
 * `data-dot`/`data-count`; the default variant, `neutral`, writes no `data-variant`.
 */
export const Badge = forwardRef<HTMLSpanElement, BadgeProps>(function Badge(
  { variant = 'neutral', count, max = 99, label, dot = false, className, children, ...rest },
  ref,
) {
  // Inline NODE_ENV check: production bundles drop the message (see toastStore.ts).
  if (typeof process !== 'undefined' && process.env.NODE_ENV !== 'production') {
    reportUnknownValues('Badge', { variant: [variant, badgeVariants] });
  }
  const common = {
    ...rest,
    ref,
    className: cx(badgeClass, className),
    'data-variant': variant === 'neutral' ? undefined : variant,
  };

  if (dot) {
    return (
      <span
        {...common}
        data-dot=""
        role={label ? 'img' : undefined}
        aria-label={label || undefined}
        aria-hidden={label ? undefined : true}
      />
    );
  }

  if (count !== undefined) {
    const valid = Number.isFinite(count) && count >= 0;
    if (!valid) {
      devError('Badge', `\`count\` must be a number of 0 or more, got ${String(count)}.`);
    }
    if (!Number.isInteger(max) || max < 1) {
      devError('Badge', `\`max\` must be a whole number of at least 1, got ${String(max)}.`);
    }
    const safeCount = valid ? Math.floor(count) : 0;
    const safeMax = Number.isInteger(max) && max >= 1 ? max : 99;
    const shown = safeCount > safeMax ? `${safeMax}+` : String(safeCount);
    const spoken = label ? `${safeCount} ${label}` : String(safeCount);
    return (
      <span {...common} data-count="">
        <span aria-hidden="true">{shown}</span>
        <span className={visuallyHiddenClass}>{spoken}</span>
      </span>
    );
  }

  const hasText =
    children !== undefined && children !== null && children !== '' && children !== false;
  if (!hasText && !label) {
    devError('Badge', 'a badge needs text, a `count` or `dot`; this one shows nothing.');
  }
  return (
    <span {...common}>
      {children}
      {label ? <span className={visuallyHiddenClass}> {label}</span> : null}
    </span>
  );
});

Badge.displayName = 'Badge';
