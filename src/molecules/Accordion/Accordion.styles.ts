import { css } from '../../theme/css';
import { defineStyles } from '../../theme/styleRegistry';
import { cssVar } from '../../tokens';

/** Items separated by a rule, with one above the first and below the last. */
export const accordionClass = defineStyles(css`
  label: accordion;
  & > details {
    border-block-end: ${cssVar('border.width.thin')} solid ${cssVar('color.border.subtle')};
  }
  & > details:first-child {
    border-block-start: ${cssVar('border.width.thin')} solid ${cssVar('color.border.subtle')};
  }
`);
