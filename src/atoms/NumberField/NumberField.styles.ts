import { css } from '../../theme/css';
import { defineStyles } from '../../theme/styleRegistry';
import { cssVar } from '../../tokens';

/** Added to the field root: numbers align as numbers; the steppers hug the box's end. */
export const numberFieldClass = defineStyles(css`
  label: number-field;

  & input {
    font-variant-numeric: tabular-nums;
  }
  & [data-part='suffix'] {
    gap: ${cssVar('space.1')};
    margin-inline-end: calc(-1 * ${cssVar('space.1')});
  }
`);
