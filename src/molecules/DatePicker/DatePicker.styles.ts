import { css } from '../../theme/css';
import { defineStyles } from '../../theme/styleRegistry';
import { cssVar, typographyStyles } from '../../tokens';

/*
 * The pickers' popover content: presets (when given) beside the month, stacked on narrow
 * screens by wrapping. The field itself is DateField's box with the calendar button at its end.
 */
export const datePickerPopupClass = defineStyles(css`
  label: date-picker-popup;
  display: flex;
  flex-wrap: wrap;
  align-items: flex-start;
  gap: ${cssVar('space.4')};

  & [data-part='presets'] {
    display: flex;
    flex-direction: column;
    gap: ${cssVar('space.1')};
    margin: 0;
    padding: 0;
    list-style: none;
  }
  & [data-part='preset'] {
    box-sizing: border-box;
    inline-size: 100%;
    padding-block: ${cssVar('space.1')};
    padding-inline: ${cssVar('space.3')};
    border: 0;
    border-radius: ${cssVar('radius.md')};
    background: transparent;
    color: ${cssVar('color.text.primary')};
    ${typographyStyles('body-sm')}
    text-align: start;
    white-space: nowrap;
    cursor: pointer;
  }
  & [data-part='preset']:hover {
    background-color: ${cssVar('color.bg.sunken')};
  }
  & [data-part='preset'][aria-pressed='true'] {
    background-color: ${cssVar('color.interactive.primary.rest')};
    color: ${cssVar('color.interactive.primary.fg')};
  }
  & [data-part='preset']:focus-visible {
    outline: ${cssVar('focus.ring.width')} solid ${cssVar('color.focus.ring')};
    outline-offset: ${cssVar('focus.ring.offset')};
  }
`);

/** The calendar button at the end of a picker's field box. */
export const datePickerButtonClass = defineStyles(css`
  label: date-picker-button;
  margin-inline-start: auto;
  & svg {
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
`);
