import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef, forwardRef, useState, type AnchorHTMLAttributes, type Ref } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Badge } from '../../atoms/Badge';
import { HouseIcon, FolderIcon, SettingsIcon } from '../../atoms/Icon';
import { resetDevErrors } from '../../utils/dev';
import { AppShell, AppShellNavGroup, AppShellNavItem, type AppShellProps } from '.';

/*
 * jsdom has no layout and no media queries: which of the inline navigation and the menu button
 * shows at a width, the rail's look and the drawer's top layer are tested in Chromium by the
 * stories' play functions (and the browser's own Enter/Space on `<summary>` there, with real
 * keys). These tests cover what the components do: landmarks, state, focus, names, misuse.
 */

afterEach(() => {
  vi.restoreAllMocks();
  resetDevErrors();
});

const navigation = (
  <>
    <AppShellNavItem href="/" icon={<HouseIcon />}>
      Home
    </AppShellNavItem>
    <AppShellNavGroup label="Projects" icon={<FolderIcon />}>
      <AppShellNavItem href="/atlas">Atlas</AppShellNavItem>
      <AppShellNavGroup label="Archived">
        <AppShellNavItem href="/cirrus" current>
          Cirrus
        </AppShellNavItem>
      </AppShellNavGroup>
    </AppShellNavGroup>
    <AppShellNavGroup label="Reports" icon={<FolderIcon />}>
      <AppShellNavItem href="/sales">Sales</AppShellNavItem>
    </AppShellNavGroup>
    <AppShellNavItem href="/settings" icon={<SettingsIcon />}>
      Settings
    </AppShellNavItem>
  </>
);

function Shell(props: Partial<AppShellProps> & { ref?: Ref<HTMLDivElement> }) {
  return (
    <AppShell logo="Acme" navigation={navigation} {...props}>
      <h1>Dashboard</h1>
      <button type="button">In the page</button>
    </AppShell>
  );
}

const inlineNav = () => screen.getAllByRole('navigation', { name: 'Main' })[0] as HTMLElement;
// Testing Library gives `<summary>` no role: the group button is found by its text.
const groupButton = (name: string, within_: HTMLElement = inlineNav()) =>
  within(within_).getByText(name).closest('summary') as HTMLElement;

describe('AppShell', () => {
  describe('landmarks and parts', () => {
    it('renders the banner, a labelled navigation and the main region; the ref reaches the root', () => {
      const ref = createRef<HTMLDivElement>();
      render(<Shell ref={ref} data-testid="shell" />);
      expect(ref.current).toBe(screen.getByTestId('shell'));
      expect(ref.current).toHaveClass('cal-app-shell');
      expect(screen.getByRole('banner')).toContainElement(
        screen.getByRole('link', { name: 'Acme' }),
      );
      expect(screen.getByRole('link', { name: 'Acme' })).toHaveAttribute('href', '/');
      expect(screen.getByRole('navigation', { name: 'Main' })).toBeInTheDocument();
      expect(screen.getByRole('main')).toContainElement(screen.getByRole('heading'));
      // No drawer until it is opened.
      expect(screen.queryByRole('dialog')).toBeNull();
    });

    it('puts the search, actions and user menu slots in the top bar', () => {
      render(
        <Shell
          search={<input aria-label="Search" />}
          actions={<button type="button">Help</button>}
          userMenu={<button type="button">Account</button>}
        />,
      );
      const bar = screen.getByRole('banner');
      expect(within(bar).getByRole('textbox', { name: 'Search' })).toBeInTheDocument();
      expect(within(bar).getByRole('button', { name: 'Help' })).toBeInTheDocument();
      expect(within(bar).getByRole('button', { name: 'Account' })).toBeInTheDocument();
    });

    it('passes native props through and replaces every built-in text', () => {
      render(
        <Shell
          id="app"
          navigationLabel="Primary"
          skipLinkLabel="Zum Inhalt"
          menuLabel="Menü"
          collapseToggleLabel="Seitenleiste"
          homeLabel="Acme home"
        />,
      );
      expect(document.getElementById('app')).toHaveClass('cal-app-shell');
      expect(screen.getByRole('navigation', { name: 'Primary' })).toBeInTheDocument();
      expect(screen.getByRole('link', { name: 'Zum Inhalt' })).toBeInTheDocument();
      expect(screen.getByRole('button', { name: 'Menü' })).toBeInTheDocument();
      expect(screen.getByRole('button', { name: 'Seitenleiste' })).toBeInTheDocument();
      expect(screen.getByRole('link', { name: 'Acme home' })).toBeInTheDocument();
    });
  });

  describe('skip link', () => {
    it('is the first Tab stop and moves focus to the main region', async () => {
      render(<Shell />);
      await userEvent.tab();
      const skip = screen.getByRole('link', { name: 'Skip to main content' });
      expect(skip).toHaveFocus();
      const main = screen.getByRole('main');
      expect(skip).toHaveAttribute('href', `#${main.id}`);
      await userEvent.keyboard('{Enter}');
      expect(main).toHaveFocus();
      // The next Tab continues inside the main region.
      await userEvent.tab();
      expect(screen.getByRole('button', { name: 'In the page' })).toHaveFocus();
    });

    it('targets the given `mainId`', async () => {
      render(<Shell mainId="content" />);
      expect(screen.getByRole('main')).toHaveAttribute('id', 'content');
      await userEvent.click(screen.getByRole('link', { name: 'Skip to main content' }));
      expect(screen.getByRole('main')).toHaveFocus();
    });
  });

  describe('active item and groups', () => {
    it('marks the current item and opens the groups that hold it, at any depth', () => {
      render(<Shell />);
      const current = within(inlineNav()).getByRole('link', { name: 'Cirrus' });
      expect(current).toHaveAttribute('aria-current', 'page');
      expect(within(inlineNav()).getByRole('link', { name: 'Atlas' })).not.toHaveAttribute(
        'aria-current',
      );
      expect(groupButton('Projects').parentElement).toHaveProperty('open', true);
      expect(groupButton('Archived').parentElement).toHaveProperty('open', true);
      expect(groupButton('Reports').parentElement).toHaveProperty('open', false);
    });

    it('toggles a group on a press of its button (the click Enter and Space fire on a summary)', async () => {
      const onOpenChange = vi.fn();
      render(
        <AppShell
          navigation={
            <AppShellNavGroup label="Reports" icon={<FolderIcon />} onOpenChange={onOpenChange}>
              <AppShellNavItem href="/sales">Sales</AppShellNavItem>
            </AppShellNavGroup>
          }
        />,
      );
      const button = groupButton('Reports');
      const details = button.parentElement as HTMLDetailsElement;
      button.focus();
      await userEvent.click(button);
      expect(details.open).toBe(true);
      expect(onOpenChange).toHaveBeenLastCalledWith(true);
      await userEvent.click(button);
      expect(details.open).toBe(false);
      expect(onOpenChange).toHaveBeenLastCalledWith(false);
    });

    it('follows a controlled `open`', async () => {
      function Controlled() {
        const [open, setOpen] = useState(false);
        return (
          <AppShell
            navigation={
              <AppShellNavGroup
                label="Reports"
                icon={<FolderIcon />}
                open={open}
                onOpenChange={setOpen}
              >
                <AppShellNavItem href="/sales">Sales</AppShellNavItem>
              </AppShellNavGroup>
            }
          />
        );
      }
      render(<Controlled />);
      const details = groupButton('Reports').parentElement as HTMLDetailsElement;
      expect(details.open).toBe(false);
      await userEvent.click(groupButton('Reports'));
      expect(details.open).toBe(true);
    });
  });

  describe('collapse to a rail', () => {
    it('toggles with a button that says whether the sidebar is expanded', async () => {
      const onCollapsedChange = vi.fn();
      const { container } = render(<Shell onCollapsedChange={onCollapsedChange} />);
      const toggle = screen.getByRole('button', { name: 'Sidebar' });
      expect(toggle).toHaveAttribute('aria-expanded', 'true');
      expect(toggle).toHaveAttribute('aria-controls', inlineNav().id);
      await userEvent.click(toggle);
      expect(toggle).toHaveAttribute('aria-expanded', 'false');
      expect(onCollapsedChange).toHaveBeenLastCalledWith(true);
      expect(container.firstChild).toHaveAttribute('data-collapsed');
      expect(inlineNav()).toHaveAttribute('data-rail');
      await userEvent.keyboard('{Enter}');
      expect(toggle).toHaveAttribute('aria-expanded', 'true');
      expect(container.firstChild).not.toHaveAttribute('data-collapsed');
    });

    it('opens the sidebar and the group from a group button in the rail', async () => {
      const onCollapsedChange = vi.fn();
      render(<Shell defaultCollapsed onCollapsedChange={onCollapsedChange} />);
      await userEvent.click(groupButton('Reports'));
      expect(onCollapsedChange).toHaveBeenLastCalledWith(false);
      expect(groupButton('Reports').parentElement).toHaveProperty('open', true);
      expect(screen.getByRole('button', { name: 'Sidebar' })).toHaveAttribute(
        'aria-expanded',
        'true',
      );
    });

    it('follows a controlled `collapsed`', () => {
      const { container, rerender } = render(<Shell collapsed onCollapsedChange={() => {}} />);
      expect(container.firstChild).toHaveAttribute('data-collapsed');
      rerender(<Shell collapsed={false} onCollapsedChange={() => {}} />);
      expect(container.firstChild).not.toHaveAttribute('data-collapsed');
    });

    it('has no toggle and no rail when not `collapsible`', () => {
      const { container } = render(<Shell collapsible={false} defaultCollapsed />);
      expect(screen.queryByRole('button', { name: 'Sidebar' })).toBeNull();
      expect(container.firstChild).not.toHaveAttribute('data-collapsed');
    });
  });

  describe('tooltips in the rail', () => {
    // jsdom's selector engine does not match `:focus-visible` on a link focused by Tab (Chromium
    // does; the CollapsedTooltip story checks it there): here the focused element counts as
    // keyboard-focused, the way the browser sees a Tab.
    beforeEach(() => {
      const matches = Element.prototype.matches;
      vi.spyOn(Element.prototype, 'matches').mockImplementation(function (
        this: Element,
        selector: string,
      ) {
        if (selector === ':focus-visible') return this === this.ownerDocument.activeElement;
        return matches.call(this, selector);
      });
    });

    /** Presses Tab until the element has focus (keyboard focus, so `:focus-visible`). */
    async function tabTo(element: HTMLElement) {
      for (let i = 0; i < 12 && document.activeElement !== element; i += 1) {
        await userEvent.tab();
      }
      expect(element).toHaveFocus();
    }

    it('shows the row name on keyboard focus, at the end side, without describing it twice', async () => {
      render(<Shell defaultCollapsed />);
      // Nothing until asked for: no popup, no description.
      expect(screen.queryByRole('tooltip')).toBeNull();
      const home = within(inlineNav()).getByRole('link', { name: 'Home' });
      expect(home).not.toHaveAttribute('aria-describedby');
      await tabTo(home);
      const tooltip = screen.getByRole('tooltip');
      expect(tooltip).toHaveTextContent('Home');
      expect(tooltip).toHaveAttribute('data-placement', 'end');
      // The tooltip repeats the name: it stays visual, the link is named once and not described.
      expect(home).toHaveAccessibleName('Home');
      expect(home).toHaveAccessibleDescription('');
      expect(home).not.toHaveAttribute('aria-describedby');
      await userEvent.tab();
      const projects = groupButton('Projects');
      expect(projects).toHaveFocus();
      expect(screen.getByRole('tooltip')).toHaveTextContent('Projects');
      expect(projects).not.toHaveAttribute('aria-describedby');
    });

    it('hides on Escape, keeping focus on the row', async () => {
      render(<Shell defaultCollapsed />);
      const home = within(inlineNav()).getByRole('link', { name: 'Home' });
      await tabTo(home);
      expect(screen.getByRole('tooltip')).toHaveTextContent('Home');
      await userEvent.keyboard('{Escape}');
      expect(screen.queryByRole('tooltip')).toBeNull();
      expect(home).toHaveFocus();
    });

    it('shows on hover after the open delay, and hides when the pointer leaves', async () => {
      render(<Shell defaultCollapsed />);
      const settings = within(inlineNav()).getByRole('link', { name: 'Settings' });
      await userEvent.hover(settings);
      expect(await screen.findByRole('tooltip', {}, { timeout: 1500 })).toHaveTextContent(
        'Settings',
      );
      await userEvent.unhover(settings);
      await waitFor(() => expect(screen.queryByRole('tooltip')).toBeNull());
    });

    it('shows the label only: the badge stays on the icon and in the unchanged name', async () => {
      render(
        <AppShell
          defaultCollapsed
          navigation={
            <AppShellNavItem
              href="/inbox"
              icon={<HouseIcon />}
              badge={<Badge count={3} label="unread" />}
            >
              Inbox
            </AppShellNavItem>
          }
        />,
      );
      const inbox = within(inlineNav()).getByRole('link', { name: /^Inbox/ });
      await tabTo(inbox);
      expect(screen.getByRole('tooltip')).toHaveTextContent(/^Inbox$/);
      expect(inbox).toHaveAccessibleName(/^Inbox ?3 unread$/);
      expect(inbox).toHaveAccessibleDescription('');
    });

    it('shows none in the expanded sidebar or in the drawer', async () => {
      render(<Shell defaultCollapsed />);
      await userEvent.click(screen.getByRole('button', { name: 'Sidebar' }));
      const home = within(inlineNav()).getByRole('link', { name: 'Home' });
      await tabTo(home);
      await userEvent.hover(home);
      await act(() => new Promise((resolve) => setTimeout(resolve, 700)));
      expect(screen.queryByRole('tooltip')).toBeNull();
      await userEvent.click(screen.getByRole('button', { name: 'Menu' }));
      const drawer = screen.getByRole('dialog', { name: 'Menu' });
      await userEvent.hover(within(drawer).getByRole('link', { name: 'Settings' }));
      await act(() => new Promise((resolve) => setTimeout(resolve, 700)));
      expect(screen.queryByRole('tooltip')).toBeNull();
    });

    it('closes when a group button expands the rail, and does not come back when it collapses', async () => {
      render(<Shell defaultCollapsed />);
      const reports = groupButton('Reports');
      await tabTo(reports);
      expect(screen.getByRole('tooltip')).toHaveTextContent('Reports');
      // The click Enter fires on a focused summary (jsdom does not fire it for the key).
      act(() => reports.click());
      expect(inlineNav()).not.toHaveAttribute('data-rail');
      // The same element: focus stays on it while the sidebar expands.
      expect(reports).toHaveFocus();
      expect(screen.queryByRole('tooltip')).toBeNull();
      act(() => screen.getByRole('button', { name: 'Sidebar' }).click());
      expect(inlineNav()).toHaveAttribute('data-rail');
      expect(screen.queryByRole('tooltip')).toBeNull();
    });
  });

  describe('mobile drawer', () => {
    it('opens from the menu button, closes after a link is chosen and returns focus', async () => {
      render(<Shell />);
      const menu = screen.getByRole('button', { name: 'Menu' });
      expect(menu).toHaveAttribute('aria-expanded', 'false');
      expect(menu).toHaveAttribute('aria-haspopup', 'dialog');
      await userEvent.click(menu);
      const drawer = screen.getByRole('dialog', { name: 'Menu' });
      expect(menu).toHaveAttribute('aria-expanded', 'true');
      expect(menu).toHaveAttribute('aria-controls', drawer.id);
      const nav = within(drawer).getByRole('navigation', { name: 'Main' });
      // Never a rail in the drawer, even when the sidebar is collapsed.
      expect(nav).not.toHaveAttribute('data-rail');
      expect(within(nav).getByRole('link', { name: 'Cirrus' })).toHaveAttribute(
        'aria-current',
        'page',
      );
      const settings = within(nav).getByRole('link', { name: 'Settings' });
      settings.addEventListener('click', (event) => event.preventDefault());
      await userEvent.click(settings);
      expect(screen.queryByRole('dialog')).toBeNull();
      expect(menu).toHaveFocus();
      expect(menu).toHaveAttribute('aria-expanded', 'false');
    });

    it('closes on Escape and on its close button, returning focus to the menu button', async () => {
      render(<Shell closeLabel="Close menu" />);
      const menu = screen.getByRole('button', { name: 'Menu' });
      await userEvent.click(menu);
      await userEvent.keyboard('{Escape}');
      expect(screen.queryByRole('dialog')).toBeNull();
      expect(menu).toHaveFocus();
      await userEvent.click(menu);
      await userEvent.click(screen.getByRole('button', { name: 'Close menu' }));
      expect(screen.queryByRole('dialog')).toBeNull();
      expect(menu).toHaveFocus();
    });

    it('stays open on a modified click (a new tab) and on a group button', async () => {
      const user = userEvent.setup();
      render(<Shell />);
      await user.click(screen.getByRole('button', { name: 'Menu' }));
      const drawer = screen.getByRole('dialog');
      const atlas = within(drawer).getByRole('link', { name: 'Atlas' });
      atlas.addEventListener('click', (event) => event.preventDefault());
      await user.keyboard('{Control>}');
      await user.click(atlas);
      await user.keyboard('{/Control}');
      await user.click(groupButton('Reports', drawer));
      expect(screen.getByRole('dialog')).toBeInTheDocument();
    });

    it('has no menu button without a navigation', () => {
      render(<AppShell logo="Acme">Content</AppShell>);
      expect(screen.queryByRole('button', { name: 'Menu' })).toBeNull();
      expect(screen.queryByRole('navigation')).toBeNull();
    });
  });

  describe('router links', () => {
    it('renders `linkAs` for every item and the logo, with `to`', async () => {
      const visited: string[] = [];
      const RouterLink = forwardRef<
        HTMLAnchorElement,
        AnchorHTMLAttributes<HTMLAnchorElement> & { to?: string }
      >(function RouterLink({ to, onClick, ...rest }, ref) {
        return (
          <a
            {...rest}
            ref={ref}
            href={to}
            data-router=""
            onClick={(event) => {
              onClick?.(event);
              event.preventDefault();
              visited.push(String(to));
            }}
          />
        );
      });
      render(
        <AppShell
          logo="Acme"
          homeHref="/home"
          linkAs={RouterLink}
          navigation={
            <AppShellNavItem to="/settings" icon={<SettingsIcon />}>
              Settings
            </AppShellNavItem>
          }
        />,
      );
      const settings = within(inlineNav()).getByRole('link', { name: 'Settings' });
      expect(settings).toHaveAttribute('data-router');
      expect(screen.getByRole('link', { name: 'Acme' })).toHaveAttribute('href', '/home');
      await userEvent.click(settings);
      expect(visited).toEqual(['/settings']);
    });

    it('lets an item choose its own element through `as`', () => {
      const ref = createRef<HTMLAnchorElement>();
      render(
        <AppShell
          navigation={
            <AppShellNavItem ref={ref} href="/x" icon={<HouseIcon />} target="_self">
              X
            </AppShellNavItem>
          }
        />,
      );
      expect(ref.current).toBe(within(inlineNav()).getByRole('link', { name: 'X' }));
      expect(ref.current).toHaveAttribute('target', '_self');
    });
  });

  describe('misuse', () => {
    const errors = () => vi.spyOn(console, 'error').mockImplementation(() => {});

    it('says that `collapsed` needs `onCollapsedChange`', () => {
      const error = errors();
      render(<Shell collapsed />);
      expect(error).toHaveBeenCalledWith(
        expect.stringContaining('`collapsed` without `onCollapsedChange`'),
      );
    });

    it('says that a top-level item or group needs an icon for the rail, unless not collapsible', () => {
      const error = errors();
      render(
        <AppShell
          navigation={
            <>
              <AppShellNavItem href="/a">A</AppShellNavItem>
              <AppShellNavGroup label="G">
                <AppShellNavItem href="/b">B</AppShellNavItem>
              </AppShellNavGroup>
            </>
          }
        />,
      );
      expect(error).toHaveBeenCalledWith(
        expect.stringContaining('AppShellNavItem: a top-level item needs an `icon`'),
      );
      expect(error).toHaveBeenCalledWith(
        expect.stringContaining('AppShellNavGroup: a top-level group needs an `icon`'),
      );
      // A nested item needs none.
      expect(error).toHaveBeenCalledTimes(2);
      error.mockClear();
      resetDevErrors();
      render(
        <AppShell
          collapsible={false}
          navigation={<AppShellNavItem href="/a">A</AppShellNavItem>}
        />,
      );
      expect(error).not.toHaveBeenCalled();
    });

    it('says that an item needs `href`, a group a `label`, and both an AppShell, without crashing', () => {
      const error = errors();
      render(
        <ul>
          <AppShellNavItem icon={<HouseIcon />}>Nowhere</AppShellNavItem>
          <AppShellNavGroup label="" icon={<HouseIcon />}>
            <AppShellNavItem href="/b">B</AppShellNavItem>
          </AppShellNavGroup>
        </ul>,
      );
      expect(error).toHaveBeenCalledWith(expect.stringContaining('an item needs `href`'));
      expect(error).toHaveBeenCalledWith(expect.stringContaining('`label` is required'));
      expect(error).toHaveBeenCalledWith(
        expect.stringContaining('AppShellNavItem: render it in the `navigation` of an AppShell'),
      );
      expect(screen.getByText('Nowhere')).toBeInTheDocument();
    });

    it('says that `navigation` takes items, not text', () => {
      const error = errors();
      render(<AppShell navigation="Home" />);
      expect(error).toHaveBeenCalledWith(
        expect.stringContaining('`navigation` takes AppShellNavItem'),
      );
    });
  });

  describe('server rendering', () => {
    it('hydrates the server HTML without a mismatch', async () => {
      const tree = <Shell defaultCollapsed search={<input aria-label="Search" />} />;
      const container = document.createElement('div');
      container.innerHTML = renderToString(tree);
      document.body.append(container);
      const error = vi.spyOn(console, 'error').mockImplementation(() => {});
      let root: ReturnType<typeof hydrateRoot> | undefined;
      await act(async () => {
        root = hydrateRoot(container, tree);
      });
      expect(error).not.toHaveBeenCalled();
      expect(screen.getByRole('main')).toBeInTheDocument();
      await userEvent.click(screen.getByRole('button', { name: 'Sidebar' }));
      expect(screen.getByRole('button', { name: 'Sidebar' })).toHaveAttribute(
        'aria-expanded',
        'true',
      );
      act(() => root?.unmount());
      container.remove();
    });
  });
});
