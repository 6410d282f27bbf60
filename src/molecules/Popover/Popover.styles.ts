import { css } from '../../theme/css';
import { defineStyles } from '../../theme/styleRegistry';
import { cssVar, typographyStyles } from '../../tokens';
import { anchoredArrow, anchoredSurface } from '../overlay/anchoredSurface';

/*
 * Motion: fades in (motion.duration.fast, the enter easing) and out on `[data-exiting]`
 * (usePresence waits for that animation before unmounting). None under
 * prefers-reduced-motion. `--trigger-width` (set by anchorOverlay) is left to the caller:
 * `style={{ minInlineSize: 'var(--trigger-width)' }}` makes a popover as wide as its trigger.
 */
export const popoverClass = defineStyles(css`
  label: popover;
  --_arrow: ${cssVar('space.3')};
  ${anchoredSurface}
  ${anchoredArrow}
  z-index: ${cssVar('z.popover')};
  display: flex;
  flex-direction: column;
  padding: 0;
  max-inline-size: var(--available-width, 100vw);
  max-block-size: var(--available-height, 100vh);
  border: ${cssVar('border.width.thin')} solid ${cssVar('color.border.subtle')};
  border-radius: ${cssVar('radius.lg')};
  background-color: ${cssVar('color.bg.raised')};
  color: ${cssVar('color.text.primary')};
  box-shadow: ${cssVar('elevation.lg')};
  ${typographyStyles('body')}
  animation: cal-popover-enter ${cssVar('motion.duration.fast')} ${cssVar('motion.easing.enter')};
  &:focus-visible {
    outline: ${cssVar('focus.ring.width')} solid ${cssVar('color.focus.ring')};
    outline-offset: ${cssVar('focus.ring.offset')};
  }
  &[data-exiting] {
    pointer-events: none;
    animation: cal-popover-exit ${cssVar('motion.duration.fast')} ${cssVar('motion.easing.exit')}
      forwards;
  }

  & > [data-part='title'] {
    margin: 0;
    ${typographyStyles('label-lg')}
    padding-block: ${cssVar('space.3')} 0;
    padding-inline: ${cssVar('space.4')};
  }
  & > [data-part='content'] {
    flex: 1 1 auto;
    min-block-size: 0;
    overflow: auto;
    overscroll-behavior: contain;
    padding-block: ${cssVar('space.3')};
    padding-inline: ${cssVar('space.4')};
    border-radius: inherit;
  }
  & > [data-part='content']:focus-visible {
    outline: ${cssVar('focus.ring.width')} solid ${cssVar('color.focus.ring')};
    outline-offset: calc(-1 * ${cssVar('focus.ring.width')});
  }

  @media (prefers-reduced-motion: reduce) {
    &,
    &[data-exiting] {
      animation: none;
    }
  }

  @keyframes cal-popover-enter {
    from {
      opacity: 0;
    }
  }
  @keyframes cal-popover-exit {
    to {
      opacity: 0;
    }
  }
`);
