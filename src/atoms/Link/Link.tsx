import { forwardRef, type AnchorHTMLAttributes, type ElementType } from 'react';
import { visuallyHiddenClass } from '../../theme/sharedStyles';
import { cx, devError, reportUnknownValues } from '../../utils';
import { ExternalLinkIcon } from '../Icon';
import { linkClass } from './Link.styles';

export const linkVariants = ['inline', 'standalone'] as const;
export type LinkVariant = (typeof linkVariants)[number];

export interface LinkProps extends AnchorHTMLAttributes<HTMLAnchorElement> {
  /**
   * `inline` sits in running text: it inherits the font and is always underlined.
   * `standalone` stands on its own (a "See all" after a list, a footer link): label
   * typography, underlined on hover.
   * @default 'inline'
   */
  variant?: LinkVariant;
  /**
   * The link leaves the product: it opens in a new tab (`target="_blank"`,
   * `rel="noopener noreferrer"` merged into any `rel` given), shows the external icon and tells
   * assistive technology that a new tab opens. Explicit, not guessed from the URL: the page's
   * origin is unknown on the server, so a guess would differ between server and client.
   * @default false
   */
  external?: boolean;
  /**
   * What assistive technology hears after the text of an `external` link.
   * @default '(opens in a new tab)'
   */
  externalLabel?: string;
  /**
   * The element or component to render, e.g. a router's link (`as={RouterLink}`). It receives
   * every other prop (`href`, `to`, `className`, the ref…) and must render an `<a>`.
   * @default 'a'
   */
  as?: ElementType;
  /** The destination for a router link rendered through `as` (React Router's `to`). */
  to?: string | object;
}

function mergeRel(given: string | undefined, external: boolean): string | undefined {
  if (!external) return given;
  const tokens = new Set((given ?? '').split(/\s+/).filter(Boolean));
  tokens.add('noopener');
  tokens.add('noreferrer');
  return [...tokens].join(' ');
}

/**
 * Navigates: to another page, a section, another site. Actions that change something are
 * Buttons. Variant is exposed as `data-variant` (the default, `inline`, writes none), an
 * external link as `data-external`.
 */
export const Link = forwardRef<HTMLAnchorElement, LinkProps>(function Link(
  {
    variant = 'inline',
    external = false,
    externalLabel = '(opens in a new tab)',
    as: Component = 'a',
    className,
    children,
    rel,
    ...rest
  },
  ref,
) {
  // Inline NODE_ENV check: production bundles drop the message (see toastStore.ts).
  if (typeof process !== 'undefined' && process.env.NODE_ENV !== 'production') {
    reportUnknownValues('Link', { variant: [variant, linkVariants] });
  }
  if (Component === 'a' && !rest.href) {
    devError(
      'Link',
      'an `<a>` without `href` is not a link: keyboard users cannot reach it. Give it `href`, or use a Button for an action.',
    );
  }
  return (
    <Component
      {...rest}
      ref={ref}
      className={cx(linkClass, className)}
      data-variant={variant === 'inline' ? undefined : variant}
      data-external={external || undefined}
      target={external ? '_blank' : rest.target}
      rel={mergeRel(rel, external)}
    >
      {children}
      {external ? (
        <>
          {/* A no-break space: the icon never wraps alone onto the next line. */}
          {'\u00a0'}
          <ExternalLinkIcon
            data-part="icon"
            size={variant === 'inline' ? 'inherit' : 'sm'}
            mirrorInRtl
          />
          <span className={visuallyHiddenClass}>{externalLabel}</span>
        </>
      ) : null}
    </Component>
  );
});

Link.displayName = 'Link';
