import { css } from '../../theme/css';
import { defineStyles } from '../../theme/styleRegistry';
import { cssVar, typographyStyles } from '../../tokens';
import { anchoredArrow, anchoredSurface } from '../overlay/anchoredSurface';

/*
 * A short label-like bubble in the inverse colours, above everything (`z.tooltip`, and the
 * top layer where the browser has one). It takes pointer events, so the pointer can move
 * onto it without closing it (WCAG 1.4.13, hoverable). It fades in (motion.duration.fast);
 * it closes at once, so it needs no exit animation. No motion under prefers-reduced-motion.
 * Forced colours drop its inverse fill and shadow, which left bare text over the page: it
 * gets a `CanvasText` border there.
 */
export const tooltipClass = defineStyles(css`
  label: tooltip;
  --_arrow: ${cssVar('space.2')};
  ${anchoredSurface}
  ${anchoredArrow}
  z-index: ${cssVar('z.tooltip')};
  max-inline-size: min(var(--available-width, 100vw), calc(3 * ${cssVar('size.24')}));
  padding-block: ${cssVar('space.1')};
  padding-inline: ${cssVar('space.2')};
  border: none;
  border-radius: ${cssVar('radius.md')};
  background-color: ${cssVar('color.bg.inverse')};
  color: ${cssVar('color.text.inverse')};
  box-shadow: ${cssVar('elevation.md')};
  ${typographyStyles('body-sm')}
  overflow-wrap: break-word;
  animation: cal-tooltip-enter ${cssVar('motion.duration.fast')} ${cssVar('motion.easing.enter')};

  @media (forced-colors: active) {
    & {
      border: ${cssVar('border.width.thin')} solid CanvasText;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    & {
      animation: none;
    }
  }

  @keyframes cal-tooltip-enter {
    from {
      opacity: 0;
    }
  }
`);
