import { css } from '../../theme/css';
import { defineStyles } from '../../theme/styleRegistry';
import { cssVar } from '../../tokens';
import { dialogParts } from '../Dialog/Dialog.styles';

/*
 * A panel along one edge of the viewport. `end` (the default) and `start` are logical, so
 * they swap sides in RTL; the size token is the panel's inline size there and its block size
 * for `top`/`bottom`. It slides in from its edge (`--_from`, mirrored under `:dir(rtl)`) with
 * motion.duration.slow, out faster, and not at all under prefers-reduced-motion. A non-modal
 * drawer (`show()`) is not in the top layer, so it takes the `z.modal` stacking level itself.
 *
 * In the rules below:
 * - `& > [data-part='body']`: A non-modal drawer's page still scrolls: the body's scroll does not
 *   chain into it.
 */
export const drawerClass = defineStyles(css`
  label: drawer;
  --_size: ${cssVar('size.drawer.md')};
  --_from: translateX(100%);
  ${dialogParts}
  position: fixed;
  inset: 0 0 0 auto;
  inset-inline-start: auto;
  inset-inline-end: 0;
  margin: 0;
  inline-size: var(--_size);
  max-inline-size: 100%;
  block-size: 100%;
  max-block-size: 100%;
  border-block: none;
  border-inline-end: none;
  z-index: ${cssVar('z.modal')};
  animation: cal-drawer-enter ${cssVar('motion.duration.slow')} ${cssVar('motion.easing.enter')};
  &::backdrop {
    animation: cal-drawer-fade-in ${cssVar('motion.duration.slow')} ${cssVar('motion.easing.enter')};
  }
  &[data-exiting] {
    animation: cal-drawer-exit ${cssVar('motion.duration.normal')} ${cssVar('motion.easing.exit')}
      forwards;
  }
  &[data-exiting]::backdrop {
    animation: cal-drawer-fade-out ${cssVar('motion.duration.normal')}
      ${cssVar('motion.easing.exit')} forwards;
  }
  &:dir(rtl) {
    --_from: translateX(-100%);
  }
  & > [data-part='body'] {
    overscroll-behavior: contain;
  }

  &[data-side='start'] {
    --_from: translateX(-100%);
    inset-inline-start: 0;
    inset-inline-end: auto;
    border-inline-start: none;
    border-inline-end: ${cssVar('border.width.thin')} solid ${cssVar('color.border.subtle')};
  }
  &[data-side='start']:dir(rtl) {
    --_from: translateX(100%);
  }
  &[data-side='top'],
  &[data-side='bottom'] {
    inset-inline: 0;
    inline-size: 100%;
    max-inline-size: 100%;
    block-size: var(--_size);
    border-inline: none;
  }
  &[data-side='top'] {
    --_from: translateY(-100%);
    inset-block: 0 auto;
    border-block-end: ${cssVar('border.width.thin')} solid ${cssVar('color.border.subtle')};
  }
  &[data-side='bottom'] {
    --_from: translateY(100%);
    inset-block: auto 0;
    border-block-start: ${cssVar('border.width.thin')} solid ${cssVar('color.border.subtle')};
  }

  &[data-size='sm'] {
    --_size: ${cssVar('size.drawer.sm')};
  }
  &[data-size='lg'] {
    --_size: ${cssVar('size.drawer.lg')};
  }

  @media (prefers-reduced-motion: reduce) {
    &,
    &::backdrop,
    &[data-exiting],
    &[data-exiting]::backdrop {
      animation: none;
    }
  }

  @keyframes cal-drawer-enter {
    from {
      transform: var(--_from);
    }
  }
  @keyframes cal-drawer-exit {
    to {
      transform: var(--_from);
    }
  }
  @keyframes cal-drawer-fade-in {
    from {
      opacity: 0;
    }
  }
  @keyframes cal-drawer-fade-out {
    to {
      opacity: 0;
    }
  }
`);
