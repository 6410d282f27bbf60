import { cssVar, typographyStyles } from '../../tokens';
import { anchoredSurface } from '../overlay/anchoredSurface';

/*
 * The box of the popup a field opens its list in (Select, Combobox), written once so the two
 * popups cannot drift apart: an anchored surface in the top layer (z.popover where the Popover
 * API is missing), at least as wide as the field (`--trigger-width` from anchorOverlay), no
 * taller than about eight options or the room left in the viewport, whichever is less; the
 * list inside scrolls. Plain strings to interpolate in a `css` block, like `anchoredSurface`.
 * Motion as Popover: a fade in, and out on `[data-exiting]`. What sits under the list (a
 * line in `listPopupNote`'s look) stays with each popup.
 */
export const listPopupSurface = `
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
  animation: cal-list-popup-enter ${cssVar('motion.duration.fast')} ${cssVar('motion.easing.enter')};

  &[data-exiting] {
    pointer-events: none;
    animation: cal-list-popup-exit ${cssVar('motion.duration.fast')} ${cssVar('motion.easing.exit')}
      forwards;
  }

  & > [role='listbox'] {
    flex: 1 1 auto;
    min-block-size: 0;
    border-radius: inherit;
  }

  @media (prefers-reduced-motion: reduce) {
    &,
    &[data-exiting] {
      animation: none;
    }
  }
  @keyframes cal-list-popup-enter {
    from {
      opacity: 0;
    }
  }
  @keyframes cal-list-popup-exit {
    to {
      opacity: 0;
    }
  }
`;

/** A line of text under the list (Select's "No options", Combobox's loading/no match/failed). */
export const listPopupNote = `
  margin: 0;
  padding-block: ${cssVar('space.2')};
  padding-inline: ${cssVar('space.3')};
  ${typographyStyles('body-sm')}
  color: ${cssVar('color.text.secondary')};
`;
