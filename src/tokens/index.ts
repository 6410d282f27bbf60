// Design tokens for components. Everything here is tiny at runtime: names become CSS variables
// by string replacement, so no token table ships unless `vars` is imported.
import type { TokenName, TypographyRole } from './generated/names.js';

export { vars } from './generated/vars.js';
export type { TokenName, TypographyRole };

/** The colour schemes tokens.css defines, as values for `data-theme` (which also takes 'system'). */
export const colorSchemes = ['light', 'dark', 'high-contrast'] as const;
export type ColorSchemeName = (typeof colorSchemes)[number];

/** `'color.bg.canvas'` → `'--cal-color-bg-canvas'`. Mirrors the name transform in the token build. */
export function cssVarName(name: TokenName): string {
  return `--cal-${name.replace(/\./g, '-')}`;
}

/** `'color.bg.canvas'` → `'var(--cal-color-bg-canvas)'`. */
export function cssVar(name: TokenName): string {
  return `var(${cssVarName(name)})`;
}

const TYPOGRAPHY_PROPERTIES = [
  'font-family',
  'font-size',
  'font-weight',
  'line-height',
  'letter-spacing',
] as const;

/**
 * The five declarations of a typography role as CSS text, e.g. for `body`:
 * `font-family: var(--cal-typography-body-font-family); font-size: …; … letter-spacing: …;`
 */
export function typographyStyles(role: TypographyRole): string {
  return TYPOGRAPHY_PROPERTIES.map(
    (property) => `${property}: ${cssVar(`typography.${role}.${property}`)};`,
  ).join(' ');
}
