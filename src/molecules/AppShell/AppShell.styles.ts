import { css } from '../../theme/css';
import { focusRing } from '../../theme/sharedStyles';
import { defineStyles } from '../../theme/styleRegistry';
import { cssVar, typographyStyles } from '../../tokens';
import { breakpointQuery } from '../../atoms/Grid/breakpoints';

/*
 * The shell is a CSS grid: the top bar over the main region below `md`, and the side navigation
 * beside the main region from `md` up, in a media query from the `grid.breakpoint.md` token
 * (breakpoints.ts keeps its number; CSS variables cannot be used in a media condition). No
 * script reads the width, so the server's HTML is already laid out for every viewport. The
 * bar is `size.16` high and sticky; the sidebar sticks under it and scrolls on its own; the
 * page itself scrolls the main region. The sidebar is four `size.16` wide, and one in the rail.
 * The skip link is the visually-hidden pattern until it has focus.
 */
const md = `@media ${breakpointQuery('md')}`;

export const appShellClass = defineStyles(css`
  label: app-shell;
  --_bar: ${cssVar('size.16')};
  display: grid;
  grid-template-columns: minmax(0, 1fr);
  grid-template-rows: auto 1fr;
  grid-template-areas: 'header' 'main';
  min-block-size: 100dvh;
  background-color: ${cssVar('color.bg.canvas')};
  color: ${cssVar('color.text.primary')};
  ${typographyStyles('body')}

  & > [data-part='skip-link'] {
    position: absolute;
    inline-size: ${cssVar('size.px')};
    block-size: ${cssVar('size.px')};
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  & > [data-part='skip-link']:focus {
    position: fixed;
    inset-block-start: ${cssVar('space.2')};
    inset-inline-start: ${cssVar('space.2')};
    z-index: ${cssVar('z.toast')};
    inline-size: auto;
    block-size: auto;
    clip-path: none;
    padding: ${cssVar('space.2')} ${cssVar('space.4')};
    border: ${cssVar('border.width.thin')} solid ${cssVar('color.border.strong')};
    border-radius: ${cssVar('radius.md')};
    background-color: ${cssVar('color.bg.raised')};
    color: ${cssVar('color.text.link')};
    box-shadow: ${cssVar('elevation.md')};
    ${typographyStyles('label')}
    ${focusRing}
  }

  & > [data-part='header'] {
    grid-area: header;
    flex-wrap: wrap;
    position: sticky;
    inset-block-start: 0;
    z-index: ${cssVar('z.sticky')};
    display: flex;
    align-items: center;
    gap: ${cssVar('space.3')};
    box-sizing: border-box;
    min-block-size: var(--_bar);
    padding-inline: ${cssVar('space.4')};
    border-block-end: ${cssVar('border.width.thin')} solid ${cssVar('color.border.subtle')};
    background-color: ${cssVar('color.bg.surface')};
  }
  & [data-part='logo'] {
    display: inline-flex;
    flex: none;
    align-items: center;
    gap: ${cssVar('space.2')};
    min-block-size: ${cssVar('size.control.md')};
    border-radius: ${cssVar('radius.md')};
    color: ${cssVar('color.text.primary')};
    text-decoration: none;
    ${typographyStyles('title')}
  }
  & [data-part='logo']:focus-visible {
    ${focusRing}
  }
  & [data-part='search'] {
    order: 1;
    flex: 1 0 100%;
    padding-block-end: ${cssVar('space.3')};
  }
  @media ${breakpointQuery('sm')} {
    & > [data-part='header'] {
      flex-wrap: nowrap;
    }
    & [data-part='search'] {
      order: 0;
      flex: 0 1 ${cssVar('size.drawer.md')};
      min-inline-size: 0;
      padding-block-end: 0;
    }
  }
  & [data-part='actions'],
  & [data-part='user-menu'] {
    display: flex;
    flex: none;
    align-items: center;
    gap: ${cssVar('space.2')};
  }
  & [data-part='actions'] {
    margin-inline-start: auto;
  }
  & [data-part='logo'] + [data-part='user-menu'],
  & [data-part='search'] + [data-part='user-menu'] {
    margin-inline-start: auto;
  }

  & > [data-part='sidebar'] {
    display: none;
  }

  & > main {
    grid-area: main;
    min-inline-size: 0;
    box-sizing: border-box;
    padding: ${cssVar('space.4')};
  }
  & > main:focus {
    outline: none;
  }

  ${md} {
    grid-template-columns: auto minmax(0, 1fr);
    grid-template-areas: 'header header' 'sidebar main';
    & [data-part='menu-button'] {
      display: none;
    }
    & > [data-part='sidebar'] {
      grid-area: sidebar;
      position: sticky;
      inset-block-start: var(--_bar);
      display: flex;
      flex-direction: column;
      gap: ${cssVar('space.2')};
      box-sizing: border-box;
      inline-size: calc(4 * ${cssVar('size.16')});
      block-size: calc(100dvh - var(--_bar));
      padding: ${cssVar('space.2')};
      overflow-x: hidden;
      overflow-y: auto;
      border-inline-end: ${cssVar('border.width.thin')} solid ${cssVar('color.border.subtle')};
      background-color: ${cssVar('color.bg.surface')};
      transition: inline-size ${cssVar('motion.duration.normal')}
        ${cssVar('motion.easing.standard')};
    }
    &[data-collapsed] > [data-part='sidebar'] {
      inline-size: ${cssVar('size.16')};
      align-items: center;
    }
    & > main {
      padding: ${cssVar('space.6')};
    }
  }
  & [data-part='collapse-toggle'] {
    align-self: flex-end;
  }
  &[data-collapsed] [data-part='collapse-toggle'] {
    align-self: center;
  }
  & [data-part='collapse-toggle'] svg {
    transition: transform ${cssVar('motion.duration.normal')} ${cssVar('motion.easing.standard')};
  }
  &[data-collapsed] [data-part='collapse-toggle'] svg {
    transform: scaleX(-1);
  }
  &:dir(rtl) [data-part='collapse-toggle'] svg {
    transform: scaleX(-1);
  }
  &[data-collapsed]:dir(rtl) [data-part='collapse-toggle'] svg {
    transform: none;
  }
  @media (prefers-reduced-motion: reduce) {
    & > [data-part='sidebar'],
    & [data-part='collapse-toggle'] svg {
      transition: none;
    }
  }
`);

/*
 * The navigation list, the same inline and in the drawer. Items and group buttons share one
 * look: a row of `size.control.md`, icon, label, badge; the current page is semibold with a bar
 * at its start edge, so it is not told by colour alone (high contrast included; the bar is a
 * fill, which forced colours drop, so it is `Highlight` there). Nested lists
 * indent. In the rail (`data-rail`, inline only) labels are visually hidden (still the names),
 * badges sit on the icon's corner and open groups hide their items.
 */
export const appShellNavClass = defineStyles(css`
  label: app-shell-nav;
  inline-size: 100%;
  & ul {
    display: grid;
    gap: ${cssVar('space.1')};
    margin: 0;
    padding: 0;
    list-style: none;
  }
  & > ul {
    padding-block: ${cssVar('space.1')};
  }
  & ul ul {
    padding-block-start: ${cssVar('space.1')};
    padding-inline-start: ${cssVar('space.6')};
  }
  & [data-part='item'],
  & summary {
    position: relative;
    display: flex;
    align-items: center;
    gap: ${cssVar('space.3')};
    box-sizing: border-box;
    min-block-size: ${cssVar('size.control.md')};
    padding: ${cssVar('space.2')} ${cssVar('space.3')};
    border-radius: ${cssVar('radius.md')};
    color: ${cssVar('color.text.primary')};
    text-decoration: none;
    ${typographyStyles('label')}
    cursor: pointer;
    list-style: none;
  }
  & summary::-webkit-details-marker {
    display: none;
  }
  & [data-part='item']:hover,
  & summary:hover {
    background-color: ${cssVar('color.interactive.tertiary.hover')};
  }
  & [data-part='item']:focus-visible,
  & summary:focus-visible {
    ${focusRing}
  }
  & [data-part='item'][aria-current='page'] {
    background-color: ${cssVar('color.interactive.tertiary.pressed')};
    font-weight: ${cssVar('font.weight.semibold')};
  }
  & [data-part='item'][aria-current='page']::before {
    content: '';
    position: absolute;
    inset-block: ${cssVar('space.2')};
    inset-inline-start: 0;
    inline-size: ${cssVar('border.width.thick')};
    border-radius: ${cssVar('radius.full')};
    background-color: ${cssVar('color.interactive.primary.rest')};
  }
  @media (forced-colors: active) {
    & [data-part='item'][aria-current='page']::before {
      background-color: Highlight;
    }
  }
  & [data-part='icon'] {
    flex: none;
    inline-size: ${cssVar('size.icon.md')};
    block-size: ${cssVar('size.icon.md')};
  }
  & [data-part='label'] {
    flex: 1 1 auto;
    min-inline-size: 0;
    overflow-wrap: anywhere;
  }
  & [data-part='badge'] {
    flex: none;
    display: inline-flex;
  }
  & [data-part='chevron'] {
    flex: none;
    inline-size: ${cssVar('size.icon.sm')};
    block-size: ${cssVar('size.icon.sm')};
    transition: transform ${cssVar('motion.duration.normal')} ${cssVar('motion.easing.standard')};
  }
  & details[open] > summary > [data-part='chevron'] {
    transform: rotate(180deg);
  }
  @media (prefers-reduced-motion: reduce) {
    & [data-part='chevron'] {
      transition: none;
    }
  }

  &[data-rail] [data-part='item'],
  &[data-rail] summary {
    justify-content: center;
    padding-inline: 0;
  }
  &[data-rail] [data-part='label'] {
    position: absolute;
    inline-size: ${cssVar('size.px')};
    block-size: ${cssVar('size.px')};
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  &[data-rail] [data-part='chevron'],
  &[data-rail] details > ul {
    display: none;
  }
  &[data-rail] [data-part='badge'] {
    position: absolute;
    inset-block-start: 0;
    inset-inline-end: 0;
  }
`);
