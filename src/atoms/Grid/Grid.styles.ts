import { css } from '../../theme/css';
import { defineStyles } from '../../theme/styleRegistry';
import { cssVar } from '../../tokens';
import { spaceKeys } from '../Box/Box.styles';
import { atBreakpoint, breakpointNames } from './breakpoints';

/*
 * The grid reads its column count and gutter from the `grid.columns.*` and `grid.gutter.*`
 * token variables, switched by one media query per breakpoint. Only the query conditions are
 * literal (CSS variables are not allowed there): they come from `breakpoints.ts`, which a test
 * ties to the `grid.breakpoint.*` tokens.
 *
 * The column count travels in `--_cols` to the items (custom properties inherit), where a span
 * is clamped to it: `span={8}` on a 4-column phone grid fills the row instead of creating
 * implicit columns. Spans and starts are responsive data attributes
 * (`data-span-md="6"`) with one static rule each, per breakpoint, except the defaults at `xs`.
 */
export const gridSpans = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] as const;

const gridTracks = breakpointNames
  .map((breakpoint) =>
    atBreakpoint(
      breakpoint,
      `
      --_cols: ${cssVar(`grid.columns.${breakpoint}`)};
      --_gutter: ${cssVar(`grid.gutter.${breakpoint}`)};
    `,
    ),
  )
  .join('\n');

const rowGapRules = spaceKeys
  .map((key) => `&[data-row-gap='${key}'] { row-gap: ${cssVar(`space.${key}`)}; }`)
  .join('\n');

export const gridClass = defineStyles(css`
  label: grid;
  display: grid;
  grid-template-columns: repeat(var(--_cols), minmax(0, 1fr));
  column-gap: var(--_gutter);
  row-gap: var(--_gutter);
  ${gridTracks}
  ${rowGapRules}
`);

/*
 * Defaults are absent: `span={1}` and `start="auto"` write no attribute (see
 * `responsiveAttributes`), so `xs` has no rule for them; the base rule spans one column and
 * leaves the start to the flow. From `sm` up they stay, to return to the default after a
 * departure (`{ xs: 'full', md: 1 }`).
 */
const itemRules = breakpointNames
  .map((breakpoint) =>
    atBreakpoint(
      breakpoint,
      [
        `&[data-span-${breakpoint}='full'] { grid-column-end: span var(--_cols); }`,
        ...(breakpoint === 'xs'
          ? []
          : [`&[data-start-${breakpoint}='auto'] { grid-column-start: auto; }`]),
        ...gridSpans
          .filter((n) => breakpoint !== 'xs' || n !== 1)
          .map(
            (n) =>
              `&[data-span-${breakpoint}='${n}'] { grid-column-end: span min(${n}, var(--_cols)); }`,
          ),
        ...gridSpans.map((n) => `&[data-start-${breakpoint}='${n}'] { grid-column-start: ${n}; }`),
      ].join('\n'),
    ),
  )
  .join('\n');

/*
 * In the rules below:
 * - `min-inline-size: 0`: Content never widens a track: long words break instead of pushing the
 *   columns apart.
 */
export const gridItemClass = defineStyles(css`
  label: grid-item;
  min-inline-size: 0;
  overflow-wrap: anywhere;
  grid-column-end: span 1;
  ${itemRules}
`);
