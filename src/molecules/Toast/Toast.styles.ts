import { css } from '../../theme/css';
import { focusRing } from '../../theme/sharedStyles';
import { defineStyles } from '../../theme/styleRegistry';
import { cssVar } from '../../tokens';
import { statusMessageStyles } from '../StatusMessage';

const edge = cssVar('space.4');

/*
 * The landmark that holds the toasts. It is a `popover="manual"` element, so the user agent's
 * popover look (centred, bordered, Canvas background) is undone first. It lets clicks through
 * everywhere but on the toasts themselves. Logical insets put `start`/`end` on the right side
 * in either direction. The default placement, bottom-end, is the base rule.
 */
export const toasterClass = defineStyles(css`
  label: toaster;
  position: fixed;
  inset: auto;
  inset-block-end: ${edge};
  inset-inline-end: ${edge};
  z-index: ${cssVar('z.toast')};
  inline-size: min(calc(100vw - 2 * ${edge}), calc(4 * ${cssVar('size.24')}));
  margin: 0;
  padding: 0;
  overflow: visible;
  border: 0;
  background: transparent;
  pointer-events: none;

  &[data-placement^='top'] {
    inset-block-start: ${edge};
    inset-block-end: auto;
  }
  &[data-placement$='start'] {
    inset-inline-start: ${edge};
    inset-inline-end: auto;
  }
  &[data-placement='top'],
  &[data-placement='bottom'] {
    inset-inline: 0;
    margin-inline: auto;
  }
  &:focus-visible {
    ${focusRing}
  }

  & > [data-part='list'] {
    display: flex;
    flex-direction: column;
    gap: ${cssVar('space.2')};
    margin: 0;
    padding: 0;
    list-style: none;
  }
`);

/*
 * In the rules below:
 * - `&& > [data-part='dismiss']`: The dismiss Button, squared as IconButton squares it (the doubled
 *   class outranks its size).
 * - `&[data-exiting]`: a toast that left fades out (motion.duration.fast, the exit easing);
 *   then, where `interpolate-size` lets a transition reach 0 from `auto` (Chromium 129+), its
 *   space closes: block size, padding, border and its share of the list's gap (a negative
 *   end margin) go to nothing (motion.duration.normal, the standard easing, after the fade;
 *   the `all` transition moves only what the `@supports` rule changes, so elsewhere only the
 *   fade runs). The others slide toward the anchored edge instead of jumping at removal. The
 *   Toaster removes it when its transitions end (usePresence waits for all of them). Only
 *   where motion is welcome: under reduced motion nothing animates, and it goes at once. The
 *   enter fade is only there too.
 */
export const toastClass = defineStyles(css`
  label: toast;
  ${statusMessageStyles}
  padding-block: ${cssVar('space.3')};
  padding-inline: ${cssVar('space.4')};
  border-radius: ${cssVar('radius.md')};
  box-shadow: ${cssVar('elevation.md')};
  pointer-events: auto;
  && > [data-part='dismiss'] {
    padding: 0;
    inline-size: ${cssVar('size.control.sm')};
  }
  @media (prefers-reduced-motion: no-preference) {
    animation: cal-toast-enter ${cssVar('motion.duration.normal')} ${cssVar('motion.easing.enter')};
    &[data-exiting] {
      opacity: 0;
      transition:
        all ${cssVar('motion.duration.normal')} ${cssVar('motion.easing.standard')}
          ${cssVar('motion.duration.fast')},
        opacity ${cssVar('motion.duration.fast')} ${cssVar('motion.easing.exit')};
    }
    @supports (interpolate-size: allow-keywords) {
      &[data-exiting] {
        interpolate-size: allow-keywords;
        min-block-size: 0;
        block-size: 0;
        padding: 0;
        border-width: 0;
        margin-block-end: calc(-1 * ${cssVar('space.2')});
      }
    }
  }
  @keyframes cal-toast-enter {
    from {
      opacity: 0;
    }
  }
`);
