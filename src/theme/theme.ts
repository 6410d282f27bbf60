import { useContext } from 'react';
import { cssVar, typographyStyles, vars } from '../tokens';
import { ThemeContext } from './ThemeContext';

/**
 * The tokens as a typed object of `var(--cal-…)` references. Every value is scheme-agnostic,
 * so this object never changes: a theme switch is a CSS attribute, not a new object.
 */
export const theme = { vars, cssVar, typographyStyles } as const;

/** The token theme's type; `callicrates/emotion` makes it Emotion's `Theme` (opt-in). */
export type CallicratesTheme = typeof theme;

/** The typed token theme plus the current colour scheme of the nearest `ThemeProvider`. */
export function useTheme() {
  const state = useContext(ThemeContext);
  return {
    ...theme,
    colorScheme: state?.colorScheme ?? 'light',
    resolvedColorScheme: state?.resolvedColorScheme ?? 'light',
  } as const;
}
