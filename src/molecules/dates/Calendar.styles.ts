import { css } from '../../theme/css';
import { focusRing } from '../../theme/sharedStyles';
import { defineStyles } from '../../theme/styleRegistry';
import { cssVar, typographyStyles } from '../../tokens';

/*
 * One month: a header (previous button, month heading, next button) over a <table role=grid>.
 * Days are square buttons of `size.10`; the selected day (or a range's ends) takes the primary
 * action colours, the days between a range's ends `color.bg.selected` (a tint of the selection,
 * as in Spectrum, Primer or MUI X, not a grey well), today a ring. The table's direction follows
 * `dir`, so right-to-left mirrors the columns with no second rule.
 *
 * The band stays put under the pointer (the preview while choosing follows it already); today's
 * ring, the focus ring and the ends keep 3:1 on it (tokens/contrast-pairs.json).
 *
 * Forced colours (Windows high contrast) replace all of these colours, which left a chosen day
 * and a range's days looking like any other: they take the system's selection colours, as
 * OptionList and Menu mark theirs with Highlight, the ends rounded and the band square as in the
 * palette. `forced-color-adjust: none` keeps the browser's text backplate from hiding
 * HighlightText; every colour it lets through is a system colour. An unavailable day stays a gap
 * in the band; a disabled calendar's selection stays visible in GrayText.
 *
 * (Comments inside the css template ship in the bundle as its text: keep them short.)
 *
 * In the rules below:
 * - `&:dir(rtl) [data-part='nav'] svg`: The chevrons point the way time runs, which mirrors in
 *   right-to-left.
 * - `& td[data-in-range] > button`: A range: a selected band between its ends, which keep the
 *   primary colours.
 */
export const calendarClass = defineStyles(css`
  label: calendar;
  display: inline-flex;
  flex-direction: column;
  gap: ${cssVar('space.2')};
  color: ${cssVar('color.text.primary')};
  ${typographyStyles('body-sm')}

  & [data-part='header'] {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: ${cssVar('space.2')};
  }
  & [data-part='heading'] {
    margin: 0;
    ${typographyStyles('label')}
    text-align: center;
    flex: 1 1 auto;
  }
  & [data-part='nav'] {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    inline-size: ${cssVar('size.8')};
    block-size: ${cssVar('size.8')};
    padding: 0;
    border: 0;
    border-radius: ${cssVar('radius.md')};
    background: transparent;
    color: ${cssVar('color.text.primary')};
    cursor: pointer;
  }
  & [data-part='nav']:hover {
    background-color: ${cssVar('color.bg.sunken')};
  }
  & [data-part='nav']:focus-visible {
    ${focusRing}
  }
  & [data-part='nav']:disabled {
    color: ${cssVar('color.text.disabled')};
    cursor: not-allowed;
    background: transparent;
  }
  & [data-part='nav'] svg {
    inline-size: ${cssVar('size.icon.sm')};
    block-size: ${cssVar('size.icon.sm')};
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  &:dir(rtl) [data-part='nav'] svg {
    transform: scaleX(-1);
  }

  & table {
    border-collapse: collapse;
    border-spacing: 0;
  }
  & th {
    block-size: ${cssVar('size.8')};
    padding: 0;
    color: ${cssVar('color.text.secondary')};
    ${typographyStyles('caption')}
    font-weight: inherit;
  }
  & td {
    padding: 0;
  }
  & td > button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    box-sizing: border-box;
    inline-size: ${cssVar('size.10')};
    block-size: ${cssVar('size.10')};
    margin: 0;
    padding: 0;
    border: ${cssVar('border.width.thin')} solid transparent;
    border-radius: ${cssVar('radius.md')};
    background: transparent;
    color: inherit;
    font: inherit;
    font-variant-numeric: tabular-nums;
    cursor: pointer;
    -webkit-tap-highlight-color: transparent;
  }
  & td > button:hover {
    background-color: ${cssVar('color.bg.sunken')};
  }
  & td > button:focus-visible {
    ${focusRing}
  }
  & td > button[aria-current='date'] {
    border-color: ${cssVar('color.border.strong')};
  }
  & td[aria-selected='true'] > button {
    background-color: ${cssVar('color.interactive.primary.rest')};
    color: ${cssVar('color.interactive.primary.fg')};
  }
  & td[aria-selected='true'] > button:hover {
    background-color: ${cssVar('color.interactive.primary.hover')};
  }
  & td[data-in-range] > button,
  & td[data-in-range] > button:hover {
    border-radius: 0;
    background-color: ${cssVar('color.bg.selected')};
    color: ${cssVar('color.text.primary')};
  }
  & td[data-range-start] > button,
  & td[data-range-end] > button,
  & td[data-range-start] > button:hover,
  & td[data-range-end] > button:hover {
    border-radius: ${cssVar('radius.md')};
    background-color: ${cssVar('color.interactive.primary.rest')};
    color: ${cssVar('color.interactive.primary.fg')};
  }
  & td > button[aria-disabled='true'] {
    color: ${cssVar('color.text.disabled')};
    text-decoration: line-through;
    cursor: not-allowed;
    background: transparent;
  }
  &[data-disabled] td > button {
    color: ${cssVar('color.text.disabled')};
    cursor: not-allowed;
  }
  &[data-disabled] td[aria-selected='true'] > button {
    background-color: ${cssVar('color.interactive.primary.disabled')};
    color: ${cssVar('color.interactive.primary.fg-disabled')};
  }
  &[data-readonly] td > button {
    cursor: default;
  }

  @media (forced-colors: active) {
    & td[aria-selected='true'] > button,
    & td[aria-selected='true'] > button:hover {
      forced-color-adjust: none;
      border-color: transparent;
      background-color: Highlight;
      color: HighlightText;
    }
    & td[aria-selected='true'] > button:focus-visible {
      outline-color: CanvasText;
    }
    & td[aria-selected='true'] > button[aria-current='date'] {
      border-color: HighlightText;
    }
    & td[aria-selected='true'] > button[aria-disabled='true'] {
      background-color: Canvas;
      color: GrayText;
    }
    &[data-disabled] td[aria-selected='true'] > button {
      background-color: GrayText;
      color: Canvas;
    }
  }
`);
