import { css } from '../../theme/css';
import { defineStyles } from '../../theme/styleRegistry';
import { cssVar, typographyStyles } from '../../tokens';

const status = (name: 'info' | 'success' | 'warning' | 'error') => `
  &[data-variant='${name}'] {
    --_bg: ${cssVar(`color.status.${name}.bg`)};
    --_fg: ${cssVar(`color.status.${name}.fg`)};
    --_border: ${cssVar(`color.status.${name}.border`)};
    --_dot: ${cssVar(`color.status.${name}.fg`)};
  }
`;

/*
 * In the rules below:
 * - the base `--_bg`: the default variant, neutral (no data-variant).
 * - `&:not([data-count]):not([data-dot])`: Free text may be long: it wraps anywhere instead of
 *   overflowing its container.
 * - the dot under forced colours: a fill alone, which forced colours drop, so the dot vanished;
 *   it is `CanvasText` there.
 */
export const badgeClass = defineStyles(css`
  label: badge;
  --_bg: ${cssVar('color.bg.sunken')};
  --_fg: ${cssVar('color.text.primary')};
  --_border: ${cssVar('color.border.subtle')};
  --_dot: ${cssVar('color.text.secondary')};
  position: relative;
  display: inline-flex;
  align-items: center;
  justify-content: center;
  box-sizing: border-box;
  min-block-size: ${cssVar('size.5')};
  min-inline-size: ${cssVar('size.5')};
  max-inline-size: 100%;
  padding-block: 0;
  padding-inline: ${cssVar('space.2')};
  border: ${cssVar('border.width.thin')} solid var(--_border);
  border-radius: ${cssVar('radius.full')};
  background-color: var(--_bg);
  color: var(--_fg);
  ${typographyStyles('label-sm')}
  font-variant-numeric: tabular-nums;
  white-space: nowrap;
  vertical-align: middle;

  ${status('info')}
  ${status('success')}
  ${status('warning')}
  ${status('error')}

  &:not([data-count]):not([data-dot]) {
    white-space: normal;
    overflow-wrap: anywhere;
  }
  &[data-count] {
    padding-inline: ${cssVar('space.1')};
  }
  &[data-dot] {
    min-block-size: 0;
    min-inline-size: 0;
    inline-size: ${cssVar('size.3')};
    block-size: ${cssVar('size.3')};
    padding: 0;
    border: 0;
    background-color: var(--_dot);
  }
  @media (forced-colors: active) {
    &[data-dot] {
      background-color: CanvasText;
    }
  }
`);
