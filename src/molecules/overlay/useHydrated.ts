import { useSyncExternalStore } from 'react';

const subscribe = () => () => {};

/**
 * False on the server and while React hydrates server HTML; true in every client render after
 * that (and from the first render of a client-only root). Overlays render nothing until it is
 * true: a portal and `showModal()` need the DOM, and rendering nothing on both sides of
 * hydration is the one way an overlay open at first render hydrates without a mismatch.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}
