import { css } from '../../theme/css';
import { focusRing } from '../../theme/sharedStyles';
import { defineStyles } from '../../theme/styleRegistry';
import { cssVar, typographyStyles } from '../../tokens';

/*
 * A row of square items: the current page filled with the primary colour, the others quiet
 * until hovered. Items keep a minimum width of the control height, so one-digit and
 * three-digit pages both read as buttons. The compact text sits between the arrows. Forced
 * colours drop the fill, which left the current page looking like the others: it is
 * `Highlight` there, with `forced-color-adjust: none` so the browser's Canvas backplate behind
 * text does not cover its `HighlightText` number. An end's previous or next arrow stays a
 * focusable button (`aria-disabled`, not `disabled`), so the browser would draw it as enabled:
 * it is `GrayText` there, as disabled controls are.
 */
export const paginationClass = defineStyles(css`
  label: pagination;
  --_item: ${cssVar('size.control.md')};
  ${typographyStyles('label')}
  color: ${cssVar('color.text.primary')};
  & > ul {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: ${cssVar('space.1')};
    margin: 0;
    padding: 0;
    list-style: none;
  }
  &[data-size='sm'] {
    --_item: ${cssVar('size.control.sm')};
  }
  [data-part='item'] {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    box-sizing: border-box;
    min-block-size: var(--_item);
    min-inline-size: var(--_item);
    margin: 0;
    padding-inline: ${cssVar('space.2')};
    border: ${cssVar('border.width.thin')} solid transparent;
    border-radius: ${cssVar('radius.md')};
    background: none;
    color: inherit;
    font: inherit;
    font-variant-numeric: tabular-nums;
    text-decoration: none;
    cursor: pointer;
  }
  [data-part='item']:hover {
    background-color: ${cssVar('color.interactive.tertiary.hover')};
  }
  [data-part='item']:focus-visible {
    ${focusRing}
  }
  [data-part='item'][aria-current] {
    background-color: ${cssVar('color.interactive.primary.rest')};
    color: ${cssVar('color.interactive.primary.fg')};
  }
  @media (forced-colors: active) {
    [data-part='item'][aria-current] {
      forced-color-adjust: none;
      border-color: Highlight;
      background-color: Highlight;
      color: HighlightText;
    }
  }
  [data-part='item'][aria-disabled] {
    background: none;
    color: ${cssVar('color.text.disabled')};
    cursor: not-allowed;
  }
  @media (forced-colors: active) {
    [data-part='item'][aria-disabled] {
      border-color: GrayText;
      color: GrayText;
    }
  }
  [data-part='ellipsis'] {
    display: inline-flex;
    justify-content: center;
    min-inline-size: var(--_item);
    color: ${cssVar('color.text.secondary')};
  }
  [data-part='status'] {
    padding-inline: ${cssVar('space.2')};
    font-variant-numeric: tabular-nums;
  }
`);
