import { Breadcrumb, Tab, TabListWithMore, TabPanel, Tabs } from '../../src/index';
import type { BreadcrumbFactory, TabsFactory } from './types';

/*
 * Callicrates' navigation factories added after the first molecules, in their own module (as
 * callicratesMenu.tsx): code added to callicrates.tsx moves the minifier's output of the other
 * cases by a few bytes even where it is tree-shaken away.
 */

/** Six steps, collapsed to four (the "more" popup is in the bundle), the last the current page. */
export const breadcrumb: BreadcrumbFactory = (label, key) => (
  <Breadcrumb
    key={key}
    label={label}
    maxItems={4}
    items={[
      { label: 'Home', href: '/' },
      { label: 'Catalogue', href: '/catalogue' },
      { label: 'Garden', href: '/catalogue/garden' },
      { label: 'Tools', href: '/catalogue/garden/tools' },
      { label: 'Spades', href: '/catalogue/garden/tools/spades' },
      { label: 'Border spade' },
    ]}
  />
);

/** The `tabs` case's three tabs, in a TabListWithMore: what the "more" menu adds. */
export const tabsMore: TabsFactory = (label, key) => (
  <Tabs key={key}>
    <TabListWithMore aria-label={label}>
      <Tab value="profile">Profile</Tab>
      <Tab value="billing">Billing</Tab>
      <Tab value="team">Team</Tab>
    </TabListWithMore>
    <TabPanel value="profile">Name and photo</TabPanel>
    <TabPanel value="billing">Plan and invoices</TabPanel>
    <TabPanel value="team">Members</TabPanel>
  </Tabs>
);
