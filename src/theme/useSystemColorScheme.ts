import { useSyncExternalStore } from 'react';
import type { ColorSchemeName } from '../tokens';
import { DARK_QUERY, MORE_CONTRAST_QUERY, resolveSystemScheme } from './colorScheme';

const canMatchMedia = () =>
  typeof window !== 'undefined' && typeof window.matchMedia === 'function';

function subscribe(onChange: () => void): () => void {
  if (!canMatchMedia()) return () => {};
  const queries = [DARK_QUERY, MORE_CONTRAST_QUERY].map((query) => window.matchMedia(query));
  for (const query of queries) query.addEventListener('change', onChange);
  return () => {
    for (const query of queries) query.removeEventListener('change', onChange);
  };
}

function getSnapshot(): ColorSchemeName {
  if (!canMatchMedia()) return 'light';
  return resolveSystemScheme((query) => window.matchMedia(query).matches);
}

/** The scheme the operating system asks for; `light` on the server, where no one can ask. */
export function useSystemColorScheme(): ColorSchemeName {
  return useSyncExternalStore(subscribe, getSnapshot, () => 'light');
}
