import { css } from '../../theme/css';
import { defineStyles } from '../../theme/styleRegistry';
import { cssVar } from '../../tokens';
import { statusMessageStyles } from '../StatusMessage';

export const inlineAlertClass = defineStyles(css`
  label: inline-alert;
  ${statusMessageStyles}
  padding-block: ${cssVar('space.3')};
  padding-inline: ${cssVar('space.4')};
  border-radius: ${cssVar('radius.md')};
`);
