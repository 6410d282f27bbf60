import {
  AppShell,
  AppShellNavGroup,
  AppShellNavItem,
  Badge,
  BellIcon,
  Button,
  Card,
  ChartBarIcon,
  FileTextIcon,
  Grid,
  GridItem,
  Heading,
  HouseIcon,
  IconButton,
  List,
  ListItem,
  Menu,
  MenuTrigger,
  PlusIcon,
  SearchField,
  SettingsIcon,
  Stack,
  Step,
  Stepper,
  Text,
  UserIcon,
  UsersIcon,
  type BadgeVariant,
} from '../index';

/*
 * The home screen of Ledgerly, the made-up invoicing product of the other templates: the
 * AppShell (top bar with search, notifications and the account menu; the side navigation with
 * a group; a drawer below `md`), four figures in Cards on the layout grid, the workspace set-up
 * as a Stepper, and the latest invoices. Library exports and layout props only.
 */

interface Figure {
  title: string;
  value: string;
  note: string;
  badge: { label: string; variant: BadgeVariant };
}

const figures: Figure[] = [
  {
    title: 'Outstanding',
    value: '€48,210.00',
    note: '23 invoices awaiting payment',
    badge: { label: 'Sent', variant: 'info' },
  },
  {
    title: 'Overdue',
    value: '€6,845.50',
    note: '4 invoices past their due date',
    badge: { label: 'Overdue', variant: 'error' },
  },
  {
    title: 'Paid in November',
    value: '€31,902.75',
    note: '18 invoices, 2 days early on average',
    badge: { label: 'Paid', variant: 'success' },
  },
  {
    title: 'Drafts',
    value: '5',
    note: 'Oldest started 9 days ago',
    badge: { label: 'Draft', variant: 'neutral' },
  },
];

const recent = [
  { number: 'INV-2041', client: 'Ernst Handel', amount: '€2,480.00', status: 'Paid' },
  { number: 'INV-2040', client: 'Alfreds Futterkiste', amount: '€915.20', status: 'Overdue' },
  { number: 'INV-2039', client: 'Berglunds snabbköp', amount: '€4,100.00', status: 'Sent' },
  { number: 'INV-2038', client: 'Blondel père et fils', amount: '€1,260.00', status: 'Sent' },
] as const;

const recentBadges: Record<(typeof recent)[number]['status'], BadgeVariant> = {
  Paid: 'success',
  Overdue: 'error',
  Sent: 'info',
};

export interface DashboardPageProps {
  /** The navigation item of the page shown, by its `href`. */
  current?: string;
}

/** Ledgerly's dashboard: the application frame around the workspace's figures and next steps. */
export function DashboardPage({ current = '#dashboard' }: DashboardPageProps) {
  const item = (href: string) => ({ href, current: href === current });
  return (
    <AppShell
      logo="Ledgerly"
      homeHref="#dashboard"
      search={
        <SearchField
          label="Search invoices and clients"
          hideLabel
          placeholder="Search invoices and clients"
        />
      }
      actions={<IconButton label="Notifications" icon={<BellIcon />} />}
      userMenu={
        <MenuTrigger>
          <IconButton label="Account: Maria Santos" icon={<UserIcon />} />
          <Menu
            items={[
              { value: 'profile', label: 'Profile' },
              { value: 'workspace', label: 'Workspace settings' },
              { value: 'sign-out', label: 'Sign out' },
            ]}
          />
        </MenuTrigger>
      }
      navigation={
        <>
          <AppShellNavItem {...item('#dashboard')} icon={<HouseIcon />}>
            Dashboard
          </AppShellNavItem>
          <AppShellNavItem
            {...item('#invoices')}
            icon={<FileTextIcon />}
            badge={<Badge count={4} label="overdue" variant="error" />}
          >
            Invoices
          </AppShellNavItem>
          <AppShellNavItem {...item('#clients')} icon={<UsersIcon />}>
            Clients
          </AppShellNavItem>
          <AppShellNavGroup label="Reports" icon={<ChartBarIcon />}>
            <AppShellNavItem {...item('#reports/revenue')}>Revenue</AppShellNavItem>
            <AppShellNavItem {...item('#reports/ageing')}>Ageing</AppShellNavItem>
            <AppShellNavItem {...item('#reports/tax')}>Tax</AppShellNavItem>
          </AppShellNavGroup>
          <AppShellNavItem {...item('#settings')} icon={<SettingsIcon />}>
            Settings
          </AppShellNavItem>
        </>
      }
    >
      <Stack gap="6" padding="6">
        <Stack direction={{ xs: 'column', md: 'row' }} justify="between" align="start" gap="4">
          <Stack gap="1">
            <Heading level={1}>Dashboard</Heading>
            <Text color="secondary">Northwind Traders, as of 1 December 2026.</Text>
          </Stack>
          <Stack direction="row">
            <Button startIcon={<PlusIcon />}>New invoice</Button>
          </Stack>
        </Stack>

        <Stack as="section" gap="4" aria-labelledby="figures-heading">
          <Heading level={2} variant="label-lg" id="figures-heading">
            This month
          </Heading>
          <Grid rowGap="4">
            {figures.map((figure) => (
              <GridItem key={figure.title} span={{ xs: 'full', sm: 4, md: 3 }}>
                <Card
                  element="section"
                  headingLevel={3}
                  title={figure.title}
                  description={figure.note}
                  footer={<Badge variant={figure.badge.variant}>{figure.badge.label}</Badge>}
                >
                  <Text variant="title" weight="bold">
                    {figure.value}
                  </Text>
                </Card>
              </GridItem>
            ))}
          </Grid>
        </Stack>

        <Grid rowGap="6">
          <GridItem span={{ xs: 'full', md: 5 }}>
            <Card
              element="section"
              headingLevel={2}
              title="Set up your workspace"
              description="Two steps left before your first invoice goes out."
              footer={<Button variant="secondary">Invite your accountant</Button>}
            >
              <Stepper orientation="vertical" aria-label="Workspace set-up">
                <Step title="Add your company details" status="done" />
                <Step title="Connect a bank account" status="done" />
                <Step
                  title="Invite your accountant"
                  description="They can approve invoices and export reports."
                  status="current"
                />
                <Step title="Send your first invoice" />
              </Stepper>
            </Card>
          </GridItem>
          <GridItem span={{ xs: 'full', md: 7 }}>
            <Card
              element="section"
              headingLevel={2}
              title="Latest invoices"
              footer={<Button variant="secondary">See all invoices</Button>}
            >
              <List aria-label="Latest invoices" dividers>
                {recent.map((invoice) => (
                  <ListItem
                    key={invoice.number}
                    href={`#invoices/${invoice.number}`}
                    title={`${invoice.number} · ${invoice.client}`}
                    description={invoice.amount}
                    end={<Badge variant={recentBadges[invoice.status]}>{invoice.status}</Badge>}
                  />
                ))}
              </List>
            </Card>
          </GridItem>
        </Grid>
      </Stack>
    </AppShell>
  );
}
