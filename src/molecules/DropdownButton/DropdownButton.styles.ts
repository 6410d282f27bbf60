import { css } from '../../theme/css';
import { defineStyles } from '../../theme/styleRegistry';
import { cssVar } from '../../tokens';

/*
 * A Button with a chevron: the chevron turns over while the menu is open (none under
 * prefers-reduced-motion, where it simply flips).
 */
export const dropdownButtonClass = defineStyles(css`
  label: dropdown-button;
  & > [data-part='icon']:last-child > svg {
    transition: transform ${cssVar('motion.duration.fast')} ${cssVar('motion.easing.standard')};
  }
  &[aria-expanded='true'] > [data-part='icon']:last-child > svg {
    transform: rotate(180deg);
  }
  @media (prefers-reduced-motion: reduce) {
    & > [data-part='icon']:last-child > svg {
      transition: none;
    }
  }
`);
