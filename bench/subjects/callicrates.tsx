import { useEffect } from 'react';
import {
  AlertDialog,
  AppShell,
  AppShellNavGroup,
  AppShellNavItem,
  HouseIcon,
  FolderIcon,
  SearchField,
  Banner,
  Accordion,
  AccordionItem,
  PageSizeSelect,
  Pagination,
  Button,
  Combobox,
  cssVar,
  DataTable,
  DatePicker,
  DateRangePicker,
  Dialog,
  Drawer,
  Filter,
  InlineAlert,
  ListBox,
  Popover,
  PopoverTrigger,
  Select,
  Slider,
  TagGroup,
  Tab,
  TabList,
  TabPanel,
  Tabs,
  TextField,
  ThemeProvider,
  toast,
  Toaster,
  Tooltip,
  type DataTableColumn,
} from '../../src/index';
import type {
  AlertDialogFactory,
  AppShellFactory,
  BannerFactory,
  AccordionFactory,
  PaginationFactory,
  ButtonFactory,
  ComboboxFactory,
  DatePickerFactory,
  DialogFactory,
  DrawerFactory,
  FilterFactory,
  FormDialogFactory,
  InlineAlertFactory,
  ListBoxFactory,
  NotificationFactory,
  OverlaysFactory,
  Provider as ProviderType,
  SelectFactory,
  SliderFactory,
  TagGroupFactory,
  TabsFactory,
  TableFactory,
  DataTableFactory,
  TextFieldFactory,
  TooltipButtonFactory,
} from './types';
import { SORT_COLUMN, TABLE_COLUMNS, tableRows, type BenchRow } from './tableData';

/** Callicrates from this checkout's source, through the root entry point as a product imports it. */
export const Provider: ProviderType = ({ children }) => <ThemeProvider>{children}</ThemeProvider>;

export const button: ButtonFactory = (label, key) => <Button key={key}>{label}</Button>;

export const textField: TextFieldFactory = (label, key) => <TextField key={key} label={label} />;

export const dialog: DialogFactory = (title, key) => (
  <Dialog key={key} title={title} defaultOpen={false} footer={<Button>Save</Button>}>
    Body
  </Dialog>
);

/** The form in the body, its submit Button in the footer (`form=`), as the Dialog docs show. */
export const formDialog: FormDialogFactory = ({
  open,
  onOpenChange,
  title,
  fields,
  keepMounted,
}) => (
  <Dialog
    keepMounted={keepMounted}
    open={open}
    onOpenChange={onOpenChange}
    title={title}
    footer={
      <Button type="submit" form="bench-form">
        Save
      </Button>
    }
  >
    <form id="bench-form" method="dialog" style={{ display: 'grid', gap: cssVar('space.4') }}>
      {fields}
    </form>
  </Dialog>
);

export const overlays: OverlaysFactory = (label, key) => (
  <PopoverTrigger key={key}>
    <Tooltip content="Filter the list">
      <Button>{label}</Button>
    </Tooltip>
    <Popover title="Filters">Only open issues</Popover>
  </PopoverTrigger>
);

export const tooltipButton: TooltipButtonFactory = (label, key) => (
  <Tooltip key={key} content={`Runs ${label}`}>
    <Button>{label}</Button>
  </Tooltip>
);

/** A success toast, shown once mounted, in the app's one Toaster. */
function Notification({ title }: { title: string }) {
  useEffect(() => {
    toast({ title, status: 'success' });
  }, [title]);
  return <Toaster />;
}

export const notification: NotificationFactory = (title, key) => (
  <Notification key={key} title={title} />
);

export const alertDialog: AlertDialogFactory = (title, key) => (
  <AlertDialog
    key={key}
    title={title}
    defaultOpen={false}
    confirmLabel="Delete files"
    variant="danger"
  >
    They will be gone for good.
  </AlertDialog>
);

export const drawer: DrawerFactory = (title, key) => (
  <Drawer key={key} title={title} defaultOpen={false} footer={<Button>Apply</Button>}>
    Body
  </Drawer>
);

export const inlineAlert: InlineAlertFactory = (title, key) => (
  <InlineAlert
    key={key}
    status="error"
    title={title}
    description="Check the card number and try again."
  />
);

/** Uncontrolled: it hides itself when dismissed. */
export const banner: BannerFactory = (title, key) => (
  <Banner
    key={key}
    status="warning"
    title={title}
    description="The service stops on Sunday from 02:00 to 03:00 UTC."
    dismissible
  />
);

/** Options are built once per count, as the docs ask for long lists (a stable array). */
const optionSets = new Map<number, { value: number; label: string }[]>();
export const selectOptions = (count: number) => {
  let options = optionSets.get(count);
  if (!options) {
    options = Array.from({ length: count }, (_, index) => ({
      value: index,
      label: `Option ${index}`,
    }));
    optionSets.set(count, options);
  }
  return options;
};

export const datePicker: DatePickerFactory = (label, key) => <DatePicker key={key} label={label} />;

export const dateRangePicker: DatePickerFactory = (label, key) => (
  <DateRangePicker key={key} label={label} />
);

export const appShell: AppShellFactory = (label, key) => (
  <AppShell
    key={key}
    logo="Bench"
    search={<SearchField label="Search" hideLabel />}
    navigation={
      <>
        <AppShellNavItem href="/" icon={<HouseIcon />}>
          Home
        </AppShellNavItem>
        <AppShellNavGroup label={label} icon={<FolderIcon />}>
          <AppShellNavItem href="/a" current>
            Atlas
          </AppShellNavItem>
          <AppShellNavItem href="/b">Borealis</AppShellNavItem>
        </AppShellNavGroup>
      </>
    }
  >
    Content
  </AppShell>
);

export const select: SelectFactory = (label, count, key) => (
  <Select key={key} label={label} options={selectOptions(count)} />
);

/** Uncontrolled, named by its label, as the docs show. */
export const slider: SliderFactory = (label, key) => (
  <Slider key={key} label={label} defaultValue={40} />
);

export const combobox: ComboboxFactory = (label, count, key) => (
  <Combobox key={key} label={label} options={selectOptions(count)} />
);

export { dropdownButton, menu } from './callicratesMenu';
/** Tag labels are built once per count (a stable array). */
const tagSets = new Map<number, string[]>();
export const tagLabels = (count: number) => {
  let tags = tagSets.get(count);
  if (!tags) {
    tags = Array.from({ length: count }, (_, index) => `Tag ${index}`);
    tagSets.set(count, tags);
  }
  return tags;
};

/** Removable tags; the app would drop the removed one (app code, the same for every library). */
export const tagGroup: TagGroupFactory = (label, count, key) => (
  <TagGroup key={key} label={label} options={tagLabels(count)} onRemove={() => {}} />
);

export const filter: FilterFactory = (label, count, key) => (
  <Filter key={key} label={label} options={selectOptions(count)} multiple />
);

/** A standalone single-choice ListBox of 10 options, the first chosen, uncontrolled. */
export const listBox: ListBoxFactory = (label, key) => (
  <ListBox key={key} label={label} options={selectOptions(10)} defaultValue={0} />
);

export const tabs: TabsFactory = (label, key) => (
  <Tabs key={key}>
    <TabList aria-label={label}>
      <Tab value="profile">Profile</Tab>
      <Tab value="billing">Billing</Tab>
      <Tab value="team">Team</Tab>
    </TabList>
    <TabPanel value="profile">Name and photo</TabPanel>
    <TabPanel value="billing">Plan and invoices</TabPanel>
    <TabPanel value="team">Members</TabPanel>
  </Tabs>
);

export const accordion: AccordionFactory = (label, key) => (
  <Accordion key={key} aria-label={label}>
    <AccordionItem value="shipping" title="Shipping">
      Ships in 2 days
    </AccordionItem>
    <AccordionItem value="returns" title="Returns">
      30 days to return
    </AccordionItem>
    <AccordionItem value="warranty" title="Warranty">
      Two years
    </AccordionItem>
  </Accordion>
);

export const pagination: PaginationFactory = (label, key) => (
  <Pagination key={key} label={label} pageCount={20} />
);

export const paginationPageSize: PaginationFactory = (label, key) => (
  <div key={key}>
    <PageSizeSelect />
    <Pagination label={label} pageCount={20} />
  </div>
);

/**
 * The 10 columns, sortable; built once, as the docs ask (a stable array), on first use (a
 * module-level array would be a side effect every byte case, `button` too, would keep).
 */
let columns: DataTableColumn<BenchRow>[] | undefined;
const tableColumns = () =>
  (columns ??= TABLE_COLUMNS.map((column) => ({
    id: column.key,
    header:
      column.key === SORT_COLUMN ? <span data-bench-sort="">{column.header}</span> : column.header,
    textValue: column.header,
    type: column.numeric ? ('number' as const) : ('text' as const),
    sortable: true,
  })));

/** DataTable windows above 100 rows, so 1,000 or 10,000 rows render a viewport's worth. */
export const table: TableFactory = ({ rows }) => (
  <DataTable label="Orders" columns={tableColumns()} rows={tableRows(rows)} />
);

/** Selectable and sortable, with a bulk action: what the byte case measures. */
export const dataTable: DataTableFactory = (label, key) => (
  <DataTable
    key={key}
    label={label}
    columns={tableColumns()}
    rows={tableRows(10)}
    selectable
    bulkActions={() => <Button variant="danger">Delete</Button>}
  />
);

export { breadcrumb, tabsMore } from './callicratesNav';
