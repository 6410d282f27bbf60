import { forcedInvalidOutline } from '../../theme/forcedColors';
import { focusRing } from '../../theme/sharedStyles';
import { cssVar, typographyStyles } from '../../tokens';

/*
 * The anatomy every choice control shares (Checkbox, Radio, Switch): a control cell one line
 * tall beside a text column (label, description, error). The native <input> is stretched over
 * the control cell with opacity 0, so it stays the element that is clicked, focused, labelled
 * and submitted; the visible box after it only draws its state (`input:checked + …`).
 * Exported as CSS text so Checkbox, Radio and Switch compose it into their own static rules.
 *
 * Forced colours (Windows contrast themes) make every text CanvasText: a disabled control's label
 * would read as enabled. GrayText is the system's colour for it.
 */
export const choiceLayout = `
  display: grid;
  grid-template-columns: auto minmax(0, 1fr);
  column-gap: ${cssVar('space.2')};
  align-items: start;
  min-inline-size: 0;
  color: ${cssVar('color.text.primary')};
  ${typographyStyles('body')}

  &[data-size='sm'] {
    ${typographyStyles('body-sm')}
  }

  & > [data-part='control'] {
    position: relative;
    display: inline-flex;
    flex: none;
    align-items: center;
    justify-content: center;
    block-size: 1lh;
  }
  & > [data-part='control'] > input {
    position: absolute;
    inset: 0;
    inline-size: 100%;
    block-size: 100%;
    margin: 0;
    padding: 0;
    opacity: 0;
    cursor: pointer;
  }
  & > [data-part='control'] > input:disabled {
    cursor: not-allowed;
  }
  &[data-readonly] > [data-part='control'] > input {
    cursor: default;
  }

  & > [data-part='text'] {
    display: flex;
    flex-direction: column;
    gap: ${cssVar('space.1')};
    min-inline-size: 0;
  }
  & [data-part='label'] {
    overflow-wrap: anywhere;
    cursor: pointer;
  }
  &[data-readonly] [data-part='label'] {
    cursor: default;
  }
  &[data-disabled] [data-part='label'] {
    color: ${cssVar('color.text.disabled')};
    cursor: not-allowed;
  }
  & [data-part='required'] {
    margin-inline-start: ${cssVar('space.1')};
    color: ${cssVar('color.status.error.fg')};
  }
  & [data-part='description'],
  & [data-part='error'] {
    margin: 0;
    ${typographyStyles('caption')}
    overflow-wrap: anywhere;
  }
  & [data-part='description'] {
    color: ${cssVar('color.text.secondary')};
  }
  & [data-part='error'] {
    color: ${cssVar('color.status.error.fg')};
  }

  @media (forced-colors: active) {
    &[data-disabled] [data-part='label'],
    &[data-disabled] [data-part='description'] {
      color: GrayText;
    }
  }
`;

/**
 * The colours of a box-like indicator (checkbox square, radio circle) by state, as private
 * custom properties the shape rules read. `on` is the selector for the selected state.
 *
 * Forced colours keep the box's border and mark (CanvasText) but drop its fill: the state is the
 * mark. Disabled takes GrayText, the system's colour for it, border and mark. Invalid and
 * read-only have no system colour, so they take a shape, as text fields do (FieldControl): a
 * second line around the box when invalid (the focus ring replaces it while focused), a dashed
 * border when read-only.
 */
export const choiceBoxColors = (on: string) => `
  & > [data-part='control'] > [data-part='box'] {
    --_box-bg: ${cssVar('color.field.bg')};
    --_box-border: ${cssVar('color.field.border')};
    --_box-fg: ${cssVar('color.interactive.primary.fg')};
    box-sizing: border-box;
    display: inline-flex;
    flex: none;
    align-items: center;
    justify-content: center;
    inline-size: var(--_box-size);
    block-size: var(--_box-size);
    border: ${cssVar('border.width.thick')} solid var(--_box-border);
    background-color: var(--_box-bg);
    color: var(--_box-fg);
    transition-property: background-color, border-color;
    transition-duration: ${cssVar('motion.duration.fast')};
    transition-timing-function: ${cssVar('motion.easing.standard')};
  }
  & {
    --_box-size: ${cssVar('size.5')};
  }
  &[data-size='sm'] {
    --_box-size: ${cssVar('size.4')};
  }
  &[data-size='lg'] {
    --_box-size: ${cssVar('size.6')};
  }
  &:not([data-readonly]) > [data-part='control'] > input:hover:not(:disabled) + [data-part='box'] {
    --_box-border: ${cssVar('color.field.border-hover')};
  }
  &[data-invalid] > [data-part='control'] > [data-part='box'] {
    --_box-border: ${cssVar('color.status.error.fg')};
  }
  & > [data-part='control'] > input:is(${on}) + [data-part='box'] {
    --_box-bg: ${cssVar('color.interactive.primary.rest')};
    --_box-border: ${cssVar('color.interactive.primary.rest')};
  }
  &:not([data-readonly]) > [data-part='control'] > input:is(${on}):hover:not(:disabled) + [data-part='box'] {
    --_box-bg: ${cssVar('color.interactive.primary.hover')};
    --_box-border: ${cssVar('color.interactive.primary.hover')};
  }
  &[data-readonly] > [data-part='control'] > input + [data-part='box'] {
    --_box-bg: ${cssVar('color.bg.sunken')};
    --_box-border: ${cssVar('color.border.strong')};
    --_box-fg: ${cssVar('color.text.primary')};
  }
  & > [data-part='control'] > input:disabled + [data-part='box'] {
    --_box-bg: ${cssVar('color.field.bg-disabled')};
    --_box-border: ${cssVar('color.border.subtle')};
    --_box-fg: ${cssVar('color.text.disabled')};
  }
  & > [data-part='control'] > input:disabled:is(${on}) + [data-part='box'] {
    --_box-bg: ${cssVar('color.interactive.primary.disabled')};
    --_box-border: ${cssVar('color.interactive.primary.disabled')};
    --_box-fg: ${cssVar('color.interactive.primary.fg-disabled')};
  }
  & > [data-part='control'] > input:focus-visible + [data-part='box'] {
    ${focusRing}
  }
  @media (forced-colors: active) {
    & > [data-part='control'] > input:disabled + [data-part='box'] {
      border-color: GrayText;
      color: GrayText;
    }
    &[data-invalid] > [data-part='control'] > input:not(:focus-visible) + [data-part='box'] {
      ${forcedInvalidOutline}
    }
    &[data-readonly] > [data-part='control'] > [data-part='box'] {
      border-style: dashed;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    & > [data-part='control'] > [data-part='box'] {
      transition: none;
    }
  }
`;
