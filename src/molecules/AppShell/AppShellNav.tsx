import {
  Children,
  createContext,
  forwardRef,
  isValidElement,
  useContext,
  useRef,
  type AnchorHTMLAttributes,
  type DetailsHTMLAttributes,
  type ElementType,
  type MouseEvent,
  type ReactElement,
  type ReactNode,
  type ToggleEvent,
} from 'react';
import { cx, devError, isDev, mergeRefs, useBrowserLayoutEffect } from '../../utils';
import { useControllableState } from '../overlay/useControllableState';
import { Tooltip } from '../Tooltip';

/** What an AppShell tells the navigation it renders, once inline and once in the drawer. */
export interface AppShellNavContextValue {
  /** The inline navigation shown as an icon rail: labels hidden, groups closed. */
  rail: boolean;
  /** Leaves the rail (a press on a group's icon in the rail opens the sidebar and the group). */
  expandRail: () => void;
  /** Called after a plain click on an item: the drawer closes. */
  onNavigate?: () => void;
  /** The default `as` of every item: the app's router link. */
  linkAs?: ElementType;
  /** Whether the rail can be shown: top-level rows then need an icon. */
  collapsible: boolean;
}

export const AppShellNavContext = createContext<AppShellNavContextValue | null>(null);
/** How deep an item sits: 0 at the top level, 1 inside a group, … */
const DepthContext = createContext(0);

function useNavContext(component: string): AppShellNavContextValue | null {
  const context = useContext(AppShellNavContext);
  if (!context) {
    devError(component, 'render it in the `navigation` of an AppShell.');
  }
  return context;
}

export interface AppShellNavItemProps extends AnchorHTMLAttributes<HTMLAnchorElement> {
  /** The destination. Required unless a router link (`as`, or AppShell's `linkAs`) takes `to`. */
  href?: string;
  /** The destination for a router link rendered through `as` (React Router's `to`). */
  to?: string | object;
  /**
   * The element or component to render, e.g. a router's link; as on Link. It receives every
   * other prop and must render an `<a>`. Defaults to AppShell's `linkAs`, else `a`.
   */
  as?: ElementType;
  /** The text of the item; it stays its accessible name in the rail, where it is hidden. */
  children: ReactNode;
  /**
   * An icon before the text, e.g. `<HouseIcon />`: decorative. Top-level items need one, as
   * the collapsed rail shows only icons.
   */
  icon?: ReactNode;
  /** After the text: a Badge with a count (`<Badge count={3} label="unread" />`). */
  badge?: ReactNode;
  /**
   * The page the user is on: `aria-current="page"`, drawn semibold with a bar at its start.
   * Its group opens by default. Mark one item.
   * @default false
   * @selector [aria-current="page"]
   */
  current?: boolean;
}

/**
 * In the rail, the row's hidden label shown beside it on hover and keyboard focus, at the
 * `end` side (as shadcn's Sidebar and GitLab's collapsed sidebar do). The label is
 * already the row's accessible name, so the tooltip stays visual (`repeatsName`): nothing is
 * read twice. The badge is not repeated: it stays visible on the icon's corner. Outside the
 * rail it is disabled, not removed, so the row keeps its element (and focus) when the rail
 * expands; a closed Tooltip adds no element, effect or listener.
 */
function RailTooltip({ label, children }: { label: ReactNode; children: ReactElement }) {
  const context = useContext(AppShellNavContext);
  return (
    <Tooltip content={label} placement="end" repeatsName disabled={!context?.rail}>
      {children}
    </Tooltip>
  );
}

function isPlainClick(event: MouseEvent) {
  return event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;
}

/**
 * A link in the AppShell navigation. The ref and native props reach the `<a>`.
 *
 * @selector [data-part="item"] — the link; `[aria-current="page"]` on the current page
 * @selector [data-part="icon" | "label" | "badge"]
 */
export const AppShellNavItem = forwardRef<HTMLAnchorElement, AppShellNavItemProps>(
  function AppShellNavItem(
    { as, icon, badge, current = false, children, className, onClick, ...rest },
    ref,
  ) {
    const context = useNavContext('AppShellNavItem');
    const depth = useContext(DepthContext);
    const Component = as ?? context?.linkAs ?? 'a';
    if (isDev) {
      if (Component === 'a' && !rest.href) {
        devError(
          'AppShellNavItem',
          'an item needs `href` (or a router link through `as`/`linkAs` with `to`): without it, it is not a link.',
        );
      }
      if (depth === 0 && !icon && context?.collapsible) {
        devError(
          'AppShellNavItem',
          'a top-level item needs an `icon`: the collapsed rail shows only icons. Give it one, or set `collapsible={false}` on the AppShell.',
        );
      }
    }
    const handleClick = (event: MouseEvent<HTMLAnchorElement>) => {
      onClick?.(event);
      if (isPlainClick(event)) context?.onNavigate?.();
    };
    return (
      <li>
        <RailTooltip label={children}>
          <Component
            {...rest}
            ref={ref}
            className={className}
            data-part="item"
            aria-current={current ? 'page' : rest['aria-current']}
            onClick={handleClick}
          >
            {icon ? (
              <span data-part="icon" aria-hidden="true">
                {icon}
              </span>
            ) : null}
            <span data-part="label">{children}</span>
            {badge ? <span data-part="badge">{badge}</span> : null}
          </Component>
        </RailTooltip>
      </li>
    );
  },
);

AppShellNavItem.displayName = 'AppShellNavItem';

export interface AppShellNavGroupProps extends Omit<
  DetailsHTMLAttributes<HTMLDetailsElement>,
  'open' | 'title' | 'name'
> {
  /** The text of the group's disclosure button. Required. */
  label: ReactNode;
  /** An icon before the label; top-level groups need one for the rail. */
  icon?: ReactNode;
  /** After the label: a Badge, e.g. the sum of its items' counts. */
  badge?: ReactNode;
  /** Whether the items are shown (controlled). Use with `onOpenChange`. */
  open?: boolean;
  /**
   * Whether the items are shown at first (uncontrolled). By default a group is open when it
   * holds the `current` item (at any depth), so the user sees where they are.
   * @selector [open] — the native attribute of `<details>`
   */
  defaultOpen?: boolean;
  /** Called with the new state when the button is pressed (or the browser toggles it). */
  onOpenChange?: (open: boolean) => void;
  /** The group's items: AppShellNavItem and nested AppShellNavGroup. */
  children: ReactNode;
}

/** Whether a `current` item is somewhere among these children (read while rendering, for SSR). */
export function holdsCurrent(children: ReactNode): boolean {
  let found = false;
  Children.forEach(children, (child) => {
    if (found || !isValidElement<{ current?: boolean; children?: ReactNode }>(child)) return;
    if (child.props.current === true || holdsCurrent(child.props.children)) found = true;
  });
  return found;
}

// Lucide's chevron-down, inlined as in Disclosure.
const chevron = (
  <svg
    data-part="chevron"
    viewBox="0 0 24 24"
    fill="none"
    stroke="currentColor"
    strokeWidth={2}
    strokeLinecap="round"
    strokeLinejoin="round"
    aria-hidden="true"
  >
    <path d="m6 9 6 6 6-6" />
  </svg>
);

/**
 * A group of items behind a disclosure button (APG disclosure navigation): a native
 * `<details>`/`<summary>`, so Enter and Space toggle it and the browser says expanded or
 * collapsed, before hydration too. The items stay links; Tab moves through them. In the rail
 * the button shows the icon, and a press opens the sidebar and the group. The ref and native
 * props reach the `<details>`.
 *
 * @selector [data-part="group"] — the `<details>`; `[open]` while its items show
 */
export const AppShellNavGroup = forwardRef<HTMLDetailsElement, AppShellNavGroupProps>(
  function AppShellNavGroup(
    {
      label,
      icon,
      badge,
      open: openProp,
      defaultOpen,
      onOpenChange,
      children,
      className,
      onToggle,
      ...rest
    },
    ref,
  ) {
    const context = useNavContext('AppShellNavGroup');
    const depth = useContext(DepthContext);
    const [open, setOpen] = useControllableState(
      openProp,
      defaultOpen ?? holdsCurrent(children),
      onOpenChange,
    );
    const details = useRef<HTMLDetailsElement>(null);
    if (isDev) {
      if (label === undefined || label === null || label === '') {
        devError('AppShellNavGroup', '`label` is required: it is the text of the group button.');
      }
      if (depth === 0 && !icon && context?.collapsible) {
        devError(
          'AppShellNavGroup',
          'a top-level group needs an `icon`: the collapsed rail shows only icons.',
        );
      }
    }
    useBrowserLayoutEffect(() => {
      if (details.current && details.current.open !== open) details.current.open = open;
    });
    const handleClick = (event: MouseEvent<HTMLElement>) => {
      // The state decides, not the browser: the element follows it after the render.
      event.preventDefault();
      if (context?.rail) {
        context.expandRail();
        setOpen(true);
      } else {
        setOpen(!open);
      }
    };
    const handleToggle = (event: ToggleEvent<HTMLDetailsElement>) => {
      onToggle?.(event);
      if (event.currentTarget.open !== open) setOpen(event.currentTarget.open);
    };
    return (
      <li>
        <details
          {...rest}
          ref={mergeRefs(details, ref)}
          className={cx(className)}
          data-part="group"
          open={open}
          onToggle={handleToggle}
        >
          <RailTooltip label={label}>
            <summary onClick={handleClick}>
              {icon ? (
                <span data-part="icon" aria-hidden="true">
                  {icon}
                </span>
              ) : null}
              <span data-part="label">{label}</span>
              {badge ? <span data-part="badge">{badge}</span> : null}
              {chevron}
            </summary>
          </RailTooltip>
          <ul>
            <DepthContext.Provider value={depth + 1}>{children}</DepthContext.Provider>
          </ul>
        </details>
      </li>
    );
  },
);

AppShellNavGroup.displayName = 'AppShellNavGroup';
