import {
  forwardRef,
  type AnchorHTMLAttributes,
  type ElementType,
  type MouseEventHandler,
  type ReactNode,
  type Ref,
} from 'react';

/** Where a whole card or row leads, or what it does: the props the parts that have one share. */
export interface PrimaryActionProps {
  /**
   * Makes the whole surface a link to this URL: its title is the link, stretched over the
   * surface (see the component's docs); the other controls inside stay reachable above it.
   */
  href?: string;
  /**
   * The element or component for the link, e.g. a router's link (`as={RouterLink}`), which
   * receives `href` or `to`, the ref and `className`, and must render an `<a>`.
   * @default 'a'
   */
  as?: ElementType;
  /** The destination for a router link rendered through `as` (React Router's `to`). */
  to?: string | object;
  /** `target`, `rel` and the like for the link. */
  linkProps?: Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href' | 'children'>;
  /**
   * Makes the whole surface one button (no `href`): its title is the button, stretched over
   * the surface.
   */
  onClick?: MouseEventHandler<HTMLButtonElement>;
}

/** Whether the props ask for a link or a button over the whole surface. */
export function hasPrimaryAction(props: PrimaryActionProps): boolean {
  return Boolean(props.href !== undefined || props.to !== undefined || props.as || props.onClick);
}

interface PrimaryActionElementProps extends PrimaryActionProps {
  children: ReactNode;
  /** More attributes for the element (`aria-current`, `aria-describedby`). */
  [attribute: `aria-${string}`]: string | boolean | undefined;
}

/**
 * The one target of a card or row (Card, ListItem, Step): a link (`href`, `as`/`to`) or a
 * button (`onClick`) holding the title, marked `data-part="primary-action"`. Its `::after`
 * is stretched over the surface by `stretchedTarget` (the "pseudo-content" pattern Bootstrap's
 * stretched link, Primer's and GitHub's cards use): a click anywhere on the surface follows
 * the link, while its name stays the title alone and no interactive element is nested in
 * another. Private.
 */
export const PrimaryAction = forwardRef<HTMLElement, PrimaryActionElementProps>(
  function PrimaryAction({ href, as, to, linkProps, onClick, children, ...aria }, ref) {
    if (href === undefined && to === undefined && !as) {
      return (
        <button
          {...aria}
          ref={ref as Ref<HTMLButtonElement>}
          type="button"
          data-part="primary-action"
          onClick={onClick}
        >
          {children}
        </button>
      );
    }
    const Link = as ?? 'a';
    const destination: { href?: string; to?: string | object } = {};
    if (href !== undefined) destination.href = href;
    if (to !== undefined) destination.to = to;
    return (
      <Link {...linkProps} {...aria} {...destination} ref={ref} data-part="primary-action">
        {children}
      </Link>
    );
  },
);
