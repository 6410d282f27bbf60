import {
  forwardRef,
  type ButtonHTMLAttributes,
  type ElementType,
  type ForwardedRef,
  type MouseEvent,
  type ReactNode,
} from 'react';
import { cx, devError } from '../../utils';
import { tabClass } from './Tabs.styles';
import { panelId, tabId, useTabs } from './TabsContext';

export interface TabProps extends Omit<ButtonHTMLAttributes<HTMLElement>, 'value' | 'type'> {
  /** Identifies the tab; its TabPanel has the same `value`. In `linked` Tabs, the route. */
  value: string;
  /** The tab's label. */
  children: ReactNode;
  /** A decorative icon before the label. */
  icon?: ReactNode;
  /**
   * A count or status after the label, part of the tab's name: `<Badge count={3}
   * label="open issues" />` is read "Issues 3 open issues".
   * @selector [data-part="badge"]
   */
  badge?: ReactNode;
  /**
   * The tab cannot be selected and arrow keys skip it. A disabled tab in `linked` Tabs keeps
   * no `href` and says `aria-disabled`.
   * @default false
   * @selector [data-disabled]
   */
  disabled?: boolean;
  /** Where the tab leads, in `linked` Tabs. */
  href?: string;
  /**
   * In `linked` Tabs, the element or component to render: a router's link (`as={RouterLink}`),
   * which receives `href` or `to`, the ref and every other prop, and must render an `<a>`.
   * @default 'a'
   */
  as?: ElementType;
  /** The destination for a router link rendered through `as` (React Router's `to`). */
  to?: string | object;
}

/**
 * One tab of a TabList: a `<button role="tab">`, `aria-selected` and in the Tab order only
 * when selected (the APG's roving tabindex); in `linked` Tabs, a link in a list item,
 * `aria-current="page"` when selected. The ref reaches the button or link.
 *
 * @selector .cal-tab[data-selected] — the selected tab; `[data-part="icon" | "badge"]`
 */
export const Tab = forwardRef<HTMLElement, TabProps>(function Tab(
  { value, icon, badge, disabled = false, href, as, to, className, children, onClick, ...rest },
  ref,
) {
  const tabs = useTabs();
  // Development messages sit behind one inline NODE_ENV check, which bundlers fold:
  // production bundles carry none of their text (bench/budgets.json).
  if (typeof process !== 'undefined' && process.env.NODE_ENV !== 'production') {
    if (!tabs) {
      devError(
        'Tab',
        'a Tab must be inside <Tabs><TabList>…</TabList></Tabs>; it renders as text.',
      );
    } else if (typeof value !== 'string' || value === '') {
      devError('Tab', '`value` is required: it names the tab and matches its TabPanel.');
    } else if (tabs.linked && !disabled && href === undefined && to === undefined) {
      devError('Tab', 'a Tab in `linked` Tabs needs `href` (or `to` with a router link in `as`).');
    }
  }
  if (!tabs) return <span>{children}</span>;
  const selected = tabs.value === value;
  // The space keeps the label and the badge's text apart in the tab's name; between flex
  // items, it takes no room on screen.
  const content = (
    <>
      {icon ? (
        <span data-part="icon" aria-hidden="true">
          {icon}
        </span>
      ) : null}
      {children}
      {badge ? ' ' : null}
      {badge ? <span data-part="badge">{badge}</span> : null}
    </>
  );
  const handleClick = (event: MouseEvent<HTMLElement>) => {
    onClick?.(event);
    // A disabled link stays a link element without href; its click must not select it.
    if (disabled) event.preventDefault();
    else if (!event.defaultPrevented) tabs.select(value);
  };
  const common = {
    ...rest,
    ref,
    className: cx(tabClass, className),
    'data-selected': selected || undefined,
    'data-disabled': disabled || undefined,
    onClick: handleClick,
  };

  if (tabs.linked) {
    // A disabled tab renders a plain `<a>` without href: a router's link may require its `to`.
    const Link = disabled ? 'a' : (as ?? 'a');
    // Only the destinations given: an `href={undefined}` would override the one a router's
    // link computes from `to`.
    const destination: { href?: string; to?: string | object } = {};
    if (!disabled && href !== undefined) destination.href = href;
    if (!disabled && to !== undefined) destination.to = to;
    return (
      <li>
        <Link
          {...common}
          {...destination}
          role={disabled ? 'link' : rest.role}
          aria-disabled={disabled || undefined}
          aria-current={selected ? 'page' : undefined}
        >
          {content}
        </Link>
      </li>
    );
  }

  return (
    <button
      {...common}
      ref={ref as ForwardedRef<HTMLButtonElement>}
      type="button"
      role="tab"
      id={tabId(tabs.baseId, value)}
      aria-selected={selected}
      // Only the selected panel is sure to exist (the others may be lazy or unmounted).
      aria-controls={selected ? panelId(tabs.baseId, value) : undefined}
      tabIndex={tabs.focusable === value ? 0 : -1}
      disabled={disabled}
    >
      {content}
    </button>
  );
});

Tab.displayName = 'Tab';
