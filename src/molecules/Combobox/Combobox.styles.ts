import { css } from '../../theme/css';
import { defineStyles } from '../../theme/styleRegistry';
import { cssVar, typographyStyles } from '../../tokens';
import { anchoredSurface } from '../overlay/anchoredSurface';

/*
 * The field box is FieldControl's (`controlClass`: border, focus ring on :focus-within, sizes,
 * invalid and disabled looks, the input's type). This adds the tags of a multiple selection,
 * which wrap before the input, and the clear button and the toggle at the end. The input
 * keeps room to type on the tags' last line.
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
  /* The clear button and the toggle, kept together at the end of the last line. */
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
 * The list's popup, as Select's: an anchored surface in the top layer, at least as wide as the
 * field, no taller than about eight options or the room left. The status line (loading, no
 * match, failed) sits under the options.
 */
export const comboboxPopupClass = defineStyles(css`
  label: combobox-popup;
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
  animation: cal-combobox-enter ${cssVar('motion.duration.fast')} ${cssVar('motion.easing.enter')};

  &[data-exiting] {
    pointer-events: none;
    animation: cal-combobox-exit ${cssVar('motion.duration.fast')} ${cssVar('motion.easing.exit')}
      forwards;
  }
  & > [role='listbox'] {
    flex: 1 1 auto;
    min-block-size: 0;
    border-radius: inherit;
  }
  &[data-empty] > [role='listbox'] {
    display: none;
  }
  & > [data-part='status'] {
    margin: 0;
    padding-block: ${cssVar('space.2')};
    padding-inline: ${cssVar('space.3')};
    ${typographyStyles('body-sm')}
    color: ${cssVar('color.text.secondary')};
  }
  & > [data-status='error'] {
    color: ${cssVar('color.status.error.fg')};
  }

  @media (prefers-reduced-motion: reduce) {
    &,
    &[data-exiting] {
      animation: none;
    }
  }
  @keyframes cal-combobox-enter {
    from {
      opacity: 0;
    }
  }
  @keyframes cal-combobox-exit {
    to {
      opacity: 0;
    }
  }
`);
