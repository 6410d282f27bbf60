import { DEFAULT_STORAGE_KEY, type ColorScheme } from './colorScheme';

export interface ColorSchemeScriptOptions {
  /**
   * Scheme used when nothing is stored.
   * @default 'system'
   */
  defaultColorScheme?: ColorScheme;
  /**
   * localStorage key the ThemeProvider persists the choice under; `null` ignores storage.
   * @default 'callicrates-color-scheme'
   */
  storageKey?: string | null;
}

/**
 * The body of a tiny blocking script for `<head>`: it sets `data-theme` on <html> from the
 * stored choice before the first paint, so a server-rendered dark page never flashes light.
 * `system` needs no script at all: the token CSS follows `prefers-color-scheme` itself.
 */
export function getColorSchemeScript({
  defaultColorScheme = 'system',
  storageKey = DEFAULT_STORAGE_KEY,
}: ColorSchemeScriptOptions = {}): string {
  const fallback = JSON.stringify(defaultColorScheme);
  const key = JSON.stringify(storageKey);
  return `(function(){var s=${fallback};try{var k=${key};var v=k&&localStorage.getItem(k);if(v==="light"||v==="dark"||v==="high-contrast"||v==="system")s=v}catch(e){}document.documentElement.setAttribute("data-theme",s)})();`;
}
