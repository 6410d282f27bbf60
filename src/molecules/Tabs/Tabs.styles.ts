import { css } from '../../theme/css';
import { focusRing } from '../../theme/sharedStyles';
import { defineStyles } from '../../theme/styleRegistry';
import { cssVar, typographyStyles } from '../../tokens';

/*
 * Tabs read their orientation and size from the root's data attributes, so one rule set
 * serves every combination; the defaults (horizontal, md) write none. The selected tab is
 * marked by a bar drawn with a pseudo-element (a shadow could not take a token colour the
 * tokens-only scan accepts), under the tab or at its start when vertical.
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

export const tabListClass = defineStyles(css`
  label: tab-list;
  display: flex;
  align-items: stretch;
  min-inline-size: 0;
  border-block-end: ${cssVar('border.width.thin')} solid ${cssVar('color.border.subtle')};

  & > [data-part='list'] {
    /* The tabs' offset parent, which keeping the selected tab in view measures from. */
    position: relative;
    display: flex;
    flex: 1 1 auto;
    min-inline-size: 0;
    overflow-x: auto;
    scrollbar-width: none;
    /* The bar under the selected tab overlaps the list's border. */
    margin-block-end: calc(-1 * ${cssVar('border.width.thin')});
  }
  & > [data-part='list']::-webkit-scrollbar {
    display: none;
  }
  @media (prefers-reduced-motion: no-preference) {
    & > [data-part='list'] {
      scroll-behavior: smooth;
    }
  }
  /* Linked tabs: a list of links, laid out like the tab list. */
  & > [data-part='list'] > ul {
    display: flex;
    flex: 1 0 auto;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  & > [data-part='list'] > ul > li {
    display: flex;
  }

  & > [data-part^='scroll'] {
    display: none;
    flex: none;
    align-items: center;
    justify-content: center;
    inline-size: ${cssVar('size.8')};
    margin: 0;
    padding: 0;
    border: 0;
    background: none;
    color: ${cssVar('color.text.secondary')};
    cursor: pointer;
  }
  & > [data-part^='scroll']:hover {
    background-color: ${cssVar('color.interactive.tertiary.hover')};
    color: ${cssVar('color.text.primary')};
  }
  /* Both buttons take their room while the list overflows, so none shifts the tabs as it
     comes and goes (the selected tab just scrolled into view would slide out again); the one
     with nothing beyond it is invisible. */
  &[data-overflow] > [data-part^='scroll'] {
    display: flex;
  }
  &:not([data-overflow-start]) > [data-part='scroll-start'],
  &:not([data-overflow-end]) > [data-part='scroll-end'] {
    visibility: hidden;
  }
  & > [data-part^='scroll'] > svg {
    inline-size: ${cssVar('size.icon.sm')};
    block-size: ${cssVar('size.icon.sm')};
  }
  & > [data-part^='scroll']:dir(rtl) > svg {
    transform: scaleX(-1);
  }

  /* Beside the panel, the list and the panel share the width: long labels wrap. */
  [data-orientation='vertical'] > & {
    flex: 0 1 auto;
    border-block-end: 0;
    border-inline-start: ${cssVar('border.width.thin')} solid ${cssVar('color.border.subtle')};
  }
  [data-orientation='vertical'] > & > [data-part='list'] {
    flex-direction: column;
    overflow: visible;
    margin-block-end: 0;
    margin-inline-start: calc(-1 * ${cssVar('border.width.thin')});
  }
  [data-orientation='vertical'] > & > [data-part='list'] > ul {
    flex-direction: column;
  }
`);

export const tabClass = defineStyles(css`
  label: tab;
  position: relative;
  display: inline-flex;
  flex: none;
  align-items: center;
  justify-content: center;
  gap: ${cssVar('space.2')};
  box-sizing: border-box;
  min-block-size: var(--_tab-height);
  margin: 0;
  padding-block: ${cssVar('space.1')};
  padding-inline: var(--_tab-padding);
  border: 0;
  border-radius: ${cssVar('radius.sm')} ${cssVar('radius.sm')} 0 0;
  background: none;
  color: ${cssVar('color.text.secondary')};
  ${typographyStyles('label')}
  text-decoration: none;
  white-space: nowrap;
  cursor: pointer;
  transition-property: background-color, color;
  transition-duration: ${cssVar('motion.duration.fast')};
  transition-timing-function: ${cssVar('motion.easing.standard')};
  -webkit-tap-highlight-color: transparent;

  [data-size='sm'] & {
    ${typographyStyles('label-sm')}
  }
  [data-size='lg'] & {
    ${typographyStyles('label-lg')}
  }

  &::after {
    content: '';
    position: absolute;
    inset-inline: 0;
    inset-block-end: 0;
    block-size: ${cssVar('border.width.thick')};
    border-radius: ${cssVar('radius.full')};
    background-color: transparent;
  }
  &:hover {
    background-color: ${cssVar('color.interactive.tertiary.hover')};
    color: ${cssVar('color.text.primary')};
  }
  &[data-selected] {
    color: ${cssVar('color.text.primary')};
  }
  &[data-selected]::after {
    background-color: ${cssVar('color.interactive.primary.rest')};
  }
  /* Inset: the list scrolls, and would clip a ring drawn outside the tab. */
  &:focus-visible {
    ${focusRing}
    outline-offset: calc(-1 * ${cssVar('focus.ring.width')});
  }
  &:disabled,
  &[data-disabled] {
    background: none;
    color: ${cssVar('color.text.disabled')};
    cursor: not-allowed;
  }

  & > [data-part='icon'] {
    display: inline-flex;
    flex: none;
    inline-size: ${cssVar('size.icon.sm')};
    block-size: ${cssVar('size.icon.sm')};
  }
  & > [data-part='icon'] > svg {
    inline-size: 100%;
    block-size: 100%;
  }
  & > [data-part='badge'] {
    display: inline-flex;
  }

  [data-orientation='vertical'] & {
    justify-content: flex-start;
    inline-size: 100%;
    border-radius: 0 ${cssVar('radius.sm')} ${cssVar('radius.sm')} 0;
    text-align: start;
    white-space: normal;
  }
  [data-orientation='vertical'] &::after {
    inset-block: 0;
    inset-inline: 0 auto;
    block-size: auto;
    inline-size: ${cssVar('border.width.thick')};
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
