/*
 * The breakpoints as numbers, for media queries. CSS custom properties cannot be used in a
 * media query condition, so the minimum widths of `grid.breakpoint.*` must be literal. We keep
 * them here as a tiny hand-kept constant instead of importing the generated token table (which
 * would ship every token's value and description in the bundle); `Grid.test.tsx` asserts that
 * this map equals the token values, so a token change without a change here fails a test.
 * Everything else the grid needs (columns, gutters, margins, container widths) is read from the
 * token CSS variables inside the media queries, so only these five numbers are duplicated.
 */

/** The breakpoint names, smallest first. */
export const breakpointNames = ['xs', 'sm', 'md', 'lg', 'xl'] as const;

/** A breakpoint of the layout grid: its values apply from its minimum width up to the next one. */
export type Breakpoint = (typeof breakpointNames)[number];

/** Minimum viewport width of each breakpoint, in CSS pixels (`grid.breakpoint.*`). */
export const breakpointMinWidths: Readonly<Record<Breakpoint, number>> = {
  xs: 0,
  sm: 600,
  md: 768,
  lg: 1024,
  xl: 1280,
};

/** Column count of each breakpoint (`grid.columns.*`), for code that must know it in JS. */
export const gridColumns: Readonly<Record<Breakpoint, number>> = {
  xs: 4,
  sm: 8,
  md: 12,
  lg: 12,
  xl: 12,
};

/** The media query that matches from `breakpoint` up: `(min-width: 768px)` for `md`. */
export function breakpointQuery(breakpoint: Breakpoint): string {
  return `(min-width: ${breakpointMinWidths[breakpoint]}px)`;
}

/**
 * Wraps CSS text in the media query of `breakpoint` (no query for `xs`, which always applies).
 * For module-level style generation only.
 */
export function atBreakpoint(breakpoint: Breakpoint, cssText: string): string {
  return breakpoint === 'xs' ? cssText : `@media ${breakpointQuery(breakpoint)} { ${cssText} }`;
}

/**
 * A value that may change with the breakpoint: one value for every width, or an object of
 * values from a breakpoint up (mobile first): `{ xs: 'column', md: 'row' }`.
 */
export type Responsive<T> = T | Partial<Record<Breakpoint, T>>;

/**
 * Spreads a responsive value into data attributes: `data-<name>-<breakpoint>="<value>"`.
 * A plain value is written for `xs`, so it applies at every width.
 *
 * Defaults are absent: given the prop's fixed default (which the component's base rule
 * holds), values equal to it are left out from the smallest breakpoint up, until the first
 * one that departs from it. So `direction="column"` (the default) writes nothing, and
 * `{ xs: 'column', md: 'row', xl: 'column' }` writes `data-direction-md` and
 * `data-direction-xl` only.
 */
export function responsiveAttributes<T extends string | number>(
  name: string,
  value: Responsive<T> | undefined,
  defaultValue?: T,
): Record<string, string> {
  const attributes: Record<string, string> = {};
  if (value === undefined || value === null) return attributes;
  const values: Partial<Record<Breakpoint, T>> = typeof value === 'object' ? value : { xs: value };
  let departed = defaultValue === undefined;
  for (const breakpoint of breakpointNames) {
    const item = values[breakpoint];
    if (item === undefined || item === null) continue;
    if (!departed && item === defaultValue) continue;
    departed = true;
    attributes[`data-${name}-${breakpoint}`] = String(item);
  }
  return attributes;
}
