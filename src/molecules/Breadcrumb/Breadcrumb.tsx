import {
  forwardRef,
  useRef,
  useState,
  type ElementType,
  type HTMLAttributes,
  type PointerEvent,
  type ReactNode,
} from 'react';
import { cx, devError, reportUnknownValues, useBrowserLayoutEffect } from '../../utils';
import { OverflowPopup } from '../overflowPopup';
import { breadcrumbClass } from './Breadcrumb.styles';
import { collapseItems, itemsThatFit } from './collapseItems';

/** Every size, for stories and docs: the same as Pagination's. */
export const breadcrumbSizes = ['sm', 'md'] as const;
export type BreadcrumbSize = (typeof breadcrumbSizes)[number];

/** One step of the trail. */
export interface BreadcrumbItem {
  /** The text shown (and read); a long one truncates on screen, never for assistive technology. */
  label: ReactNode;
  /** Where the step leads. Every item but the current page needs `href` (or `to`). */
  href?: string;
  /** The destination for a router link rendered through the Breadcrumb's `as` (React Router's `to`). */
  to?: string | object;
}

export interface BreadcrumbProps extends Omit<HTMLAttributes<HTMLElement>, 'children'> {
  /**
   * The trail, from the root to the current page, which is the last item: `aria-current="page"`
   * and, unless `linkCurrent`, plain text.
   */
  items: readonly BreadcrumbItem[];
  /**
   * The name of the `<nav>` landmark.
   * @default 'Breadcrumb'
   */
  label?: string;
  /**
   * The element or component every link renders, e.g. a router's link (`as={RouterLink}`), as on
   * Link: it receives `href` or `to`, `className`, the ref and every other prop, and must render
   * an `<a>`.
   * @default 'a'
   */
  as?: ElementType;
  /**
   * The current page (the last item) is a link too, when it has `href` or `to`.
   * @default false
   */
  linkCurrent?: boolean;
  /**
   * Collapse the middle items into a "more" button when there are more items than this (at
   * least 2), or `'auto'`: when the items do not fit the width, measured in the browser (the
   * server renders every item; the first paint already shows the collapse). Without it, no
   * collapse: long labels truncate.
   * @selector [data-collapsed] — on the `<nav>`, while items are collapsed
   */
  maxItems?: number | 'auto';
  /**
   * Items kept before the collapse.
   * @default 1
   */
  itemsBeforeCollapse?: number;
  /**
   * Items kept after the collapse (at least 1, the current page), with a number `maxItems`;
   * `'auto'` keeps as many as fit.
   * @default 1
   */
  itemsAfterCollapse?: number;
  /**
   * The accessible name of the "more" button, from the number of items it shows.
   * @default (count) => `Show ${count} more`
   */
  moreLabel?: (count: number) => string;
  /**
   * Between items; hidden from assistive technology. The default chevron mirrors in
   * right-to-left text.
   * @default a chevron
   * @selector [data-part="separator"]
   */
  separator?: ReactNode;
  /**
   * Type and control size.
   * @default 'md'
   * @selector [data-size="sm"]
   */
  size?: BreadcrumbSize;
}

// Lucide's chevron, inlined: the Icon component would add its styles to every bundle.
const chevron = (
  <svg
    viewBox="0 0 24 24"
    fill="none"
    stroke="currentColor"
    strokeWidth={2}
    strokeLinecap="round"
    strokeLinejoin="round"
  >
    <path d="m9 18 6-6-6-6" />
  </svg>
);

const defaultMoreLabel = (count: number) => `Show ${count} more`;

function reportMisuse(props: BreadcrumbProps, items: BreadcrumbProps['items']) {
  const { maxItems, itemsBeforeCollapse = 1, itemsAfterCollapse = 1 } = props;
  const count = items.length;
  if (count === 0) {
    devError(
      'Breadcrumb',
      Array.isArray(props.items)
        ? '`items` is empty: give it the trail, from the root to the current page.'
        : '`items` must be an array: the trail, from the root to the current page.',
    );
  }
  if (typeof maxItems === 'number' && !(maxItems >= 2)) {
    devError(
      'Breadcrumb',
      `\`maxItems={${maxItems}}\` cannot work: at least 2 items show (the first and the current page). It is taken as 2.`,
    );
  } else if (typeof maxItems === 'number' && itemsBeforeCollapse + itemsAfterCollapse > maxItems) {
    devError(
      'Breadcrumb',
      `\`itemsBeforeCollapse\` + \`itemsAfterCollapse\` (${itemsBeforeCollapse} + ${itemsAfterCollapse}) keep more than \`maxItems={${maxItems}}\`: more items show than \`maxItems\` allows.`,
    );
  }
  if (Array.isArray(props.items) && count < props.items.length) {
    devError('Breadcrumb', 'every item must be an object with a `label`; the others are left out.');
  }
  items.forEach((item, index) => {
    if (index < count - 1 && item.href === undefined && item.to === undefined) {
      devError(
        'Breadcrumb',
        'every item but the current page (the last) needs `href` (or `to` with a router link in `as`): a step without one cannot be reached.',
      );
    }
  });
  reportUnknownValues('Breadcrumb', { size: [props.size, breadcrumbSizes] });
}

/**
 * The natural width of each item (each with its separator): collapsed items are laid out
 * out of the flow, and a truncated label adds what it hides.
 */
const naturalWidths = (list: HTMLElement) =>
  Array.from(list.children, (item) => {
    const label = item.querySelector('[data-part="label"]');
    const hidden = label ? label.scrollWidth - label.clientWidth : 0;
    return (item as HTMLElement).offsetWidth + hidden;
  });

/**
 * Where the current page sits in the site (WAI-ARIA APG breadcrumb): a `<nav>` landmark
 * (`label`, "Breadcrumb" by default) holding an ordered list of links, the last item the
 * current page (`aria-current="page"`, text unless `linkCurrent`), separators hidden from
 * assistive technology and mirrored in right-to-left text. Links can be a router's (`as`, items'
 * `to`). A long trail collapses its middle into a "more" button (`maxItems`, or `'auto'` to
 * collapse what does not fit) that shows the hidden steps as a list of links; long labels
 * truncate on screen, with their full text in the accessible name and, once truncated, as a
 * tooltip (`title`). The ref and native props reach the `<nav>`.
 *
 * @selector .cal-breadcrumb — the `<nav>`; parts `[data-part="link" | "current" | "label" | "separator" | "more"]`
 * @selector [data-size="sm"], [data-collapsed]
 */
export const Breadcrumb = forwardRef<HTMLElement, BreadcrumbProps>(function Breadcrumb(props, ref) {
  const {
    items: itemsProp,
    label = 'Breadcrumb',
    as: LinkComponent = 'a',
    linkCurrent = false,
    maxItems,
    itemsBeforeCollapse = 1,
    itemsAfterCollapse = 1,
    moreLabel = defaultMoreLabel,
    separator = chevron,
    size = 'md',
    className,
    onPointerOver,
    ...rest
  } = props;
  // Misuse never throws: a missing array is taken as empty, and an item that is not an object
  // (`[home, isAdmin && admin, page]`) is left out, as the collections leave out such options.
  const items = Array.isArray(itemsProp)
    ? itemsProp.filter((item) => typeof item === 'object' && item !== null)
    : [];
  const count = items.length;
  // Inline NODE_ENV check: production bundles drop the messages (bench/budgets.json).
  if (typeof process !== 'undefined' && process.env.NODE_ENV !== 'production') {
    reportMisuse(props, items);
  }
  const auto = maxItems === 'auto';
  const listRef = useRef<HTMLOListElement>(null);
  // 'auto': how many items after the collapse fit, or null when all do. The server and the
  // first client render show every item, so hydration matches; the layout effect below
  // collapses before the first paint.
  const [fit, setFit] = useState<number | null>(null);

  useBrowserLayoutEffect(() => {
    const list = listRef.current;
    if (!auto || !list) return;
    // Reads only, from ResizeObserver (after layout): no write comes between them, so no
    // forced layout; React writes the new collapse in its next commit.
    const update = () => {
      const widths = naturalWidths(list);
      const more = widths.splice(Math.min(itemsBeforeCollapse, count), 1)[0] ?? 0;
      setFit(itemsThatFit(widths, list.clientWidth, itemsBeforeCollapse, more));
    };
    update();
    if (typeof ResizeObserver !== 'function') return;
    const observer = new ResizeObserver(update);
    observer.observe(list);
    return () => observer.disconnect();
  }, [auto, count, itemsBeforeCollapse]);

  const range = auto
    ? fit === null
      ? null
      : { start: Math.min(itemsBeforeCollapse, count), end: count - fit }
    : collapseItems(count, {
        maxItems: maxItems === undefined ? undefined : Math.max(2, maxItems),
        itemsBeforeCollapse,
        itemsAfterCollapse,
      });
  const hidden = range ? items.slice(range.start, range.end) : [];

  if (count === 0) return null;

  // On a pointer over a truncated label, its full text becomes the link's tooltip.
  const showFullText = (event: PointerEvent<HTMLElement>) => {
    onPointerOver?.(event);
    const text = (event.target as Element).closest<HTMLElement>('[data-part="label"]');
    if (text) {
      text.title = text.scrollWidth > text.clientWidth ? (text.textContent ?? '') : '';
    }
  };

  const link = (item: BreadcrumbItem, part: string, current?: boolean) => {
    const content = <span data-part="label">{item.label}</span>;
    if (current && !(linkCurrent && (item.href ?? item.to) !== undefined)) {
      return (
        <span data-part="current" aria-current="page">
          {content}
        </span>
      );
    }
    // Only the destinations given: an `href={undefined}` would override a router link's own.
    const destination: { href?: string; to?: string | object } = {};
    if (item.href !== undefined) destination.href = item.href;
    if (item.to !== undefined) destination.to = item.to;
    return (
      <LinkComponent {...destination} data-part={part} aria-current={current ? 'page' : undefined}>
        {content}
      </LinkComponent>
    );
  };

  const sep = (
    <span data-part="separator" aria-hidden="true">
      {separator}
    </span>
  );
  // In 'auto' mode the "more" item is always there, out of the flow and invisible while
  // nothing is collapsed, so its width can be measured.
  const more =
    auto || range ? (
      <li key="more" data-part="more" data-collapsed={range ? undefined : ''}>
        {/* First in the trail when no item is kept before it: nothing to separate. */}
        {(range?.start ?? itemsBeforeCollapse) >= 1 ? sep : null}
        <OverflowPopup
          label={moreLabel(hidden.length)}
          items={hidden.map((item, index) => (
            <li key={index}>{link(item, 'item')}</li>
          ))}
        >
          <span aria-hidden="true">…</span>
        </OverflowPopup>
      </li>
    ) : null;

  return (
    <nav
      {...rest}
      ref={ref}
      aria-label={label}
      className={cx(breadcrumbClass, className)}
      data-size={size === 'md' ? undefined : size}
      data-collapsed={range ? '' : undefined}
      onPointerOver={showFullText}
    >
      <ol ref={listRef}>
        {items.map((item, index) => {
          const collapsed = range !== null && index >= range.start && index < range.end;
          // Collapsed items stay in the list in 'auto' mode only, out of the flow and
          // invisible, so their widths are known when the room grows again.
          if (collapsed && !auto) return index === range.start ? more : null;
          return [
            index === Math.min(itemsBeforeCollapse, count) && auto ? more : null,
            <li key={index} data-collapsed={collapsed ? '' : undefined}>
              {index > 0 ? sep : null}
              {link(item, 'link', index === count - 1)}
            </li>,
          ];
        })}
      </ol>
    </nav>
  );
});

Breadcrumb.displayName = 'Breadcrumb';
