import { css } from '../../theme/css';
import { focusRing } from '../../theme/sharedStyles';
import { defineStyles } from '../../theme/styleRegistry';
import { cssVar, typographyStyles } from '../../tokens';

/*
 * In the rules below:
 * - `border-radius` is not a pill: a long label wraps, and a pill of several lines turns into a
 *   blob.
 * - `&[data-disabled]`: Disabled text stays readable (a value that cannot change is still
 *   information).
 * - `&[data-disabled][data-selected]`: Selected but disabled: the strong border keeps the selection
 *   visible without colour.
 * - `[data-part='avatar'] > *`: An initials avatar would melt into the tag's own fill: give it the
 *   page colour.
 */
export const tagClass = defineStyles(css`
  label: tag;
  --_bg: ${cssVar('color.interactive.secondary.rest')};
  --_bg-hover: ${cssVar('color.interactive.secondary.hover')};
  --_bg-pressed: ${cssVar('color.interactive.secondary.pressed')};
  --_fg: ${cssVar('color.interactive.secondary.fg')};
  position: relative;
  display: inline-flex;
  align-items: stretch;
  max-inline-size: 100%;
  min-block-size: ${cssVar('size.control.sm')};
  box-sizing: border-box;
  border: ${cssVar('border.width.thin')} solid ${cssVar('color.border.strong')};
  border-radius: ${cssVar('radius.md')};
  background-color: var(--_bg);
  color: var(--_fg);
  ${typographyStyles('label-sm')}
  vertical-align: middle;

  &[data-selected] {
    --_bg: ${cssVar('color.interactive.primary.rest')};
    --_bg-hover: ${cssVar('color.interactive.primary.hover')};
    --_bg-pressed: ${cssVar('color.interactive.primary.pressed')};
    --_fg: ${cssVar('color.interactive.primary.fg')};
    border-color: transparent;
  }
  &[data-disabled] {
    --_bg: ${cssVar('color.bg.sunken')};
    --_bg-hover: var(--_bg);
    --_bg-pressed: var(--_bg);
    --_fg: ${cssVar('color.text.secondary')};
    border-color: ${cssVar('color.border.subtle')};
  }
  &[data-disabled][data-selected] {
    border-color: ${cssVar('color.border.strong')};
    border-width: ${cssVar('border.width.thick')};
  }

  & > [data-part='content'],
  & > [data-part='toggle'] {
    display: inline-flex;
    align-items: center;
    gap: ${cssVar('space.1')};
    min-inline-size: 0;
    padding-block: ${cssVar('space.1')};
    padding-inline: ${cssVar('space.3')};
    text-align: start;
  }
  & > [data-part='toggle'],
  & > [data-part='remove'] {
    margin: 0;
    border: 0;
    border-radius: ${cssVar('radius.md')};
    background: transparent;
    color: inherit;
    font: inherit;
    cursor: pointer;
    -webkit-tap-highlight-color: transparent;
  }
  & > [data-part='toggle']:hover:not(:disabled),
  & > [data-part='remove']:hover:not(:disabled) {
    background-color: var(--_bg-hover);
  }
  & > [data-part='toggle']:active:not(:disabled),
  & > [data-part='remove']:active:not(:disabled) {
    background-color: var(--_bg-pressed);
  }
  & > [data-part='toggle']:focus-visible,
  & > [data-part='remove']:focus-visible {
    ${focusRing}
  }
  & > [data-part='toggle']:disabled,
  & > [data-part='remove']:disabled {
    cursor: not-allowed;
  }
  &[data-removable] > [data-part='content'],
  &[data-removable] > [data-part='toggle'] {
    padding-inline-end: ${cssVar('space.1')};
  }
  & > [data-part='remove'] {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    flex-shrink: 0;
    align-self: center;
    inline-size: ${cssVar('size.6')};
    block-size: ${cssVar('size.6')};
    margin-inline-end: ${cssVar('space.1')};
    padding: 0;
  }
  [data-part='label'] {
    overflow-wrap: anywhere;
    min-inline-size: 0;
  }
  [data-part='icon'],
  [data-part='avatar'] {
    display: inline-flex;
    flex-shrink: 0;
  }
  [data-part='icon'] > svg {
    inline-size: ${cssVar('size.icon.sm')};
    block-size: ${cssVar('size.icon.sm')};
  }
  [data-part='avatar'] {
    margin-inline-start: calc(-1 * ${cssVar('space.2')});
  }
  [data-part='avatar'] > * {
    background-color: ${cssVar('color.bg.canvas')};
  }
`);
