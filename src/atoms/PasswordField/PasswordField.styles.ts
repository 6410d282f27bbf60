import { css } from '../../theme/css';
import { defineStyles } from '../../theme/styleRegistry';
import { cssVar } from '../../tokens';

/** Added to the field root: the toggle hugs the box's inline end. */
/*
 * In the rules below:
 * - `& input::-ms-reveal`: Edge's own reveal button would duplicate ours.
 */
export const passwordFieldClass = defineStyles(css`
  label: password-field;

  & [data-part='suffix'] {
    margin-inline-end: calc(-1 * ${cssVar('space.1')});
  }
  & input::-ms-reveal {
    display: none;
  }
`);
