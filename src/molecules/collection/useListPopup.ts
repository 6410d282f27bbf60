import { useLayoutEffect, type RefObject } from 'react';
import {
  anchorOverlay,
  hideFromTopLayer,
  showInTopLayer,
  useOverlayLayer,
  type OverlayPlacement,
} from '../overlay';
import type { ActiveStore } from './activeStore';
import type { Collection, CollectionKey, CollectionNode } from './collection';
import type { OptionListHandle, OptionListSize } from './OptionList';

/**
 * What a field hands the popup it opens its list in (Select, Combobox): written once, so the
 * two popups take the same wiring under the same names. Each adds what only it shows.
 */
export interface ListPopupProps<V extends CollectionKey> {
  popupRef: RefObject<HTMLDivElement | null>;
  /** The field box: the popup is placed against it and is at least as wide. */
  anchorRef: RefObject<HTMLElement | null>;
  listId: string;
  labelId: string | undefined;
  listLabel: string | undefined;
  selected: ReadonlySet<V>;
  multiple: boolean;
  store: ActiveStore<V>;
  size: OptionListSize;
  handle: RefObject<OptionListHandle | null>;
  /** Where it opens; it flips from there when there is no room. */
  placement: OverlayPlacement;
  /** On its way out: it leaves the overlay stack at once, before its exit animation ends. */
  exiting: boolean;
  onChoose: (node: CollectionNode<V>) => void;
  onDismiss: () => void;
}

export type ListPopupOptions<V extends CollectionKey> = ListPopupProps<V> & {
  /** The options shown, to find the active one's row on open. */
  collection: Collection<V>;
};

/**
 * What every popup a field opens its list in does (Select, Combobox), written once so they
 * behave alike: it shows in the top layer while mounted, is placed against the field by
 * `anchorOverlay`, centres the active option (the chosen one, a type-ahead match) on open,
 * and sits on the overlay stack, where Escape and a press outside the popup and the field
 * close it, and only it. Focus stays in the field (`aria-activedescendant` model).
 */
export function useListPopup<V extends CollectionKey>({
  popupRef,
  anchorRef,
  placement,
  collection,
  store,
  handle,
  exiting,
  onDismiss,
}: ListPopupOptions<V>): void {
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

  useLayoutEffect(() => {
    const index = collection.get(store.value)?.index;
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
}

/** Presses in a list popup must not take focus from the field (`aria-activedescendant` model). */
export const keepFieldFocus = (event: { preventDefault(): void }) => event.preventDefault();
