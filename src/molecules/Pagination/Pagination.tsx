import { forwardRef, type ElementType, type HTMLAttributes, type ReactNode } from 'react';
import {
  ChevronLeftIcon,
  ChevronRightIcon,
  ChevronsLeftIcon,
  ChevronsRightIcon,
} from '../../atoms/Icon';
import { cx, devError, reportUnchangeable, reportUnknownValues } from '../../utils';
import { useControllableState } from '../overlay';
import { paginationClass } from './Pagination.styles';
import { paginationItems } from './paginationItems';

export const paginationVariants = ['numbered', 'compact'] as const;
/** `numbered`: page numbers with gaps; `compact`: "Page X of Y" between the arrows. */
export type PaginationVariant = (typeof paginationVariants)[number];
export const paginationSizes = ['sm', 'md'] as const;
export type PaginationSize = (typeof paginationSizes)[number];

export interface PaginationProps extends Omit<HTMLAttributes<HTMLElement>, 'onChange'> {
  /** How many pages there are (1 or more). */
  pageCount: number;
  /** The current page, from 1 (controlled). Pair it with `onPageChange`. */
  page?: number;
  /**
   * The page shown at first (uncontrolled).
   * @default 1
   */
  defaultPage?: number;
  /** Called with the page the user chose. Link items call it too, before the link is followed. */
  onPageChange?: (page: number) => void;
  /**
   * Page numbers with gaps, or the compact "Page X of Y" between the arrows (narrow spaces).
   * @default 'numbered'
   * @selector [data-variant="compact"]
   */
  variant?: PaginationVariant;
  /**
   * @default 'md'
   * @selector [data-size="sm"]
   */
  size?: PaginationSize;
  /**
   * Pages shown on each side of the current one.
   * @default 1
   */
  siblingCount?: number;
  /**
   * Pages always shown at each end.
   * @default 1
   */
  boundaryCount?: number;
  /**
   * Adds links or buttons to the first and last pages.
   * @default false
   */
  showFirstLast?: boolean;
  /**
   * Makes the items links (a server-rendered list, or one a router shows): the URL of a page.
   * Without it (and without `pageTo`), the items are buttons.
   */
  pageHref?: (page: number) => string;
  /**
   * The element or component link items render, e.g. a router's link (`as={RouterLink}`),
   * as on Link. It receives `href` and `to`, the class and every ARIA attribute, and must
   * render an `<a>`.
   * @default 'a'
   */
  as?: ElementType;
  /** The destination of a page for a router link rendered through `as` (React Router's `to`). */
  pageTo?: (page: number) => string | object;
  /**
   * With button items, makes each a submit button `name={name} value={page}`: a form without
   * script (a server-rendered list) sends the page chosen.
   */
  name?: string;
  /**
   * The navigation landmark's name.
   * @default 'Pagination'
   */
  label?: string;
  /** @default 'Previous page' */
  previousLabel?: string;
  /** @default 'Next page' */
  nextLabel?: string;
  /** @default 'First page' */
  firstLabel?: string;
  /** @default 'Last page' */
  lastLabel?: string;
  /**
   * The name of a page's item.
   * @default (page) => `Page ${page}`
   */
  pageLabel?: (page: number) => string;
  /**
   * The text of the compact form.
   * @default (page, pageCount) => `Page ${page} of ${pageCount}`
   */
  statusLabel?: (page: number, pageCount: number) => ReactNode;
}

const clamp = (value: number, max: number) => Math.min(Math.max(Math.trunc(value) || 1, 1), max);
/** A count of pages to show: a whole number from 0, or the default when it is not a number. */
const count = (value: number, fallback: number) =>
  Number.isFinite(value) ? Math.max(Math.trunc(value), 0) : fallback;

/**
 * Moves through the pages of a long list: a `<nav>` landmark holding a list of links (each
 * page a URL, for server-rendered or routed lists) or buttons (`onPageChange`). The current
 * page says `aria-current="page"`; the arrows point the reading direction's way (mirrored
 * right to left). As buttons, previous and next stay focusable at the ends (`aria-disabled`),
 * so focus is never lost when the last page is reached; as links, an end's arrow is a link
 * without `href`, out of the Tab order, as in Primer (following a link loads the new page
 * anyway). A page-size choice sits beside it: PageSizeSelect.
 * The ref and native props reach the `<nav>`.
 *
 * @selector .cal-pagination — the `<nav>`; items are `[data-part="item"]` (`[aria-current]`,
 * `[aria-disabled]`), gaps `[data-part="ellipsis"]`, the compact text `[data-part="status"]`
 */
export const Pagination = forwardRef<HTMLElement, PaginationProps>(function Pagination(
  {
    pageCount: pageCountProp,
    page: pageProp,
    defaultPage = 1,
    onPageChange,
    variant = 'numbered',
    size = 'md',
    siblingCount: siblingProp = 1,
    boundaryCount: boundaryProp = 1,
    showFirstLast = false,
    pageHref,
    as: LinkComponent = 'a',
    pageTo,
    name,
    label = 'Pagination',
    previousLabel = 'Previous page',
    nextLabel = 'Next page',
    firstLabel = 'First page',
    lastLabel = 'Last page',
    pageLabel = (page) => `Page ${page}`,
    statusLabel = (page, count) => `Page ${page} of ${count}`,
    className,
    ...rest
  },
  ref,
) {
  const [pageState, setPage] = useControllableState(pageProp, defaultPage, onPageChange);
  // An endless count (a total divided by a page size of 0) had a last page no one can reach.
  const pageCount = Number.isFinite(pageCountProp) ? Math.max(Math.trunc(pageCountProp), 1) : 1;
  const page = clamp(pageState, pageCount);
  const links = pageHref !== undefined || pageTo !== undefined;
  // A negative or non-number count left the current page out of the list.
  const siblingCount = count(siblingProp, 1);
  const boundaryCount = count(boundaryProp, 1);
  // Inline NODE_ENV check: production bundles drop the messages (see toastStore.ts). Links
  // navigate: the next page's render brings the new `page`.
  if (typeof process !== 'undefined' && process.env.NODE_ENV !== 'production') {
    if (!links) {
      reportUnchangeable('Pagination', { page: pageProp, onPageChange }, 'page', 'onPageChange');
    }
    // An uncontrolled page left out of range by a smaller pageCount (a filter narrowed the
    // list) is no misuse: the last page shows. Only the page asked for is checked.
    const badPage =
      pageProp === undefined ? clamp(defaultPage, Infinity) !== defaultPage : page !== pageState;
    if (pageCount !== pageCountProp || badPage) {
      devError(
        'Pagination',
        `\`pageCount\` must be a whole number from 1 and \`page\` one of the pages: got page ${pageState} of ${pageCountProp}, shown as page ${page} of ${pageCount}.`,
      );
    }
    if (siblingCount !== siblingProp || boundaryCount !== boundaryProp) {
      devError(
        'Pagination',
        `\`siblingCount\` and \`boundaryCount\` must be whole numbers from 0: got ${siblingProp} and ${boundaryProp}, shown as ${siblingCount} and ${boundaryCount}.`,
      );
    }
    reportUnknownValues('Pagination', {
      variant: [variant, paginationVariants],
      size: [size, paginationSizes],
    });
  }

  const item = (target: number, text: ReactNode, itemLabel: string, part?: string) => {
    const current = part === undefined && target === page;
    const disabled = part !== undefined && (target < 1 || target > pageCount || target === page);
    const common = {
      className: 'cal-pagination-item',
      'data-part': 'item',
      'aria-label': itemLabel,
      'aria-current': current ? ('page' as const) : undefined,
      'aria-disabled': disabled || undefined,
      onClick: () => {
        if (!disabled) setPage(target);
      },
    };
    return links ? (
      <LinkComponent
        {...common}
        href={disabled ? undefined : pageHref?.(target)}
        to={disabled ? undefined : pageTo?.(target)}
        role={disabled ? 'link' : undefined}
      >
        {text}
      </LinkComponent>
    ) : (
      <button
        {...common}
        type={name !== undefined && !disabled ? 'submit' : 'button'}
        name={disabled ? undefined : name}
        value={name === undefined || disabled ? undefined : target}
        onClick={(event) => {
          if (disabled) event.preventDefault();
          common.onClick();
        }}
      >
        {text}
      </button>
    );
  };

  return (
    <nav
      {...rest}
      ref={ref}
      aria-label={label}
      className={cx(paginationClass, className)}
      data-variant={variant === 'numbered' ? undefined : variant}
      data-size={size === 'md' ? undefined : size}
    >
      <ul>
        {showFirstLast ? (
          <li>{item(1, <ChevronsLeftIcon mirrorInRtl />, firstLabel, 'first')}</li>
        ) : null}
        <li>{item(page - 1, <ChevronLeftIcon mirrorInRtl />, previousLabel, 'previous')}</li>
        {variant === 'compact' ? (
          <li data-part="status" aria-live="polite">
            {statusLabel(page, pageCount)}
          </li>
        ) : (
          paginationItems(page, pageCount, siblingCount, boundaryCount).map((entry) => (
            <li key={entry}>
              {typeof entry === 'number' ? (
                item(entry, entry, pageLabel(entry))
              ) : (
                <span data-part="ellipsis" aria-hidden="true">
                  …
                </span>
              )}
            </li>
          ))
        )}
        <li>{item(page + 1, <ChevronRightIcon mirrorInRtl />, nextLabel, 'next')}</li>
        {showFirstLast ? (
          <li>{item(pageCount, <ChevronsRightIcon mirrorInRtl />, lastLabel, 'last')}</li>
        ) : null}
      </ul>
    </nav>
  );
});

Pagination.displayName = 'Pagination';
