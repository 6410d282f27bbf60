import { useLayoutEffect, type ReactNode, type RefObject } from 'react';
import {
  collectionOf,
  OptionList,
  type ActiveStore,
  type CollectionItem,
  type CollectionKey,
  type CollectionNode,
  type OptionListHandle,
  type OptionListSize,
} from '../collection';
import { anchorOverlay, hideFromTopLayer, showInTopLayer, useOverlayLayer } from '../overlay';
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

/** Presses in the popup must not take focus from the field (`aria-activedescendant` model). */
const keepFocus = (event: { preventDefault(): void }) => event.preventDefault();

/**
 * The open list: mounted on open, unmounted after its exit animation, so a closed Select
 * renders no option. Rendered in an OverlayPortal (inside a Dialog it lives in the dialog,
 * which makes the rest inert), it shows in the top layer, is placed by
 * `anchorOverlay` against the field, and sits on the overlay stack: Escape and a press
 * outside close it, and only it.
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

  useLayoutEffect(() => {
    const popup = popupRef.current;
    if (!popup) return;
    showInTopLayer(popup);
    return () => hideFromTopLayer(popup);
  }, [popupRef]);

  useLayoutEffect(() => {
    const popup = popupRef.current;
    const anchor = anchorRef.current;
    if (!popup || !anchor) return;
    return anchorOverlay(anchor, popup, { placement });
  }, [popupRef, anchorRef, placement]);

  // On open, the active option (the chosen one, a type-ahead match) is centred in view.
  useLayoutEffect(() => {
    const index = collectionOf(items, 'Select').get(store.value)?.index;
    if (index !== undefined) handle.current?.scrollToOption(index, 'center');
    // On open only: later moves scroll themselves, to the nearest edge.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useOverlayLayer(!exiting, {
    onEscape: onDismiss,
    onPointerDownOutside: onDismiss,
    isInside: (event) => {
      const target = event.target as Node;
      return Boolean(popupRef.current?.contains(target) || anchorRef.current?.contains(target));
    },
  });

  return (
    <div
      ref={popupRef}
      className={selectPopupClass}
      popover="manual"
      data-size={size === 'md' ? undefined : size}
      data-exiting={exiting || undefined}
      onMouseDown={keepFocus}
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
