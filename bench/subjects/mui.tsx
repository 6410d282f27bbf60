import {
  Accordion,
  AccordionDetails,
  AccordionSummary,
  Pagination,
  TablePagination,
  Alert,
  Checkbox,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  TableSortLabel,
  AlertTitle,
  Autocomplete,
  Button,
  Chip,
  List,
  ListItemButton,
  ListItemText,
  Dialog,
  DialogActions,
  FormControl,
  Divider,
  InputLabel,
  Menu,
  MenuItem,
  Select,
  Slider,
  DialogContent,
  DialogContentText,
  DialogTitle,
  Drawer,
  Popover,
  Snackbar,
  Stack,
  Tab,
  Tabs,
  TextField,
  ThemeProvider,
  Tooltip,
  Typography,
  createTheme,
} from '@mui/material';
import { useState } from 'react';
import type {
  AlertDialogFactory,
  BannerFactory,
  AccordionFactory,
  PaginationFactory,
  ButtonFactory,
  ComboboxFactory,
  DialogFactory,
  DrawerFactory,
  FormDialogFactory,
  InlineAlertFactory,
  ListBoxFactory,
  MenuFactory,
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
import {
  SORT_COLUMN,
  TABLE_COLUMNS,
  VISIBLE_ROWS,
  sortedBy,
  tableRows,
  type BenchRow,
} from './tableData';

/** MUI, the most used Emotion-based library, configured as its docs start: a created theme. */
const theme = createTheme();

export const Provider: ProviderType = ({ children }) => (
  <ThemeProvider theme={theme}>{children}</ThemeProvider>
);

export const button: ButtonFactory = (label, key) => (
  <Button key={key} variant="contained">
    {label}
  </Button>
);

export const textField: TextFieldFactory = (label, key) => <TextField key={key} label={label} />;

/** MUI's Dialog with the same parts as ours: title, content, actions. */
export const dialog: DialogFactory = (title, key) => (
  <Dialog key={key} open={false} aria-labelledby="bench-dialog-title">
    <DialogTitle id="bench-dialog-title">{title}</DialogTitle>
    <DialogContent>Body</DialogContent>
    <DialogActions>
      <Button>Save</Button>
    </DialogActions>
  </Dialog>
);

/** Fields one under another, 16px apart, as in the other subjects. */
const formStyle = { display: 'grid', gap: 16, paddingBlockStart: 8 };

/**
 * MUI's Dialog with the same form: the fields in DialogContent, the submit Button in
 * DialogActions (`form=`), closed by `onClose` (Escape, backdrop).
 */
export const formDialog: FormDialogFactory = ({
  open,
  onOpenChange,
  title,
  fields,
  keepMounted,
}) => (
  <Dialog
    open={open}
    keepMounted={keepMounted}
    onClose={() => onOpenChange(false)}
    aria-labelledby="bench-form-title"
  >
    <DialogTitle id="bench-form-title">{title}</DialogTitle>
    <DialogContent>
      <form id="bench-form" method="dialog" style={formStyle}>
        {fields}
      </form>
    </DialogContent>
    <DialogActions>
      <Button type="submit" form="bench-form" variant="contained">
        Save
      </Button>
    </DialogActions>
  </Dialog>
);

/** MUI's Popover needs its anchor in state: the smallest usage its docs show. */
function Overlays({ label }: { label: string }) {
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  return (
    <>
      <Tooltip title="Filter the list">
        <Button variant="contained" onClick={(event) => setAnchor(event.currentTarget)}>
          {label}
        </Button>
      </Tooltip>
      <Popover open={anchor !== null} anchorEl={anchor} onClose={() => setAnchor(null)}>
        <Typography>Only open issues</Typography>
      </Popover>
    </>
  );
}

export const overlays: OverlaysFactory = (label, key) => <Overlays key={key} label={label} />;

export const tooltipButton: TooltipButtonFactory = (label, key) => (
  <Tooltip key={key} title={`Runs ${label}`}>
    <Button variant="contained">{label}</Button>
  </Tooltip>
);

/** MUI's toast as its docs build one: a Snackbar holding a success Alert, closed on timeout. */
function Notification({ title }: { title: string }) {
  const [open, setOpen] = useState(true);
  return (
    <Snackbar open={open} autoHideDuration={5000} onClose={() => setOpen(false)}>
      <Alert severity="success" onClose={() => setOpen(false)}>
        {title}
      </Alert>
    </Snackbar>
  );
}

export const notification: NotificationFactory = (title, key) => (
  <Notification key={key} title={title} />
);

/**
 * MUI's confirmation dialog as its Dialog docs build one ("Alerts"): DialogContentText and
 * two actions, with the alertdialog role our AlertDialog has.
 */
export const alertDialog: AlertDialogFactory = (title, key) => (
  <Dialog
    key={key}
    open={false}
    role="alertdialog"
    aria-labelledby="bench-alert-title"
    aria-describedby="bench-alert-text"
  >
    <DialogTitle id="bench-alert-title">{title}</DialogTitle>
    <DialogContent>
      <DialogContentText id="bench-alert-text">They will be gone for good.</DialogContentText>
    </DialogContent>
    <DialogActions>
      <Button>Cancel</Button>
      <Button color="error">Delete files</Button>
    </DialogActions>
  </Dialog>
);

/**
 * MUI's Drawer on the right, as its docs use it: it has no title, close button or footer
 * parts, so a heading and the action are plain children (the smallest MUI usage).
 */
export const drawer: DrawerFactory = (title, key) => (
  <Drawer key={key} anchor="right" open={false}>
    <h2>{title}</h2>
    Body
    <Button variant="contained">Apply</Button>
  </Drawer>
);

export const inlineAlert: InlineAlertFactory = (title, key) => (
  <Alert key={key} severity="error">
    <AlertTitle>{title}</AlertTitle>
    Check the card number and try again.
  </Alert>
);

/** MUI's Alert with `onClose` (its close button), hidden by the app's state when dismissed. */
function DismissibleAlert({ title }: { title: string }) {
  const [open, setOpen] = useState(true);
  if (!open) return null;
  return (
    <Alert severity="warning" onClose={() => setOpen(false)}>
      <AlertTitle>{title}</AlertTitle>
      The service stops on Sunday from 02:00 to 03:00 UTC.
    </Alert>
  );
}

export const banner: BannerFactory = (title, key) => <DismissibleAlert key={key} title={title} />;
/** MUI's Select as its docs build one: FormControl, InputLabel, a MenuItem per option. */
function MuiSelect({ label, count }: { label: string; count: number }) {
  const [value, setValue] = useState('');
  const items = [];
  for (let index = 0; index < count; index += 1) {
    items.push(
      <MenuItem key={index} value={String(index)}>
        Option {index}
      </MenuItem>,
    );
  }
  return (
    <FormControl>
      <InputLabel id="bench-select-label">{label}</InputLabel>
      <Select
        labelId="bench-select-label"
        label={label}
        value={value}
        onChange={(event) => setValue(event.target.value)}
      >
        {items}
      </Select>
    </FormControl>
  );
}

export const select: SelectFactory = (label, count, key) => (
  <MuiSelect key={key} label={label} count={count} />
);

/** MUI's Slider as its docs label one: a Typography named through `aria-labelledby`. */
export const slider: SliderFactory = (label, key) => (
  <div key={key}>
    <Typography id="bench-slider-label" gutterBottom>
      {label}
    </Typography>
    <Slider aria-labelledby="bench-slider-label" defaultValue={40} />
  </div>
);

/** Options built once per count (a stable array), as for our Combobox. */
const comboboxOptionSets = new Map<number, { value: number; label: string }[]>();
const comboboxOptions = (count: number) => {
  let options = comboboxOptionSets.get(count);
  if (!options) {
    options = Array.from({ length: count }, (_, index) => ({
      value: index,
      label: `Option ${index}`,
    }));
    comboboxOptionSets.set(count, options);
  }
  return options;
};

/** MUI's Autocomplete as its docs build a combo box: a TextField as its input. */
export const combobox: ComboboxFactory = (label, count, key) => (
  <Autocomplete
    key={key}
    options={comboboxOptions(count)}
    renderInput={(params) => <TextField {...params} label={label} />}
  />
);
/** MUI's "basic menu" as its docs build one: a Button that anchors a Menu of MenuItems. */
function MuiMenu({ label }: { label: string }) {
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const close = () => setAnchor(null);
  return (
    <>
      <Button
        id="bench-menu-button"
        variant="contained"
        aria-controls={anchor ? 'bench-menu' : undefined}
        aria-haspopup="true"
        aria-expanded={anchor ? 'true' : undefined}
        onClick={(event) => setAnchor(event.currentTarget)}
      >
        {label}
      </Button>
      <Menu
        id="bench-menu"
        anchorEl={anchor}
        open={anchor !== null}
        onClose={close}
        slotProps={{ list: { 'aria-labelledby': 'bench-menu-button' } }}
      >
        <MenuItem onClick={close}>Edit</MenuItem>
        <MenuItem onClick={close}>Duplicate</MenuItem>
        <Divider />
        <MenuItem disabled>Archive</MenuItem>
      </Menu>
    </>
  );
}

/**
 * MUI's Tabs as its docs build them, with the same features as ours: scroll buttons when the
 * tabs overflow, and panels written by hand (MUI's core has no TabPanel), wired by id.
 */
function MuiTabs({ label }: { label: string }) {
  const [value, setValue] = useState(0);
  const names = ['Profile', 'Billing', 'Team'];
  const texts = ['Name and photo', 'Plan and invoices', 'Members'];
  return (
    <>
      <Tabs
        value={value}
        onChange={(_event, next: number) => setValue(next)}
        aria-label={label}
        variant="scrollable"
        scrollButtons="auto"
      >
        {names.map((name, index) => (
          <Tab key={name} label={name} id={`tab-${index}`} aria-controls={`panel-${index}`} />
        ))}
      </Tabs>
      {texts.map((text, index) => (
        <div
          key={text}
          role="tabpanel"
          hidden={value !== index}
          id={`panel-${index}`}
          aria-labelledby={`tab-${index}`}
        >
          {text}
        </div>
      ))}
    </>
  );
}

export const menu: MenuFactory = (label, key) => <MuiMenu key={key} label={label} />;
/** MUI has no menu button component: its nearest is the same docs Button + Menu. */
export const dropdownButton: MenuFactory = menu;
/** MUI's chip array as its docs build one: a Chip with `onDelete` per tag, in a wrapping Stack. */
export const tagGroup: TagGroupFactory = (label, count, key) => (
  <Stack
    key={key}
    direction="row"
    spacing={1}
    useFlexGap
    sx={{ flexWrap: 'wrap' }}
    aria-label={label}
    role="list"
  >
    {Array.from({ length: count }, (_, index) => (
      <Chip key={index} role="listitem" label={`Tag ${index}`} onDelete={() => {}} />
    ))}
  </Stack>
);
/**
 * MUI has no listbox; its nearest is its docs' "Selected ListItem": a List of ListItemButtons
 * (with ListItemText) whose `selected` follows a state, set on click. No `role="listbox"`,
 * `aria-selected`, type-ahead or arrow keys: it is a list of buttons.
 */
function MuiListBox({ label }: { label: string }) {
  const [selected, setSelected] = useState(0);
  return (
    <List aria-label={label}>
      {Array.from({ length: 10 }, (_, index) => (
        <ListItemButton
          key={index}
          selected={selected === index}
          onClick={() => setSelected(index)}
        >
          <ListItemText primary={`Option ${index}`} />
        </ListItemButton>
      ))}
    </List>
  );
}
export const listBox: ListBoxFactory = (label, key) => <MuiListBox key={key} label={label} />;
export const tabs: TabsFactory = (label, key) => <MuiTabs key={key} label={label} />;

/**
 * MUI's Accordion as its docs build an exclusive one ("Controlled accordion"): the open panel
 * in state, each item an Accordion with its summary and details, the summary's heading and
 * ids as its docs give them. No expand icon: @mui/icons-material is not a dependency here,
 * and ours is drawn inline.
 */
function MuiAccordion({ label }: { label: string }) {
  const [expanded, setExpanded] = useState<string | false>(false);
  const items = [
    ['shipping', 'Shipping', 'Ships in 2 days'],
    ['returns', 'Returns', '30 days to return'],
    ['warranty', 'Warranty', 'Two years'],
  ];
  return (
    <div aria-label={label}>
      {items.map(([id = '', title, text]) => (
        <Accordion
          key={id}
          expanded={expanded === id}
          onChange={(_event, open) => setExpanded(open ? id : false)}
        >
          <AccordionSummary aria-controls={`${id}-content`} id={`${id}-header`}>
            {title}
          </AccordionSummary>
          <AccordionDetails>{text}</AccordionDetails>
        </Accordion>
      ))}
    </div>
  );
}

export const accordion: AccordionFactory = (label, key) => <MuiAccordion key={key} label={label} />;

export const pagination: PaginationFactory = (label, key) => (
  <Pagination key={key} aria-label={label} count={20} />
);

/**
 * MUI's TablePagination: rows per page beside previous and next (it has no numbered pages),
 * the nearest MUI part with a page-size choice.
 */
function MuiTablePagination({ label }: { label: string }) {
  const [page, setPage] = useState(0);
  const [rowsPerPage, setRowsPerPage] = useState(10);
  return (
    <TablePagination
      component="div"
      aria-label={label}
      count={200}
      page={page}
      onPageChange={(_event, next) => setPage(next)}
      rowsPerPage={rowsPerPage}
      onRowsPerPageChange={(event) => setRowsPerPage(Number(event.target.value))}
    />
  );
}

export const paginationPageSize: PaginationFactory = (label, key) => (
  <MuiTablePagination key={key} label={label} />
);
/**
 * MUI's Table as its docs build one: TableContainer, Table, TableHead, TableBody, a TableRow
 * of TableCells per row (numbers `align="right"`). Sortable, it is the docs' sorting table:
 * TableSortLabel in the header, the rows sorted on a press, and one page of VISIBLE_ROWS shown
 * (MUI does not window; its docs page long tables).
 */
function MuiTable({ rows: count, sortable }: { rows: number; sortable: boolean }) {
  const [sorted, setSorted] = useState(false);
  const all = tableRows(count);
  const rows = sortable ? (sorted ? sortedBy(all, SORT_COLUMN) : all).slice(0, VISIBLE_ROWS) : all;
  return (
    <TableContainer>
      <Table aria-label="Orders">
        <TableHead>
          <TableRow>
            {TABLE_COLUMNS.map((column) => (
              <TableCell key={column.key} align={column.numeric ? 'right' : 'left'}>
                {sortable && column.key === SORT_COLUMN ? (
                  <TableSortLabel active={sorted} direction="asc" onClick={() => setSorted(true)}>
                    <span data-bench-sort="">{column.header}</span>
                  </TableSortLabel>
                ) : (
                  column.header
                )}
              </TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={row.id}>
              {TABLE_COLUMNS.map((column) => (
                <TableCell key={column.key} align={column.numeric ? 'right' : 'left'}>
                  {row[column.key]}
                </TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}

export const table: TableFactory = (props) => <MuiTable {...props} />;

/** The byte case: the docs' "sorting & selecting" table parts (sort labels, checkboxes). */
function MuiDataTable({ label }: { label: string }) {
  const [selected, setSelected] = useState<string[]>([]);
  const [sorted, setSorted] = useState(false);
  const rows: BenchRow[] = sorted ? sortedBy(tableRows(10), SORT_COLUMN) : tableRows(10);
  return (
    <TableContainer>
      <Table aria-label={label}>
        <TableHead>
          <TableRow>
            <TableCell padding="checkbox">
              <Checkbox
                checked={selected.length === rows.length}
                indeterminate={selected.length > 0 && selected.length < rows.length}
                onChange={(event) =>
                  setSelected(event.target.checked ? rows.map((row) => row.id) : [])
                }
              />
            </TableCell>
            {TABLE_COLUMNS.map((column) => (
              <TableCell key={column.key} align={column.numeric ? 'right' : 'left'}>
                <TableSortLabel active={sorted} direction="asc" onClick={() => setSorted(true)}>
                  {column.header}
                </TableSortLabel>
              </TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={row.id} selected={selected.includes(row.id)}>
              <TableCell padding="checkbox">
                <Checkbox
                  checked={selected.includes(row.id)}
                  onChange={() =>
                    setSelected(
                      selected.includes(row.id)
                        ? selected.filter((id) => id !== row.id)
                        : [...selected, row.id],
                    )
                  }
                />
              </TableCell>
              {TABLE_COLUMNS.map((column) => (
                <TableCell key={column.key} align={column.numeric ? 'right' : 'left'}>
                  {row[column.key]}
                </TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}

export const dataTable: DataTableFactory = (label, key) => <MuiDataTable key={key} label={label} />;

export { breadcrumb } from './muiNav';
