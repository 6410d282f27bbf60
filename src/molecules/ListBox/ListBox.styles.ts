import { css } from '../../theme/css';
import { forcedInvalidOutline } from '../../theme/forcedColors';
import { focusRing } from '../../theme/sharedStyles';
import { defineStyles } from '../../theme/styleRegistry';
import { cssVar, typographyStyles } from '../../tokens';

/*
 * The standalone ListBox: the shared option list (collection/OptionList.styles.ts) drawn as a
 * field box, the border and states of every field, about seven rows tall before it scrolls.
 * The list's own focus ring shows only while no option shows one: DOM focus is on the list,
 * the active option draws the ring the keyboard user follows. Under forced colours, which drop
 * the error colour and the disabled fill, invalid draws a second line around the box and
 * disabled a `GrayText` border and options, as text fields do (FieldControl).
 *
 * In the rules below:
 * - `& > [role='listbox']:empty`: No options: the message takes the list's place, in the same box.
 */
export const listBoxClass = defineStyles(css`
  label: listbox-field;

  & > [role='listbox'] {
    max-block-size: calc(7 * ${cssVar('size.control.md')});
    border: ${cssVar('border.width.thin')} solid ${cssVar('color.field.border')};
    border-radius: ${cssVar('radius.md')};
    background-color: ${cssVar('color.field.bg')};
  }
  & > [role='listbox']:hover {
    border-color: ${cssVar('color.field.border-hover')};
  }
  & > [role='listbox']:focus-visible:not(:has([data-focus-visible])) {
    ${focusRing}
    outline-offset: 0;
  }
  &[data-invalid] > [role='listbox'] {
    border-color: ${cssVar('color.status.error.fg')};
  }
  &[data-disabled] > [role='listbox'] {
    border-color: ${cssVar('color.border.subtle')};
    background-color: ${cssVar('color.field.bg-disabled')};
    color: ${cssVar('color.text.disabled')};
    cursor: not-allowed;
  }
  &[data-disabled] [role='option'] {
    color: ${cssVar('color.text.disabled')};
    pointer-events: none;
  }
  @media (forced-colors: active) {
    &[data-invalid] > [role='listbox']:not(:focus-visible) {
      ${forcedInvalidOutline}
    }
    &[data-disabled] > [role='listbox'] {
      border-color: GrayText;
    }
    &[data-disabled] [role='option'] {
      color: GrayText;
    }
  }
  & > [role='listbox']:empty {
    display: none;
  }
  & > [data-part='empty'] {
    margin: 0;
    padding-block: ${cssVar('space.2')};
    padding-inline: ${cssVar('space.3')};
    border: ${cssVar('border.width.thin')} dashed ${cssVar('color.field.border')};
    border-radius: ${cssVar('radius.md')};
    ${typographyStyles('body-sm')}
    color: ${cssVar('color.text.secondary')};
  }
`);
