import { css } from '../../theme/css';
import { defineStyles } from '../../theme/styleRegistry';
import { cssVar } from '../../tokens';
import { choiceBoxColors, choiceLayout } from '../ChoiceControl';

/**
 * One radio: the shared choice anatomy with a round box and a dot when checked.
 *
 * Forced colours drop backgrounds: the dot, a filled circle, would vanish and a checked radio read
 * as unchecked. It keeps its fill in the system's text colour (GrayText when disabled), exempt
 * from forcing so the fill stays.
 */
export const radioClass = defineStyles(css`
  label: radio;
  ${choiceLayout}
  ${choiceBoxColors(':checked')}

  & > [data-part='control'] > [data-part='box'] {
    border-radius: ${cssVar('radius.full')};
  }
  & > [data-part='control'] > [data-part='box']::after {
    content: '';
    display: none;
    inline-size: 40%;
    block-size: 40%;
    border-radius: ${cssVar('radius.full')};
    background-color: var(--_box-fg);
  }
  & > [data-part='control'] > input:checked + [data-part='box']::after {
    display: block;
  }

  @media (forced-colors: active) {
    & > [data-part='control'] > [data-part='box']::after {
      forced-color-adjust: none;
      background-color: CanvasText;
    }
    & > [data-part='control'] > input:disabled + [data-part='box']::after {
      background-color: GrayText;
    }
  }
`);
