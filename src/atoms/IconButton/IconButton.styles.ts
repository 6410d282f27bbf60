import { css } from '../../theme/css';
import { defineStyles } from '../../theme/styleRegistry';
import { cssVar } from '../../tokens';

/*
 * IconButton is a Button; this only squares it. Button's default size writes no attribute,
 * so the base block here is the `md` square. `&&` doubles the class so each selector
 * outranks Button's matching size rule (one class and one attribute more) whatever order
 * the style sheet holds them in.
 *
 * In the rules below:
 * - `&&[data-shape='square'] > [data-part='icon']`: Alone, the icon carries the button: one step
 *   larger than beside a text label.
 */
export const iconButtonClass = defineStyles(css`
  label: icon-button;
  &&[data-shape='square'] {
    flex-shrink: 0;
    padding: 0;
    inline-size: ${cssVar('size.control.md')};
    block-size: ${cssVar('size.control.md')};
  }
  &&[data-shape='square'][data-size='sm'] {
    inline-size: ${cssVar('size.control.sm')};
    block-size: ${cssVar('size.control.sm')};
  }
  &&[data-shape='square'][data-size='lg'] {
    inline-size: ${cssVar('size.control.lg')};
    block-size: ${cssVar('size.control.lg')};
  }
  &&[data-shape='square'] > [data-part='icon'] {
    inline-size: ${cssVar('size.icon.md')};
    block-size: ${cssVar('size.icon.md')};
  }
  &&[data-shape='square'][data-size='sm'] > [data-part='icon'] {
    inline-size: ${cssVar('size.icon.sm')};
    block-size: ${cssVar('size.icon.sm')};
  }
  &&[data-shape='square'][data-size='lg'] > [data-part='icon'] {
    inline-size: ${cssVar('size.icon.lg')};
    block-size: ${cssVar('size.icon.lg')};
  }
`);
