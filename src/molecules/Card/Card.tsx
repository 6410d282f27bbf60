import { forwardRef, type HTMLAttributes, type ReactNode } from 'react';
import { cx, devError, reportUnknownValues } from '../../utils';
import type { DisclosureHeadingLevel } from '../Disclosure';
import { disclosureHeadingLevels } from '../Disclosure/DisclosureBase';
import { hasPrimaryAction, PrimaryAction, type PrimaryActionProps } from '../PrimaryAction';
import { cardClass } from './Card.styles';

export const cardVariants = ['outlined', 'elevated'] as const;
export type CardVariant = (typeof cardVariants)[number];
export const cardOrientations = ['vertical', 'horizontal'] as const;
export type CardOrientation = (typeof cardOrientations)[number];
export const cardElements = ['article', 'section', 'div', 'li'] as const;
export type CardElement = (typeof cardElements)[number];

export interface CardProps
  extends PrimaryActionProps, Omit<HTMLAttributes<HTMLElement>, 'title' | 'onClick'> {
  /** What the card is about, in a heading. Required: it is also the name of its link. */
  title: ReactNode;
  /**
   * The level of the title's heading, from the page outline.
   * @default 3
   */
  headingLevel?: DisclosureHeadingLevel;
  /** A line under the title: a date, an owner, a status. */
  description?: ReactNode;
  /**
   * An image or illustration, shown first (above, or at the start when horizontal), though
   * it follows the title in the reading order. Give an `<img>` `alt=""` when the title says
   * it all.
   * @selector [data-part="media"]
   */
  media?: ReactNode;
  /**
   * Controls at the end of the header, e.g. a menu button. They stay usable above a whole-card
   * link.
   * @selector [data-part="actions"]
   */
  actions?: ReactNode;
  /** The body. */
  children?: ReactNode;
  /**
   * The bottom row: buttons, links, metadata.
   * @selector [data-part="footer"]
   */
  footer?: ReactNode;
  /**
   * `outlined` sits on the page with a border; `elevated` floats with a shadow.
   * @default 'outlined'
   * @selector [data-variant="elevated"]
   */
  variant?: CardVariant;
  /**
   * Media above the text, or beside it at the start.
   * @default 'vertical'
   * @selector [data-orientation="horizontal"]
   */
  orientation?: CardOrientation;
  /**
   * The root element, chosen for meaning: `article` for a self-contained item, `li` inside a
   * list of cards, `section` or `div` otherwise. (`as` is the link's, as on Link.)
   * @default 'article'
   */
  element?: CardElement;
}

/**
 * A bounded group of content about one thing: header (title, description, actions), media,
 * body and footer. With `href` (or `as`/`to` for a router) the whole card is one link, or
 * with `onClick` one button: the title is that link or button, and its area is stretched
 * over the card, so a press anywhere follows it, the link's name is just the title, and no
 * interactive element sits inside another; the actions, the footer's controls and any link
 * in the body are lifted above it and stay reachable, by pointer and Tab. The whole card
 * shows the focus ring. The ref and native props reach the root element.
 *
 * @selector .cal-card — the root; `[data-part="header" | "title" | "description" | "body"]`
 * @selector [data-interactive] — the whole card is a link or button
 */
export const Card = forwardRef<HTMLElement, CardProps>(function Card(
  {
    title,
    headingLevel = 3,
    description,
    media,
    actions,
    children,
    footer,
    variant = 'outlined',
    orientation = 'vertical',
    element = 'article',
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
  const target = { href, as, to, linkProps, onClick };
  const interactive = hasPrimaryAction(target);
  if (typeof process !== 'undefined' && process.env.NODE_ENV !== 'production') {
    if (title === undefined || title === null || title === '') {
      devError('Card', '`title` is required: it heads the card and names its link.');
    }
    if (onClick && (href !== undefined || to !== undefined)) {
      devError(
        'Card',
        'a card is one link or one button, not both: give `href` (or `to`) or `onClick`. Put other actions in `actions` or `footer`.',
      );
    }
    reportUnknownValues('Card', {
      headingLevel: [headingLevel, disclosureHeadingLevels],
      variant: [variant, cardVariants],
      orientation: [orientation, cardOrientations],
      element: [element, cardElements],
    });
  }
  const Root = element;
  const Heading = `h${headingLevel}` as const;
  return (
    <Root
      {...rest}
      ref={ref as never}
      className={cx(cardClass, className)}
      data-variant={variant === 'outlined' ? undefined : variant}
      data-orientation={orientation === 'vertical' ? undefined : orientation}
      data-interactive={interactive || undefined}
    >
      <div data-part="header">
        <div data-part="heading">
          <Heading data-part="title">
            {interactive ? <PrimaryAction {...target}>{title}</PrimaryAction> : title}
          </Heading>
          {description ? <p data-part="description">{description}</p> : null}
        </div>
        {actions ? <div data-part="actions">{actions}</div> : null}
      </div>
      {media ? <div data-part="media">{media}</div> : null}
      {children !== undefined && children !== null && children !== false ? (
        <div data-part="body">{children}</div>
      ) : null}
      {footer ? <div data-part="footer">{footer}</div> : null}
    </Root>
  );
});

Card.displayName = 'Card';
