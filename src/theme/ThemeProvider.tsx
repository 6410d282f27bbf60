import { css } from './css';
import { useCallback, useContext, useMemo, useRef, useState, type ReactNode } from 'react';
import { tokensCss } from '../tokens/css';
import {
  colorSchemeOptions,
  DEFAULT_STORAGE_KEY,
  readStoredScheme,
  storeScheme,
  type ColorScheme,
} from './colorScheme';
import { StyleSheet } from './StyleSheet';
import { defineStyles, defineTokenStyles } from './styleRegistry';
import { ThemeContext, ThemeScopeContext, type ColorSchemeState } from './ThemeContext';
import { useSystemColorScheme } from './useSystemColorScheme';
import { cssVar } from '../tokens';
import { reportUnknownValues, useBrowserLayoutEffect } from '../utils';

defineTokenStyles('tokens', tokensCss);

const scopeClass = defineStyles(css`
  label: theme-scope;
  color: ${cssVar('color.text.primary')};
  background-color: ${cssVar('color.bg.canvas')};
`);

export const themeScopes = ['document', 'element'] as const;

export interface ThemeProviderProps {
  /** The app, or the part of it this theme covers. */
  children?: ReactNode;
  /**
   * The colour scheme, controlled. `system` follows `prefers-color-scheme` and
   * `prefers-contrast: more`. Leave it out to let the provider own the choice.
   */
  colorScheme?: ColorScheme;
  /**
   * The initial scheme when uncontrolled and nothing is stored.
   * @default 'system'
   */
  defaultColorScheme?: ColorScheme;
  /** Called with the new scheme whenever `setColorScheme` runs. */
  onColorSchemeChange?: (scheme: ColorScheme) => void;
  /**
   * localStorage key under which an uncontrolled provider remembers the choice; `null`
   * turns persistence off. Give `ColorSchemeScript` the same key.
   * @default 'callicrates-color-scheme'
   */
  storageKey?: string | null;
  /**
   * Where `data-theme` goes. `document` sets it on <html>, so the page background follows;
   * `element` wraps the children in a themed <div> (a dark panel in a light page).
   * @default 'document' for the outermost provider, 'element' for a nested one
   */
  scope?: (typeof themeScopes)[number];
  /** CSP nonce for the <style> element the provider renders. */
  nonce?: string;
}

/**
 * Provides tokens, component styles and the colour scheme. Switching the scheme changes one
 * `data-theme` attribute: components read CSS variables, so none of them re-renders.
 */
export function ThemeProvider({
  children,
  colorScheme: controlledScheme,
  defaultColorScheme = 'system',
  onColorSchemeChange,
  storageKey = DEFAULT_STORAGE_KEY,
  scope: scopeProp,
  nonce,
}: ThemeProviderProps) {
  // Inline NODE_ENV check: production bundles drop the message (see toastStore.ts).
  if (typeof process !== 'undefined' && process.env.NODE_ENV !== 'production') {
    reportUnknownValues('ThemeProvider', {
      colorScheme: [controlledScheme, colorSchemeOptions],
      defaultColorScheme: [defaultColorScheme, colorSchemeOptions],
      scope: [scopeProp, themeScopes],
    });
  }
  const parent = useContext(ThemeContext);
  const scope = scopeProp ?? (parent ? 'element' : 'document');
  const [ownScheme, setOwnScheme] = useState<ColorScheme>(defaultColorScheme);
  const isControlled = controlledScheme !== undefined;
  const colorScheme = controlledScheme ?? ownScheme;
  const systemScheme = useSystemColorScheme();
  const resolvedColorScheme = colorScheme === 'system' ? systemScheme : colorScheme;

  // Read storage after hydration, so server and client markup agree; the head script has
  // already painted the stored scheme, so nothing flashes meanwhile.
  useBrowserLayoutEffect(() => {
    if (isControlled) return;
    const stored = readStoredScheme(storageKey);
    if (stored) setOwnScheme(stored);
    // Only on mount: later changes go through setColorScheme.
  }, []);

  useBrowserLayoutEffect(() => {
    if (scope === 'document') document.documentElement.setAttribute('data-theme', colorScheme);
  }, [scope, colorScheme]);

  const setColorScheme = useCallback(
    (next: ColorScheme) => {
      if (!isControlled) {
        setOwnScheme(next);
        storeScheme(storageKey, next);
      }
      onColorSchemeChange?.(next);
    },
    [isControlled, storageKey, onColorSchemeChange],
  );

  // Overlays portal into the themed <div> of an element-scoped provider (ThemeScopeContext).
  const scopeRef = useRef<HTMLDivElement>(null);

  const state = useMemo<ColorSchemeState>(
    () => ({ colorScheme, resolvedColorScheme, setColorScheme }),
    [colorScheme, resolvedColorScheme, setColorScheme],
  );

  return (
    <ThemeContext.Provider value={state}>
      {parent ? null : <StyleSheet nonce={nonce} />}
      {scope === 'element' ? (
        <ThemeScopeContext.Provider value={scopeRef}>
          <div ref={scopeRef} className={scopeClass} data-theme={colorScheme}>
            {children}
          </div>
        </ThemeScopeContext.Provider>
      ) : (
        // A document-scoped provider inside an element-scoped one themes <html>: its overlays
        // go back to <body>.
        <ThemeScopeContext.Provider value={null}>{children}</ThemeScopeContext.Provider>
      )}
    </ThemeContext.Provider>
  );
}
