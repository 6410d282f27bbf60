import { focusRing } from '../../theme/sharedStyles';

/*
 * The stretched target, as a fragment for the surface's own style block (Card, ListItem,
 * Step), which must be `position: relative`. The primary action's `::after` covers the
 * surface, so a press anywhere on it is a press on the link or button; every other control
 * inside (links, buttons, fields, the selection checkbox) is lifted above it and stays
 * usable. The lift has the specificity of the surface's class alone (`:where`), so a control
 * that positions itself (a checkbox's input, absolute over its box) keeps its own position
 * and only gains the z-index. The focus ring is drawn around the whole surface while its target has keyboard
 * focus. Text under the stretched area cannot be selected with the pointer: the price of one
 * target, which Primer and Bootstrap pay too.
 */
export const stretchedTarget = `
  & [data-part='primary-action'] {
    margin: 0;
    padding: 0;
    border: 0;
    background: none;
    color: inherit;
    font: inherit;
    text-align: inherit;
    text-decoration: none;
    cursor: pointer;
  }
  & [data-part='primary-action']::after {
    content: '';
    position: absolute;
    inset: 0;
    border-radius: inherit;
  }
  & [data-part='primary-action']:focus-visible {
    outline: none;
  }
  &:has([data-part='primary-action']:focus-visible) {
    ${focusRing}
  }
  & :where(a[href], button, input, select, textarea, summary, label, [tabindex]):where(:not([data-part='primary-action'])) {
    position: relative;
    z-index: 1;
  }
`;
