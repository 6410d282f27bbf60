import { forwardRef, useMemo, useRef, useState, type HTMLAttributes } from 'react';
import { Button } from '../../atoms/Button';
import { visuallyHiddenClass } from '../../theme/sharedStyles';
import { cx, devError, mergeRefs, reportUnknownValues, useBrowserLayoutEffect } from '../../utils';
import {
  collectionOf,
  optionListSizes,
  useFormReset,
  type CollectionItem,
  type CollectionKey,
} from '../collection';
import { Filter, type FilterSize, type FilterType } from '../Filter';
import { ListBox } from '../ListBox';
import { useControllableState } from '../overlay';
import { Popover, PopoverTrigger } from '../Popover';
import { filterBarClass } from './FilterBar.styles';

/** One filter of a bar: what a Filter takes, plus the key its value has in the bar's value. */
export interface FilterBarFilter<V extends CollectionKey = CollectionKey> {
  /** The filter's key in the bar's `value` (and in `added`). Unique. */
  id: string;
  /** What it filters by ("Status"): the pill's text. */
  label: string;
  /** The options, as Filter and Select take them. */
  options: ReadonlyArray<CollectionItem<V>>;
  /** Several options can be chosen; its value is then a list. */
  multiple?: boolean;
  /**
   * `preset`: always in the bar. `added`: listed under "Add filter" until the user adds it,
   * then shown with a remove button.
   * @default 'preset'
   */
  filterType?: FilterType;
  /** A search input over its options (by default above 10 options). */
  searchable?: boolean;
  /** The filter cannot be changed. */
  disabled?: boolean;
  /** Submits its values with a native form under this name. */
  name?: string;
}

/** A filter's value: one option value or `null` (single), or a list (`multiple`). */
export type FilterBarFilterValue = CollectionKey | null | CollectionKey[];
/** The bar's value: each filter's value under its `id`; a missing id means nothing chosen. */
export type FilterBarValue = Record<string, FilterBarFilterValue>;

export interface FilterBarOwnProps {
  /**
   * The group's accessible name.
   * @default 'Filters'
   */
  label?: string;
  /** The filters, in display order (preset ones first is the usual layout). */
  filters: ReadonlyArray<FilterBarFilter>;
  /** Every filter's value, controlled. Pair it with `onValueChange`. */
  value?: FilterBarValue;
  /**
   * The values at first, uncontrolled; `form.reset()` returns to them without calling
   * `onValueChange` (a reset is not the user's choice).
   * @default {}
   */
  defaultValue?: FilterBarValue;
  /** Called with every filter's value after any change (a choice, a removal, "Clear all"). */
  onValueChange?: (value: FilterBarValue) => void;
  /** The ids of the `added` filters shown, in the order added (controlled). */
  added?: string[];
  /**
   * The `added` filters shown at first, uncontrolled; `form.reset()` returns to them without
   * calling `onAddedChange`.
   * @default []
   */
  defaultAdded?: string[];
  /** Called with the ids of the `added` filters shown after one is added or removed. */
  onAddedChange?: (added: string[]) => void;
  /**
   * The size of every pill and button in the bar.
   * @default 'md'
   * @selector [data-size="sm" | "lg"]
   */
  size?: FilterSize;
  /**
   * The "Add filter" button and its popover's name (translate it here).
   * @default 'Add filter'
   * @selector [data-part="add"]
   */
  addLabel?: string;
  /**
   * The "Clear all" button, shown while any filter is applied or added (translate it here).
   * @default 'Clear all'
   * @selector [data-part="clear-all"]
   */
  clearAllLabel?: string;
  /**
   * What "Clear all" announces to screen readers (translate it here).
   * @default 'All filters cleared'
   */
  clearedLabel?: string;
}

export type FilterBarProps = FilterBarOwnProps &
  Omit<HTMLAttributes<HTMLDivElement>, keyof FilterBarOwnProps | 'children' | 'role'>;

const EMPTY_VALUE: FilterBarValue = {};
const NONE: string[] = [];

const isEmpty = (value: FilterBarFilterValue | undefined) =>
  value === undefined || value === null || (Array.isArray(value) && value.length === 0);

/** lucide's plus, drawn inline like the Filter's icons. */
const plus = (
  <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
    <path d="M5 12h14M12 5v14" />
  </svg>
);

/**
 * Several Filters laid out in a wrapping row (a `role="group"` named by `label`), with their
 * values in one record keyed by each filter's `id`, controlled or not. `preset` filters are
 * always shown; `added` ones are offered by an "Add filter" button (a popover with a list of
 * the filters not shown yet): the one chosen joins the bar and opens, and its remove button
 * takes it out again (its value cleared, focus back on "Add filter"). "Clear all" empties
 * every filter (disabled options keep their state), removes the added ones, announces it
 * (`clearedLabel`, in a polite live region) and moves focus to the first filter. In a native
 * form each filter with a `name` submits its values (one entry per value), and
 * `form.reset()` brings back `defaultValue` and the `defaultAdded` filters, closed, saying
 * nothing and calling neither `onValueChange` nor `onAddedChange` (a reset is not a choice).
 * With react-hook-form, use a `Controller` (`value`, `onValueChange`, `onBlur`, `ref`). The
 * ref reaches the group element.
 *
 * @selector .cal-filter-bar — the group, with `[data-size]`; each filter is a `.cal-filter`;
 * parts `[data-part="add" | "clear-all" | "announcement"]`
 */
export const FilterBar = forwardRef<HTMLDivElement, FilterBarProps>(function FilterBar(props, ref) {
  const {
    label = 'Filters',
    filters,
    value: valueProp,
    defaultValue = EMPTY_VALUE,
    onValueChange,
    added: addedProp,
    defaultAdded = NONE,
    onAddedChange,
    size = 'md',
    addLabel = 'Add filter',
    clearAllLabel = 'Clear all',
    clearedLabel = 'All filters cleared',
    className,
    ...rest
  } = props;
  // Inline NODE_ENV check: production bundles drop the message text (see toastStore.ts).
  if (typeof process !== 'undefined' && process.env.NODE_ENV !== 'production') {
    warnAboutMisuse(props);
    // Checked here, where it is drawn (`data-size`): a bar may have no Filter to pass it to.
    reportUnknownValues('FilterBar', { size: [size, optionListSizes] });
  }
  const list = Array.isArray(filters) ? filters : [];
  const [value, setValue, restoreValue] = useControllableState(
    valueProp,
    defaultValue,
    onValueChange,
  );
  const [added, setAdded, restoreAdded] = useControllableState(
    addedProp,
    defaultAdded,
    onAddedChange,
  );
  const [addOpen, setAddOpen] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const [justAdded, setJustAdded] = useState<string | null>(null);
  const groupRef = useRef<HTMLDivElement | null>(null);
  const mergedRef = useMemo(() => mergeRefs(groupRef, ref), [ref]);
  /** Where focus goes after the render that follows a removal or "Clear all". */
  const focusNext = useRef<'add' | 'first' | null>(null);

  useFormReset(
    groupRef,
    () => {
      // Back to the defaults, not cleared: a "Clear all" said earlier no longer holds. Not
      // reported: a reset is not the user's choice (the collection layer's rule, useSelection).
      setAnnouncement('');
      restoreValue(defaultValue);
      restoreAdded(defaultAdded);
    },
    undefined,
  );

  const shown = list.filter(
    (filter) => (filter.filterType ?? 'preset') === 'preset' || added.includes(filter.id),
  );
  // Added filters show in the order they were added, after the preset ones.
  shown.sort((a, b) => {
    const rank = (filter: FilterBarFilter) =>
      (filter.filterType ?? 'preset') === 'preset' ? -1 : added.indexOf(filter.id);
    return rank(a) - rank(b);
  });
  const available = list.filter(
    (filter) => filter.filterType === 'added' && !added.includes(filter.id),
  );
  const addOptions = useMemo(
    () => available.map((filter) => ({ value: filter.id, label: filter.label })),
    // A new list only when the filters on offer change.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [available.map((filter) => filter.id).join('\n')],
  );
  const anything = shown.some((filter) => !isEmpty(value[filter.id])) || added.length > 0;

  // `defaultOpen` counts only when a filter mounts: once the added filter is in the bar, forget
  // it, so a later remount (a form reset, a parent's `added`) does not open it again.
  useBrowserLayoutEffect(() => {
    if (justAdded !== null && added.includes(justAdded)) setJustAdded(null);
  }, [justAdded, added]);

  useBrowserLayoutEffect(() => {
    const target = focusNext.current;
    const group = groupRef.current;
    if (!target || !group) return;
    focusNext.current = null;
    const element =
      target === 'add'
        ? group.querySelector<HTMLElement>('[data-part="add"]')
        : group.querySelector<HTMLElement>('.cal-filter > [data-part="trigger"]:not(:disabled)');
    element?.focus();
  });

  const change = (id: string, next: FilterBarFilterValue) => {
    setAnnouncement('');
    setValue({ ...value, [id]: next });
  };

  const add = (id: CollectionKey | null) => {
    if (id === null) return;
    setAddOpen(false);
    setAnnouncement('');
    setJustAdded(String(id));
    setAdded([...added, String(id)]);
  };

  const remove = (filter: FilterBarFilter) => {
    const next = { ...value };
    delete next[filter.id];
    setValue(next);
    setAdded(added.filter((id) => id !== filter.id));
    focusNext.current = 'add';
  };

  const clearAll = () => {
    const next: FilterBarValue = {};
    for (const filter of list) {
      const current = value[filter.id];
      if (isEmpty(current)) continue;
      // A disabled option (or filter) the user cannot change keeps its state.
      const options = collectionOf(filter.options, 'FilterBar');
      const kept = (Array.isArray(current) ? current : [current as CollectionKey]).filter(
        (item) => filter.disabled || options.get(item)?.disabled,
      );
      if (kept.length > 0) next[filter.id] = filter.multiple ? kept : (kept[0] ?? null);
    }
    setValue(next);
    setAdded([]);
    setAnnouncement(clearedLabel);
    focusNext.current = 'first';
  };

  return (
    <div
      {...rest}
      ref={mergedRef}
      role="group"
      aria-label={rest['aria-labelledby'] ? undefined : label}
      className={cx(filterBarClass, className)}
      data-size={size === 'md' ? undefined : size}
    >
      {shown.map((filter) => {
        const type = filter.filterType ?? 'preset';
        const current = value[filter.id];
        const common = {
          label: filter.label,
          options: filter.options,
          size,
          filterType: type,
          searchable: filter.searchable,
          disabled: filter.disabled,
          name: filter.name,
          defaultOpen: filter.id === justAdded,
          onRemove: type === 'added' ? () => remove(filter) : undefined,
        };
        return filter.multiple ? (
          <Filter
            key={filter.id}
            {...common}
            multiple
            value={
              Array.isArray(current) ? current : isEmpty(current) ? [] : [current as CollectionKey]
            }
            onValueChange={(next) => change(filter.id, next)}
          />
        ) : (
          <Filter
            key={filter.id}
            {...common}
            value={Array.isArray(current) ? (current[0] ?? null) : (current ?? null)}
            onValueChange={(next) => change(filter.id, next)}
          />
        );
      })}
      {available.length > 0 ? (
        <PopoverTrigger open={addOpen} onOpenChange={setAddOpen}>
          <Button variant="tertiary" size={size} data-part="add" startIcon={plus}>
            {addLabel}
          </Button>
          <Popover aria-label={addLabel} placement="bottom-start">
            <ListBox
              label={addLabel}
              hideLabel
              size={size}
              options={addOptions}
              value={null}
              onValueChange={add}
            />
          </Popover>
        </PopoverTrigger>
      ) : null}
      {anything ? (
        <Button variant="tertiary" size={size} data-part="clear-all" onClick={clearAll}>
          {clearAllLabel}
        </Button>
      ) : null}
      <span role="status" data-part="announcement" className={visuallyHiddenClass}>
        {announcement}
      </span>
    </div>
  );
});

FilterBar.displayName = 'FilterBar';

function warnAboutMisuse(props: FilterBarProps) {
  if (!Array.isArray(props.filters)) {
    devError('FilterBar', '`filters` must be an array of `{ id, label, options }`.');
    return;
  }
  const seen = new Set<string>();
  for (const filter of props.filters) {
    if (seen.has(filter.id)) {
      devError(
        'FilterBar',
        `two filters have the id ${JSON.stringify(filter.id)}; ids must be unique.`,
      );
    }
    seen.add(filter.id);
  }
  if (props.value !== undefined && !props.onValueChange) {
    devError(
      'FilterBar',
      '`value` is set without `onValueChange`: the filters cannot change. Handle `onValueChange`, or use `defaultValue`.',
    );
  }
}
