import { createElement, forwardRef, type HTMLAttributes, type ReactNode } from 'react';
import { visuallyHiddenClass } from '../../theme/sharedStyles';
import { cx, reportUnknownValues } from '../../utils';
import { visuallyHiddenFocusableClass } from './VisuallyHidden.styles';

export const visuallyHiddenElements = ['span', 'div'] as const;
export type VisuallyHiddenElement = (typeof visuallyHiddenElements)[number];

export interface VisuallyHiddenProps extends HTMLAttributes<HTMLElement> {
  /**
   * The element rendered: `span` inside text and controls, `div` around block content.
   * @default 'span'
   */
  as?: VisuallyHiddenElement;
  /**
   * Shows the content while something inside it has keyboard focus (skip links).
   * @default false
   * @selector [data-focusable]
   */
  focusable?: boolean;
  /** Content for assistive technology only. */
  children?: ReactNode;
}

/**
 * Hides content on screen and keeps it in the accessibility tree: extra context for a
 * screen reader ("Delete *invoice 42*"), a live status text, a skip link (`focusable`).
 * Not for hiding from everyone (use `hidden`), nor for decoration (use `aria-hidden`).
 */
export const VisuallyHidden = forwardRef<HTMLElement, VisuallyHiddenProps>(function VisuallyHidden(
  { as = 'span', focusable = false, className, ...rest },
  ref,
) {
  // Inline NODE_ENV check: production bundles drop the message (see toastStore.ts).
  if (typeof process !== 'undefined' && process.env.NODE_ENV !== 'production') {
    reportUnknownValues('VisuallyHidden', { as: [as, visuallyHiddenElements] });
  }
  return createElement(as, {
    ...rest,
    ref,
    className: cx(visuallyHiddenClass, visuallyHiddenFocusableClass, className),
    'data-focusable': focusable ? '' : undefined,
  });
});

VisuallyHidden.displayName = 'VisuallyHidden';
