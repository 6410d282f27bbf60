import { css } from '../../theme/css';
import { defineStyles } from '../../theme/styleRegistry';
import { cssVar } from '../../tokens';
import { statusMessageStyles } from '../StatusMessage';

/* Page-wide: no rounded corners and no side borders, it spans its container edge to edge. */
export const bannerClass = defineStyles(css`
  label: banner;
  ${statusMessageStyles}
  inline-size: 100%;
  padding-block: ${cssVar('space.3')};
  padding-inline: ${cssVar('space.4')};
  border-inline-width: 0;
  border-block-start-width: 0;
`);
