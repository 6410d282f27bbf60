import { css } from '../../theme/css';
import { defineStyles } from '../../theme/styleRegistry';
import { cssVar } from '../../tokens';

/*
 * Two Buttons joined into one shape: the inner corners squared, and a thin gap between
 * them (the page's background shows through, so it reads on every variant and theme).
 * Logical corners, so the menu button stays at the end in RTL.
 */
export const splitButtonClass = defineStyles(css`
  label: split-button;
  display: inline-flex;
  align-items: stretch;
  gap: ${cssVar('border.width.thin')};
  vertical-align: middle;
  & > [data-part='action'] {
    border-start-end-radius: 0;
    border-end-end-radius: 0;
  }
  & > [data-part='menu-button'] {
    border-start-start-radius: 0;
    border-end-start-radius: 0;
  }
`);
