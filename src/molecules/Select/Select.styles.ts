import { css } from '../../theme/css';
import { defineStyles } from '../../theme/styleRegistry';
import { cssVar, typographyStyles } from '../../tokens';
import { listPopupNote, listPopupSurface } from '../collection/listPopup.styles';

/*
 * The field box is FieldControl's (`controlClass`: border, focus ring on :focus-within, sizes,
 * invalid and disabled looks); this adds the trigger button that fills it. The clear button
 * sits on top of the trigger, before the chevron, so every press elsewhere in the box hits
 * the trigger. `data-clearable` makes room for it after the value.
 *
 * In the rules below:
 * - `&[data-clearable] [data-part='value']`: Room for the clear button, which sits between the
 *   value and the chevron.
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
 * The list's popup: the box every list popup shares (`listPopupSurface`: anchored, in the top
 * layer, at least as wide as the field, about eight options tall at most, a fade), and under
 * the list a line when there is no option. An empty list keeps its place in the accessibility
 * tree (named, described by that line) but takes no room, so only the line shows, as in
 * ListBox and Combobox.
 */
export const selectPopupClass = defineStyles(css`
  label: select-popup;
  ${listPopupSurface}
  & > [role='listbox']:empty {
    padding-block: 0;
  }
  & > [data-part='empty'] {
    ${listPopupNote}
  }
`);
