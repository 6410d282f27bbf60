import { css } from '../../theme/css';
import { forcedInvalidOutline } from '../../theme/forcedColors';
import { focusRing } from '../../theme/sharedStyles';
import { defineStyles } from '../../theme/styleRegistry';
import { cssVar, typographyStyles } from '../../tokens';

/**
 * The bordered box that holds prefix, input (or textarea) and suffix; the focus ring sits on
 * it. Every text-like field draws it: TextField, PasswordField, SearchField and NumberField
 * through FieldControl, TextArea around its <textarea>.
 *
 * Forced colours drop the disabled fill: a disabled field with a value looked like an enabled one
 * showing its placeholder (both GrayText). Its border takes GrayText too. They also drop the
 * error colour and the read-only fill, which have no system colour, so those states take a
 * shape instead: an invalid field a second line around its border (an outline, so nothing
 * moves; the focus ring replaces it while focused), a read-only one a dashed border.
 */
export const controlClass = defineStyles(css`
  label: field-control;
  display: flex;
  align-items: center;
  gap: ${cssVar('space.2')};
  min-block-size: ${cssVar('size.control.md')};
  padding-inline: ${cssVar('space.3')};
  border: ${cssVar('border.width.thin')} solid ${cssVar('color.field.border')};
  border-radius: ${cssVar('radius.md')};
  background-color: ${cssVar('color.field.bg')};
  color: ${cssVar('color.text.primary')};
  cursor: text;
  transition-property: border-color, box-shadow;
  transition-duration: ${cssVar('motion.duration.fast')};
  transition-timing-function: ${cssVar('motion.easing.standard')};

  &:hover {
    border-color: ${cssVar('color.field.border-hover')};
  }
  &:focus-within {
    ${focusRing}
    outline-offset: 0;
  }
  [data-invalid] > & {
    border-color: ${cssVar('color.status.error.fg')};
  }
  [data-disabled] > & {
    cursor: not-allowed;
    border-color: ${cssVar('color.border.subtle')};
    background-color: ${cssVar('color.field.bg-disabled')};
    color: ${cssVar('color.text.disabled')};
  }
  &[data-readonly] {
    background-color: ${cssVar('color.bg.sunken')};
  }
  @media (forced-colors: active) {
    [data-disabled] > & {
      border-color: GrayText;
    }
    [data-invalid] > &:not(:focus-within) {
      ${forcedInvalidOutline}
    }
    &[data-readonly] {
      border-style: dashed;
    }
  }
  &[data-size='sm'] {
    min-block-size: ${cssVar('size.control.sm')};
    padding-inline: ${cssVar('space.2')};
  }
  &[data-size='lg'] {
    min-block-size: ${cssVar('size.control.lg')};
    padding-inline: ${cssVar('space.4')};
  }

  & > input,
  & > textarea {
    flex: 1 1 auto;
    min-inline-size: 0;
    inline-size: 100%;
    margin: 0;
    padding-block: ${cssVar('space.1')};
    padding-inline: 0;
    border: 0;
    background: transparent;
    color: inherit;
    ${typographyStyles('body')}
    outline: none;
    text-overflow: ellipsis;
  }
  &[data-size='sm'] > input,
  &[data-size='sm'] > textarea {
    ${typographyStyles('body-sm')}
  }
  & > input::placeholder,
  & > textarea::placeholder {
    color: ${cssVar('color.text.secondary')};
    opacity: 1;
  }
  & > input:disabled,
  & > textarea:disabled {
    cursor: not-allowed;
  }
  & > [data-part='prefix'],
  & > [data-part='suffix'] {
    display: inline-flex;
    flex: none;
    align-items: center;
    color: ${cssVar('color.text.secondary')};
    ${typographyStyles('body-sm')}
    white-space: nowrap;
  }
`);

/**
 * A small icon-only button inside a field's box (show password, clear search, steppers).
 * Quiet at rest so the value stays the focus; the tertiary action colours on hover and press.
 */
export const fieldActionClass = defineStyles(css`
  label: field-action;
  display: inline-flex;
  flex: none;
  align-items: center;
  justify-content: center;
  inline-size: ${cssVar('size.6')};
  block-size: ${cssVar('size.6')};
  margin: 0;
  padding: 0;
  border: 0;
  border-radius: ${cssVar('radius.sm')};
  background-color: transparent;
  color: ${cssVar('color.text.secondary')};
  cursor: pointer;
  transition-property: background-color, color;
  transition-duration: ${cssVar('motion.duration.fast')};
  transition-timing-function: ${cssVar('motion.easing.standard')};
  -webkit-tap-highlight-color: transparent;

  &:hover {
    background-color: ${cssVar('color.interactive.tertiary.hover')};
    color: ${cssVar('color.interactive.tertiary.fg')};
  }
  &:active,
  &[aria-pressed='true']:hover {
    background-color: ${cssVar('color.interactive.tertiary.pressed')};
  }
  &:focus-visible {
    ${focusRing}
    outline-offset: 0;
  }
  &:disabled {
    cursor: not-allowed;
    background-color: transparent;
    color: ${cssVar('color.text.disabled')};
  }
`);
