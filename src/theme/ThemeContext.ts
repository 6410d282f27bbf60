import { createContext, type RefObject } from 'react';
import type { ColorSchemeName } from '../tokens';
import type { ColorScheme } from './colorScheme';

export interface ColorSchemeState {
  /** What was chosen: a scheme or `system`. */
  colorScheme: ColorScheme;
  /** What is showing: `system` resolved against the OS preference. */
  resolvedColorScheme: ColorSchemeName;
  /** Switches the scheme of the nearest `ThemeProvider` (and stores it when uncontrolled). */
  setColorScheme: (scheme: ColorScheme) => void;
}

export const ThemeContext = createContext<ColorSchemeState | null>(null);
ThemeContext.displayName = 'CallicratesTheme';

/**
 * The element a nested (`scope="element"`) provider themes, for overlays: a portal renders
 * into it so a portalled Dialog keeps that provider's `data-theme` (and `dir`). Null under a
 * document-scoped provider, whose overlays portal into <body> and inherit from <html>. A
 * dialog provides its own element here too (DialogSurface), so the nearest of the two wins.
 * Internal: the overlay layer reads it; it is not exported from the package.
 */
export const ThemeScopeContext = createContext<RefObject<HTMLElement | null> | null>(null);
ThemeScopeContext.displayName = 'CallicratesThemeScope';
