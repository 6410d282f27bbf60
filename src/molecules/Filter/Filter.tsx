import {
  forwardRef,
  useCallback,
  useId,
  useMemo,
  useRef,
  useState,
  type ButtonHTMLAttributes,
  type ReactElement,
  type ReactNode,
  type Ref,
  type RefAttributes,
} from 'react';
import { cx, devError, mergeRefs, reportUnchangeable, reportUnknownValues } from '../../utils';
import {
  collectionOf,
  findOption,
  FormValue,
  LiveStatus,
  optionListSizes,
  useFormReset,
  useSelection,
  type CollectionItem,
  type CollectionKey,
  type CollectionNode,
  type CollectionOption,
  type LoadOptions,
  type OptionListSize,
  type SelectionProps,
  warnAboutValueNotInOptions,
  warnAboutValueShape,
} from '../collection';
import { useControllableState, type OverlayPlacement } from '../overlay';
import { Popover, PopoverTrigger } from '../Popover';
import { filterClass, filterPopupClass } from './Filter.styles';
import { FilterPanel } from './FilterPanel';

/** Height, padding and type size of the pill, and the density of its options. */
export type FilterSize = OptionListSize;

/** `preset`: always shown. `added`: added by the user (FilterBar's "Add filter"), removable. */
export const filterTypes = ['preset', 'added'] as const;
export type FilterType = (typeof filterTypes)[number];

/** Where the options open: below (or above) the pill, aligned to its start or end edge. */
export const filterPlacements = [
  'bottom-start',
  'bottom-end',
  'top-start',
  'top-end',
] as const satisfies readonly OverlayPlacement[];
export type FilterPlacement = (typeof filterPlacements)[number];

/** Above this many options the list gets a search input, unless `searchable` says otherwise. */
export const SEARCH_ABOVE = 10;

export interface FilterOwnProps<V extends CollectionKey> {
  /** What the filter filters by ("Status"); the pill's text and the popover's name. Required. */
  label: string;
  /**
   * The options, as Select takes them: `{ value, label, description?, disabled? }` objects,
   * bare strings or numbers, and sections `{ label, options }`. Keep the array stable for long
   * lists; above 100 rows only the visible options render, and a closed filter renders none.
   * With `loadOptions`, what shows before the first answer: include the chosen options, so the
   * pill can show their labels.
   */
  options: ReadonlyArray<CollectionItem<V>>;
  /**
   * Loads the options for the search text from a server, as Combobox's `loadOptions`: after
   * `debounce` ms of quiet while the popover is open, a newer search aborting the older
   * request through `signal`. Turns the search input on. Loading, a failure and no match are
   * shown and said in a polite live region.
   */
  loadOptions?: LoadOptions<V>;
  /**
   * How long typing in the search must pause before `loadOptions` runs (ms).
   * @default 250
   */
  debounce?: number;
  /**
   * Shown and announced while options load (translate it here).
   * @default 'Loading…'
   * @selector [data-part="empty"][data-status="loading"] — in the popover
   */
  loadingLabel?: string;
  /**
   * Shown and announced when `loadOptions` fails (translate it here).
   * @default 'Could not load options'
   * @selector [data-part="empty"][data-status="error"] — in the popover
   */
  loadErrorLabel?: string;
  /**
   * `preset` filters are always shown; `added` ones were added by the user and have a remove
   * button ("Remove filter <label>") that calls `onRemove`.
   * @default 'preset'
   * @selector [data-filter-type="added"]
   */
  filterType?: FilterType;
  /** Called when the remove button of an `added` filter is pressed: drop the filter here. */
  onRemove?: () => void;
  /**
   * The name of the remove button (translate it here).
   * @default `Remove filter ${label}`
   */
  removeLabel?: string;
  /**
   * Height, padding and type size of the pill (`size.control.*`), and the options' density.
   * @default 'md'
   * @selector [data-size="sm" | "lg"]
   */
  size?: FilterSize;
  /**
   * Shows a search input above the options; typing narrows them (case and accents ignored)
   * while focus stays in the input and the arrow keys move through the matches.
   * @default options.length > 10
   */
  searchable?: boolean;
  /**
   * The search input's name and placeholder (translate it here).
   * @default 'Search options'
   */
  searchLabel?: string;
  /**
   * The "Select all" button of a multiple filter: chooses every enabled option shown.
   * @default 'Select all'
   */
  selectAllLabel?: string;
  /**
   * The button that clears the filter (disabled options keep their state).
   * @default 'Clear'
   */
  clearLabel?: string;
  /**
   * Shown in the popover when there are no options.
   * @default 'No options'
   */
  emptyLabel?: ReactNode;
  /**
   * Shown when the search matches nothing.
   * @default 'No matches'
   */
  noMatchesLabel?: ReactNode;
  /**
   * The text after the first chosen label when several are chosen (translate it here).
   * @default (count) => `+${count}`
   * @selector [data-part="more"]
   */
  moreLabel?: (count: number) => string;
  /** Submits the chosen values with a native form under this name, one entry per value. */
  name?: string;
  /** The id of the form the filter belongs to, when it is not inside it. */
  form?: string;
  /**
   * The pill cannot be pressed and the filter submits nothing.
   * @default false
   * @selector [data-disabled]
   */
  disabled?: boolean;
  /** Whether the popover is open, controlled. Pair it with `onOpenChange`. */
  open?: boolean;
  /**
   * Whether the popover starts open, when uncontrolled.
   * @default false
   */
  defaultOpen?: boolean;
  /** Called with `true` when the popover opens and `false` when it closes. */
  onOpenChange?: (open: boolean) => void;
  /**
   * Where the popover opens; it flips when there is no room.
   * @default 'bottom-start'
   * @selector [data-placement] — on the popover, the placement used after any flip
   */
  placement?: FilterPlacement;
}

export type FilterProps<V extends CollectionKey = CollectionKey> = FilterOwnProps<V> &
  SelectionProps<V> &
  Omit<
    ButtonHTMLAttributes<HTMLButtonElement>,
    | keyof FilterOwnProps<V>
    | 'value'
    | 'defaultValue'
    | 'onChange'
    | 'children'
    | 'type'
    | 'popover'
  >;

const defaultMoreLabel = (count: number) => `+${count}`;
const noItems: ReadonlyArray<never> = [];

/** lucide's chevron-down and x, drawn inline so a Filter does not pull in Icon. */
const chevron = (
  <svg data-part="chevron" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
    <path d="m6 9 6 6 6-6" />
  </svg>
);
const cross = (
  <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
    <path d="M18 6 6 18M6 6l12 12" />
  </svg>
);

/**
 * A pill that opens a single or multiple choice in a popover, for narrowing a list or a
 * table ("Status: Open +2"). The pill shows the filter's label, then the first chosen label
 * and how many more. The popover (a non-modal dialog named by the label) holds the options
 * (the shared option list, windowed above 100 rows), a search input above 10 options, and
 * for a multiple filter "Select all" (enabled options only) and "Clear". Values are the
 * options' `value`s, as on Select; `name` submits them with a native form and
 * `form.reset()` restores the default. `filterType="added"` adds a remove button. Large
 * option sets can come from a server: `loadOptions` (with `debounce`), the same async source
 * as Combobox's, searched from the popover's input; loading, failures and no match are said
 * in a polite live region.
 *
 * Keyboard: Enter or Space on the pill opens the popover, focus moving to the search input
 * or the list; the arrows, Home/End (in the list), PageUp/PageDown move the active option
 * (`aria-activedescendant`), Enter (and Space in the list) chooses; a single choice closes
 * the popover; with `multiple`, Shift+arrows extend and Ctrl/Cmd+A selects or clears all.
 * Escape, a press outside or Tab past the end closes it, focus returning to the pill. The ref
 * reaches the pill's `<button>`.
 *
 * @selector .cal-filter — the pill's box, with `[data-size]`, `[data-filter-type]`,
 * `[data-applied]` (something is chosen), `[data-open]`, `[data-disabled]`; parts
 * `[data-part="trigger" | "label" | "value" | "more" | "chevron" | "remove"]`
 * @selector .cal-filter-popup — the popover (`.cal-popover`); parts
 * `[data-part="search" | "empty" | "actions"]` (`[data-part="empty"][data-status="loading" |
 * "error"]` while loading or failed) and the `.cal-listbox`, its `[role="option"]`s with
 * `[data-active]` and `[data-focus-visible]` as in ListBox
 */
function FilterInner<V extends CollectionKey>(props: FilterProps<V>, ref: Ref<HTMLButtonElement>) {
  const {
    label,
    options,
    filterType = 'preset',
    onRemove,
    removeLabel,
    size = 'md',
    searchable: searchableProp,
    searchLabel = 'Search options',
    selectAllLabel = 'Select all',
    clearLabel = 'Clear',
    emptyLabel = 'No options',
    noMatchesLabel = 'No matches',
    moreLabel = defaultMoreLabel,
    name,
    form,
    disabled = false,
    open: openProp,
    defaultOpen = false,
    onOpenChange,
    placement = 'bottom-start',
    loadOptions,
    debounce = 250,
    loadingLabel = 'Loading…',
    loadErrorLabel = 'Could not load options',
    multiple = false,
    value,
    defaultValue,
    onValueChange,
    className,
    style,
    ...rest
  } = props;
  // Inline NODE_ENV check: production bundles drop the message text (see toastStore.ts).
  if (typeof process !== 'undefined' && process.env.NODE_ENV !== 'production') {
    warnAboutMisuse(props);
    reportUnchangeable('Filter', props, 'value', 'onValueChange');
  }
  const items = Array.isArray(options) ? options : noItems;
  const selection = useSelection<V>({
    multiple,
    value: value as never,
    defaultValue: defaultValue as never,
    onValueChange,
  });
  const [openState, setOpen] = useControllableState(openProp, defaultOpen, onOpenChange);
  const open = openState && !disabled;
  const triggerRef = useRef<HTMLButtonElement | null>(null);
  const mergedRef = useMemo(() => mergeRefs(triggerRef, ref), [ref]);
  const focusRef = useRef<HTMLElement | null>(null);
  const listId = `${useId()}-listbox`;
  // Counted once per options array: a closed filter of 10,000 options re-renders for nothing.
  const longList = useMemo(
    () => Array.isArray(options) && countOptions(options) > SEARCH_ABOVE,
    [options],
  );
  const searchable = searchableProp ?? (longList || Boolean(loadOptions));
  // Async: what the live region says, and the loaded options chosen (their labels stay known
  // after the popover, and the answer they came in, are gone).
  const [announcement, setAnnouncement] = useState<ReactNode>('');
  const [remembered, setRemembered] = useState<ReadonlyArray<CollectionOption<V>>>([]);
  const remember = useCallback((nodes: ReadonlyArray<CollectionNode<V>>) => {
    setRemembered((previous) => [
      ...previous.filter((known) => !nodes.some((node) => node.value === known.value)),
      ...nodes.map(({ value: known, label: text }) => ({ value: known, label: text })),
    ]);
  }, []);
  const known = useMemo(
    () => (remembered.length > 0 ? [...items, ...remembered] : items),
    [items, remembered],
  );

  useFormReset(triggerRef, selection.restoreDefault, form);

  const labels = chosenLabels(known, selection.values);
  const applied = labels.length > 0;

  return (
    <span
      className={cx(filterClass, className)}
      style={style}
      data-size={size === 'md' ? undefined : size}
      data-filter-type={filterType === 'preset' ? undefined : filterType}
      data-applied={applied || undefined}
      data-open={open || undefined}
      data-disabled={disabled || undefined}
    >
      <PopoverTrigger open={open} onOpenChange={setOpen}>
        <button
          {...rest}
          ref={mergedRef}
          type="button"
          data-part="trigger"
          disabled={disabled}
          form={form}
        >
          <span data-part="text">
            <span data-part="label">{applied ? `${label}:` : label}</span>
            {applied ? (
              <>
                {' '}
                <span data-part="value">{labels[0]}</span>
              </>
            ) : null}
            {labels.length > 1 ? (
              <>
                {' '}
                <span data-part="more">{moreLabel(labels.length - 1)}</span>
              </>
            ) : null}
          </span>
          {chevron}
        </button>
        <Popover
          aria-label={label}
          placement={placement}
          className={filterPopupClass}
          data-size={size === 'md' ? undefined : size}
          initialFocus={focusRef}
        >
          <FilterPanel
            items={items}
            selection={selection}
            multiple={multiple}
            size={size}
            listId={listId}
            label={label}
            searchable={searchable}
            focusRef={focusRef}
            searchLabel={searchLabel}
            selectAllLabel={selectAllLabel}
            clearLabel={clearLabel}
            emptyLabel={emptyLabel}
            noMatchesLabel={noMatchesLabel}
            onDone={() => setOpen(false)}
            loadOptions={loadOptions}
            debounce={debounce}
            loadingLabel={loadingLabel}
            loadErrorLabel={loadErrorLabel}
            announce={setAnnouncement}
            remember={remember}
          />
        </Popover>
      </PopoverTrigger>
      {filterType === 'added' ? (
        <button
          type="button"
          data-part="remove"
          aria-label={removeLabel ?? `Remove filter ${label}`}
          disabled={disabled}
          onClick={() => onRemove?.()}
        >
          {cross}
        </button>
      ) : null}
      {loadOptions ? <LiveStatus>{open ? announcement : ''}</LiveStatus> : null}
      <FormValue
        name={name}
        form={form}
        values={selection.values}
        multiple={multiple}
        disabled={disabled}
        required={false}
        focusTarget={triggerRef}
      />
    </span>
  );
}

/** How many options there are, sections counted by their options. */
function countOptions<V extends CollectionKey>(items: ReadonlyArray<CollectionItem<V>>): number {
  let count = 0;
  for (const item of items) {
    const nested = typeof item === 'object' && item !== null && 'options' in item;
    count += nested ? item.options.length : 1;
  }
  return count;
}

/**
 * The labels of the chosen values, in the order chosen. One value costs one scan of the
 * options (no collection built, as a closed Select); several use the cached collection. A
 * value missing from the options shows as itself, and is reported.
 */
function chosenLabels<V extends CollectionKey>(
  items: ReadonlyArray<CollectionItem<V>>,
  values: readonly V[],
): string[] {
  const labelOf =
    values.length === 1
      ? (item: V) => findOption(items, item)?.label
      : (item: V) => collectionOf(items, 'Filter').get(item)?.label;
  return values.map((item) => {
    const text = labelOf(item);
    if (
      text === undefined &&
      typeof process !== 'undefined' &&
      process.env.NODE_ENV !== 'production'
    ) {
      warnAboutValueNotInOptions('Filter', item);
    }
    return text ?? String(item);
  });
}

function warnAboutMisuse<V extends CollectionKey>(props: FilterProps<V>) {
  if (typeof props.label !== 'string' || props.label.trim() === '') {
    devError('Filter', '`label` is required: it is the text of the pill and names its popover.');
  }
  if (!Array.isArray(props.options)) {
    devError('Filter', '`options` must be an array of options, values or sections.');
  }
  if (props.filterType === 'added' && !props.onRemove) {
    devError(
      'Filter',
      'an `added` filter needs `onRemove`: otherwise its remove button does nothing.',
    );
  }
  warnAboutValueShape('Filter', props);
  if (props.open !== undefined && !props.onOpenChange) {
    devError(
      'Filter',
      '`open` is set without `onOpenChange`: the popover cannot close on Escape or a press outside. Handle `onOpenChange`, or use `defaultOpen`.',
    );
  }
  // `placement` goes to the Popover, which reports it.
  reportUnknownValues('Filter', {
    size: [props.size, optionListSizes],
    filterType: [props.filterType, filterTypes],
  });
}

/**
 * A pill that opens a single or multiple choice. Generic over the value type:
 * `<Filter<number> … />`, or inferred from `options`, `value` and `onValueChange`.
 */
export const Filter = forwardRef(FilterInner) as (<V extends CollectionKey = CollectionKey>(
  props: FilterProps<V> & RefAttributes<HTMLButtonElement>,
) => ReactElement | null) & { displayName?: string };

Filter.displayName = 'Filter';
