import {
  forwardRef,
  useEffect,
  useId,
  useMemo,
  useState,
  type ElementType,
  type HTMLAttributes,
  type MouseEvent,
  type ReactNode,
} from 'react';
import { breakpointQuery } from '../../atoms/Grid/breakpoints';
import { useMediaQuery } from '../../atoms/Grid/useMediaQuery';
import { MenuIcon, PanelLeftIcon } from '../../atoms/Icon';
import { IconButton } from '../../atoms/IconButton';
import { cx, devError, isDev } from '../../utils';
import { Drawer } from '../Drawer';
import { useControllableState } from '../overlay/useControllableState';
import { appShellClass, appShellNavClass } from './AppShell.styles';
import { AppShellNavContext, type AppShellNavContextValue } from './AppShellNav';

export interface AppShellProps extends Omit<HTMLAttributes<HTMLDivElement>, 'children'> {
  /**
   * The product's mark or name, in the top bar; it links home (`homeHref`). Give an image an
   * `alt`, or the link a `homeLabel`.
   */
  logo?: ReactNode;
  /**
   * Where the logo links.
   * @default '/'
   */
  homeHref?: string;
  /** The accessible name of the logo link, when the logo has no text of its own. */
  homeLabel?: string;
  /** A search in the top bar, e.g. `<SearchField label="Search" hideLabel />`. */
  search?: ReactNode;
  /** Actions in the top bar, before the user menu: IconButtons (notifications, help). */
  actions?: ReactNode;
  /** The user's menu at the end of the top bar, e.g. a MenuTrigger around an Avatar button. */
  userMenu?: ReactNode;
  /**
   * The side navigation's items: AppShellNavItem and AppShellNavGroup. Rendered in a `<nav>`
   * beside the main region from the `md` breakpoint up, and in a modal Drawer (opened by a
   * menu button in the top bar) below it.
   */
  navigation?: ReactNode;
  /**
   * The accessible name of the navigation landmark.
   * @default 'Main'
   */
  navigationLabel?: string;
  /**
   * The router link the items (and the logo) render, e.g. Next.js' `Link`: set it once here
   * instead of `as` on every item. It receives `href`/`to` and must render an `<a>`.
   */
  linkAs?: ElementType;
  /**
   * The sidebar is an icon rail (controlled). Use with `onCollapsedChange`. In the rail each
   * item's and group's label is visually hidden (still its accessible name) and shown in a
   * tooltip at the `end` side on hover and keyboard focus.
   */
  collapsed?: boolean;
  /**
   * The sidebar starts as an icon rail (uncontrolled).
   * @default false
   * @selector [data-collapsed]
   */
  defaultCollapsed?: boolean;
  /** Called with the new state when the collapse toggle is pressed, or a rail group opened. */
  onCollapsedChange?: (collapsed: boolean) => void;
  /**
   * Whether the sidebar can collapse to an icon rail: shows the collapse toggle.
   * @default true
   */
  collapsible?: boolean;
  /** The page's content, in the `<main>` landmark. */
  children?: ReactNode;
  /**
   * The `id` of the `<main>` element, the skip link's target. By default a generated one.
   */
  mainId?: string;
  /**
   * The text of the skip link, the first thing Tab reaches; shown only while focused.
   * @default 'Skip to main content'
   */
  skipLinkLabel?: string;
  /**
   * The accessible name of the menu button (below `md`) and the title of the drawer it opens.
   * @default 'Menu'
   */
  menuLabel?: string;
  /**
   * The accessible name of the collapse toggle; `aria-expanded` says whether it is expanded.
   * @default 'Sidebar'
   */
  collapseToggleLabel?: string;
  /**
   * The accessible name of the drawer's close button.
   * @default 'Close'
   */
  closeLabel?: string;
}

/**
 * The frame of an application: a top bar (`<header>`, the banner landmark) with the logo, a
 * search, actions and the user menu; a side navigation (`<nav>`) of links and disclosure
 * groups that collapses to an icon rail (each row's name in a tooltip on hover and focus, read
 * once: the tooltip only repeats it); the `<main>` landmark; and a skip link to it as the
 * first stop of Tab. Below the `md` breakpoint the navigation moves into a modal Drawer opened
 * from the top bar, in CSS alone (no script reads the width, so the server's HTML is right at
 * every width). The ref and native props reach the outer `<div>`.
 *
 * @selector .cal-app-shell — the outer `<div>`; `[data-collapsed]` when the sidebar is a rail
 * @selector [data-part="skip-link" | "header" | "menu-button" | "logo" | "search" | "actions" | "user-menu" | "sidebar" | "collapse-toggle" | "nav"]
 * @selector main — the main region
 * @selector [data-part="nav"][data-rail] — the sidebar's `<nav>` while it is an icon rail (the
 * drawer's `<nav>` never is)
 */
export const AppShell = forwardRef<HTMLDivElement, AppShellProps>(function AppShell(
  {
    logo,
    homeHref = '/',
    homeLabel,
    search,
    actions,
    userMenu,
    navigation,
    navigationLabel = 'Main',
    linkAs,
    collapsed: collapsedProp,
    defaultCollapsed = false,
    onCollapsedChange,
    collapsible = true,
    children,
    mainId,
    skipLinkLabel = 'Skip to main content',
    menuLabel = 'Menu',
    collapseToggleLabel = 'Sidebar',
    closeLabel = 'Close',
    className,
    ...rest
  },
  ref,
) {
  const generatedId = useId();
  const mainElementId = mainId ?? `${generatedId}main`;
  const navId = `${generatedId}nav`;
  const drawerId = `${generatedId}drawer`;
  const [collapsedState, setCollapsed] = useControllableState(
    collapsedProp,
    defaultCollapsed,
    onCollapsedChange,
  );
  const collapsed = collapsible && collapsedState;
  const [drawerOpen, setDrawerOpen] = useState(false);
  if (isDev) reportMisuse(collapsedProp, onCollapsedChange, navigation);

  // The drawer is for narrow viewports: close it when the window grows past `md`, where the
  // inline navigation shows. A media query's answer, not a measurement of the layout.
  const wide = useMediaQuery(breakpointQuery('md'));
  useEffect(() => {
    if (wide && drawerOpen) setDrawerOpen(false);
  }, [wide, drawerOpen, setDrawerOpen]);

  const inline = useMemo<AppShellNavContextValue>(
    () => ({ rail: collapsed, expandRail: () => setCollapsed(false), linkAs, collapsible }),
    [collapsed, setCollapsed, linkAs, collapsible],
  );
  const inDrawer = useMemo<AppShellNavContextValue>(
    () => ({
      rail: false,
      expandRail: () => {},
      onNavigate: () => setDrawerOpen(false),
      linkAs,
      collapsible: false,
    }),
    [setDrawerOpen, linkAs],
  );

  const skipToMain = (event: MouseEvent<HTMLAnchorElement>) => {
    const main = event.currentTarget.ownerDocument.getElementById(mainElementId);
    if (!main) return;
    // Focus, not only scroll: the next Tab continues from the main region, in every browser.
    event.preventDefault();
    main.focus();
    main.scrollIntoView?.({ block: 'start' });
  };

  const Home = linkAs ?? 'a';
  const hasNavigation = navigation !== undefined && navigation !== null && navigation !== false;
  return (
    <div
      {...rest}
      ref={ref}
      className={cx(appShellClass, className)}
      data-collapsed={collapsed || undefined}
    >
      <a data-part="skip-link" href={`#${mainElementId}`} onClick={skipToMain}>
        {skipLinkLabel}
      </a>
      <header data-part="header">
        {hasNavigation ? (
          <IconButton
            data-part="menu-button"
            label={menuLabel}
            icon={<MenuIcon />}
            aria-haspopup="dialog"
            aria-expanded={drawerOpen}
            aria-controls={drawerOpen ? drawerId : undefined}
            onClick={() => setDrawerOpen(true)}
          />
        ) : null}
        {logo !== undefined && logo !== null ? (
          <Home
            data-part="logo"
            href={homeHref}
            to={linkAs ? homeHref : undefined}
            aria-label={homeLabel}
          >
            {logo}
          </Home>
        ) : null}
        {search ? <div data-part="search">{search}</div> : null}
        {actions ? <div data-part="actions">{actions}</div> : null}
        {userMenu ? <div data-part="user-menu">{userMenu}</div> : null}
      </header>
      {hasNavigation ? (
        <div data-part="sidebar">
          {collapsible ? (
            <IconButton
              data-part="collapse-toggle"
              label={collapseToggleLabel}
              icon={<PanelLeftIcon />}
              aria-expanded={!collapsed}
              aria-controls={navId}
              onClick={() => setCollapsed(!collapsed)}
            />
          ) : null}
          <nav
            id={navId}
            aria-label={navigationLabel}
            className={appShellNavClass}
            data-part="nav"
            data-rail={collapsed || undefined}
          >
            <ul>
              <AppShellNavContext.Provider value={inline}>{navigation}</AppShellNavContext.Provider>
            </ul>
          </nav>
        </div>
      ) : null}
      <main id={mainElementId} tabIndex={-1}>
        {children}
      </main>
      {hasNavigation ? (
        <Drawer
          id={drawerId}
          side="start"
          size="sm"
          title={menuLabel}
          closeLabel={closeLabel}
          open={drawerOpen}
          onOpenChange={setDrawerOpen}
        >
          <nav aria-label={navigationLabel} className={appShellNavClass} data-part="nav">
            <ul>
              <AppShellNavContext.Provider value={inDrawer}>
                {navigation}
              </AppShellNavContext.Provider>
            </ul>
          </nav>
        </Drawer>
      ) : null}
    </div>
  );
});

AppShell.displayName = 'AppShell';

function reportMisuse(
  collapsed: boolean | undefined,
  onCollapsedChange: ((collapsed: boolean) => void) | undefined,
  navigation: ReactNode,
) {
  if (collapsed !== undefined && !onCollapsedChange) {
    devError(
      'AppShell',
      '`collapsed` without `onCollapsedChange`: the collapse toggle cannot change it. Handle `onCollapsedChange`, or use `defaultCollapsed`.',
    );
  }
  if (typeof navigation === 'string' || typeof navigation === 'number') {
    devError(
      'AppShell',
      '`navigation` takes AppShellNavItem and AppShellNavGroup elements, not text.',
    );
  }
}
