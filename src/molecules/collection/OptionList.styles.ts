import { css } from '../../theme/css';
import { defineStyles } from '../../theme/styleRegistry';
import { cssVar, typographyStyles } from '../../tokens';

/*
 * The listbox and its options, shared by ListBox and Select. The listbox scrolls; when it is
 * windowed, two spacers (`--_size`, px, from useVirtualRows) stand in for the rows not
 * rendered. It is the offset parent of its rows (`position: relative`), which the windowing
 * measures against. Rows have no block margins: their heights are measured with
 * `offsetHeight`, which leaves margins out.
 *
 * The active option (the one `aria-activedescendant` names) has the sunken background; reached
 * by keyboard it also draws the focus ring inside its edge, since DOM focus is elsewhere and
 * the browser draws none.
 */
export const optionListClass = defineStyles(css`
  label: listbox;
  position: relative;
  box-sizing: border-box;
  overflow-y: auto;
  overscroll-behavior: contain;
  margin: 0;
  padding-block: ${cssVar('space.1')};
  padding-inline: ${cssVar('space.1')};
  color: ${cssVar('color.text.primary')};
  ${typographyStyles('body')}
  outline: none;

  & > [data-part='spacer'] {
    block-size: var(--_size);
  }
  & [role='option'] {
    display: flex;
    align-items: flex-start;
    gap: ${cssVar('space.2')};
    padding-block: ${cssVar('space.2')};
    padding-inline: ${cssVar('space.2')} ${cssVar('space.3')};
    border-radius: ${cssVar('radius.sm')};
    cursor: pointer;
    user-select: none;
    -webkit-tap-highlight-color: transparent;
  }
  & > [role='option'][data-outside] {
    position: absolute;
    inline-size: ${cssVar('size.px')};
    block-size: ${cssVar('size.px')};
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  & [role='option'][data-active] {
    background-color: ${cssVar('color.bg.sunken')};
  }
  & [role='option'][data-focus-visible] {
    outline: ${cssVar('focus.ring.width')} solid ${cssVar('color.focus.ring')};
    outline-offset: calc(-1 * ${cssVar('focus.ring.width')});
  }
  & [role='option'][aria-disabled='true'] {
    color: ${cssVar('color.text.disabled')};
    cursor: not-allowed;
  }
  & [role='option'][aria-selected='true'] [data-part='label'] {
    font-weight: ${cssVar('font.weight.semibold')};
  }

  & [data-part='check'],
  & [data-part='box'] {
    display: inline-flex;
    flex: none;
    align-items: center;
    justify-content: center;
    box-sizing: border-box;
    inline-size: ${cssVar('size.icon.sm')};
    block-size: ${cssVar('size.icon.sm')};
    margin-block: calc((1lh - ${cssVar('size.icon.sm')}) / 2);
    color: ${cssVar('color.text.primary')};
  }
  & [data-part='box'] {
    border: ${cssVar('border.width.thin')} solid ${cssVar('color.field.border')};
    border-radius: ${cssVar('radius.sm')};
    background-color: ${cssVar('color.field.bg')};
  }
  & [aria-selected='true'] > [data-part='box'] {
    border-color: ${cssVar('color.interactive.primary.rest')};
    background-color: ${cssVar('color.interactive.primary.rest')};
    color: ${cssVar('color.interactive.primary.fg')};
  }
  & [aria-disabled='true'] > [data-part='box'],
  & [aria-disabled='true'] > [data-part='check'] {
    border-color: ${cssVar('color.border.subtle')};
    color: ${cssVar('color.text.disabled')};
  }
  & [data-part='check'] > svg,
  & [data-part='box'] > svg {
    inline-size: 100%;
    block-size: 100%;
    fill: none;
    stroke: currentColor;
    stroke-width: 2.5;
    stroke-linecap: round;
    stroke-linejoin: round;
  }

  & [data-part='text'] {
    display: flex;
    flex: 1 1 auto;
    flex-direction: column;
    min-inline-size: 0;
    overflow-wrap: anywhere;
  }
  & [data-part='description'] {
    ${typographyStyles('caption')}
    color: ${cssVar('color.text.secondary')};
  }
  & [aria-disabled='true'] [data-part='description'] {
    color: ${cssVar('color.text.disabled')};
  }

  & [data-part='heading'] {
    padding-block: ${cssVar('space.2')} ${cssVar('space.1')};
    padding-inline: ${cssVar('space.2')};
    ${typographyStyles('label-sm')}
    color: ${cssVar('color.text.secondary')};
    overflow-wrap: anywhere;
  }

  &[data-size='sm'] {
    ${typographyStyles('body-sm')}
  }
  &[data-size='sm'] [role='option'] {
    padding-block: ${cssVar('space.1')};
  }
  &[data-size='lg'] [role='option'] {
    padding-block: ${cssVar('space.3')};
  }

  @media (forced-colors: active) {
    & > [role='option'][data-outside] {
      position: absolute;
      inline-size: ${cssVar('size.px')};
      block-size: ${cssVar('size.px')};
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
    & [role='option'][data-active] {
      outline: ${cssVar('focus.ring.width')} solid Highlight;
      outline-offset: calc(-1 * ${cssVar('focus.ring.width')});
    }
  }
`);
