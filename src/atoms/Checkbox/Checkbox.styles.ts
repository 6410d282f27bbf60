import { css } from '../../theme/css';
import { defineStyles } from '../../theme/styleRegistry';
import { cssVar } from '../../tokens';
import { choiceBoxColors, choiceLayout } from '../ChoiceControl';

export const checkboxClass = defineStyles(css`
  label: checkbox;
  ${choiceLayout}
  ${choiceBoxColors(':checked, :indeterminate')}

  & > [data-part='control'] > [data-part='box'] {
    border-radius: ${cssVar('radius.sm')};
  }
  & > [data-part='control'] > [data-part='box'] > svg {
    display: none;
    inline-size: 100%;
    block-size: 100%;
  }
  &
    > [data-part='control']
    > input:checked:not(:indeterminate)
    + [data-part='box']
    > [data-icon='check'],
  & > [data-part='control'] > input:indeterminate + [data-part='box'] > [data-icon='minus'] {
    display: block;
  }
`);
