import { css } from '../../theme/css';
import { focusRing } from '../../theme/sharedStyles';
import { defineStyles } from '../../theme/styleRegistry';
import { cssVar, typographyStyles } from '../../tokens';

/*
 * The popup of hidden navigation items. It is a `popover="auto"` element opened by its button's
 * `popovertarget`, so the browser anchors it to that button (the implicit anchor of CSS anchor
 * positioning): below the button's start edge, flipped above or to the other side when it does
 * not fit. A browser without anchor positioning gets `left`/`top` from OverflowPopup instead.
 * Comments stay out of the template: their text would ship in every bundle.
 */
export const overflowPopupClass = defineStyles(css`
  label: overflow-popup;
  position: fixed;
  inset: auto;
  position-area: self-block-end span-self-inline-end;
  position-try-fallbacks: flip-block, flip-inline;
  margin: ${cssVar('space.1')} 0;
  box-sizing: border-box;
  min-inline-size: calc(12 * ${cssVar('space.4')});
  max-inline-size: min(calc(24 * ${cssVar('space.4')}), 100vw);
  max-block-size: 50vh;
  overflow: auto;
  padding: ${cssVar('space.1')};
  border: ${cssVar('border.width.thin')} solid ${cssVar('color.border.subtle')};
  border-radius: ${cssVar('radius.md')};
  background-color: ${cssVar('color.bg.raised')};
  color: ${cssVar('color.text.primary')};
  box-shadow: ${cssVar('elevation.lg')};
  ${typographyStyles('label')}
  & > ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  & [data-part='item'] {
    display: flex;
    align-items: center;
    box-sizing: border-box;
    inline-size: 100%;
    min-block-size: ${cssVar('size.control.sm')};
    margin: 0;
    padding-inline: ${cssVar('space.3')};
    border: 0;
    border-radius: ${cssVar('radius.sm')};
    background: none;
    color: inherit;
    font: inherit;
    text-align: start;
    text-decoration: none;
    overflow-wrap: anywhere;
    cursor: pointer;
  }
  & [data-part='item']:hover {
    background-color: ${cssVar('color.interactive.tertiary.hover')};
  }
  & [data-part='item']:focus-visible {
    ${focusRing}
  }
  & [data-part='item'][aria-current] {
    font-weight: ${cssVar('font.weight.semibold')};
  }
`);
