import { css } from '../../theme/css';
import { defineStyles } from '../../theme/styleRegistry';
import { cssVar } from '../../tokens';

/**
 * The list of options inside a group field (CheckboxGroup, RadioGroup): a column, or a
 * wrapping row. Label, description and error come from the shared Field anatomy around it.
 */
export const choiceGroupItemsClass = defineStyles(css`
  label: choice-group-items;
  display: flex;
  flex-direction: column;
  gap: ${cssVar('space.2')};
  min-inline-size: 0;
  padding-block: ${cssVar('space.1')};

  &[data-orientation='horizontal'] {
    flex-direction: row;
    flex-wrap: wrap;
    column-gap: ${cssVar('space.4')};
  }
`);
