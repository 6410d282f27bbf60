import { css } from './css';
import { cssVar } from '../tokens';
import { defineStyles } from './styleRegistry';

/** The focus indicator every focusable control shows on `:focus-visible`. */
export const focusRing = `
  outline: ${cssVar('focus.ring.width')} solid ${cssVar('color.focus.ring')};
  outline-offset: ${cssVar('focus.ring.offset')};
`;

/** Hides content visually while keeping it in the accessibility tree (live text, labels). */
export const visuallyHiddenClass = defineStyles(css`
  label: visually-hidden;
  position: absolute;
  inline-size: ${cssVar('size.px')};
  block-size: ${cssVar('size.px')};
  margin: calc(-1 * ${cssVar('size.px')});
  padding: 0;
  overflow: hidden;
  clip-path: inset(50%);
  white-space: nowrap;
  border: 0;
`);
