import { useSyncExternalStore } from 'react';

const noSubscribe = () => () => {};
const browserLocale = () => document.documentElement.lang || navigator.language || 'en-US';
const serverLocale = () => 'en-US';

/**
 * The locale a date molecule formats with: the `locale` prop, else the page's `lang`, else the
 * browser's language; `en-US` on the server (and in the first client render, which must match
 * it), as NumberField does.
 */
export function useLocale(locale: string | undefined): string {
  const fallback = useSyncExternalStore(noSubscribe, browserLocale, serverLocale);
  return locale ?? fallback;
}
