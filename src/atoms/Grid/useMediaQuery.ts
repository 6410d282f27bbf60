import { useCallback, useSyncExternalStore } from 'react';
import { breakpointNames, breakpointQuery, type Breakpoint } from './breakpoints';

const canMatchMedia = () =>
  typeof window !== 'undefined' && typeof window.matchMedia === 'function';

export interface UseMediaQueryOptions {
  /**
   * The value while no browser can answer: during server rendering and hydration (React then
   * re-renders with the real value), and where `matchMedia` does not exist.
   * @default false
   */
  defaultValue?: boolean;
}

/**
 * Whether a media query matches, kept up to date as the viewport or preferences change.
 * Server-render safe: the server and the hydrating client both render `defaultValue`, so the
 * markup matches; React re-renders with the browser's answer right after hydration.
 *
 * @example const reduced = useMediaQuery('(prefers-reduced-motion: reduce)');
 */
export function useMediaQuery(query: string, options: UseMediaQueryOptions = {}): boolean {
  const { defaultValue = false } = options;
  const subscribe = useCallback(
    (onChange: () => void) => {
      if (!canMatchMedia()) return () => {};
      const list = window.matchMedia(query);
      list.addEventListener('change', onChange);
      return () => list.removeEventListener('change', onChange);
    },
    [query],
  );
  const getSnapshot = () => (canMatchMedia() ? window.matchMedia(query).matches : defaultValue);
  return useSyncExternalStore(subscribe, getSnapshot, () => defaultValue);
}

function subscribeToBreakpoints(onChange: () => void): () => void {
  if (!canMatchMedia()) return () => {};
  const lists = breakpointNames.slice(1).map((name) => window.matchMedia(breakpointQuery(name)));
  for (const list of lists) list.addEventListener('change', onChange);
  return () => {
    for (const list of lists) list.removeEventListener('change', onChange);
  };
}

function currentBreakpoint(): Breakpoint | undefined {
  if (!canMatchMedia()) return undefined;
  let current: Breakpoint = 'xs';
  for (const name of breakpointNames.slice(1)) {
    if (window.matchMedia(breakpointQuery(name)).matches) current = name;
  }
  return current;
}

export interface UseBreakpointOptions {
  /**
   * The breakpoint while no browser can answer: during server rendering and hydration, and
   * where `matchMedia` does not exist. `xs`, the mobile-first default, unless you know better
   * (e.g. from the request's client hints).
   * @default 'xs'
   */
  defaultValue?: Breakpoint;
}

/**
 * The name of the current layout breakpoint (`xs`…`xl`, the `grid.breakpoint.*` tokens),
 * updated as the viewport crosses one. Prefer CSS (Grid, GridItem and Stack take responsive
 * props) and use this only when the content itself must change. Server-render safe: renders
 * `defaultValue` on the server and during hydration.
 */
export function useBreakpoint(options: UseBreakpointOptions = {}): Breakpoint {
  const { defaultValue = 'xs' } = options;
  return useSyncExternalStore(
    subscribeToBreakpoints,
    () => currentBreakpoint() ?? defaultValue,
    () => defaultValue,
  );
}
