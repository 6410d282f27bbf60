import { css } from '../../theme/css';
import { defineStyles } from '../../theme/styleRegistry';
import { cssVar } from '../../tokens';

const colors = {
  primary: 'color.text.primary',
  secondary: 'color.text.secondary',
  disabled: 'color.text.disabled',
  inverse: 'color.text.inverse',
  link: 'color.text.link',
  info: 'color.status.info.fg',
  success: 'color.status.success.fg',
  warning: 'color.status.warning.fg',
  error: 'color.status.error.fg',
} as const;

export type IconColor = keyof typeof colors | 'currentColor';

export const iconColors = Object.keys(colors) as Array<keyof typeof colors>;

/*
 * In the rules below:
 * - the base `inline-size`: the default size, md (no data-size).
 * - `&[data-mirror]:dir(rtl)`: Direction-aware glyphs (arrows, chevrons) mirror in right-to-left
 *   text.
 */
export const iconClass = defineStyles(css`
  label: icon;
  display: inline-block;
  flex-shrink: 0;
  vertical-align: middle;
  inline-size: ${cssVar('size.icon.md')};
  block-size: ${cssVar('size.icon.md')};
  color: inherit;

  &[data-size='sm'] {
    inline-size: ${cssVar('size.icon.sm')};
    block-size: ${cssVar('size.icon.sm')};
  }
  &[data-size='lg'] {
    inline-size: ${cssVar('size.icon.lg')};
    block-size: ${cssVar('size.icon.lg')};
  }
  &[data-size='inherit'] {
    inline-size: ${cssVar('size.icon.inherit')};
    block-size: ${cssVar('size.icon.inherit')};
  }
  &[data-mirror]:dir(rtl) {
    transform: scaleX(-1);
  }
  ${Object.entries(colors)
    .map(([name, token]) => `&[data-color='${name}'] { color: ${cssVar(token)}; }`)
    .join('\n')}
`);
