// url=<figma:AppShell>
// component=AppShell
import figma from 'figma';

// Code Connect for the Figma component "AppShell": the product name (the logo, linking home),
// whether the sidebar is the collapsed rail, the page the navigation marks current, and the
// page content in its "Content" layer. The bar's search and user menu and the navigation are
// written as a starting point (a group holding the current item): the real items are the
// app's routes.
const shell = figma.selectedInstance;
const { renderProp } = figma.helpers.react;

const logo = shell.getString('Product name');
// An item needs text: an emptied property falls back to a placeholder page name.
const current = shell.getString('Current page') || 'Overview';
const collapsed = shell.getBoolean('Collapsed', { true: true, false: undefined });
const content = shell.findInstance('Content').executeTemplate().example;

export default {
  example: figma.tsx`<AppShell${renderProp('logo', logo)}${renderProp('defaultCollapsed', collapsed)}
  search={<SearchField label="Search" hideLabel />}
  userMenu={
    <MenuTrigger>
      <IconButton label="Account" icon={<UserIcon />} />
      <Menu items={[{ value: 'sign-out', label: 'Sign out' }]} />
    </MenuTrigger>
  }
  navigation={
    <>
      <AppShellNavItem href="/" icon={<HouseIcon />}>
        Home
      </AppShellNavItem>
      <AppShellNavGroup label="Projects" icon={<FolderIcon />}>
        <AppShellNavItem href="/projects/current" current>
          ${current}
        </AppShellNavItem>
      </AppShellNavGroup>
    </>
  }
>
  ${content}
</AppShell>`,
  imports: [
    "import { AppShell, AppShellNavGroup, AppShellNavItem, FolderIcon, HouseIcon, IconButton, Menu, MenuTrigger, SearchField, UserIcon } from 'callicrates'",
  ],
  id: 'AppShell',
  metadata: { nestable: false },
};
