import { css } from '../../theme/css';
import { defineStyles } from '../../theme/styleRegistry';
import { cssVar } from '../../tokens';
import { listPopupNote, listPopupSurface } from '../collection/listPopup.styles';

/*
 * The field box is FieldControl's (`controlClass`: border, focus ring on :focus-within, sizes,
 * invalid and disabled looks, the input's type). This adds the tags of a multiple selection,
 * which wrap before the input, and the clear button and the toggle at the end. The input
 * keeps room to type on the tags' last line.
 *
 * In the rules below:
 * - `& > [data-part='actions']`: The clear button and the toggle, kept together at the end of the
 *   last line.
 */
export const comboboxClass = defineStyles(css`
  label: combobox;
  flex-wrap: wrap;
  gap: ${cssVar('space.1')};
  padding-block: ${cssVar('space.1')};
  padding-inline-end: ${cssVar('space.1')};

  & > input {
    flex: 1 1 ${cssVar('size.16')};
  }
  & > [data-part='tags'] {
    display: contents;
  }
  & > [data-part='tags'] > * {
    max-inline-size: 100%;
  }
  & > [data-part='actions'] {
    display: flex;
    flex: none;
    gap: ${cssVar('space.1')};
    margin-inline-start: auto;
  }
  & [data-part='toggle'] {
    display: inline-flex;
    flex: none;
    align-items: center;
    justify-content: center;
    inline-size: ${cssVar('size.6')};
    block-size: ${cssVar('size.6')};
    margin: 0;
    padding: 0;
    border: 0;
    border-radius: ${cssVar('radius.sm')};
    background: transparent;
    color: ${cssVar('color.text.secondary')};
    cursor: pointer;
  }
  & [data-part='toggle']:disabled {
    cursor: inherit;
    color: ${cssVar('color.text.disabled')};
  }
  & [data-part='toggle'] > svg,
  & [data-part='clear'] > svg {
    inline-size: ${cssVar('size.icon.sm')};
    block-size: ${cssVar('size.icon.sm')};
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
    stroke-linecap: round;
    stroke-linejoin: round;
    transition: transform ${cssVar('motion.duration.fast')} ${cssVar('motion.easing.standard')};
  }
  &[data-open] [data-part='toggle'] > svg {
    transform: rotate(180deg);
  }

  @media (prefers-reduced-motion: reduce) {
    & [data-part='toggle'] > svg {
      transition: none;
    }
  }
`);

/*
 * The list's popup: the box every list popup shares (`listPopupSurface`), and under the list
 * the status line (loading, no match, failed); with no option left only that line shows.
 */
export const comboboxPopupClass = defineStyles(css`
  label: combobox-popup;
  ${listPopupSurface}
  &[data-empty] > [role='listbox'] {
    display: none;
  }
  & > [data-part='status'] {
    ${listPopupNote}
  }
  & > [data-status='error'] {
    color: ${cssVar('color.status.error.fg')};
  }
`);
