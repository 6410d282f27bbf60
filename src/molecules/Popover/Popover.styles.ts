import { css } from '../../theme/css';
import { defineStyles } from '../../theme/styleRegistry';
import { cssVar, typographyStyles } from '../../tokens';

/*
 * The arrow is a small square turned 45°, half of it showing past the edge that faces the
 * trigger; it shares the surface's background and border, so it reads as one shape.
 * `anchorOverlay` sets its position along the edge (`left`/`top`); which edge follows
 * `data-placement`. Sides are logical: the popover carries the trigger's `dir`, so `start`
 * and `end` resolve like the trigger's own text.
 */
const arrowRules = `
  & > [data-part='arrow'] {
    position: absolute;
    inline-size: var(--_arrow);
    block-size: var(--_arrow);
    background-color: inherit;
    border: inherit;
    border-radius: 0;
    transform: rotate(45deg);
    pointer-events: none;
  }
  &[data-placement^='top'] > [data-part='arrow'] {
    inset-block-end: calc(var(--_arrow) / -2);
    border-block-start-color: transparent;
    border-inline-start-color: transparent;
  }
  &[data-placement^='bottom'] > [data-part='arrow'] {
    inset-block-start: calc(var(--_arrow) / -2);
    border-block-end-color: transparent;
    border-inline-end-color: transparent;
  }
  &[data-placement^='start'] > [data-part='arrow'] {
    inset-inline-end: calc(var(--_arrow) / -2);
    border-block-end-color: transparent;
    border-inline-start-color: transparent;
  }
  &[data-placement^='end'] > [data-part='arrow'] {
    inset-inline-start: calc(var(--_arrow) / -2);
    border-block-start-color: transparent;
    border-inline-end-color: transparent;
  }
`;

/**
 * Shared by every anchored surface (Popover, Tooltip): undo the user agent's `[popover]`
 * centring (inset and margin), so the `left`/`top` that `anchorOverlay` writes place it.
 */
export const anchoredSurface = `
  position: fixed;
  inset: auto;
  margin: 0;
  box-sizing: border-box;
  overflow: visible;
  ${arrowRules}
`;

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
