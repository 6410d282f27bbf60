import { useMemo, useState } from 'react';
import {
  Avatar,
  Badge,
  Box,
  Button,
  Container,
  EmptyState,
  FilterBar,
  Heading,
  Inline,
  List,
  ListItem,
  Pagination,
  PlusIcon,
  SearchIcon,
  Stack,
  Text,
  type BadgeVariant,
  type FilterBarFilter,
  type FilterBarValue,
} from '../index';

/*
 * The invoice list of a made-up invoicing product, Ledgerly: a FilterBar over a List of
 * invoices, pages of eight, and an EmptyState when the filters match nothing. Library exports
 * and layout props only.
 */

type InvoiceStatus = 'draft' | 'sent' | 'overdue' | 'paid';

export interface Invoice {
  number: string;
  client: string;
  amount: number;
  due: string;
  status: InvoiceStatus;
}

const statusLabels: Record<InvoiceStatus, string> = {
  draft: 'Draft',
  sent: 'Sent',
  overdue: 'Overdue',
  paid: 'Paid',
};

const statusBadges: Record<InvoiceStatus, BadgeVariant> = {
  draft: 'neutral',
  sent: 'info',
  overdue: 'error',
  paid: 'success',
};

const clients = [
  'Alfreds Futterkiste',
  'Berglunds snabbköp',
  'Blondel père et fils',
  'Bólido Comidas preparadas',
  'Cactus Comidas para llevar',
  'Ernst Handel',
];

const statuses: InvoiceStatus[] = ['paid', 'sent', 'overdue', 'paid', 'draft', 'sent', 'paid'];

/** 30 invoices, numbered down from the newest; the same every time (no randomness). */
export const invoices: Invoice[] = Array.from({ length: 30 }, (_, index) => {
  const day = 28 - (index % 28);
  return {
    number: `INV-${2060 - index}`,
    client: clients[(index * 5) % clients.length]!,
    amount: 180 + ((index * 7919) % 4200) + (index % 4) * 0.25,
    due: `2026-${String(12 - Math.floor(index / 10)).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
    status: statuses[index % statuses.length]!,
  };
});

const filters: FilterBarFilter[] = [
  {
    id: 'status',
    label: 'Status',
    multiple: true,
    options: (Object.keys(statusLabels) as InvoiceStatus[]).map((value) => ({
      value,
      label: statusLabels[value],
    })),
  },
  { id: 'client', label: 'Client', options: clients, searchable: true },
  {
    id: 'amount',
    label: 'Amount',
    filterType: 'added',
    options: [
      { value: 'under-1000', label: 'Under €1,000' },
      { value: '1000-3000', label: '€1,000 to €3,000' },
      { value: 'over-3000', label: 'Over €3,000' },
    ],
  },
];

const amountRanges: Record<string, (amount: number) => boolean> = {
  'under-1000': (amount) => amount < 1000,
  '1000-3000': (amount) => amount >= 1000 && amount <= 3000,
  'over-3000': (amount) => amount > 3000,
};

/** The invoices the filters let through. */
export function filterInvoices(list: readonly Invoice[], value: FilterBarValue): Invoice[] {
  const status = value.status;
  const client = value.client;
  const amount = value.amount;
  return list.filter(
    (invoice) =>
      (!Array.isArray(status) || status.length === 0 || status.includes(invoice.status)) &&
      (client == null || Array.isArray(client) || invoice.client === client) &&
      (typeof amount !== 'string' || (amountRanges[amount]?.(invoice.amount) ?? true)),
  );
}

const money = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'EUR' });
const date = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeZone: 'UTC' });

export interface ListPageProps {
  /** The filters applied when the page opens. */
  defaultFilters?: FilterBarValue;
  /** The invoices to list. */
  items?: readonly Invoice[];
  /** Rows per page. @default 8 */
  pageSize?: number;
}

/** Ledgerly's invoice list. */
export function ListPage({ defaultFilters = {}, items = invoices, pageSize = 8 }: ListPageProps) {
  const [value, setValue] = useState<FilterBarValue>(defaultFilters);
  const [added, setAdded] = useState<string[]>(() =>
    filters
      .filter((filter) => filter.filterType === 'added' && filter.id in defaultFilters)
      .map((filter) => filter.id),
  );
  const [page, setPage] = useState(1);
  const shown = useMemo(() => filterInvoices(items, value), [items, value]);
  const pageCount = Math.max(1, Math.ceil(shown.length / pageSize));
  const current = Math.min(page, pageCount);
  const rows = shown.slice((current - 1) * pageSize, current * pageSize);
  const first = (current - 1) * pageSize + 1;

  const clearFilters = () => {
    setValue({});
    setAdded([]);
    setPage(1);
  };

  return (
    <Stack gap="6">
      <Box as="header" border="subtle" background="surface" paddingBlock="3">
        <Container>
          <Inline justify="between" align="center">
            <Text variant="title" weight="bold">
              Ledgerly
            </Text>
            <Avatar name="Maria Santos" alt="Signed in as Maria Santos" size="sm" />
          </Inline>
        </Container>
      </Box>
      <Box as="main">
        <Container maxWidth="lg">
          <Stack gap="6">
            <Stack direction={{ xs: 'column', md: 'row' }} justify="between" gap="4">
              <Stack gap="1">
                <Heading level={1}>Invoices</Heading>
                <Text color="secondary">
                  Everything you have billed Northwind Traders’ clients.
                </Text>
              </Stack>
              <Inline>
                <Button startIcon={<PlusIcon />}>New invoice</Button>
              </Inline>
            </Stack>
            <FilterBar
              label="Filter invoices"
              filters={filters}
              value={value}
              onValueChange={(next) => {
                setValue(next);
                setPage(1);
              }}
              added={added}
              onAddedChange={setAdded}
            />
            {shown.length === 0 ? (
              <EmptyState
                live
                headingLevel={2}
                icon={<SearchIcon />}
                title="No invoices match these filters"
                description="Try fewer filters, or clear them to see every invoice."
                actions={
                  <Button variant="secondary" onClick={clearFilters}>
                    Clear filters
                  </Button>
                }
              />
            ) : (
              <Stack as="section" gap="4" aria-labelledby="invoice-list-heading">
                <Inline justify="between" align="baseline">
                  <Heading level={2} variant="label-lg" id="invoice-list-heading">
                    {shown.length} {shown.length === 1 ? 'invoice' : 'invoices'}
                  </Heading>
                  <Text color="secondary" variant="body-sm">
                    Showing {first}–{first + rows.length - 1}
                  </Text>
                </Inline>
                <List aria-labelledby="invoice-list-heading" dividers>
                  {rows.map((invoice) => (
                    <ListItem
                      key={invoice.number}
                      href={`#invoices/${invoice.number}`}
                      title={`${invoice.number} · ${invoice.client}`}
                      description={`${money.format(invoice.amount)} · due ${date.format(new Date(invoice.due))}`}
                      end={
                        <Badge variant={statusBadges[invoice.status]}>
                          {statusLabels[invoice.status]}
                        </Badge>
                      }
                    />
                  ))}
                </List>
                {pageCount > 1 ? (
                  <Pagination
                    label="Invoice pages"
                    page={current}
                    pageCount={pageCount}
                    onPageChange={setPage}
                  />
                ) : null}
              </Stack>
            )}
          </Stack>
        </Container>
      </Box>
    </Stack>
  );
}
