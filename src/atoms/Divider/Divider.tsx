import { forwardRef, type ForwardedRef, type HTMLAttributes } from 'react';
import { cx, devError, reportUnknownValues } from '../../utils';
import { dividerClass } from './Divider.styles';

export const dividerOrientations = ['horizontal', 'vertical'] as const;
export type DividerOrientation = (typeof dividerOrientations)[number];
export const dividerVariants = ['subtle', 'strong'] as const;
export type DividerVariant = (typeof dividerVariants)[number];
export const dividerElements = ['hr', 'li', 'div'] as const;
/** `hr` by default; `li` between the items of a list (a `div` is not allowed in `ul`/`ol`). */
export type DividerElement = (typeof dividerElements)[number];

export interface DividerOwnProps {
  /**
   * The direction of the line: `vertical` divides items in a row.
   * @default 'horizontal'
   */
  orientation?: DividerOrientation;
  /**
   * Line emphasis: `color.border.subtle` or `color.border.strong`.
   * @default 'subtle'
   */
  variant?: DividerVariant;
  /**
   * Hides the line from assistive technology. Use it when the line only decorates (between
   * the items of a Stack, inside a card); leave it off when it separates sections of content,
   * so screen readers announce a separator.
   * @default false
   * @selector [data-decorative] — on the line, hidden from assistive technology (`aria-hidden`)
   */
  decorative?: boolean;
  /**
   * The element to render.
   * @default 'hr'
   */
  as?: DividerElement;
}

export interface DividerProps
  extends DividerOwnProps, Omit<HTMLAttributes<HTMLElement>, keyof DividerOwnProps | 'children'> {}

/**
 * A thin line that separates content. Semantic by default (`role="separator"` with
 * `aria-orientation`, always written); `decorative` hides it from assistive technology.
 * Orientation and variant are also `data-orientation` and `data-variant`; the defaults
 * (`horizontal`, `subtle`) write no data attribute.
 */
export const Divider = forwardRef(function Divider(
  props: DividerProps,
  ref: ForwardedRef<HTMLElement>,
) {
  const {
    orientation = 'horizontal',
    variant = 'subtle',
    decorative = false,
    as = 'hr',
    className,
    // Not in the type, but a JavaScript caller may pass it: an <hr> with children would throw.
    children,
    ...rest
  } = props as DividerProps & { children?: unknown };

  // Inline NODE_ENV check: production bundles drop the message (see toastStore.ts).
  if (typeof process !== 'undefined' && process.env.NODE_ENV !== 'production') {
    reportUnknownValues('Divider', {
      orientation: [orientation, dividerOrientations],
      variant: [variant, dividerVariants],
      as: [as, dividerElements],
    });
  }

  if (children !== undefined && children !== null) {
    devError(
      'Divider',
      'a divider takes no children; they are not rendered. Put a heading next to it instead.',
    );
  }
  if (as === 'li' && !decorative) {
    devError(
      'Divider',
      'a list may only contain list items, so a divider rendered as `li` must be `decorative`.',
    );
  }

  // `hr` is a separator natively; the other elements say so explicitly. A decorative divider
  // has no role at all and is hidden, which is also what lets it sit in a list (axe's
  // list rule ignores hidden children).
  const role = decorative ? undefined : as === 'hr' ? undefined : 'separator';
  const Element = as as 'hr';
  return (
    <Element
      {...rest}
      ref={ref as ForwardedRef<HTMLHRElement>}
      className={cx(dividerClass, className)}
      role={role}
      aria-orientation={decorative ? undefined : orientation}
      aria-hidden={decorative || undefined}
      data-orientation={orientation === 'horizontal' ? undefined : orientation}
      data-variant={variant === 'subtle' ? undefined : variant}
      data-decorative={decorative || undefined}
    />
  );
});

Divider.displayName = 'Divider';
