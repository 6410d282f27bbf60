import type { Meta, StoryObj } from '@storybook/react-vite';
import { createContext, forwardRef, useContext, useState, type AnchorHTMLAttributes } from 'react';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { figmaDesign } from '../../../.storybook/design';
import { inStoryTest, longLabel, RightToLeftBlock } from '../../../.storybook/stories';
import { Badge } from '../../atoms/Badge';
import { Heading } from '../../atoms/Heading';
import {
  BellIcon,
  CircleHelpIcon,
  FileTextIcon,
  FolderIcon,
  HouseIcon,
  SettingsIcon,
  StarIcon,
  UserIcon,
} from '../../atoms/Icon';
import { IconButton } from '../../atoms/IconButton';
import { SearchField } from '../../atoms/SearchField';
import { Text } from '../../atoms/Text';
import { cssVar } from '../../tokens';
import { Menu, MenuTrigger } from '../Menu';
import { AppShell, type AppShellProps } from './AppShell';
import { AppShellNavGroup, AppShellNavItem } from './AppShellNav';

/* The drawer portals into <body> (the top layer): play functions query the page. */
const page = () => within(document.body);

/*
 * The shell fills the viewport (`min-block-size: 100dvh`); the story canvas pads it by
 * `space.4` on each side, so the stories take that padding off to fit the test frame exactly.
 */
const fitCanvas = { minBlockSize: `calc(100dvh - 2 * ${cssVar('space.4')})` };

/** Storybook's "Large mobile" viewport (414 px): below the `md` breakpoint. */
const mobile = { viewport: { value: 'mobile2', isRotated: false } };

/** A link's target: `href`, or `to` for the story's router link (`linkAs`). */
const target = (path: string, routed: boolean) => (routed ? { to: path } : { href: path });

/** The navigation of a project tool, the page at `current` marked. */
function appNavigation(current = '#projects/borealis', routed = false) {
  const item = (path: string) => ({ ...target(path, routed), current: current === path });
  return (
    <>
      <AppShellNavItem {...item('#home')} icon={<HouseIcon />}>
        Home
      </AppShellNavItem>
      <AppShellNavItem
        {...item('#inbox')}
        icon={<BellIcon />}
        badge={<Badge count={12} label="unread" variant="info" />}
      >
        Inbox
      </AppShellNavItem>
      <AppShellNavGroup label="Projects" icon={<FolderIcon />}>
        <AppShellNavItem {...item('#projects/atlas')}>Atlas</AppShellNavItem>
        <AppShellNavItem {...item('#projects/borealis')}>Borealis</AppShellNavItem>
        <AppShellNavGroup label="Archived">
          <AppShellNavItem {...item('#projects/cirrus')}>Cirrus</AppShellNavItem>
          <AppShellNavItem {...item('#projects/draco')}>Draco</AppShellNavItem>
        </AppShellNavGroup>
      </AppShellNavGroup>
      <AppShellNavGroup label="Reports" icon={<FileTextIcon />}>
        <AppShellNavItem {...item('#reports/sales')}>Sales</AppShellNavItem>
        <AppShellNavItem {...item('#reports/usage')}>Usage</AppShellNavItem>
      </AppShellNavGroup>
      <AppShellNavItem {...item('#favourites')} icon={<StarIcon />}>
        Favourites
      </AppShellNavItem>
      <AppShellNavItem {...item('#settings')} icon={<SettingsIcon />}>
        Settings
      </AppShellNavItem>
    </>
  );
}

const navigation = appNavigation();

/*
 * A stand-in for a router's link (React Router's `Link`, Next.js' `Link`): it renders an `<a>`
 * for `to` and, on a plain click, changes the route instead of loading a page. The story tests'
 * page must not navigate either.
 */
const RouteContext = createContext<(path: string) => void>(() => {});
type RouterLinkProps = AnchorHTMLAttributes<HTMLAnchorElement> & { to: string };
const RouterLink = forwardRef<HTMLAnchorElement, RouterLinkProps>(function RouterLink(
  { to, onClick, ...rest },
  ref,
) {
  const go = useContext(RouteContext);
  return (
    <a
      {...rest}
      ref={ref}
      href={to}
      onClick={(event) => {
        onClick?.(event);
        if (event.defaultPrevented) return;
        event.preventDefault();
        go(to);
      }}
    />
  );
});

/** The shell of a routed app: `linkAs` once, the current item following the route. */
function RoutedShell(args: AppShellProps) {
  const [path, setPath] = useState('#projects/borealis');
  return (
    <RouteContext.Provider value={setPath}>
      <AppShell {...args} linkAs={RouterLink} navigation={appNavigation(path, true)}>
        <Heading level={1}>Route {path.slice(1)}</Heading>
      </AppShell>
    </RouteContext.Provider>
  );
}

const logo = <span>Callicrates</span>;

const search = <SearchField label="Search projects" hideLabel placeholder="Search projects" />;
const actions = (
  <>
    <IconButton label="Help" icon={<CircleHelpIcon />} />
    <IconButton label="Notifications" icon={<BellIcon />} />
  </>
);
const userMenu = (
  <MenuTrigger>
    <IconButton label="Account: Ada Lovelace" icon={<UserIcon />} />
    <Menu
      items={[
        { value: 'profile', label: 'Profile' },
        { value: 'preferences', label: 'Preferences' },
        { value: 'sign-out', label: 'Sign out' },
      ]}
    />
  </MenuTrigger>
);

function PageContent() {
  return (
    <>
      <Heading level={1}>Borealis</Heading>
      <Text as="p">
        Twelve open tasks, three due this week. The release candidate ships on Friday.
      </Text>
      <Text as="p">The last deployment went out yesterday at 16:40, with no failed checks.</Text>
    </>
  );
}

const meta = {
  title: 'Molecules/AppShell',
  component: AppShell,
  args: {
    logo,
    search,
    actions,
    userMenu,
    navigation,
    onCollapsedChange: fn(),
    style: fitCanvas,
    children: <PageContent />,
  },
  argTypes: {
    logo: { control: false },
    search: { control: false },
    actions: { control: false },
    userMenu: { control: false },
    navigation: { control: false },
    children: { control: false },
    linkAs: { control: false },
  },
  parameters: {
    design: figmaDesign('AppShell'),
    docs: {
      story: { inline: false, height: '640px' },
      description: {
        component: `The frame of an application: a top bar (the \`banner\` landmark) with logo, search, actions and user menu; a side navigation that collapses to an icon rail; the \`main\` landmark; and a skip link to it, the first stop of Tab. Below the \`md\` breakpoint (\`grid.breakpoint.md\`) the navigation moves into a modal Drawer opened by the menu button in the top bar, in CSS alone, so server-rendered pages are right at every width.

**Keyboard: links with disclosure groups** (the APG *disclosure navigation* pattern), not a tree. Tab moves through the links and group buttons in order; Enter follows a link; Enter or Space on a group button shows or hides its items. The APG recommends this for site navigation: a tree widget would take the arrow keys, a model most users of a web page do not expect, and would make each link a tree item instead of a link. Groups are native \`<details>\`/\`<summary>\`, so they work before hydration.

**Use** one AppShell per page, around everything. Mark the current page with \`current\` (its group opens by default). Give every top-level item and group an \`icon\`: the rail shows only icons (their labels stay their accessible names). Route with \`linkAs\` (your router's link) once on the AppShell.

**Don't** put actions that change something in the navigation (use the top bar's \`actions\`), or nest groups more than two levels deep.`,
      },
    },
  },
} satisfies Meta<typeof AppShell>;

export default meta;
type Story = StoryObj<typeof meta>;

/**
 * The full shell at desktop width: landmarks, the current page marked in its opened group, a
 * count on Inbox. Tab from the page start reaches the skip link first, shown while focused;
 * following it moves focus to the main region.
 */
export const Playground: Story = {
  parameters: { visual: { forcedColors: true } },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('banner')).toBeVisible();
    const nav = canvas.getByRole('navigation', { name: 'Main' });
    await expect(canvas.getByRole('main')).toBeVisible();
    const current = within(nav).getByRole('link', { name: 'Borealis' });
    await expect(current).toHaveAttribute('aria-current', 'page');
    await expect(current).toBeVisible();
    // The menu button and the drawer are for narrow viewports only.
    await expect(canvas.queryByRole('button', { name: 'Menu' })).toBeNull();
    await expect(document.querySelector('dialog')).toBeNull();

    await userEvent.tab();
    const skip = canvas.getByRole('link', { name: 'Skip to main content' });
    await expect(skip).toHaveFocus();
    await expect(skip.getBoundingClientRect().width).toBeGreaterThan(1);
    await userEvent.keyboard('{Enter}');
    await expect(canvas.getByRole('main')).toHaveFocus();
    (document.activeElement as HTMLElement).blur();
  },
};

/** The skip link while it has focus: drawn over the top bar's start. */
export const SkipLinkFocused: Story = {
  play: async ({ canvas }) => {
    await userEvent.tab();
    await expect(canvas.getByRole('link', { name: 'Skip to main content' })).toHaveFocus();
  },
};

/**
 * Disclosure groups: Enter and Space on a group button show and hide its items; the items
 * are plain links in the Tab order. Under the story tests this presses real keys (Playwright,
 * `vitest/browser`): the simulated key events of `storybook/test` carry no default action, and
 * the browser's own activation of `<summary>` is what is tested.
 */
export const GroupKeyboard: Story = {
  play: async ({ canvas }) => {
    const nav = canvas.getByRole('navigation', { name: 'Main' });
    const reports = within(nav).getByText('Reports').closest('summary') as HTMLElement;
    const details = reports.parentElement as HTMLDetailsElement;
    await expect(details.open).toBe(false);
    reports.focus();
    if (!inStoryTest) return; // Storybook UI: no real keyboard to drive.
    const { userEvent: realKeys } = await import('vitest/browser');
    await realKeys.keyboard('{Enter}');
    await waitFor(() => expect(details.open).toBe(true));
    const sales = within(nav).getByRole('link', { name: 'Sales' });
    await waitFor(() => expect(sales.checkVisibility()).toBe(true));
    await realKeys.tab();
    await expect(sales).toHaveFocus();
    await realKeys.tab({ shift: true });
    await expect(reports).toHaveFocus();
    await realKeys.keyboard(' ');
    await waitFor(() => expect(details.open).toBe(false));
    await realKeys.keyboard(' ');
    await waitFor(() => expect(details.open).toBe(true));
    await expect(reports).toHaveFocus();
  },
};

/**
 * The rail: icons only, each still named by its label. A press on a group's icon opens the
 * sidebar and the group; the toggle says whether the sidebar is expanded.
 */
export const Collapsed: Story = {
  args: { defaultCollapsed: true },
  play: async ({ canvas, args }) => {
    const toggle = canvas.getByRole('button', { name: 'Sidebar' });
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    const nav = canvas.getByRole('navigation', { name: 'Main' });
    await expect(toggle).toHaveAttribute('aria-controls', nav.id);
    // Hidden text, still the link's name.
    await expect(within(nav).getByRole('link', { name: 'Home' })).toBeVisible();
    await expect(nav.getBoundingClientRect().width).toBeLessThan(80);
    await expect(args.onCollapsedChange).not.toHaveBeenCalled();
  },
};

/**
 * In the rail, a row's hidden label shows in a tooltip at its end side on keyboard focus (and
 * on hover). It repeats the link's name, so it does not describe the link: read once. The
 * badge stays on the icon; the tooltip shows the label only.
 */
export const CollapsedTooltip: Story = {
  args: { defaultCollapsed: true },
  play: async ({ canvas }) => {
    const nav = canvas.getByRole('navigation', { name: 'Main' });
    const inbox = within(nav).getByRole('link', { name: /^Inbox/ });
    await expect(page().queryByRole('tooltip')).toBeNull();
    for (let i = 0; i < 10 && document.activeElement !== inbox; i += 1) await userEvent.tab();
    await expect(inbox).toHaveFocus();
    const tooltip = await page().findByRole('tooltip');
    await expect(tooltip).toHaveTextContent(/^Inbox$/);
    await expect(tooltip).toHaveAttribute('data-placement', 'end');
    await expect(inbox).toHaveAccessibleName(/^Inbox ?12 unread$/);
    await expect(inbox).toHaveAccessibleDescription('');
    await expect(inbox).not.toHaveAttribute('aria-describedby');
    // Beside the rail, at its end side, not over it.
    const rail = nav.getBoundingClientRect();
    await waitFor(() =>
      expect(tooltip.getBoundingClientRect().left).toBeGreaterThanOrEqual(rail.right),
    );
    // Escape hides it; focus stays; the next row's tooltip shows on Tab, then this one again.
    await userEvent.keyboard('{Escape}');
    await expect(page().queryByRole('tooltip')).toBeNull();
    await expect(inbox).toHaveFocus();
    await userEvent.tab();
    await expect(await page().findByRole('tooltip')).toHaveTextContent('Projects');
    await userEvent.tab({ shift: true });
    await expect(await page().findByRole('tooltip')).toHaveTextContent(/^Inbox$/);
  },
};

/** The collapse toggle switches between the full sidebar and the rail, and back. */
export const CollapseToggle: Story = {
  play: async ({ canvas, args }) => {
    const toggle = canvas.getByRole('button', { name: 'Sidebar' });
    const nav = canvas.getByRole('navigation', { name: 'Main' });
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const wide = nav.getBoundingClientRect().width;
    await userEvent.click(toggle);
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await expect(args.onCollapsedChange).toHaveBeenLastCalledWith(true);
    await waitFor(() => expect(nav.getBoundingClientRect().width).toBeLessThan(wide / 2));
    // A group's icon in the rail opens the sidebar and the group.
    const reports = within(nav).getByText('Reports').closest('summary') as HTMLElement;
    await userEvent.click(reports);
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await expect(args.onCollapsedChange).toHaveBeenLastCalledWith(false);
    await expect(within(nav).getByRole('link', { name: 'Sales' })).toBeVisible();
    // The rail's tooltips are off in the open sidebar: none is left behind by the press.
    await new Promise((resolve) => setTimeout(resolve, 600));
    await expect(within(document.body).queryByRole('tooltip')).toBeNull();
  },
};

/**
 * Below `md`: the menu button takes the sidebar's place; the navigation is not in the page
 * until the drawer opens.
 */
export const Mobile: Story = {
  globals: mobile,
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('button', { name: 'Menu' })).toHaveAttribute(
      'aria-expanded',
      'false',
    );
    await expect(canvas.queryByRole('navigation')).toBeNull();
    await expect(document.querySelector('dialog')).toBeNull();
    await expect(canvas.getByRole('main')).toBeVisible();
  },
};

/** Below `md`, the drawer open: the navigation in a modal panel from the start edge. */
export const MobileDrawerOpen: Story = {
  globals: mobile,
  play: async ({ canvas }) => {
    const menu = canvas.getByRole('button', { name: 'Menu' });
    await userEvent.click(menu);
    const drawer = await page().findByRole('dialog', { name: 'Menu' });
    await expect(menu).toHaveAttribute('aria-expanded', 'true');
    await expect(menu).toHaveAttribute('aria-controls', drawer.id);
    await expect(drawer.matches(':modal')).toBe(true);
    const nav = within(drawer).getByRole('navigation', { name: 'Main' });
    await expect(within(nav).getByRole('link', { name: 'Borealis' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    // The drawer is never a rail: labels show.
    await expect(within(nav).getByText('Home')).toBeVisible();
  },
};

/**
 * Choosing a link in the drawer closes it and returns focus to the menu button. The links are
 * a router's (`linkAs`): the page changes in place.
 */
export const MobileDrawerNavigate: Story = {
  globals: mobile,
  render: (args) => <RoutedShell {...args} />,
  play: async ({ canvas }) => {
    const menu = canvas.getByRole('button', { name: 'Menu' });
    await userEvent.click(menu);
    const drawer = await page().findByRole('dialog', { name: 'Menu' });
    await userEvent.click(within(drawer).getByRole('link', { name: 'Settings' }));
    await waitFor(() => expect(page().queryByRole('dialog')).toBeNull());
    await expect(canvas.getByRole('heading', { level: 1 })).toHaveTextContent('Route settings');
    await expect(menu).toHaveFocus();
    await expect(menu).toHaveAttribute('aria-expanded', 'false');
    // Escape closes it too.
    await userEvent.click(menu);
    await page().findByRole('dialog', { name: 'Menu' });
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(page().queryByRole('dialog')).toBeNull());
    await expect(menu).toHaveFocus();
    menu.blur();
  },
};

/** Right to left: the sidebar on the right, the bar's parts mirrored, the current bar at the start. */
export const RightToLeft: Story = {
  render: (args) => (
    <RightToLeftBlock>
      <AppShell
        {...args}
        logo={<span>كاليكراتيس</span>}
        search={<SearchField label="بحث" hideLabel placeholder="بحث في المشاريع" />}
        navigationLabel="الرئيسي"
        skipLinkLabel="انتقل إلى المحتوى الرئيسي"
        menuLabel="القائمة"
        collapseToggleLabel="الشريط الجانبي"
        navigation={
          <>
            <AppShellNavItem href="#home" icon={<HouseIcon />}>
              الرئيسية
            </AppShellNavItem>
            <AppShellNavGroup label="المشاريع" icon={<FolderIcon />}>
              <AppShellNavItem href="#a" current>
                أطلس
              </AppShellNavItem>
              <AppShellNavItem href="#b">بورياليس</AppShellNavItem>
            </AppShellNavGroup>
            <AppShellNavItem href="#settings" icon={<SettingsIcon />}>
              الإعدادات
            </AppShellNavItem>
          </>
        }
      >
        <Heading level={1}>أطلس</Heading>
      </AppShell>
    </RightToLeftBlock>
  ),
  play: async ({ canvas }) => {
    const nav = canvas.getByRole('navigation', { name: 'الرئيسي' });
    const main = canvas.getByRole('main');
    await expect(nav.getBoundingClientRect().left).toBeGreaterThan(
      main.getBoundingClientRect().left,
    );
  },
};

/** Stress: labels far longer than a label should be wrap inside the sidebar. */
export const LongLabels: Story = {
  args: {
    navigation: (
      <>
        <AppShellNavItem href="#home" icon={<HouseIcon />} current>
          {longLabel}
        </AppShellNavItem>
        <AppShellNavGroup label={longLabel} icon={<FolderIcon />} defaultOpen>
          <AppShellNavItem href="#one">{longLabel}</AppShellNavItem>
        </AppShellNavGroup>
      </>
    ),
    logo: <span>Callicrates Enterprise Resource Planning Suite</span>,
  },
  play: async ({ canvas }) => {
    const nav = canvas.getByRole('navigation', { name: 'Main' });
    // Wrapped, not overflowing the sidebar.
    for (const link of within(nav).getAllByRole('link')) {
      await expect(link.scrollWidth).toBeLessThanOrEqual(link.clientWidth);
    }
  },
};

/** Without the rail (`collapsible={false}`) and with only a logo and user menu in the bar. */
export const Minimal: Story = {
  args: { collapsible: false, search: undefined, actions: undefined },
  play: async ({ canvas }) => {
    await expect(canvas.queryByRole('button', { name: 'Sidebar' })).toBeNull();
    await expect(canvas.getByRole('link', { name: 'Callicrates' })).toHaveAttribute('href', '/');
  },
};

/**
 * A router's link (`linkAs`) for every item: a press changes the route in place and the
 * current item follows it.
 */
export const WithRouter: Story = {
  render: (args) => <RoutedShell {...args} />,
  play: async ({ canvas }) => {
    const nav = canvas.getByRole('navigation', { name: 'Main' });
    await userEvent.click(within(nav).getByRole('link', { name: 'Favourites' }));
    await expect(canvas.getByRole('heading', { level: 1 })).toHaveTextContent('Route favourites');
    await expect(within(nav).getByRole('link', { name: 'Favourites' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    await expect(within(nav).getByRole('link', { name: 'Borealis' })).not.toHaveAttribute(
      'aria-current',
    );
    (document.activeElement as HTMLElement).blur();
  },
};
