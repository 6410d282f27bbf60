export { ThemeProvider, type ThemeProviderProps } from './ThemeProvider';
export { GlobalStyles, type GlobalStylesProps } from './GlobalStyles';
export { ColorSchemeScript, type ColorSchemeScriptProps } from './ColorSchemeScript';
export { getColorSchemeScript, type ColorSchemeScriptOptions } from './colorSchemeInlineScript';
export { colorSchemeOptions, type ColorScheme } from './colorScheme';
export { useColorScheme } from './useColorScheme';
export type { ColorSchemeState } from './ThemeContext';
export { theme, useTheme, type CallicratesTheme } from './theme';
export { defineStyles, defineGlobalStyles, getStyleSheetText } from './styleRegistry';
