import { css } from '../../theme/css';
import { defineStyles } from '../../theme/styleRegistry';

/*
 * Added to the shared `visuallyHiddenClass`. A `focusable` VisuallyHidden (a skip link) shows
 * its content again while something inside has focus, so sighted keyboard users see it too.
 */
export const visuallyHiddenFocusableClass = defineStyles(css`
  label: visually-hidden-focusable;
  &[data-focusable]:focus-within {
    position: static;
    inline-size: auto;
    block-size: auto;
    margin: 0;
    overflow: visible;
    clip-path: none;
    white-space: normal;
  }
`);
