import { css } from '../../theme/css';
import { focusRing } from '../../theme/sharedStyles';
import { defineStyles } from '../../theme/styleRegistry';
import { cssVar, typographyStyles } from '../../tokens';

/** The most leading cells that can stick (the selection column and pinned columns together). */
export const MAX_PINNED = 4;

// One static rule per sticky position; their offsets are measured from the header cells
// after layout and written on the table as `--_pin-N` (no style object per cell).
/**
 * A hovered selected row's lines above and below: border tokens drawn as inset shadows, so
 * the row's height does not change (no elevation token is a line).
 */
const selectedHoverLines = `inset 0 ${cssVar('border.width.thick')} ${cssVar('color.border.strong')}, inset 0 calc(-1 * ${cssVar('border.width.thick')}) ${cssVar('color.border.strong')}`;

const pinRules = Array.from(
  { length: MAX_PINNED },
  (_, index) => `& [data-pin='${index}'] { inset-inline-start: var(--_pin-${index}, 0); }`,
).join('\n');

/*
 * The table lays out with `table-layout: fixed`: column widths come from the `<col>`s, not
 * from the content of the rows on screen, so virtualized rows never make columns jump while
 * scrolling, and 1,000 rows need no content measurement. The header and pinned columns are
 * `position: sticky` inside the one scrolling viewport, which also holds the virtual rows,
 * so the header stays when rows are windowed (TanStack Virtual issue 640).
 *
 * A selected row, and the bulk bar that acts on the selection, take the selection tint
 * (color.bg.selected), not a status colour (an info Banner's). Text on a selected row is
 * color.text.primary, secondary parts too: secondary text falls short of 4.5:1 on the tint in
 * light (4.39:1); text.primary, links, tertiary buttons, the checkbox and the focus ring are
 * paired with it in contrast-pairs.json. Under the pointer a selected row keeps the tint (no
 * other tint keeps all of those at their contrast) and gains strong lines above and below;
 * the focus ring (a cell's outline) stays distinct. Forced colours drop the tint and box
 * shadows: a selected row is framed in Highlight, as the Calendar marks its selection; a
 * frame, not a Highlight fill, so its links, checkbox and text keep their system colours.
 * (Comments inside the template ship in the bundle: the reasons live here.)
 */
export const dataTableClass = defineStyles(css`
  label: data-table;
  --_cell-block: ${cssVar('space.2')};
  --_cell-inline: ${cssVar('space.3')};
  --_row: ${cssVar('size.control.md')};
  display: flex;
  flex-direction: column;
  gap: ${cssVar('space.2')};
  min-inline-size: 0;
  color: ${cssVar('color.text.primary')};
  ${typographyStyles('body')}

  &[data-size='sm'] {
    --_cell-block: ${cssVar('space.1')};
    --_cell-inline: ${cssVar('space.2')};
    --_row: ${cssVar('size.control.sm')};
    ${typographyStyles('body-sm')}
  }
  &[data-size='lg'] {
    --_cell-block: ${cssVar('space.3')};
    --_cell-inline: ${cssVar('space.4')};
    --_row: ${cssVar('size.control.lg')};
  }

  & [data-part='viewport'] {
    position: relative;
    overflow: auto;
    border: ${cssVar('border.width.thin')} solid ${cssVar('color.border.subtle')};
    border-radius: ${cssVar('radius.md')};
    background: ${cssVar('color.bg.surface')};
    overscroll-behavior: contain;
  }
  &[data-virtual] [data-part='viewport'] {
    max-block-size: calc(${cssVar('size.control.md')} * 12);
  }

  & table {
    inline-size: 100%;
    table-layout: fixed;
    border-collapse: separate;
    border-spacing: 0;
  }
  & col[data-part='select-col'] {
    inline-size: calc(${cssVar('size.4')} + 2 * var(--_cell-inline));
  }

  & th,
  & td {
    box-sizing: border-box;
    block-size: var(--_row);
    padding-block: var(--_cell-block);
    padding-inline: var(--_cell-inline);
    border-block-end: ${cssVar('border.width.thin')} solid ${cssVar('color.border.subtle')};
    background: ${cssVar('color.bg.surface')};
    text-align: start;
    vertical-align: middle;
    overflow-wrap: anywhere;
    font-weight: inherit;
  }
  & tbody tr:last-child > * {
    border-block-end: 0;
  }
  & thead th {
    position: sticky;
    inset-block-start: 0;
    z-index: 2;
    background: ${cssVar('color.bg.sunken')};
    color: ${cssVar('color.text.secondary')};
    font-weight: ${cssVar('font.weight.semibold')};
    border-block-end-color: ${cssVar('color.border.strong')};
  }
  & [data-align='end'] {
    text-align: end;
  }
  & [data-align='center'] {
    text-align: center;
  }
  & [data-numeric] {
    font-variant-numeric: tabular-nums;
  }

  & [data-pin] {
    position: sticky;
    z-index: 1;
  }
  & thead [data-pin] {
    z-index: 3;
  }
  & [data-pin-edge] {
    border-inline-end: ${cssVar('border.width.thin')} solid ${cssVar('color.border.strong')};
  }
  ${pinRules}

  & tbody tr:hover > * {
    background: ${cssVar('color.bg.sunken')};
  }
  & tbody tr[data-selected] > * {
    background: ${cssVar('color.bg.selected')};
    color: ${cssVar('color.text.primary')};
  }
  & tbody tr[data-selected] [data-part='expander'] {
    color: ${cssVar('color.text.primary')};
  }
  & tbody tr[data-selected]:hover > * {
    box-shadow: ${selectedHoverLines};
  }
  & th:focus-visible,
  & td:focus-visible {
    ${focusRing}
    outline-offset: calc(-1 * ${cssVar('focus.ring.width')});
  }

  & tr[data-part='spacer'] > td {
    block-size: auto;
    padding: 0;
    border: 0;
  }

  & input[type='checkbox'] {
    display: block;
    inline-size: ${cssVar('size.4')};
    block-size: ${cssVar('size.4')};
    margin: 0;
    accent-color: ${cssVar('color.interactive.primary.rest')};
    cursor: pointer;
  }
  & input[type='checkbox']:focus-visible {
    ${focusRing}
  }

  & [data-part='sort'],
  & [data-part='expander'] {
    display: inline-flex;
    align-items: center;
    gap: ${cssVar('space.1')};
    max-inline-size: 100%;
    margin: 0;
    padding: 0;
    border: 0;
    background: transparent;
    color: inherit;
    font: inherit;
    text-align: inherit;
    cursor: pointer;
  }
  & [data-part='sort']:hover {
    color: ${cssVar('color.text.primary')};
  }
  & [data-part='sort']:focus-visible,
  & [data-part='expander']:focus-visible {
    ${focusRing}
  }
  & [data-align='end'] [data-part='sort'] {
    flex-direction: row-reverse;
  }
  & [data-part='sort-icon'],
  & [data-part='expander'] svg {
    flex: none;
    inline-size: ${cssVar('size.icon.sm')};
    block-size: ${cssVar('size.icon.sm')};
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  & [data-part='sort-icon'] {
    opacity: 0;
    transition: transform ${cssVar('motion.duration.fast')} ${cssVar('motion.easing.standard')};
  }
  & [data-part='sort']:hover [data-part='sort-icon'],
  & [data-part='sort']:focus-visible [data-part='sort-icon'],
  & th:focus-visible [data-part='sort-icon'] {
    opacity: 0.5;
  }
  & [aria-sort] [data-part='sort-icon'],
  & [data-sorted] [data-part='sort-icon'] {
    opacity: 1;
  }
  & [data-sorted='descending'] [data-part='sort-icon'] {
    transform: rotate(180deg);
  }
  & [data-part='header'] {
    display: flex;
    align-items: center;
    gap: ${cssVar('space.1')};
    min-inline-size: 0;
  }
  & [data-part='header'] > :first-child {
    min-inline-size: 0;
  }
  & [data-align='end'] [data-part='header'] {
    flex-direction: row-reverse;
  }
  & [data-align='center'] [data-part='header'] {
    justify-content: center;
  }
  & [data-part='column-menu'] {
    display: inline-flex;
    flex: none;
    align-items: center;
    justify-content: center;
    inline-size: ${cssVar('size.icon.md')};
    block-size: ${cssVar('size.icon.md')};
    margin: 0;
    margin-inline-start: auto;
    padding: 0;
    border: 0;
    border-radius: ${cssVar('radius.sm')};
    background: transparent;
    color: inherit;
    cursor: pointer;
  }
  & [data-align='end'] [data-part='column-menu'],
  & [data-align='center'] [data-part='column-menu'] {
    margin-inline-start: 0;
  }
  & [data-part='column-menu']:hover,
  & [data-part='column-menu'][aria-expanded='true'] {
    background: ${cssVar('color.bg.surface')};
    color: ${cssVar('color.text.primary')};
  }
  & [data-part='column-menu']:focus-visible {
    ${focusRing}
  }
  & [data-part='column-menu'] svg {
    inline-size: ${cssVar('size.icon.sm')};
    block-size: ${cssVar('size.icon.sm')};
    fill: currentColor;
  }
  & [data-part='sort-rank'] {
    ${typographyStyles('caption')}
  }

  & [data-part='cell-content'] {
    display: flex;
    align-items: center;
    gap: ${cssVar('space.1')};
    padding-inline-start: calc(var(--_depth, 0) * ${cssVar('space.6')});
  }
  & [data-part='expander'] {
    border-radius: ${cssVar('radius.sm')};
    color: ${cssVar('color.text.secondary')};
  }
  & [data-part='expander'] svg {
    transition: transform ${cssVar('motion.duration.fast')} ${cssVar('motion.easing.standard')};
  }
  & [data-part='expander']:dir(rtl) svg {
    transform: scaleX(-1);
  }
  & [data-part='expander'][aria-expanded='true'] svg {
    transform: rotate(90deg);
  }
  & [data-part='expander-space'] {
    flex: none;
    inline-size: ${cssVar('size.icon.sm')};
  }
  & tr[data-part='detail'] > td {
    block-size: auto;
    background: ${cssVar('color.bg.canvas')};
  }

  & [data-part='resize'] {
    position: absolute;
    inset-block: 0;
    inset-inline-end: 0;
    inline-size: ${cssVar('space.2')};
    cursor: col-resize;
    touch-action: none;
  }
  & [data-part='resize']::after {
    content: '';
    position: absolute;
    inset-block: ${cssVar('space.2')};
    inset-inline-end: 0;
    border-inline-end: ${cssVar('border.width.thin')} solid ${cssVar('color.border.subtle')};
  }
  & [data-part='resize']:hover::after,
  & [data-part='resize']:focus-visible::after {
    border-inline-end: ${cssVar('border.width.thick')} solid ${cssVar('color.focus.ring')};
  }
  & [data-part='resize']:focus-visible {
    outline: none;
  }
  & thead th[data-resizable] {
    padding-inline-end: calc(var(--_cell-inline) + ${cssVar('space.2')});
  }

  & [data-part='message'] {
    block-size: auto;
    padding-block: ${cssVar('space.8')};
    text-align: center;
    color: ${cssVar('color.text.secondary')};
  }
  & [data-part='message'][data-status='error'] {
    color: ${cssVar('color.status.error.fg')};
  }

  & [data-part='toolbar'] {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: ${cssVar('space.2')};
    min-block-size: ${cssVar('size.control.sm')};
  }
  & [data-part='bulk-bar'] {
    display: flex;
    flex: 1 1 auto;
    flex-wrap: wrap;
    align-items: center;
    gap: ${cssVar('space.2')};
    padding-block: ${cssVar('space.1')};
    padding-inline: ${cssVar('space.3')};
    border-radius: ${cssVar('radius.md')};
    background: ${cssVar('color.bg.selected')};
  }
  & [data-part='bulk-bar']:not([data-open]) {
    padding: 0;
    background: transparent;
  }
  & [data-part='bulk-count'] {
    font-weight: ${cssVar('font.weight.semibold')};
  }
  & [data-part='bulk-actions'] {
    display: flex;
    flex-wrap: wrap;
    gap: ${cssVar('space.2')};
    margin-inline-start: auto;
  }

  & [data-part='settings'] {
    position: relative;
    margin-inline-start: auto;
  }
  & [data-part='settings'] > summary {
    padding-block: ${cssVar('space.1')};
    padding-inline: ${cssVar('space.3')};
    border: ${cssVar('border.width.thin')} solid ${cssVar('color.border.strong')};
    border-radius: ${cssVar('radius.md')};
    cursor: pointer;
  }
  & [data-part='settings'] > summary:focus-visible {
    ${focusRing}
  }
  & [data-part='settings-panel'] {
    position: absolute;
    inset-inline-end: 0;
    z-index: 4;
    display: flex;
    gap: ${cssVar('space.4')};
    margin-block-start: ${cssVar('space.1')};
    padding: ${cssVar('space.3')};
    border: ${cssVar('border.width.thin')} solid ${cssVar('color.border.subtle')};
    border-radius: ${cssVar('radius.md')};
    background: ${cssVar('color.bg.raised')};
    box-shadow: ${cssVar('elevation.md')};
  }
  & fieldset {
    display: grid;
    gap: ${cssVar('space.1')};
    margin: 0;
    padding: 0;
    border: 0;
    min-inline-size: 0;
  }
  & legend {
    padding: 0;
    margin-block-end: ${cssVar('space.1')};
    font-weight: ${cssVar('font.weight.semibold')};
  }
  & fieldset label {
    display: flex;
    align-items: center;
    gap: ${cssVar('space.2')};
    white-space: nowrap;
  }

  & [data-part='pagination'] {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: flex-end;
    gap: ${cssVar('space.2')};
    color: ${cssVar('color.text.secondary')};
  }
  & [data-part='range'] {
    margin-inline-end: auto;
    font-variant-numeric: tabular-nums;
  }

  @media (forced-colors: active) {
    & tbody tr[data-selected] > * {
      border-block: ${cssVar('border.width.thick')} solid Highlight;
    }
    & tbody tr[data-selected] > :first-child {
      border-inline-start: ${cssVar('border.width.thick')} solid Highlight;
    }
    & tbody tr[data-selected] > :last-child {
      border-inline-end: ${cssVar('border.width.thick')} solid Highlight;
    }
  }

  @media (prefers-reduced-motion: reduce) {
    & [data-part='sort-icon'],
    & [data-part='expander'] svg {
      transition: none;
    }
  }
`);
