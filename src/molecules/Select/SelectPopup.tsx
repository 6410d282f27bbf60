import type { ReactNode, RefObject } from 'react';
import {
  collectionOf,
  keepFieldFocus,
  OptionList,
  useListPopup,
  type ActiveStore,
  type CollectionItem,
  type CollectionKey,
  type CollectionNode,
  type OptionListHandle,
  type OptionListSize,
} from '../collection';
import type { SelectPlacement } from './Select';
import { selectPopupClass } from './Select.styles';

export interface SelectPopupProps<V extends CollectionKey> {
  popupRef: RefObject<HTMLDivElement | null>;
  /** The field box: the popup is placed against it and is at least as wide. */
  anchorRef: RefObject<HTMLElement | null>;
  listId: string;
  labelId: string | undefined;
  listLabel: string | undefined;
  items: ReadonlyArray<CollectionItem<V>>;
  selected: ReadonlySet<V>;
  multiple: boolean;
  store: ActiveStore<V>;
  size: OptionListSize;
  handle: RefObject<OptionListHandle | null>;
  placement: SelectPlacement;
  exiting: boolean;
  emptyLabel: ReactNode;
  onChoose: (node: CollectionNode<V>) => void;
  onDismiss: () => void;
}

/**
 * The open list: mounted on open, unmounted after its exit animation, so a closed Select
 * renders no option. Rendered in an OverlayPortal (inside a Dialog it lives in the dialog,
 * which makes the rest inert); `useListPopup` shows it in the top layer, places it against
 * the field and puts it on the overlay stack (Escape and a press outside close it).
 */
export function SelectPopup<V extends CollectionKey>({
  popupRef,
  anchorRef,
  listId,
  labelId,
  listLabel,
  items,
  selected,
  multiple,
  store,
  size,
  handle,
  placement,
  exiting,
  emptyLabel,
  onChoose,
  onDismiss,
}: SelectPopupProps<V>) {
  const collection = collectionOf(items, 'Select');

  useListPopup({
    popupRef,
    anchorRef,
    placement,
    collection,
    store,
    handle,
    exiting,
    onDismiss,
  });

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
        tabIndex={-1}
        collection={collection}
        selected={selected}
        multiple={multiple}
        store={store}
        size={size}
        onChoose={onChoose}
        handle={handle}
      />
      {collection.options.length === 0 ? <p data-part="empty">{emptyLabel}</p> : null}
    </div>
  );
}
