import { css } from '../../theme/css';
import { focusRing } from '../../theme/sharedStyles';
import { defineStyles } from '../../theme/styleRegistry';
import { cssVar, typographyStyles } from '../../tokens';

/*
 * One static rule set per module. Variant, size and state are data attributes, so a render
 * only picks a constant class name; each variant sets private custom properties (`--_bg…`)
 * that the shared rules read, which keeps the state rules written once. The defaults
 * (`primary`, `md`) write no attribute: they are the base rule (docs/CONVENTIONS.md).
 */
const variantColors = (name: 'primary' | 'secondary' | 'tertiary' | 'danger') => `
  --_bg: ${cssVar(`color.interactive.${name}.rest`)};
  --_bg-hover: ${cssVar(`color.interactive.${name}.hover`)};
  --_bg-pressed: ${cssVar(`color.interactive.${name}.pressed`)};
  --_bg-disabled: ${cssVar(`color.interactive.${name}.disabled`)};
  --_fg: ${cssVar(`color.interactive.${name}.fg`)};
  --_fg-disabled: ${cssVar(`color.interactive.${name}.fg-disabled`)};
`;

/*
 * In the rules below:
 * - `&[data-loading]`: Loading keeps the width: label and icons stay in place, made transparent,
 *   under the spinner.
 */
export const buttonClass = defineStyles(css`
  label: button;
  ${variantColors('primary')}
  position: relative;
  display: inline-flex;
  align-items: center;
  justify-content: center;
  gap: ${cssVar('space.2')};
  min-block-size: ${cssVar('size.control.md')};
  min-inline-size: ${cssVar('size.control.md')};
  margin: 0;
  padding-block: ${cssVar('space.1')};
  padding-inline: ${cssVar('space.4')};
  border: ${cssVar('border.width.thin')} solid transparent;
  border-radius: ${cssVar('radius.md')};
  ${typographyStyles('label')}
  text-align: center;
  text-decoration: none;
  overflow-wrap: anywhere;
  vertical-align: middle;
  cursor: pointer;
  user-select: none;
  background-color: var(--_bg);
  color: var(--_fg);
  transition-property: background-color, color, border-color;
  transition-duration: ${cssVar('motion.duration.fast')};
  transition-timing-function: ${cssVar('motion.easing.standard')};
  -webkit-tap-highlight-color: transparent;

  &[data-variant='secondary'] {
    ${variantColors('secondary')}
    border-color: ${cssVar('color.border.strong')};
  }
  &[data-variant='tertiary'] {
    ${variantColors('tertiary')}
  }
  &[data-variant='danger'] {
    ${variantColors('danger')}
  }

  &:hover {
    background-color: var(--_bg-hover);
  }
  &:active,
  &[data-pressed] {
    background-color: var(--_bg-pressed);
  }
  &:focus-visible {
    ${focusRing}
  }
  &:disabled,
  &[aria-disabled='true'] {
    cursor: not-allowed;
    background-color: var(--_bg-disabled);
    color: var(--_fg-disabled);
    border-color: transparent;
  }
  &[data-loading] {
    cursor: progress;
    background-color: var(--_bg);
    color: transparent;
  }

  &[data-size='sm'] {
    min-block-size: ${cssVar('size.control.sm')};
    min-inline-size: ${cssVar('size.control.sm')};
    padding-inline: ${cssVar('space.3')};
    gap: ${cssVar('space.1')};
    ${typographyStyles('label-sm')}
  }
  &[data-size='lg'] {
    min-block-size: ${cssVar('size.control.lg')};
    min-inline-size: ${cssVar('size.control.lg')};
    padding-inline: ${cssVar('space.6')};
    ${typographyStyles('label-lg')}
  }
  &[data-full-width] {
    display: flex;
    inline-size: 100%;
  }

  & > [data-part='icon'] {
    display: inline-flex;
    flex-shrink: 0;
    inline-size: ${cssVar('size.icon.sm')};
    block-size: ${cssVar('size.icon.sm')};
  }
  &[data-size='lg'] > [data-part='icon'] {
    inline-size: ${cssVar('size.icon.md')};
    block-size: ${cssVar('size.icon.md')};
  }
  & > [data-part='icon'] > svg {
    inline-size: 100%;
    block-size: 100%;
  }
  & > [data-part='spinner'] {
    position: absolute;
    inset: 0;
    margin: auto;
    inline-size: ${cssVar('size.icon.sm')};
    block-size: ${cssVar('size.icon.sm')};
    border: ${cssVar('border.width.thick')} solid var(--_fg);
    border-inline-end-color: transparent;
    border-radius: ${cssVar('radius.full')};
    animation: cal-button-spin ${cssVar('motion.duration.slow')} linear infinite;
    animation-duration: calc(${cssVar('motion.duration.slow')} * 3);
  }
  @keyframes cal-button-spin {
    to {
      transform: rotate(1turn);
    }
  }
`);
