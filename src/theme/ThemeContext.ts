import { createContext } from 'react';
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
