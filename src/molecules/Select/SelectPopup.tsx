import type { ReactNode } from 'react';
import {
  collectionOf,
  keepFieldFocus,
  OptionList,
  useListPopup,
  type CollectionItem,
  type CollectionKey,
  type ListPopupProps,
} from '../collection';
import type { SelectPlacement } from './Select';
import { selectPopupClass } from './Select.styles';

export interface SelectPopupProps<V extends CollectionKey> extends ListPopupProps<V> {
  items: ReadonlyArray<CollectionItem<V>>;
  placement: SelectPlacement;
  emptyLabel: ReactNode;
}

/**
 * The open list: mounted on open, unmounted after its exit animation, so a closed Select
 * renders no option. Rendered in an OverlayPortal (inside a Dialog it lives in the dialog,
 * which makes the rest inert); `useListPopup` shows it in the top layer, places it against
 * the field and puts it on the overlay stack (Escape and a press outside close it).
 */
export function SelectPopup<V extends CollectionKey>(props: SelectPopupProps<V>) {
  const {
    popupRef,
    listId,
    labelId,
    listLabel,
    items,
    selected,
    multiple,
    store,
    size,
    handle,
    exiting,
    emptyLabel,
    onChoose,
  } = props;
  const collection = collectionOf(items, 'Select');
  // No option: the note under the list says so, and describes the list (named by the label).
  const empty = collection.options.length === 0;
  const emptyId = `${listId}-empty`;

  useListPopup({ ...props, collection });

  return (
    <div
      ref={popupRef}
      className={selectPopupClass}
      popover="manual"
      data-size={size === 'md' ? undefined : size}
      data-exiting={exiting || undefined}
      onMouseDown={keepFieldFocus}
    >
      <OptionList
        id={listId}
        aria-labelledby={listLabel ? undefined : labelId}
        aria-label={listLabel}
        aria-describedby={empty ? emptyId : undefined}
        tabIndex={-1}
        collection={collection}
        selected={selected}
        multiple={multiple}
        store={store}
        size={size}
        onChoose={onChoose}
        handle={handle}
      />
      {empty ? (
        <p id={emptyId} data-part="empty">
          {emptyLabel}
        </p>
      ) : null}
    </div>
  );
}
