import { useLayoutEffect, useRef, type UIEvent } from 'react';
import {
  keepFieldFocus,
  OptionList,
  useListPopup,
  type Collection,
  type CollectionKey,
  type ListPopupProps,
} from '../collection';
import type { ComboboxPlacement } from './Combobox';
import { comboboxPopupClass } from './Combobox.styles';

/** What the list is doing besides showing options: said in the live region and in the popup. */
export type ComboboxStatus = 'idle' | 'loading' | 'empty' | 'error';

export interface ComboboxPopupProps<V extends CollectionKey> extends ListPopupProps<V> {
  /** The options left by the filter (and the "Create" option). */
  collection: Collection<V>;
  placement: ComboboxPlacement;
  status: ComboboxStatus;
  statusText: string;
  hasMore: boolean;
  onLoadMore: (() => void) | undefined;
}

/**
 * The open list: mounted on open, unmounted after its exit animation; `useListPopup` shows
 * it in the top layer, places it against the field and puts it on the overlay stack (Escape
 * and a press outside close it, and only it). Under the options, a line says what is
 * loading, that nothing matches, or that loading failed; the live region in the field says
 * it aloud.
 * Scrolling near the end asks `onLoadMore` for more, once per length of the list.
 * `data-empty` on the popup: no option left (nor a "Create" one); the styles hide the list.
 */
export function ComboboxPopup<V extends CollectionKey>(props: ComboboxPopupProps<V>) {
  const {
    popupRef,
    listId,
    labelId,
    listLabel,
    collection,
    selected,
    multiple,
    store,
    size,
    handle,
    exiting,
    status,
    statusText,
    hasMore,
    onLoadMore,
    onChoose,
  } = props;
  useListPopup(props);

  // Near the end (within a viewport), or a first page too short to scroll: ask for more,
  // once per length of the list, and not while a page is loading.
  const listRef = useRef<HTMLDivElement>(null);
  const asked = useRef(-1);
  const askForMore = (list: HTMLElement | null) => {
    if (!list || !hasMore || !onLoadMore || status === 'loading') return;
    const length = collection.options.length;
    if (asked.current === length || list.clientHeight === 0) return;
    if (list.scrollTop + list.clientHeight * 2 >= list.scrollHeight) {
      asked.current = length;
      onLoadMore();
    }
  };
  useLayoutEffect(() => askForMore(listRef.current));
  const handleScroll = (event: UIEvent<HTMLDivElement>) => askForMore(event.currentTarget);

  const empty = collection.options.length === 0;
  return (
    <div
      ref={popupRef}
      className={comboboxPopupClass}
      popover="manual"
      data-size={size === 'md' ? undefined : size}
      data-exiting={exiting || undefined}
      data-empty={empty || undefined}
      onMouseDown={keepFieldFocus}
    >
      <OptionList
        ref={listRef}
        id={listId}
        aria-labelledby={listLabel ? undefined : labelId}
        aria-label={listLabel}
        aria-busy={status === 'loading' || undefined}
        tabIndex={-1}
        collection={collection}
        selected={selected}
        multiple={multiple}
        store={store}
        size={size}
        onChoose={onChoose}
        handle={handle}
        onScroll={handleScroll}
      />
      {status !== 'idle' ? (
        // Said by the field's live region; hidden here so it is not read twice.
        <p data-part="status" data-status={status} aria-hidden="true">
          {statusText}
        </p>
      ) : null}
    </div>
  );
}
