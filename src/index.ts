// The root entry point. Each component also has its own entry (`callicrates/button`, …).
export * from './theme';
export * from './atoms/Button';
export * from './atoms/Field';
export * from './atoms/TextField';
export {
  colorSchemes,
  cssVar,
  cssVarName,
  typographyStyles,
  vars,
  type ColorSchemeName,
  type TokenName,
  type TypographyRole,
} from './tokens';
export * from './atoms/NumberField';
export * from './atoms/PasswordField';
export * from './atoms/SearchField';
export * from './atoms/TextArea';
export { Checkbox, type CheckboxProps, type CheckboxSize } from './atoms/Checkbox';
export {
  CheckboxGroup,
  type CheckboxGroupOrientation,
  type CheckboxGroupProps,
} from './atoms/CheckboxGroup';
export {
  Radio,
  RadioGroup,
  type RadioGroupOrientation,
  type RadioGroupProps,
  type RadioProps,
  type RadioSize,
} from './atoms/RadioGroup';
export {
  Switch,
  type SwitchLabelPlacement,
  type SwitchProps,
  type SwitchSize,
} from './atoms/Switch';
export * from './atoms/Text';
export * from './atoms/Heading';
export * from './atoms/VisuallyHidden';
export * from './atoms/Spinner';
export * from './atoms/ProgressBar';
export * from './atoms/Skeleton';
export {
  IconButton,
  type IconButtonProps,
  type IconButtonSize,
  type IconButtonVariant,
} from './atoms/IconButton';
export { Link, type LinkProps, type LinkVariant } from './atoms/Link';
// The icon set: each icon is its own pure export, so an app's bundler keeps only those it uses.
export * from './atoms/Icon';
export {
  Avatar,
  AvatarGroup,
  initialsOf,
  type AvatarGroupProps,
  type AvatarProps,
  type AvatarSize,
  type AvatarStatus,
} from './atoms/Avatar';
export { Badge, type BadgeProps, type BadgeVariant } from './atoms/Badge';
export { Tag, type TagProps } from './atoms/Tag';
export * from './atoms/Box';
export * from './atoms/Divider';
export * from './atoms/Stack';
export * from './atoms/Inline';
export * from './atoms/Grid';
export * from './atoms/Container';
export * from './molecules/Dialog';
export * from './molecules/AlertDialog';
export * from './molecules/Drawer';
export * from './molecules/Popover';
export * from './molecules/Tooltip';
export {
  InlineAlert,
  type FeedbackStatus,
  type InlineAlertProps,
  type InlineAlertStatus,
} from './molecules/InlineAlert';
export { Banner, type BannerProps, type BannerStatus } from './molecules/Banner';
export {
  toast,
  Toaster,
  toastPlacements,
  type ToastAction,
  type ToasterProps,
  type ToastFunction,
  type ToastOptions,
  type ToastPlacement,
  type ToastStatus,
} from './molecules/Toast';
export {
  ListBox,
  type ListBoxItem,
  type ListBoxOption,
  type ListBoxProps,
  type ListBoxSection,
  type ListBoxSize,
} from './molecules/ListBox';
export {
  Select,
  selectPlacements,
  selectValueDisplays,
  type SelectItem,
  type SelectOption,
  type SelectPlacement,
  type SelectProps,
  type SelectSection,
  type SelectSize,
  type SelectValueDisplay,
} from './molecules/Select';
export {
  Slider,
  SliderNumberField,
  sliderOrientations,
  type SliderMark,
  type SliderNumberFieldProps,
  type SliderOrientation,
  type SliderProps,
  type SliderSize,
  type SliderValue,
} from './molecules/Slider';
export {
  Combobox,
  comboboxPlacements,
  containsFilter,
  type ComboboxFilter,
  type ComboboxFilterOption,
  type ComboboxItem,
  type ComboboxOption,
  type ComboboxPlacement,
  type ComboboxProps,
  type ComboboxSection,
  type ComboboxSize,
  type LoadOptions,
  type LoadOptionsContext,
} from './molecules/Combobox';
export {
  Menu,
  MenuTrigger,
  menuItemKinds,
  menuPlacements,
  menuSizes,
  type MenuEntry,
  type MenuItem,
  type MenuItemKind,
  type MenuOwnProps,
  type MenuPlacement,
  type MenuProps,
  type MenuSection,
  type MenuSeparator,
  type MenuSize,
  type MenuTriggerProps,
} from './molecules/Menu';
export {
  DropdownButton,
  type DropdownButtonProps,
  type DropdownButtonSize,
  type DropdownButtonVariant,
} from './molecules/DropdownButton';
export {
  SplitButton,
  type SplitButtonProps,
  type SplitButtonSize,
  type SplitButtonVariant,
} from './molecules/SplitButton';
export {
  TagGroup,
  tagGroupSelectionModes,
  type TagGroupItem,
  type TagGroupProps,
  type TagGroupSelectionMode,
  type TagGroupSelectionProps,
} from './molecules/TagGroup';
export {
  Filter,
  filterPlacements,
  filterTypes,
  type FilterItem,
  type FilterOption,
  type FilterPlacement,
  type FilterProps,
  type FilterSection,
  type FilterSize,
  type FilterType,
} from './molecules/Filter';
export {
  FilterBar,
  type FilterBarFilter,
  type FilterBarFilterValue,
  type FilterBarProps,
  type FilterBarValue,
} from './molecules/FilterBar';
export {
  Tab,
  TabList,
  TabPanel,
  Tabs,
  type TabListProps,
  type TabPanelProps,
  type TabProps,
  type TabsActivation,
  type TabsOrientation,
  type TabsProps,
  type TabsSize,
} from './molecules/Tabs';
export {
  Disclosure,
  type DisclosureHeadingLevel,
  type DisclosureProps,
} from './molecules/Disclosure';
export {
  Accordion,
  AccordionItem,
  type AccordionItemProps,
  type AccordionProps,
} from './molecules/Accordion';
export {
  Card,
  type CardElement,
  type CardOrientation,
  type CardProps,
  type CardVariant,
} from './molecules/Card';
export {
  List,
  ListItem,
  type ListItemProps,
  type ListProps,
  type ListSize,
} from './molecules/List';
export {
  Step,
  Stepper,
  stepStatuses,
  type StepperOrientation,
  type StepperProps,
  type StepProps,
  type StepStatus,
} from './molecules/Stepper';
export { EmptyState, type EmptyStateProps, type EmptyStateSize } from './molecules/EmptyState';
export {
  PageSizeSelect,
  Pagination,
  paginationVariants,
  type PageSizeSelectProps,
  type PaginationProps,
  type PaginationSize,
  type PaginationVariant,
} from './molecules/Pagination';
export {
  DataTable,
  dataTableAligns,
  dataTableColumnTypes,
  dataTableSizes,
  type DataTableAlign,
  type DataTableColumn,
  type DataTableColumnType,
  type DataTableProps,
  type DataTableSelection,
  type DataTableSize,
  type DataTableSortDescriptor,
  type DataTableSortDirection,
} from './molecules/DataTable';
export { Calendar, type CalendarProps, type DateInput } from './molecules/Calendar';
export {
  RangeCalendar,
  type DateRange,
  type DateRangeInput,
  type RangeCalendarProps,
} from './molecules/RangeCalendar';
export { DateField, type DateFieldProps, type DateFieldSize } from './molecules/DateField';
export {
  TimeField,
  timeGranularities,
  type TimeFieldProps,
  type TimeFieldSize,
  type TimeGranularity,
  type TimeInput,
} from './molecules/TimeField';
export {
  DatePicker,
  datePickerPlacements,
  type DatePickerPlacement,
  type DatePickerProps,
  type DatePreset,
} from './molecules/DatePicker';
export {
  DateRangePicker,
  type DateRangePickerInput,
  type DateRangePickerProps,
  type DateRangePreset,
  type DateRangeValue,
} from './molecules/DateRangePicker';
export {
  AppShell,
  AppShellNavGroup,
  AppShellNavItem,
  type AppShellNavGroupProps,
  type AppShellNavItemProps,
  type AppShellProps,
} from './molecules/AppShell';
export {
  Breadcrumb,
  breadcrumbSizes,
  type BreadcrumbItem,
  type BreadcrumbProps,
  type BreadcrumbSize,
} from './molecules/Breadcrumb';
export { TabListWithMore, type TabListWithMoreProps } from './molecules/Tabs';
