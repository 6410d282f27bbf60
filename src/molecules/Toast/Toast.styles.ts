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
 * - `&[data-exiting]`: a toast that left fades out (motion.duration.fast, the exit easing); the
 *   Toaster removes it when that animation ends (usePresence). Only where motion is welcome,
 *   so under reduced motion there is no animation to wait for and it goes at once.
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
  animation: cal-toast-enter ${cssVar('motion.duration.normal')} ${cssVar('motion.easing.enter')};

  @media (prefers-reduced-motion: reduce) {
    animation: none;
  }
  @media (prefers-reduced-motion: no-preference) {
    &[data-exiting] {
      animation: cal-toast-exit ${cssVar('motion.duration.fast')} ${cssVar('motion.easing.exit')}
        forwards;
    }
  }
  @keyframes cal-toast-enter {
    from {
      opacity: 0;
    }
  }
  @keyframes cal-toast-exit {
    to {
      opacity: 0;
    }
  }
`);
