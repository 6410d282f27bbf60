import { css } from '@emotion/react';
import { focusRing } from '../../theme/sharedStyles';
import { defineStyles } from '../../theme/styleSheet';
import { cssVar, typographyStyles } from '../../tokens';

/** The bordered box that holds prefix, input and suffix; the focus ring sits on it. */
export const controlClass = defineStyles(css`
  label: text-field-control;
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
  &[data-size='sm'] {
    min-block-size: ${cssVar('size.control.sm')};
    padding-inline: ${cssVar('space.2')};
  }
  &[data-size='lg'] {
    min-block-size: ${cssVar('size.control.lg')};
    padding-inline: ${cssVar('space.4')};
  }

  & > input {
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
  &[data-size='sm'] > input {
    ${typographyStyles('body-sm')}
  }
  & > input::placeholder {
    color: ${cssVar('color.text.secondary')};
    opacity: 1;
  }
  & > input:disabled {
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
