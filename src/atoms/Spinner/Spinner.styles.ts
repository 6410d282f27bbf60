import { css } from '../../theme/css';
import { defineStyles } from '../../theme/styleRegistry';
import { cssVar } from '../../tokens';

/*
 * In the rules below:
 * - the base `inline-size`: the default size, md (no data-size).
 * - `@media (prefers-reduced-motion: reduce)`: Reduced motion: the circle stands still (the label
 *   still says what is happening).
 */
export const spinnerClass = defineStyles(css`
  label: spinner;
  display: inline-flex;
  align-items: center;
  gap: ${cssVar('space.2')};
  vertical-align: middle;
  color: inherit;

  & > [data-part='circle'] {
    display: inline-block;
    flex-shrink: 0;
    inline-size: ${cssVar('size.icon.md')};
    block-size: ${cssVar('size.icon.md')};
    border: ${cssVar('border.width.thick')} solid currentColor;
    border-inline-end-color: transparent;
    border-radius: ${cssVar('radius.full')};
    animation: cal-spinner-spin calc(${cssVar('motion.duration.slow')} * 3) linear infinite;
  }
  &[data-size='sm'] > [data-part='circle'] {
    inline-size: ${cssVar('size.icon.sm')};
    block-size: ${cssVar('size.icon.sm')};
  }
  &[data-size='lg'] > [data-part='circle'] {
    inline-size: ${cssVar('size.icon.lg')};
    block-size: ${cssVar('size.icon.lg')};
  }
  &[data-color='primary'] > [data-part='circle'] {
    color: ${cssVar('color.interactive.primary.rest')};
  }

  @media (prefers-reduced-motion: reduce) {
    & > [data-part='circle'] {
      animation: none;
    }
  }

  @keyframes cal-spinner-spin {
    to {
      transform: rotate(1turn);
    }
  }
`);
