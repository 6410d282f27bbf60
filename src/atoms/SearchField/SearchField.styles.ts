import { css } from '../../theme/css';
import { defineStyles } from '../../theme/styleRegistry';
import { cssVar } from '../../tokens';

/** Added to the field root: the clear button hugs the box's end; the native one is hidden. */
export const searchFieldClass = defineStyles(css`
  label: search-field;

  & [data-part='suffix'] {
    margin-inline-end: calc(-1 * ${cssVar('space.1')});
  }
  & input::-webkit-search-cancel-button,
  & input::-webkit-search-decoration {
    appearance: none;
  }
`);
