import { css } from '../../theme/css';
import { defineStyles } from '../../theme/styleRegistry';
import { cssVar, typographyStyles } from '../../tokens';
import { anchoredSurface } from '../overlay/anchoredSurface';

/*
 * The field box is FieldControl's (`controlClass`: border, focus ring on :focus-within, sizes,
 * invalid and disabled looks); this adds the trigger button that fills it. The clear button
 * sits on top of the trigger, before the chevron, so every press elsewhere in the box hits
 * the trigger. `data-clearable` makes room for it after the value.
 */
export const selectClass = defineStyles(css`
  label: select;
  --_pad: ${cssVar('space.3')};
  position: relative;
  padding: 0;
  cursor: pointer;

  & > [role='combobox'] {
    display: flex;
    flex: 1 1 auto;
    align-items: center;
    gap: ${cssVar('space.2')};
    box-sizing: border-box;
    align-self: stretch;
    min-inline-size: 0;
    margin: 0;
    padding-block: ${cssVar('space.1')};
    padding-inline: var(--_pad);
    border: 0;
    border-radius: inherit;
    background: transparent;
    color: inherit;
    ${typographyStyles('body')}
    text-align: start;
    cursor: inherit;
    outline: none;
    -webkit-tap-highlight-color: transparent;
  }
  & > [role='combobox']:disabled {
    cursor: not-allowed;
  }
  &[data-readonly] {
    cursor: default;
  }

  & [data-part='value'] {
    flex: 1 1 auto;
    min-inline-size: 0;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  /* Room for the clear button, which sits between the value and the chevron. */
  &[data-clearable] [data-part='value'] {
    margin-inline-end: calc(${cssVar('size.6')} + ${cssVar('space.1')});
  }
  & [data-part='value'][data-placeholder] {
    color: ${cssVar('color.text.secondary')};
  }
  [data-disabled] > & [data-part='value'] {
    color: ${cssVar('color.text.disabled')};
  }
  & [data-part='chevron'] {
    flex: none;
    inline-size: ${cssVar('size.icon.sm')};
    block-size: ${cssVar('size.icon.sm')};
    color: ${cssVar('color.text.secondary')};
    transition: transform ${cssVar('motion.duration.fast')} ${cssVar('motion.easing.standard')};
  }
  [data-disabled] > & [data-part='chevron'] {
    color: ${cssVar('color.text.disabled')};
  }
  &[data-open] [data-part='chevron'] {
    transform: rotate(180deg);
  }
  & [data-part='chevron'],
  & [data-part='cross'] {
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  & [data-part='cross'] {
    inline-size: ${cssVar('size.icon.sm')};
    block-size: ${cssVar('size.icon.sm')};
  }
  & > [data-part='clear'] {
    position: absolute;
    inset-block-start: 50%;
    inset-inline-end: calc(var(--_pad) + ${cssVar('size.icon.sm')} + ${cssVar('space.1')});
    transform: translateY(-50%);
  }

  & [data-part='tags'] {
    display: flex;
    flex-wrap: wrap;
    gap: ${cssVar('space.1')};
    white-space: normal;
  }
  & [data-part='tag'] {
    max-inline-size: 100%;
    box-sizing: border-box;
    padding-inline: ${cssVar('space.2')};
    border: ${cssVar('border.width.thin')} solid ${cssVar('color.border.subtle')};
    border-radius: ${cssVar('radius.sm')};
    background-color: ${cssVar('color.bg.sunken')};
    color: ${cssVar('color.text.primary')};
    ${typographyStyles('body-sm')}
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }

  &[data-size='sm'] {
    --_pad: ${cssVar('space.2')};
  }
  &[data-size='sm'] > [role='combobox'] {
    ${typographyStyles('body-sm')}
  }
  &[data-size='lg'] {
    --_pad: ${cssVar('space.4')};
  }

  @media (prefers-reduced-motion: reduce) {
    & [data-part='chevron'] {
      transition: none;
    }
  }
`);

/*
 * The list's popup: an anchored surface in the top layer (z.popover where the Popover API is
 * missing), at least as wide as the field (`--trigger-width` from anchorOverlay), no taller
 * than about eight options or the room left in the viewport, whichever is less. The list
 * inside scrolls. Motion as Popover: a fade in, and out on `[data-exiting]`.
 */
export const selectPopupClass = defineStyles(css`
  label: select-popup;
  ${anchoredSurface}
  z-index: ${cssVar('z.popover')};
  display: flex;
  flex-direction: column;
  padding: 0;
  min-inline-size: var(--trigger-width, auto);
  max-inline-size: max(
    var(--trigger-width, ${cssVar('space.0')}),
    min(var(--available-width, 100vw), calc(4 * ${cssVar('size.24')}))
  );
  max-block-size: min(var(--available-height, 100vh), calc(8 * ${cssVar('size.control.md')}));
  border: ${cssVar('border.width.thin')} solid ${cssVar('color.border.subtle')};
  border-radius: ${cssVar('radius.md')};
  background-color: ${cssVar('color.bg.raised')};
  color: ${cssVar('color.text.primary')};
  box-shadow: ${cssVar('elevation.md')};
  animation: cal-select-enter ${cssVar('motion.duration.fast')} ${cssVar('motion.easing.enter')};

  &[data-exiting] {
    pointer-events: none;
    animation: cal-select-exit ${cssVar('motion.duration.fast')} ${cssVar('motion.easing.exit')}
      forwards;
  }
  & > [role='listbox'] {
    flex: 1 1 auto;
    min-block-size: 0;
    border-radius: inherit;
  }
  & > [data-part='empty'] {
    margin: 0;
    padding-block: ${cssVar('space.2')};
    padding-inline: ${cssVar('space.3')};
    ${typographyStyles('body-sm')}
    color: ${cssVar('color.text.secondary')};
  }

  @media (prefers-reduced-motion: reduce) {
    &,
    &[data-exiting] {
      animation: none;
    }
  }
  @keyframes cal-select-enter {
    from {
      opacity: 0;
    }
  }
  @keyframes cal-select-exit {
    to {
      opacity: 0;
    }
  }
`);
