import {
  useEffect,
  useMemo,
  useRef,
  useState,
  type ChangeEvent,
  type KeyboardEvent,
  type ReactNode,
  type RefObject,
} from 'react';
import { Button } from '../../atoms/Button';
import { useBrowserLayoutEffect } from '../../utils';
import {
  collectionOf,
  firstEnabled,
  optionId,
  OptionList,
  useActiveDescendant,
  useActiveStore,
  useListController,
  type CollectionItem,
  type CollectionKey,
  type CollectionNode,
  type OptionListHandle,
  type OptionListSize,
  type Selection,
  useAsyncOptions,
  type LoadOptions,
} from '../collection';
import { filterItems } from './filterItems';

export interface FilterPanelProps<V extends CollectionKey> {
  items: ReadonlyArray<CollectionItem<V>>;
  selection: Selection<V>;
  multiple: boolean;
  size: OptionListSize;
  listId: string;
  label: string;
  searchable: boolean;
  /** The search input (searchable) or the list: what gets focus on open. */
  focusRef: RefObject<HTMLElement | null>;
  searchLabel: string;
  selectAllLabel: string;
  clearLabel: string;
  emptyLabel: ReactNode;
  noMatchesLabel: ReactNode;
  /** A single choice was made: the popover closes. */
  onDone: () => void;
  /** Loads the options for the search text (Combobox's async source); `items` show before. */
  loadOptions: LoadOptions<V> | undefined;
  debounce: number;
  loadingLabel: string;
  loadErrorLabel: string;
  /** Says a status (loading, failed, no match) in the Filter's live region; '' for none. */
  announce: (text: ReactNode) => void;
  /** Options chosen from loaded results: the pill keeps their labels once they scroll away. */
  remember: (nodes: ReadonlyArray<CollectionNode<V>>) => void;
}

/** Presses in the list must not take focus from the search input (`aria-activedescendant`). */
const keepFocus = (event: { preventDefault(): void }) => event.preventDefault();

/** Navigation keys an input hands to the list; Home and End stay with the caret (APG). */
const INPUT_KEYS = new Set(['ArrowDown', 'ArrowUp', 'PageDown', 'PageUp']);

/**
 * What an open Filter shows: a search input for long lists (the APG combobox with list
 * autocomplete: DOM focus stays in the input, `aria-activedescendant` names the active
 * option), the options (the shared OptionList, windowed above 100 rows) and, for a multiple
 * selection, "Select all" (every enabled option shown, disabled ones keep their state) and
 * "Clear". Without search the list itself takes focus, as a ListBox does.
 */
export function FilterPanel<V extends CollectionKey>({
  items,
  selection,
  multiple,
  size,
  listId,
  label,
  searchable,
  focusRef,
  searchLabel,
  selectAllLabel,
  clearLabel,
  emptyLabel,
  noMatchesLabel,
  onDone,
  loadOptions,
  debounce,
  loadingLabel,
  loadErrorLabel,
  announce,
  remember,
}: FilterPanelProps<V>) {
  const [query, setQuery] = useState('');
  // With `loadOptions` the answer for the query is already filtered: the same hook as
  // Combobox's (debounced, stale requests aborted), running while the popover is open.
  const async = useAsyncOptions(loadOptions, query.trim(), true, debounce);
  const source = (loadOptions && async.items) || items;
  const visible = useMemo(
    () => (loadOptions ? source : filterItems(source, query)),
    [loadOptions, source, query],
  );
  const collection = collectionOf(visible, 'Filter');
  const store = useActiveStore<V>();
  const handle = useRef<OptionListHandle>(null);
  const controller = useListController(visible, 'Filter', store, handle);

  useActiveDescendant(
    store,
    focusRef,
    (value) => {
      const node = collectionOf(visible, 'Filter').get(value);
      return node ? optionId(listId, node.index) : undefined;
    },
    true,
  );

  // On open the first chosen option is active and in view; after each search, the first match.
  const opened = useRef(false);
  useBrowserLayoutEffect(() => {
    const chosen = opened.current
      ? undefined
      : collection.options.find((node) => !node.disabled && selection.selected.has(node.value));
    opened.current = true;
    const index = chosen?.index ?? firstEnabled(collection.options);
    if (index >= 0) controller.activate(index, false, chosen ? 'center' : 'nearest');
    else store.set(null, false);
    // When the visible options change only.
  }, [collection]);

  const choose = (node: CollectionNode<V>) => {
    if (node.disabled) return;
    if (loadOptions) remember([node]);
    selection.choose(node.value);
    if (!multiple) onDone();
  };

  const enabled = collection.options.filter((node) => !node.disabled);
  const allChosen =
    enabled.length > 0 && enabled.every((node) => selection.selected.has(node.value));
  const selectAll = () => {
    // Every enabled option shown joins; disabled ones and those hidden by the search keep theirs.
    const missing = enabled.filter((node) => !selection.selected.has(node.value));
    if (loadOptions) remember(missing);
    selection.replace([...selection.values, ...missing.map((node) => node.value)]);
  };
  const clear = () => {
    // A disabled option the user cannot change keeps its state (as "Select all" skips it).
    const whole = collectionOf(source, 'Filter');
    selection.replace(selection.values.filter((value) => whole.get(value)?.disabled));
  };

  const handleKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (event.defaultPrevented || event.nativeEvent.isComposing) return;
    const active = collection.get(store.value);
    const fromInput = event.currentTarget.tagName === 'INPUT';
    if (
      multiple &&
      !fromInput &&
      (event.ctrlKey || event.metaKey) &&
      event.key.toLowerCase() === 'a'
    ) {
      event.preventDefault();
      if (allChosen) clear();
      else selectAll();
      return;
    }
    if (event.key === 'Enter' || (event.key === ' ' && !fromInput && !controller.searching())) {
      if (!active) return;
      event.preventDefault();
      choose(active);
      return;
    }
    if (fromInput && !INPUT_KEYS.has(event.key)) return;
    const before = controller.activeIndex();
    const moved = controller.navigateByKey(event);
    if (multiple && event.shiftKey && moved !== null && moved >= 0 && moved !== before) {
      const node = collection.options[moved];
      if (node) choose(node);
    }
  };

  // Whether an empty list is the search's doing ("No matches") or the source's ("No options"):
  // a server's answer to a search cannot tell, so any search text counts.
  const hasOptions = loadOptions
    ? query.trim() !== ''
    : collectionOf(items, 'Filter').options.length > 0;
  const canClear = selection.values.some(
    (value) => !collectionOf(source, 'Filter').get(value)?.disabled,
  );
  const status =
    async.status !== 'idle' ? async.status : collection.options.length === 0 ? 'empty' : 'idle';
  const statusText: ReactNode =
    status === 'loading'
      ? loadingLabel
      : status === 'error'
        ? loadErrorLabel
        : status === 'empty'
          ? hasOptions
            ? noMatchesLabel
            : emptyLabel
          : '';
  // Async only (a static list says nothing aloud, as before): into the Filter's live region,
  // which is in the page before the popover opens, so the first message is read too.
  useEffect(() => {
    if (loadOptions) announce(statusText);
  }, [loadOptions, announce, statusText]);
  useEffect(() => () => announce(''), [announce]);

  return (
    <>
      {searchable ? (
        <input
          ref={focusRef as RefObject<HTMLInputElement>}
          type="search"
          role="combobox"
          data-part="search"
          aria-label={searchLabel}
          placeholder={searchLabel}
          aria-controls={listId}
          aria-expanded
          aria-autocomplete="list"
          autoComplete="off"
          spellCheck={false}
          value={query}
          onChange={(event: ChangeEvent<HTMLInputElement>) => setQuery(event.target.value)}
          onKeyDown={handleKeyDown}
        />
      ) : null}
      <OptionList
        ref={searchable ? undefined : (focusRef as RefObject<HTMLDivElement>)}
        id={listId}
        aria-label={label}
        aria-busy={status === 'loading' || undefined}
        tabIndex={searchable ? -1 : 0}
        collection={collection}
        selected={selection.selected}
        multiple={multiple}
        store={store}
        size={size}
        onChoose={choose}
        handle={handle}
        onKeyDown={searchable ? undefined : handleKeyDown}
        onMouseDown={searchable ? keepFocus : undefined}
      />
      {status === 'loading' || status === 'error' ? (
        // Said by the Filter's live region; hidden here so it is not read twice.
        <p data-part="empty" data-status={status} aria-hidden="true">
          {statusText}
        </p>
      ) : status === 'empty' ? (
        <p data-part="empty">{statusText}</p>
      ) : null}
      {multiple || canClear ? (
        <div data-part="actions">
          {multiple ? (
            <Button
              size="sm"
              variant="tertiary"
              disabled={allChosen || enabled.length === 0}
              onClick={selectAll}
            >
              {selectAllLabel}
            </Button>
          ) : null}
          <Button size="sm" variant="tertiary" disabled={!canClear} onClick={clear}>
            {clearLabel}
          </Button>
        </div>
      ) : null}
    </>
  );
}
