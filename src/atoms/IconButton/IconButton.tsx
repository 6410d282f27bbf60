import { forwardRef, type ForwardedRef, type ReactNode } from 'react';
import { cx, devError, reportUnknownValues } from '../../utils';
import type { ButtonAsButtonProps, ButtonSize, ButtonVariant } from '../Button';
import { buttonSizes, buttonVariants, renderButton } from '../Button/Button';
import { iconButtonClass } from './IconButton.styles';

export type IconButtonVariant = ButtonVariant;
export type IconButtonSize = ButtonSize;

export interface IconButtonProps extends Omit<
  ButtonAsButtonProps,
  'children' | 'startIcon' | 'endIcon' | 'fullWidth' | 'aria-label' | 'variant' | 'size' | 'href'
> {
  /**
   * What the button does, e.g. "Close dialog". Required: it becomes the `aria-label`, the
   * only name an icon-only button has. A future Tooltip shows the same text to sighted users
   * by wrapping the button (`<Tooltip content="…"><IconButton … /></Tooltip>`); the ref and
   * every native prop are forwarded so that works.
   */
  label: string;
  /** The icon, e.g. `<XIcon />`. Decorative: the `label` names the button. */
  icon: ReactNode;
  /**
   * Visual emphasis, the same scale as Button. `tertiary` by default: icon buttons mostly sit
   * in toolbars, headers and table rows, where a filled square per action would be noise.
   * @default 'tertiary'
   */
  variant?: IconButtonVariant;
  /**
   * Square side from the `size.control.*` tokens, the same heights as Button.
   * @default 'md'
   */
  size?: IconButtonSize;
}

/**
 * An icon-only action: a square Button whose `label` becomes its accessible name. It is a
 * Button (one source of truth for colours, states, loading and toggling) marked
 * `data-shape="square"`.
 */
export const IconButton = forwardRef<HTMLButtonElement, IconButtonProps>(function IconButton(
  { label, icon, variant = 'tertiary', size = 'md', className, ...rest },
  ref,
) {
  const named = typeof label === 'string' && label.trim() !== '';
  // Inline NODE_ENV check: production bundles drop the messages (see toastStore.ts).
  if (typeof process !== 'undefined' && process.env.NODE_ENV !== 'production') {
    if (!named && !rest['aria-labelledby']) {
      devError(
        'IconButton',
        '`label` is required: an icon-only button has no other accessible name. Describe the action, e.g. label="Close dialog".',
      );
    }
    reportUnknownValues('IconButton', {
      variant: [variant, buttonVariants],
      size: [size, buttonSizes],
    });
  }
  // A Button in every other respect; its markup without Button's own name check, so an
  // unnamed IconButton is reported once, here, in terms of `label`.
  return renderButton(
    {
      ...rest,
      className: cx(iconButtonClass, className),
      'data-shape': 'square',
      variant,
      size,
      'aria-label': named ? label : undefined,
      startIcon: icon,
    } as ButtonAsButtonProps,
    ref as ForwardedRef<HTMLButtonElement | HTMLAnchorElement>,
  );
});

IconButton.displayName = 'IconButton';
