import { useContext } from 'react';
import { devError } from '../utils';
import { ThemeContext, type ColorSchemeState } from './ThemeContext';

const outside: ColorSchemeState = {
  colorScheme: 'light',
  resolvedColorScheme: 'light',
  setColorScheme: () =>
    devError(
      'useColorScheme',
      'setColorScheme was called outside a <ThemeProvider>; nothing changed.',
    ),
};

/** The colour scheme of the nearest `ThemeProvider`, and a setter for it. */
export function useColorScheme(): ColorSchemeState {
  const state = useContext(ThemeContext);
  if (!state) {
    devError(
      'useColorScheme',
      'used outside a <ThemeProvider>; it reports `light` and cannot switch.',
    );
    return outside;
  }
  return state;
}
