import { useRef, useState, useSyncExternalStore, type RefObject } from 'react';
import { useBrowserLayoutEffect } from '../../utils';
import type { CollectionKey } from './collection';

/**
 * The active option of a list: the one `aria-activedescendant` names while DOM focus stays on
 * the trigger or the list (the APG's "visual focus"). It lives outside React state so that
 * moving it (a hover, an arrow key) re-renders the two options whose look changes, not the
 * list (React Spectrum issues 5897 and 6981), and so the focused element's `aria-activedescendant`
 * can follow it without a render at all.
 */
export interface ActiveStore<V extends CollectionKey = CollectionKey> {
  /** The active option's value, or null. */
  readonly value: V | null;
  /** Whether the keyboard moved it there: it then shows a focus ring, a hover does not. */
  readonly keyboard: boolean;
  set(value: V | null, keyboard: boolean): void;
  subscribe(listener: () => void): () => void;
}

export function createActiveStore<V extends CollectionKey>(): ActiveStore<V> {
  const listeners = new Set<() => void>();
  const store = {
    value: null as V | null,
    keyboard: false,
    set(value: V | null, keyboard: boolean) {
      if (store.value === value && store.keyboard === keyboard) return;
      store.value = value;
      store.keyboard = keyboard;
      for (const listener of listeners) listener();
    },
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
  return store;
}

/** One store per list, made once. */
export function useActiveStore<V extends CollectionKey>(): ActiveStore<V> {
  const [store] = useState(createActiveStore<V>);
  return store;
}

/** How an option is active: 0 not, 1 under the pointer, 2 reached by keyboard. */
export type ActiveState = 0 | 1 | 2;

const serverState = (): ActiveState => 0;

/** Subscribes one option to the store: it re-renders only when its own state changes. */
export function useActiveState<V extends CollectionKey>(
  store: ActiveStore<V>,
  value: V,
): ActiveState {
  return useSyncExternalStore(
    store.subscribe,
    () => (store.value === value ? (store.keyboard ? 2 : 1) : 0),
    serverState,
  );
}

/**
 * Keeps `aria-activedescendant` on the focused element (a Select's trigger, a ListBox) naming
 * the active option, by setting the attribute directly: the focused element does not
 * re-render on each move. While `enabled` is false (a closed popup) the attribute is removed.
 */
export function useActiveDescendant<V extends CollectionKey>(
  store: ActiveStore<V>,
  element: RefObject<HTMLElement | null>,
  idOf: (value: V) => string | undefined,
  enabled: boolean,
): void {
  const latest = useRef(idOf);
  const name = (target: HTMLElement) => {
    const id = enabled && store.value !== null ? latest.current(store.value) : undefined;
    if (id) target.setAttribute('aria-activedescendant', id);
    else target.removeAttribute('aria-activedescendant');
  };
  useBrowserLayoutEffect(() => {
    latest.current = idOf;
    // A render can move the active option without a store change (a Combobox's filter emptied
    // by a choice re-indexes the list): name it again, or the attribute names another option.
    if (element.current) name(element.current);
  });
  useBrowserLayoutEffect(() => {
    const target = element.current;
    if (!target) return;
    const update = () => name(target);
    update();
    const unsubscribe = enabled ? store.subscribe(update) : undefined;
    return () => {
      unsubscribe?.();
      target.removeAttribute('aria-activedescendant');
    };
  }, [store, element, enabled]);
}
