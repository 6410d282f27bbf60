/// <reference types="@emotion/react" preserve="true" />
// Types only, kept in the emitted declarations: nothing of Emotion's React runtime loads,
// but a product that uses Emotion gets our tokens as its `Theme` (below).
import { useContext } from 'react';
import { cssVar, typographyStyles, vars } from '../tokens';
import { ThemeContext } from './ThemeContext';

/**
 * The tokens as a typed object of `var(--cal-…)` references. Every value is scheme-agnostic,
 * so this object never changes: a theme switch is a CSS attribute, not a new object.
 */
export const theme = { vars, cssVar, typographyStyles } as const;

export type CallicratesTheme = typeof theme;

declare module '@emotion/react' {
  // Lets `css={(theme) => …}` in product code autocomplete our tokens when the app passes
  // `theme` to Emotion's own ThemeProvider.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  export interface Theme extends CallicratesTheme {}
}

/** The typed token theme plus the current colour scheme of the nearest `ThemeProvider`. */
export function useTheme() {
  const state = useContext(ThemeContext);
  return {
    ...theme,
    colorScheme: state?.colorScheme ?? 'light',
    resolvedColorScheme: state?.resolvedColorScheme ?? 'light',
  } as const;
}
