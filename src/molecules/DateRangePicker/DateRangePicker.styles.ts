import { css } from '../../theme/css';
import { defineStyles } from '../../theme/styleRegistry';
import { cssVar } from '../../tokens';

/*
 * The range field's box holds two segment groups (start, end) with a dash between them and
 * the calendar button at the end; the box itself is FieldControl's, the segments are
 * SegmentedField's. The groups never wrap inside, so a date is never split over two lines.
 */
export const dateRangeFieldClass = defineStyles(css`
  label: date-range-field;
  & > [role='group'] {
    display: inline-flex;
    align-items: center;
    white-space: nowrap;
  }
  & > [data-part='range-separator'] {
    padding-inline: ${cssVar('space.1')};
    color: ${cssVar('color.text.secondary')};
  }
  [data-disabled] > & > [data-part='range-separator'] {
    color: ${cssVar('color.text.disabled')};
  }
`);
