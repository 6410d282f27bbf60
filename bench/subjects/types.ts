import type { ReactElement, ReactNode } from 'react';

/*
 * The tiny adapter every subject implements, so the harnesses render the same tree for each.
 * Element factories (not wrapper components) keep the adapter out of the measurement: the
 * plain subject renders a bare `<button className>`, the others their own component directly.
 * Each export is separate so esbuild tree-shakes what a case does not use (a Button-only
 * bundle never contains the TextField).
 */
export type Provider = (props: { children?: ReactNode }) => ReactNode;
export type ButtonFactory = (label: string, key: number) => ReactElement;
export type TextFieldFactory = (label: string, key: number) => ReactElement;
/** A closed modal dialog with a title, a body and a footer action (the byte-size case only). */
export type DialogFactory = (title: string, key: number) => ReactElement;

/**
 * A Button with a Tooltip that opens a Popover: the overlay size case. Plain React has none
 * (its marginal is taken over the subject's own Button).
 */
export type OverlaysFactory = (label: string, key: number) => ReactElement;
/** A Button wrapped in the library's tooltip (plain React: the `title` attribute). */
export type TooltipButtonFactory = (label: string, key: number) => ReactElement;
/** A notification with a status and a title, the library's own way (toast, snackbar). */
export type NotificationFactory = (title: string, key: number) => ReactElement;
/*
 * Molecules measured in bytes over the library's own Button (issue #10), each the library's
 * nearest equivalent, used as its docs show. Plain React has none.
 */
/** A closed confirmation dialog: a question, a message, Cancel and a destructive action. */
export type AlertDialogFactory = (title: string, key: number) => ReactElement;
/** A closed side panel on the inline end, with a title, a body and an action. */
export type DrawerFactory = (title: string, key: number) => ReactElement;
/** A section-level error message with a title and a description. */
export type InlineAlertFactory = (title: string, key: number) => ReactElement;
/** A page-level warning with a title and a description that the user can dismiss. */
export type BannerFactory = (title: string, key: number) => ReactElement;
/** A labelled single-thumb slider from 0 to 100 at 40 (issue #13). */
export type SliderFactory = (label: string, key: number) => ReactElement;

/**
 * A closed menu of three actions (one disabled, after a separator) opened by a button
 * labelled `label`, the library's own way (issue #11). Plain React has none.
 */
export type MenuFactory = (label: string, key: number) => ReactElement;
/** A closed date picker (field and calendar button) labelled `label`. */
export type DatePickerFactory = (label: string, key: number) => ReactElement;
/** An application shell whose navigation has a group named `label` (`appShell` case). */
export type AppShellFactory = (label: string, key: number) => ReactElement;

/**
 * The dialog-opening case (issue #10): the library's modal dialog titled `title`, holding a
 * `<form method="dialog">` with `fields` (the subject's own TextFields, made by the harness)
 * and a submit Button, shown while `open`. The plain subject's is a native `<dialog>` opened
 * with `showModal()`.
 */
export type FormDialogFactory = (props: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: string;
  fields: ReactNode;
  /**
   * Keep the content mounted while closed (`dialogOpenKept`), as the native `<dialog>`
   * always does: the library's own option for it (Callicrates `keepMounted`, MUI
   * `keepMounted`). Plain React ignores it: its dialog is always in the page.
   */
  keepMounted: boolean;
}) => ReactElement;

/**
 * A closed single Select of `count` options (`Option 0`…), the library's own way; opened by a
 * real press in the timed scenarios (plain React: a button that renders a
 * `<ul role="listbox">` with every option).
 */
export type SelectFactory = (label: string, count: number, key: number) => ReactElement;

/**
 * A single Combobox of `count` options (`Option 0`…) with an empty input, the library's own
 * way: the timed scenario types into it (plain React: an input that renders a
 * `<ul role="listbox">` of every option whose label contains the text).
 */
export type ComboboxFactory = (label: string, count: number, key: number) => ReactElement;
/** A list of `count` removable tags (`Tag 0`…) labelled `label`, the library's own way. */
export type TagGroupFactory = (label: string, count: number, key: number) => ReactElement;
/** A closed multiple-choice filter pill of `count` options (Callicrates only: MUI has none). */
export type FilterFactory = (label: string, count: number, key: number) => ReactElement;
/** A standalone single-choice list of 10 options named by the label, the first one chosen. */
export type ListBoxFactory = (label: string, key: number) => ReactElement;
/** Tabs named by the label: three tabs and their panels, scrolling when they overflow. */
export type TabsFactory = (label: string, key: number) => ReactElement;
/** An accordion named by the label: three items, one open at a time. */
export type AccordionFactory = (label: string, key: number) => ReactElement;
/** A numbered pagination of 20 pages named by the label, on page 1 (buttons). */
export type PaginationFactory = (label: string, key: number) => ReactElement;
/** A breadcrumb named by the label: six steps collapsed to four, the last the current page. */
export type BreadcrumbFactory = (label: string, key: number) => ReactElement;

/**
 * A table of `rows` rows × 10 columns (bench/subjects/tableData.ts), the library's own way
 * (issue #13). With `sortable`, its Amount header sorts the rows when pressed (the control
 * holds an element marked `data-bench-sort`); a hand-written table then shows the first
 * VISIBLE_ROWS sorted rows (plain React: sorting the array and rendering what is visible; MUI:
 * a page of its sorting table). Without it, every row is rendered (or windowed, if the
 * library windows).
 */
export type TableFactory = (props: { rows: number; sortable: boolean }) => ReactElement;
/** A selectable, sortable table of a few rows: the byte-size case. */
export type DataTableFactory = (label: string, key: number) => ReactElement;

export interface Subject {
  Provider: Provider;
  button: ButtonFactory;
  textField: TextFieldFactory;
  dialog: DialogFactory;
  overlays?: OverlaysFactory;
  tooltipButton: TooltipButtonFactory;
  formDialog: FormDialogFactory;
  /** Only the libraries have one: bytes are measured over their own Button (`toast` case). */
  notification?: NotificationFactory;
  alertDialog?: AlertDialogFactory;
  drawer?: DrawerFactory;
  inlineAlert?: InlineAlertFactory;
  banner?: BannerFactory;
  slider?: SliderFactory;
  menu?: MenuFactory;
  /** The library's button-with-a-menu component (MUI has none: its docs' Button + Menu). */
  dropdownButton?: MenuFactory;
  select: SelectFactory;
  combobox: ComboboxFactory;
  tagGroup?: TagGroupFactory;
  filter?: FilterFactory;
  /** Bytes over the library's own Button (`listBox` case). */
  listBox?: ListBoxFactory;
  /** Only the libraries have them: bytes over their own Button (`tabs`, `accordion` cases). */
  tabs?: TabsFactory;
  accordion?: AccordionFactory;
  pagination?: PaginationFactory;
  /** The pagination with a page-size choice beside it. */
  paginationPageSize?: PaginationFactory;
  table: TableFactory;
  dataTable?: DataTableFactory;
  /** Callicrates only: MUI's is in @mui/x-date-pickers, not installed (`datePicker` case). */
  datePicker?: DatePickerFactory;
  /** Callicrates only, as `datePicker`: a closed date range picker (`dateRangePicker` case). */
  dateRangePicker?: DatePickerFactory;
  /** Callicrates only: MUI has no app shell (`appShell` case). */
  appShell?: AppShellFactory;
  breadcrumb?: BreadcrumbFactory;
  /** Tabs whose overflow goes to a "more" menu (Callicrates only: MUI has none). */
  tabsMore?: TabsFactory;
}
