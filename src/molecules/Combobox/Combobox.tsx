import {
  forwardRef,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ChangeEvent,
  type FocusEvent,
  type InputHTMLAttributes,
  type KeyboardEvent,
  type MouseEvent,
  type ReactElement,
  type ReactNode,
  type Ref,
  type RefAttributes,
} from 'react';
import { Field, useField, type FieldTextProps } from '../../atoms/Field';
import { controlClass, FieldAction } from '../../atoms/FieldControl';
import { Tag } from '../../atoms/Tag';
import {
  cx,
  devError,
  mergeRefs,
  reportUnchangeable,
  reportUnknownValues,
  useBrowserLayoutEffect,
} from '../../utils';
import {
  collectionOf,
  findOption,
  firstEnabled,
  FormValue,
  lastEnabled,
  LiveStatus,
  navigate,
  optionId,
  optionListSizes,
  useActiveDescendant,
  useActiveStore,
  useFormReset,
  useSelection,
  type CollectionItem,
  type CollectionKey,
  type CollectionNode,
  type ListPopupFieldProps,
  type CollectionOption,
  type OptionListHandle,
  type OptionListSize,
  type SelectionProps,
  useAsyncOptions,
  type LoadOptions,
  warnAboutOpenWithoutHandler,
  warnAboutValueNotInOptions,
  warnAboutValueShape,
} from '../collection';
import {
  OverlayPortal,
  useControllableState,
  usePresence,
  type OverlayPlacement,
} from '../overlay';
import { ComboboxPopup, type ComboboxStatus } from './ComboboxPopup';
import { comboboxClass } from './Combobox.styles';
import { containsFilter, filterCollection, type ComboboxFilter } from './filter';

/** Height, padding and type size of the field, and the density of its options. */
export type ComboboxSize = OptionListSize;

/** Where the list opens: below (or above) the field, aligned to its start or end edge. */
export const comboboxPlacements = [
  'bottom-start',
  'bottom-end',
  'top-start',
  'top-end',
] as const satisfies readonly OverlayPlacement[];
export type ComboboxPlacement = (typeof comboboxPlacements)[number];

export interface ComboboxOwnProps<V extends CollectionKey>
  extends FieldTextProps, ListPopupFieldProps {
  /**
   * A choice is needed: shows the marker, sets `aria-required`, and stops a native form's
   * submit while nothing is chosen.
   * @default false
   */
  required?: boolean;
  /**
   * The field cannot be focused or opened, and submits nothing.
   * @default false
   * @selector [data-disabled] — on the field
   */
  disabled?: boolean;
  /**
   * The value shows and submits, and the input can be focused, but not edited or opened.
   * @default false
   * @selector [data-readonly] — on the field box
   */
  readOnly?: boolean;
  /**
   * Height, padding and type size (`size.control.*`), and the density of the options.
   * @default 'md'
   * @selector [data-size="sm" | "lg"]
   */
  size?: ComboboxSize;
  /**
   * The options, as Select takes them: `{ value, label, description?, disabled?, textValue? }`
   * objects, bare strings or numbers, and sections `{ label, options }`. With `loadOptions`,
   * what shows before the first answer. Keep the array stable (a constant or `useMemo`) for
   * long lists; above 100 rows only the visible options are rendered.
   * @default []
   */
  options?: ReadonlyArray<CollectionItem<V>>;
  /**
   * Decides which options stay as the user types (not used with `loadOptions`, whose answer
   * is already filtered).
   * @default containsFilter(): the `textValue` contains the text, Intl.Collator `sensitivity: 'base'`
   */
  filter?: ComboboxFilter<V>;
  /** The text in the input (controlled). Pair it with `onInputValueChange`. */
  inputValue?: string;
  /**
   * The text at first (uncontrolled).
   * @default the chosen option's label, or ''
   */
  defaultInputValue?: string;
  /** Called with the input's text when the user types, chooses or clears. */
  onInputValueChange?: (inputValue: string) => void;
  /**
   * Offers a "Create" option for text that matches no option and no chosen value (compared
   * without case); choosing it calls `onCreate` and chooses the text as a value (a string).
   * @default false
   */
  creatable?: boolean;
  /** Called with the trimmed text when the user chooses the "Create" option. */
  onCreate?: (text: string) => void;
  /**
   * The label of the "Create" option (translate it here).
   * @default (text) => `Create “${text}”`
   */
  createLabel?: (text: string) => string;
  /**
   * Loads the options for what was typed, `debounce` ms after the last keystroke, while
   * the list is open. A newer query aborts the older request through `signal`; a rejection
   * shows (and announces) `loadErrorLabel`.
   */
  loadOptions?: LoadOptions<V>;
  /**
   * How long typing must pause before `loadOptions` runs (ms).
   * @default 250
   */
  debounce?: number;
  /**
   * Shows (and announces) that options are loading, when the caller loads them itself.
   * @default false
   * @selector [data-part="status"][data-status="loading"] — in the popup
   */
  loading?: boolean;
  /** Called when the list is scrolled near its end while `hasMore`: load the next page. */
  onLoadMore?: () => void;
  /**
   * More options can be loaded with `onLoadMore`.
   * @default false
   */
  hasMore?: boolean;
  /**
   * Shown and announced while options load (translate it here).
   * @default 'Loading…'
   */
  loadingLabel?: string;
  /**
   * Shown and announced when no option matches.
   * @default 'No options'
   */
  emptyLabel?: string;
  /**
   * Shown and announced when `loadOptions` fails.
   * @default 'Could not load options'
   */
  loadErrorLabel?: string;
  /**
   * Shows a clear button while something is chosen or typed: it empties the input and the
   * value, keeps focus in the input and says `clearedLabel`. From the keyboard, Escape on the
   * closed list clears with or without `clearable` (the text, and a single field's value,
   * saying `clearedLabel`); Select, whose Escape clears only a `clearable` field, differs.
   * @default false
   * @selector [data-clearable] — on the field box; the button is `[data-part="clear"]`
   */
  clearable?: boolean;
  /**
   * The name of the clear button (translate it here).
   * @default 'Clear selection'
   */
  clearLabel?: string;
  /**
   * Said in the live region after the clear button, or Escape, clears the value (translate it
   * here).
   * @default 'Selection cleared'
   */
  clearedLabel?: string;
  /**
   * The name of a chosen value's remove button (with `multiple`; translate it here).
   * @default (label) => `Remove ${label}`
   */
  removeLabel?: (label: string) => string;
  /**
   * The name of the button that shows the options (translate it here).
   * @default 'Show options'
   */
  toggleLabel?: string;
  /**
   * Where the list opens; it flips when there is no room, and is at least as wide as the field.
   * @default 'bottom-start'
   * @selector [data-placement] — on the list's popup, the placement used after any flip
   */
  placement?: ComboboxPlacement;
}

export type ComboboxProps<V extends CollectionKey = CollectionKey> = ComboboxOwnProps<V> &
  SelectionProps<V> &
  Omit<
    InputHTMLAttributes<HTMLInputElement>,
    | keyof ComboboxOwnProps<V>
    | 'value'
    | 'defaultValue'
    | 'size'
    | 'type'
    | 'children'
    | 'role'
    | 'multiple'
    | 'list'
  >;

const defaultCreateLabel = (text: string) => `Create “${text}”`;
const defaultRemoveLabel = (text: string) => `Remove ${text}`;
const same = (a: string, b: string) => a.toLocaleLowerCase() === b.toLocaleLowerCase();
const noItems: ReadonlyArray<never> = [];

/** lucide's `x`, drawn inline (as Select's clear button) so a Combobox does not pull in Icon. */
const cross = (
  <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
    <path d="M18 6 6 18M6 6l12 12" />
  </svg>
);

/**
 * An input that filters a list as the user types, to choose one option or several with
 * `multiple` (the APG editable combobox with list autocomplete). Props as Select's: `options`,
 * `value`/`defaultValue`/`onValueChange` with the options' values, `size`, `label`,
 * `description`, `error`, `name`, `placement`. Adds the input's text
 * (`inputValue`/`defaultInputValue`/`onInputValueChange`), a custom `filter`, `creatable`,
 * async options (`loadOptions` with `debounce`, `onLoadMore`/`hasMore`, `loading`), and a
 * clear button with `clearable` (out of the tab order, as Select's; from the keyboard, Escape
 * clears, `clearable` or not).
 * A multiple selection shows as Tags before the input. Loading, no match and a failed load
 * are said in a polite live region that is in the page from the first render. With
 * react-hook-form use a `Controller`. The ref reaches the `<input>`.
 *
 * Keyboard: typing filters and opens, with the first match active; ArrowDown/ArrowUp open
 * (at the chosen option, or the first or last) and move; Alt+ArrowDown opens without moving,
 * Alt+ArrowUp closes; PageDown/PageUp move a page; Home/End move the caret; Enter chooses;
 * Tab chooses the option reached with the arrows or by typing (single; with `multiple` it
 * only closes, as on Select) and moves on; Escape closes, then clears the text and a single
 * field's value (saying `clearedLabel`); Backspace in an empty input removes the last tag.
 * Erasing a single field's text clears its value. DOM focus stays in the input
 * (`aria-activedescendant`).
 *
 * @selector .cal-combobox — the field box, with `[data-size]`, `[data-readonly]`, `[data-open]`,
 * `[data-multiple]`, `[data-clearable]`; parts `[data-part="tags" | "actions" | "clear" | "toggle"]`
 * @selector .cal-combobox-popup — the list's popup, with `[data-placement]`, `[data-exiting]`,
 * `[data-empty]` (no option left: the list is hidden, only the status line shows); inside it
 * `.cal-listbox`, its `[role="option"]`s with `[data-active]` (under the pointer or reached by
 * keyboard) and `[data-focus-visible]` (reached by keyboard), and
 * `[data-part="status"][data-status]`
 */
function ComboboxInner<V extends CollectionKey>(
  props: ComboboxProps<V>,
  ref: Ref<HTMLInputElement>,
) {
  const {
    label,
    hideLabel = false,
    description,
    error,
    invalid,
    required = false,
    disabled = false,
    readOnly = false,
    size = 'md',
    options,
    filter: filterProp,
    inputValue: inputValueProp,
    defaultInputValue,
    onInputValueChange,
    creatable = false,
    onCreate,
    createLabel = defaultCreateLabel,
    loadOptions,
    debounce = 250,
    loading = false,
    onLoadMore,
    hasMore = false,
    loadingLabel = 'Loading…',
    emptyLabel = 'No options',
    loadErrorLabel = 'Could not load options',
    clearable = false,
    clearLabel = 'Clear selection',
    clearedLabel = 'Selection cleared',
    removeLabel = defaultRemoveLabel,
    toggleLabel = 'Show options',
    name,
    form,
    open: openProp,
    defaultOpen = false,
    onOpenChange,
    placement = 'bottom-start',
    multiple = false,
    value,
    defaultValue,
    onValueChange,
    id,
    className,
    style,
    onChange,
    onClick,
    onKeyDown,
    onBlur,
    // Not in the props' type: an <input> cannot hold children. Given anyway (plain JS), they
    // are dropped and useField reports them in development.
    children,
    ...rest
  } = props as typeof props & { children?: ReactNode };
  const ids = useField({
    component: 'Combobox',
    id,
    label,
    description,
    error,
    invalid,
    children,
    'aria-label': rest['aria-label'],
    'aria-labelledby': rest['aria-labelledby'],
    'aria-describedby': rest['aria-describedby'],
  });
  // Inline NODE_ENV checks: production bundles drop the message text (see toastStore.ts).
  if (typeof process !== 'undefined' && process.env.NODE_ENV !== 'production') {
    warnAboutMisuse(props);
    reportUnchangeable('Combobox', props, 'value', 'onValueChange', true);
  }

  const selection = useSelection<V>({
    multiple,
    value: value as never,
    defaultValue: defaultValue as never,
    onValueChange,
  });
  const interactive = !disabled && !readOnly;
  const [openState, setOpen] = useControllableState(openProp, defaultOpen, onOpenChange);
  const open = openState && interactive;
  const [inputValue, setInputValue] = useControllableState(
    inputValueProp,
    defaultInputValue ??
      (multiple
        ? ''
        : defaultLabel(Array.isArray(options) ? options : noItems, value ?? defaultValue)),
    onInputValueChange,
  );
  // Whether the text is a query: typed since the last choice. A chosen option's label in a
  // single field is not one, so opening it again shows every option.
  const [typed, setTyped] = useState(false);
  // What the clear button last did, for the live region; any later edit or choice drops it.
  const [announcement, setAnnouncement] = useState('');
  const query = multiple || typed ? inputValue.trim() : '';

  const async = useAsyncOptions(loadOptions, query, open, debounce);
  const given = Array.isArray(options) ? options : noItems;
  const base = (loadOptions && async.items) || given;
  // Created values stay among the options (once: the caller may add them itself on onCreate).
  const [created, setCreated] = useState<CollectionOption<V>[]>([]);
  const items = useMemo(() => {
    const source = collectionOf(base, 'Combobox');
    const own = created.filter((option) => !source.get(option.value));
    return own.length > 0 ? [...base, ...own] : base;
  }, [base, created]);
  const full = collectionOf(items, 'Combobox');
  const defaultFilter = useMemo(() => containsFilter<V>(), []);
  const filter = filterProp ?? defaultFilter;
  const text = inputValue.trim();
  const createNode = useMemo(() => {
    if (!creatable || !text) return undefined;
    if (selection.values.some((item) => same(String(item), text))) return undefined;
    for (const node of full.options) {
      if (same(node.label, text) || same(node.textValue, text) || same(String(node.value), text))
        return undefined;
    }
    return {
      value: text as V,
      label: createLabel(text),
      description: undefined,
      disabled: false,
      textValue: text,
    };
  }, [creatable, text, full, selection.values, createLabel]);
  const filtered = useMemo(
    () =>
      filterCollection(
        full,
        loadOptions || !query ? null : (node) => filter(node, query),
        createNode,
      ),
    [full, loadOptions, query, filter, createNode],
  );
  const isCreate = (node: CollectionNode<V> | undefined) =>
    Boolean(createNode && node && node.value === createNode.value && !full.get(node.value));

  const store = useActiveStore<V>();
  const handle = useRef<OptionListHandle>(null);
  const inputRef = useRef<HTMLInputElement | null>(null);
  const mergedRef = useMemo(() => mergeRefs(inputRef, ref), [ref]);
  const controlRef = useRef<HTMLDivElement>(null);
  const popupRef = useRef<HTMLDivElement>(null);
  const { mounted, exiting } = usePresence(open, popupRef);
  const listId = `${ids.inputId}-listbox`;
  const latest = useRef(filtered);
  useBrowserLayoutEffect(() => {
    latest.current = filtered;
  });

  useActiveDescendant(
    store,
    inputRef,
    (active) => {
      const node = latest.current.get(active);
      return node ? optionId(listId, node.index) : undefined;
    },
    open,
  );

  // Typing (APG list autocomplete with automatic selection): the first match is active, so
  // Enter takes it; the list is back at its top. Otherwise an active option filtered out
  // leaves nothing active.
  useBrowserLayoutEffect(() => {
    if (!open) return;
    if (query || createNode) {
      const index = firstEnabled(filtered.options);
      store.set(filtered.options[index]?.value ?? null, true);
      if (index >= 0) handle.current?.scrollToOption(index);
    } else if (store.value !== null && !filtered.get(store.value)) {
      store.set(null, false);
    }
  }, [filtered, open]);

  // The chosen options, remembered: with `loadOptions` the next answer may not hold them, and
  // a tag or the input must still show the label, not the value. A controlled or default
  // value keeps the label it last had among the options (noted while rendering, so the first
  // render without it already has it).
  const [known, setKnown] = useState<ReadonlyMap<V, string>>(() => new Map());
  const remember = (nodes: ReadonlyArray<CollectionOption<V>>) =>
    setKnown((previous) => {
      const next = new Map(previous);
      for (const node of nodes) next.set(node.value, node.label);
      return next;
    });
  const unnoted = selection.values.flatMap((item) => {
    const node = full.get(item);
    return node && known.get(item) !== node.label ? [node] : [];
  });
  if (unnoted.length > 0) remember(unnoted);
  // A value no option (nor memory) has shows as itself, reported as Select and Filter do:
  // not with `loadOptions` (its answers hold only matches) nor `creatable` (a created value is
  // its own label).
  const labelOf = (item: V): string => {
    const text = full.get(item)?.label ?? known.get(item);
    if (
      text === undefined &&
      !loadOptions &&
      !creatable &&
      typeof process !== 'undefined' &&
      process.env.NODE_ENV !== 'production'
    ) {
      warnAboutValueNotInOptions('Combobox', item);
    }
    return text ?? String(item);
  };

  // A single field shows the chosen option's label: after a choice, a controlled change or a
  // form reset. Typing is left alone until the value changes.
  const chosen = multiple ? undefined : selection.values[0];
  const chosenLabel = chosen === undefined ? '' : labelOf(chosen);
  const shown = useRef(chosen);
  useEffect(() => {
    if (multiple || shown.current === chosen) return;
    shown.current = chosen;
    setInputValue(chosenLabel);
    setTyped(false);
  }, [multiple, chosen, chosenLabel, setInputValue]);

  const restore = () => {
    selection.restoreDefault();
    setTyped(false);
    setInputValue(defaultInputValue ?? (multiple ? '' : defaultLabel(given, defaultValue)));
  };
  useFormReset(inputRef, restore, form);

  const openAt = (where: 'selected' | 'first' | 'last' | 'none') => {
    const list = latest.current.options;
    const picked = list.find((node) => !node.disabled && selection.selected.has(node.value));
    const index =
      where === 'none'
        ? -1
        : where === 'last'
          ? lastEnabled(list)
          : where === 'selected' && picked
            ? picked.index
            : firstEnabled(list);
    store.set(list[index]?.value ?? null, true);
    setOpen(true);
  };
  // Whether the active option was reached by the keyboard (the arrows, the Page keys or
  // typing) since the list opened: Tab chooses only such an option, never the first one a
  // press opened the list at, nor one left active after the text was erased.
  const reached = useRef(false);
  const close = () => {
    setOpen(false);
    store.set(null, false);
    reached.current = false;
  };
  const move = (index: number) => {
    const node = latest.current.options[index];
    if (!node) return;
    store.set(node.value, true);
    handle.current?.scrollToOption(index);
  };

  const choose = (node: CollectionNode<V>) => {
    if (!interactive || node.disabled) return;
    let chosenValue = node.value;
    let chosenText = node.label;
    if (isCreate(node)) {
      chosenValue = text as V;
      chosenText = text;
      setCreated((previous) => [...previous, { value: chosenValue, label: text }]);
      onCreate?.(text);
    }
    setTyped(false);
    setAnnouncement('');
    remember([{ value: chosenValue, label: chosenText }]);
    if (multiple) {
      selection.choose(chosenValue);
      setInputValue('');
      store.set(chosenValue, store.keyboard);
    } else {
      shown.current = chosenValue;
      selection.choose(chosenValue);
      setInputValue(chosenText);
      close();
    }
  };
  const removeValue = (item: V) => {
    selection.replace(selection.values.filter((entry) => entry !== item));
    inputRef.current?.focus();
  };

  // The clear button: the text and every chosen value go, focus stays (or comes back) in the
  // input, and the live region says so (the button disappears from under the pointer).
  const clear = () => {
    if (!interactive) return;
    shown.current = undefined;
    selection.replace([]);
    setInputValue('');
    setTyped(false);
    setAnnouncement(clearedLabel);
    inputRef.current?.focus();
  };

  const handleChange = (event: ChangeEvent<HTMLInputElement>) => {
    onChange?.(event);
    if (!interactive) return;
    const next = event.target.value;
    reached.current = next !== '';
    setInputValue(next);
    setTyped(true);
    setAnnouncement('');
    // Erasing a single field's text clears its value (as MUI and react-aria do): a blur
    // then leaves it empty, and the form submits nothing.
    if (next === '' && !multiple && selection.values.length > 0) {
      shown.current = undefined;
      selection.replace([]);
    }
    if (!open) setOpen(true);
  };

  const handleKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    onKeyDown?.(event);
    if (event.defaultPrevented || !interactive || event.nativeEvent.isComposing) return;
    const { key, altKey } = event;
    const list = latest.current.options;
    const current = latest.current.get(store.value)?.index ?? -1;
    if (key === 'ArrowDown' || key === 'ArrowUp') {
      event.preventDefault();
      reached.current = true;
      if (altKey) {
        if (key === 'ArrowDown' && !open) openAt('none');
        else if (key === 'ArrowUp' && open) close();
      } else if (!open) {
        openAt(key === 'ArrowDown' ? 'selected' : 'last');
      } else {
        move(navigate(key, list, current, 1) ?? -1);
      }
    } else if ((key === 'PageDown' || key === 'PageUp') && open) {
      event.preventDefault();
      reached.current = true;
      move(navigate(key, list, current, handle.current?.pageSize() ?? 10) ?? -1);
    } else if (key === 'Enter' && open) {
      // Chooses the active option; with none, Enter stays in the field (no form submit).
      event.preventDefault();
      const node = list[current];
      if (node) choose(node);
    } else if (key === 'Tab' && open) {
      // APG: Tab accepts the option reached from the keyboard and lets focus move on (as on
      // Select). Not with `multiple`, where the list toggles values (nor Select's), and never
      // the "Create" option: creating is asked for with Enter or a press.
      const node = list[current];
      if (!multiple && node && reached.current && store.keyboard && !isCreate(node)) choose(node);
    } else if (key === 'Escape') {
      if (open) {
        event.preventDefault();
        close();
      } else if (inputValue !== '' || (!multiple && selection.values.length > 0)) {
        // Like Select: only a field with something to clear consumes Escape; an empty one
        // lets a Dialog around it close.
        event.preventDefault();
        setInputValue('');
        setTyped(false);
        if (!multiple && selection.values.length > 0) {
          // Said as the clear button says it (only when a value went, not just the text).
          shown.current = undefined;
          selection.replace([]);
          setAnnouncement(clearedLabel);
        }
      }
    } else if (
      key === 'Backspace' &&
      multiple &&
      inputValue === '' &&
      selection.values.length > 0
    ) {
      event.preventDefault();
      selection.replace(selection.values.slice(0, -1));
    }
  };

  const handleClick = (event: MouseEvent<HTMLInputElement>) => {
    onClick?.(event);
    if (!event.defaultPrevented && interactive && !open) openAt('selected');
  };

  const handleBlur = (event: FocusEvent<HTMLInputElement>) => {
    onBlur?.(event);
    // Focus never moves into the list (presses there keep it here), so a blur closes it and
    // drops a query that chose nothing: the field shows what is chosen.
    if (open) close();
    if (typed) {
      setTyped(false);
      setInputValue(multiple ? '' : chosenLabel);
    }
  };

  // Presses on the box (tags, padding, the toggle) keep focus in the input.
  const keepFocus = (event: MouseEvent<HTMLDivElement>) => {
    if (event.target !== inputRef.current) {
      event.preventDefault();
      if (!disabled) inputRef.current?.focus();
    }
  };
  const toggle = () => {
    if (!interactive) return;
    if (open) close();
    else openAt('selected');
  };

  const status: ComboboxStatus =
    loading || async.status === 'loading'
      ? 'loading'
      : async.status === 'error'
        ? 'error'
        : filtered.options.length === 0
          ? 'empty'
          : 'idle';
  const showClear = clearable && interactive && (inputValue !== '' || selection.values.length > 0);
  const statusText =
    status === 'loading'
      ? loadingLabel
      : status === 'error'
        ? loadErrorLabel
        : status === 'empty'
          ? emptyLabel
          : '';

  return (
    <Field
      ids={ids}
      label={label}
      hideLabel={hideLabel}
      description={description}
      error={error}
      required={required}
      disabled={disabled}
      className={className}
      style={style}
    >
      <div
        ref={controlRef}
        className={cx(controlClass, comboboxClass)}
        data-size={size === 'md' ? undefined : size}
        data-readonly={readOnly || undefined}
        data-open={open || undefined}
        data-multiple={multiple || undefined}
        data-clearable={showClear || undefined}
        onMouseDown={keepFocus}
      >
        {multiple && selection.values.length > 0 ? (
          <span data-part="tags">
            {selection.values.map((item) => {
              const text = labelOf(item);
              return (
                <Tag
                  key={`${typeof item}:${item}`}
                  label={text}
                  removable={interactive}
                  removeLabel={removeLabel(text)}
                  onRemove={() => removeValue(item)}
                  disabled={disabled}
                />
              );
            })}
          </span>
        ) : null}
        <input
          {...rest}
          ref={mergedRef}
          id={ids.inputId}
          type="text"
          role="combobox"
          form={form}
          value={inputValue}
          disabled={disabled}
          readOnly={readOnly}
          autoComplete="off"
          aria-autocomplete="list"
          aria-haspopup="listbox"
          aria-expanded={open}
          aria-controls={mounted ? listId : undefined}
          aria-describedby={ids.describedBy}
          aria-invalid={ids.invalid || undefined}
          aria-required={required || undefined}
          onChange={handleChange}
          onKeyDown={handleKeyDown}
          onClick={handleClick}
          onBlur={handleBlur}
        />
        {/* One box for the buttons, so a wrapping line never parts the clear button from the toggle. */}
        <span data-part="actions">
          {showClear ? (
            <FieldAction
              component="Combobox"
              data-part="clear"
              aria-label={clearLabel}
              tabIndex={-1}
              onClick={clear}
              icon={cross}
            />
          ) : null}
          <button
            type="button"
            data-part="toggle"
            tabIndex={-1}
            aria-label={toggleLabel}
            aria-expanded={open}
            aria-controls={mounted ? listId : undefined}
            disabled={!interactive}
            onClick={toggle}
          >
            <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
              <path d="m6 9 6 6 6-6" />
            </svg>
          </button>
        </span>
        <FormValue
          name={name}
          form={form}
          values={selection.values}
          multiple={multiple}
          disabled={disabled}
          required={required}
          focusTarget={inputRef}
        />
      </div>
      <LiveStatus>{open && statusText ? statusText : announcement}</LiveStatus>
      {mounted ? (
        <OverlayPortal>
          <ComboboxPopup
            popupRef={popupRef}
            anchorRef={controlRef}
            listId={listId}
            labelId={label ? ids.labelId : undefined}
            listLabel={rest['aria-label']}
            collection={filtered}
            selected={selection.selected}
            multiple={multiple}
            store={store}
            size={size}
            handle={handle}
            placement={placement}
            exiting={exiting}
            status={status}
            statusText={statusText}
            hasMore={hasMore}
            onLoadMore={onLoadMore}
            onChoose={choose}
            onDismiss={close}
          />
        </OverlayPortal>
      ) : null}
    </Field>
  );
}

function defaultLabel<V extends CollectionKey>(
  items: ReadonlyArray<CollectionItem<V>>,
  given: unknown,
): string {
  if (given === undefined || given === null || Array.isArray(given)) return '';
  return findOption(items, given as V)?.label ?? String(given);
}

function warnAboutMisuse<V extends CollectionKey>(props: ComboboxProps<V>) {
  if (props.options !== undefined && !Array.isArray(props.options)) {
    devError('Combobox', '`options` must be an array of options, values or sections.');
  }
  warnAboutValueShape('Combobox', props);
  warnAboutOpenWithoutHandler('Combobox', props);
  if (props.inputValue !== undefined && !props.onInputValueChange) {
    devError(
      'Combobox',
      '`inputValue` is set without `onInputValueChange`: typing cannot change it. Handle `onInputValueChange`, or use `defaultInputValue`.',
    );
  }
  if (props.hasMore && !props.onLoadMore) {
    devError('Combobox', '`hasMore` needs `onLoadMore`, which loads the next options.');
  }
  reportUnknownValues('Combobox', {
    size: [props.size, optionListSizes],
    placement: [props.placement, comboboxPlacements],
  });
}

/**
 * An input that filters a list to choose from. Generic over the value type:
 * `<Combobox<number> … />`, or inferred from `options`, `value` and `onValueChange`.
 */
export const Combobox = forwardRef(ComboboxInner) as (<V extends CollectionKey = CollectionKey>(
  props: ComboboxProps<V> & RefAttributes<HTMLInputElement>,
) => ReactElement | null) & { displayName?: string };

Combobox.displayName = 'Combobox';
