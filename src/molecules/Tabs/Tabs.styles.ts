import { css } from '../../theme/css';
import { focusRing } from '../../theme/sharedStyles';
import { defineStyles } from '../../theme/styleRegistry';
import { cssVar, typographyStyles } from '../../tokens';

/*
 * Tabs read orientation and size from the root's data attributes, so one rule set serves
 * every combination; the defaults (horizontal, md) write none. Comments stay out of the
 * template literals: their text would ship in every bundle (bench/budgets.json).
 */

export const tabsClass = defineStyles(css`
  label: tabs;
  --_tab-height: ${cssVar('size.control.md')};
  --_tab-padding: ${cssVar('space.4')};
  display: flex;
  flex-direction: column;
  min-inline-size: 0;
  &[data-size='sm'] {
    --_tab-height: ${cssVar('size.control.sm')};
    --_tab-padding: ${cssVar('space.3')};
  }
  &[data-size='lg'] {
    --_tab-height: ${cssVar('size.control.lg')};
    --_tab-padding: ${cssVar('space.6')};
  }
  &[data-orientation='vertical'] {
    flex-direction: row;
    align-items: flex-start;
    gap: ${cssVar('space.6')};
  }
`);

/*
 * The wrapper: [scroll-start] [list] [scroll-end]. The list scrolls sideways with its scroll
 * bar hidden; it is the tabs' offset parent (`position: relative`), from which the selected
 * tab is kept in view, and overlaps the wrapper's border by its width, so the selected tab's
 * bar covers it. Linked tabs put a `<ul>` of links in the list, laid out the same. While the
 * list overflows, both buttons take their room, so none shifts the tabs as it comes and goes
 * (a tab just scrolled into view would slide out again); one with nothing beyond it is
 * invisible. Vertical: a column beside the panel, sharing the width with it, so long labels
 * wrap.
 */
const list = `& > [data-part='list']`;
const scroll = `& > [data-part^='scroll']`;
const vertical = `[data-orientation='vertical'] > &`;

export const tabListClass = defineStyles(css`
  label: tab-list;
  display: flex;
  min-inline-size: 0;
  border-block-end: ${cssVar('border.width.thin')} solid ${cssVar('color.border.subtle')};
  ${list} {
    position: relative;
    display: flex;
    flex: 1 1 auto;
    min-inline-size: 0;
    overflow-x: auto;
    scrollbar-width: none;
    margin-block-end: calc(-1 * ${cssVar('border.width.thin')});
  }
  ${list}::-webkit-scrollbar {
    display: none;
  }
  ${list} > ul {
    display: flex;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  ${list} > ul > li {
    display: flex;
  }
  ${scroll} {
    display: none;
    flex: none;
    align-items: center;
    justify-content: center;
    inline-size: ${cssVar('size.8')};
    padding: 0;
    border: 0;
    background: none;
    color: ${cssVar('color.text.secondary')};
    cursor: pointer;
  }
  ${scroll}:hover {
    background-color: ${cssVar('color.interactive.tertiary.hover')};
  }
  &[data-overflow] > [data-part^='scroll'] {
    display: flex;
  }
  &:not([data-overflow-start]) > [data-part='scroll-start'],
  &:not([data-overflow-end]) > [data-part='scroll-end'] {
    visibility: hidden;
  }
  ${scroll} > svg {
    inline-size: ${cssVar('size.icon.sm')};
    block-size: ${cssVar('size.icon.sm')};
  }
  ${scroll}:dir(rtl) > svg {
    transform: scaleX(-1);
  }
  ${vertical} {
    flex: 0 1 auto;
    border-block-end: 0;
    border-inline-start: ${cssVar('border.width.thin')} solid ${cssVar('color.border.subtle')};
  }
  ${vertical} > [data-part='list'],
  ${vertical} > [data-part='list'] > ul {
    flex-direction: column;
    margin: 0;
  }
  ${vertical} > [data-part='list'] {
    overflow: visible;
    margin-inline-start: calc(-1 * ${cssVar('border.width.thin')});
  }
`);

/*
 * The selected tab is marked by a bar drawn with `::after` (a shadow could not take a token
 * colour the tokens-only scan accepts): under the tab, or at its start when vertical. The
 * focus ring is inset: the list scrolls, and would clip a ring drawn outside the tab.
 *
 * Forced colours (Windows contrast themes) drop backgrounds, so the bar would vanish and no
 * tab would look selected: it takes the system's Highlight (a system colour the browser keeps),
 * grown by a thin outline, since over the list's CanvasText line a Highlight as dark as the
 * text (Chromium's emulated palette) read as the line itself. Comments stay out of the style
 * template, which ships as written (the Tabs budget in bench/budgets.json, 3 KiB).
 */
export const tabClass = defineStyles(css`
  label: tab;
  position: relative;
  display: inline-flex;
  flex: none;
  align-items: center;
  gap: ${cssVar('space.2')};
  box-sizing: border-box;
  min-block-size: var(--_tab-height);
  margin: 0;
  padding: ${cssVar('space.1')} var(--_tab-padding);
  border: 0;
  background: none;
  color: ${cssVar('color.text.secondary')};
  ${typographyStyles('label')}
  text-decoration: none;
  white-space: nowrap;
  cursor: pointer;
  transition-property: background-color, color;
  transition-duration: ${cssVar('motion.duration.fast')};
  transition-timing-function: ${cssVar('motion.easing.standard')};
  [data-size='sm'] & {
    ${typographyStyles('label-sm')}
  }
  [data-size='lg'] & {
    ${typographyStyles('label-lg')}
  }
  &::after {
    content: '';
    position: absolute;
    inset: auto 0 0;
    block-size: ${cssVar('border.width.thick')};
    border-radius: ${cssVar('radius.full')};
  }
  &:hover {
    background-color: ${cssVar('color.interactive.tertiary.hover')};
  }
  &:hover,
  &[data-selected] {
    color: ${cssVar('color.text.primary')};
  }
  &[data-selected]::after {
    background-color: ${cssVar('color.interactive.primary.rest')};
  }
  &:focus-visible {
    ${focusRing}
    outline-offset: calc(-1 * ${cssVar('focus.ring.width')});
  }
  &[data-disabled] {
    background: none;
    color: ${cssVar('color.text.disabled')};
    cursor: not-allowed;
  }
  & > [data-part='icon'] {
    display: inline-flex;
  }
  & > [data-part='icon'] > svg {
    inline-size: ${cssVar('size.icon.sm')};
    block-size: ${cssVar('size.icon.sm')};
  }
  [data-orientation='vertical'] & {
    inline-size: 100%;
    text-align: start;
    white-space: normal;
  }
  [data-orientation='vertical'] &::after {
    inset-block: 0;
    inset-inline: 0 auto;
    block-size: auto;
    inline-size: ${cssVar('border.width.thick')};
  }
  @media (forced-colors: active) {
    &[data-selected]::after {
      background: Highlight;
      outline: ${cssVar('border.width.thin')} solid Highlight;
    }
  }
`);

export const tabPanelClass = defineStyles(css`
  label: tab-panel;
  flex: 1 1 auto;
  min-inline-size: 0;
  padding-block: ${cssVar('space.4')};
  ${typographyStyles('body')}
  color: ${cssVar('color.text.primary')};
  &:focus-visible {
    ${focusRing}
  }
  [data-orientation='vertical'] > & {
    padding-block: 0;
  }
`);
