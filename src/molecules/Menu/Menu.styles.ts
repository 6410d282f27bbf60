import { css } from '../../theme/css';
import { defineStyles } from '../../theme/styleRegistry';
import { cssVar, typographyStyles } from '../../tokens';
import { anchoredSurface } from '../overlay/anchoredSurface';

/*
 * The menu popup (the root and every submenu) and its items, in the look of Select's list:
 * the raised surface of Popover, items with the sunken background where the pointer or the
 * keyboard is (DOM focus is on the item, so `:focus` draws it), the focus ring only when it
 * came by keyboard. The popup scrolls when taller than the room left (`--available-height`,
 * written by anchorOverlay). Motion: fades in, and out on `[data-exiting]`; none under
 * prefers-reduced-motion.
 */
export const menuClass = defineStyles(css`
  label: menu;
  ${anchoredSurface}
  z-index: ${cssVar('z.dropdown')};
  display: flex;
  flex-direction: column;
  min-inline-size: calc(${cssVar('size.control.lg')} * 4);
  max-inline-size: min(var(--available-width, 100vw), calc(${cssVar('size.control.lg')} * 9));
  max-block-size: var(--available-height, 100vh);
  overflow-y: auto;
  overscroll-behavior: contain;
  padding: ${cssVar('space.1')};
  border: ${cssVar('border.width.thin')} solid ${cssVar('color.border.subtle')};
  border-radius: ${cssVar('radius.md')};
  background-color: ${cssVar('color.bg.raised')};
  color: ${cssVar('color.text.primary')};
  box-shadow: ${cssVar('elevation.lg')};
  ${typographyStyles('body')}
  outline: none;
  animation: cal-menu-enter ${cssVar('motion.duration.fast')} ${cssVar('motion.easing.enter')};
  &[data-exiting] {
    pointer-events: none;
    animation: cal-menu-exit ${cssVar('motion.duration.fast')} ${cssVar('motion.easing.exit')}
      forwards;
  }

  & [data-menu-item] {
    display: flex;
    flex: none;
    align-items: flex-start;
    gap: ${cssVar('space.2')};
    padding-block: ${cssVar('space.2')};
    padding-inline: ${cssVar('space.2')} ${cssVar('space.3')};
    border-radius: ${cssVar('radius.sm')};
    color: inherit;
    text-decoration: none;
    cursor: pointer;
    user-select: none;
    outline: none;
    -webkit-tap-highlight-color: transparent;
  }
  & [data-menu-item]:focus,
  & [data-menu-item][data-open] {
    background-color: ${cssVar('color.bg.sunken')};
  }
  & [data-menu-item]:focus-visible {
    outline: ${cssVar('focus.ring.width')} solid ${cssVar('color.focus.ring')};
    outline-offset: calc(-1 * ${cssVar('focus.ring.width')});
  }
  & [data-menu-item][aria-disabled='true'] {
    color: ${cssVar('color.text.disabled')};
    cursor: not-allowed;
  }

  & [data-part='check'],
  & [data-part='icon'],
  & [data-part='submenu'] {
    display: inline-flex;
    flex: none;
    align-items: center;
    justify-content: center;
    inline-size: ${cssVar('size.icon.sm')};
    block-size: ${cssVar('size.icon.sm')};
    margin-block: calc((1lh - ${cssVar('size.icon.sm')}) / 2);
  }
  & [data-part='check'] > svg,
  & [data-part='icon'] > svg,
  & [data-part='submenu'] {
    inline-size: 100%;
    block-size: 100%;
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  & [data-part='check'] > svg {
    stroke-width: 2.5;
  }
  & [data-part='submenu'] {
    inline-size: ${cssVar('size.icon.sm')};
    color: ${cssVar('color.text.secondary')};
  }
  &:dir(rtl) [data-part='submenu'] {
    transform: scaleX(-1);
  }

  & [data-part='text'] {
    display: flex;
    flex: 1 1 auto;
    flex-direction: column;
    min-inline-size: 0;
    overflow-wrap: anywhere;
  }
  & [data-part='description'] {
    ${typographyStyles('caption')}
    color: ${cssVar('color.text.secondary')};
  }
  & [data-part='shortcut'] {
    flex: none;
    margin-inline-start: ${cssVar('space.4')};
    font-family: inherit;
    ${typographyStyles('caption')}
    line-height: inherit;
    color: ${cssVar('color.text.secondary')};
  }
  & [aria-disabled='true'] [data-part='description'],
  & [aria-disabled='true'] [data-part='shortcut'] {
    color: ${cssVar('color.text.disabled')};
  }

  & [data-part='section'] {
    display: flex;
    flex-direction: column;
  }
  & [data-part='heading'] {
    padding-block: ${cssVar('space.2')} ${cssVar('space.1')};
    padding-inline: ${cssVar('space.2')};
    ${typographyStyles('label-sm')}
    color: ${cssVar('color.text.secondary')};
    overflow-wrap: anywhere;
  }
  & [data-part='separator'] {
    flex: none;
    block-size: ${cssVar('border.width.thin')};
    margin-block: ${cssVar('space.1')};
    margin-inline: calc(-1 * ${cssVar('space.1')});
    background-color: ${cssVar('color.border.subtle')};
  }

  &[data-size='sm'] {
    ${typographyStyles('body-sm')}
  }
  &[data-size='sm'] [data-menu-item] {
    padding-block: ${cssVar('space.1')};
  }
  &[data-size='lg'] [data-menu-item] {
    padding-block: ${cssVar('space.3')};
  }

  @media (forced-colors: active) {
    & [data-menu-item]:focus,
    & [data-menu-item][data-open] {
      outline: ${cssVar('focus.ring.width')} solid Highlight;
      outline-offset: calc(-1 * ${cssVar('focus.ring.width')});
    }
  }

  @media (prefers-reduced-motion: reduce) {
    &,
    &[data-exiting] {
      animation: none;
    }
  }

  @keyframes cal-menu-enter {
    from {
      opacity: 0;
    }
  }
  @keyframes cal-menu-exit {
    to {
      opacity: 0;
    }
  }
`);
