import { css } from '../../theme/css';
import { defineStyles } from '../../theme/styleRegistry';

/*
 * Added to Text's class (which carries role, colour, weight, alignment and truncation):
 * headings balance their lines, so a two-line title does not end on one orphaned word.
 */
export const headingClass = defineStyles(css`
  label: heading;
  text-wrap: balance;
`);
