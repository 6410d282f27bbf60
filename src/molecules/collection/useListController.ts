import { useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import { useBrowserLayoutEffect } from '../../utils';
import type { ActiveStore } from './activeStore';
import {
  createCollection,
  type Collection,
  type CollectionItem,
  type CollectionKey,
} from './collection';
import { navigate } from './navigation';
import type { OptionListHandle } from './OptionList';
import { createTypeAhead, isTypeAheadKey } from './typeAhead';

const collections = new WeakMap<object, Collection>();

/**
 * The collection for an items array, built once per array and cached with it: a render, a key
 * press on a closed Select and the open list all share one build. Pass a stable array (a
 * constant, or `useMemo`) for long lists, or every render of the list rebuilds it.
 */
export function collectionOf<V extends CollectionKey>(
  items: ReadonlyArray<CollectionItem<V>>,
  component: string,
): Collection<V> {
  let collection = collections.get(items) as Collection<V> | undefined;
  if (!collection) {
    collection = createCollection(items, component);
    collections.set(items, collection as Collection);
  }
  return collection;
}

export interface ListController {
  /** The index of the active option, or -1. */
  activeIndex(): number;
  /** Makes the option active and scrolls it into view. */
  activate(index: number, keyboard: boolean, align?: 'nearest' | 'center'): void;
  /**
   * Handles a navigation key (arrows, Home/End, PageUp/PageDown) or a type-ahead character
   * (Space too while a search is going on). Returns the option index it moved to, -1 when it
   * handled the key but found nothing, or null when the key is not its business.
   */
  navigateByKey(event: KeyboardEvent): number | null;
  /** Whether a type-ahead search is going on (a Space then types a space). */
  searching(): boolean;
  /** Ends a type-ahead search (the list opened or closed: the next letter starts afresh). */
  resetTypeAhead(): void;
}

/**
 * Keyboard navigation and type-ahead over a collection, moving the active option in the
 * store and scrolling the list (through its handle) so the active option is always in view,
 * across a virtual window too. Shared by every list molecule.
 */
export function useListController<V extends CollectionKey>(
  items: ReadonlyArray<CollectionItem<V>>,
  component: string,
  store: ActiveStore<V>,
  handle: RefObject<OptionListHandle | null>,
): ListController {
  const [typeAhead] = useState(() => createTypeAhead());
  const latest = useRef({ items, component });
  useBrowserLayoutEffect(() => {
    latest.current = { items, component };
  });
  const options = () => collectionOf(latest.current.items, latest.current.component).options;
  const activeIndex = () =>
    collectionOf(latest.current.items, latest.current.component).get(store.value)?.index ?? -1;

  const activate = (index: number, keyboard: boolean, align?: 'nearest' | 'center') => {
    const node = options()[index];
    if (!node) return;
    store.set(node.value, keyboard);
    handle.current?.scrollToOption(index, align);
  };

  return {
    activeIndex,
    activate,
    searching: () => typeAhead.searching(),
    resetTypeAhead: () => typeAhead.reset(),
    navigateByKey(event) {
      if (event.altKey || event.ctrlKey || event.metaKey) return null;
      const list = options();
      const page = handle.current?.pageSize() ?? 10;
      let target = navigate(event.key, list, activeIndex(), page);
      // A navigation key ends a type-ahead search: "h", Home, "t" looks for "t".
      if (target !== null) typeAhead.reset();
      else if (isTypeAheadKey(event)) {
        if (event.key === ' ' && !typeAhead.searching()) return null;
        target = typeAhead.type(event.key, list, activeIndex());
      }
      if (target === null) return null;
      event.preventDefault();
      if (target >= 0) activate(target, true);
      return target;
    },
  };
}
