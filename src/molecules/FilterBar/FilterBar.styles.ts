import { css } from '../../theme/css';
import { defineStyles } from '../../theme/styleRegistry';
import { cssVar } from '../../tokens';

/*
 * Filters in a row that wraps onto more lines when the room runs out (never a horizontal
 * scroll, which hides filters that narrow the list). "Add filter" and "Clear all" follow the
 * last filter, on its line when they fit.
 */
export const filterBarClass = defineStyles(css`
  label: filter-bar;
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: ${cssVar('space.2')};
  min-inline-size: 0;

  & > [data-part='add'] svg {
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
`);
