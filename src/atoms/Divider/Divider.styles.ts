import { css } from '../../theme/css';
import { defineStyles } from '../../theme/styleRegistry';
import { cssVar } from '../../tokens';

/*
 * A divider is a border, not a filled box: borders keep their colour in forced-colours mode
 * (Windows High Contrast), backgrounds do not. Orientation and emphasis are data attributes;
 * the defaults (horizontal, subtle) write none, so the base rule is the horizontal subtle line.
 * `align-self: stretch` makes the line span its flex or grid parent's cross axis.
 *
 * In the rules below:
 * - the base `--_line`: the defaults, horizontal and subtle (no data-orientation, no data-variant).
 */
export const dividerClass = defineStyles(css`
  label: divider;
  --_line: ${cssVar('color.border.subtle')};
  flex-shrink: 0;
  align-self: stretch;
  margin: 0;
  padding: 0;
  border: 0;
  list-style: none;
  inline-size: auto;
  block-size: 0;
  border-block-start: ${cssVar('border.width.thin')} solid var(--_line);
  &[data-variant='strong'] {
    --_line: ${cssVar('color.border.strong')};
  }
  &[data-orientation='vertical'] {
    inline-size: 0;
    block-size: auto;
    min-block-size: ${cssVar('size.4')};
    border-block-start: 0;
    border-inline-start: ${cssVar('border.width.thin')} solid var(--_line);
  }
`);
