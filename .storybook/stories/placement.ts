import { expect } from 'storybook/test';
import { anchorPositioning } from '../../src/molecules/overlay';

/**
 * Expects a popup to sit on its placement's side of its trigger: the `data-placement` it
 * reports and its box, with `start` and `end` read in the popup's own direction (the left
 * side is the end in RTL). Synchronous, for a `waitFor`: overlays render their preferred
 * placement at once and are positioned a moment later, so the attribute alone proves nothing.
 */
export function expectPlaced(popup: HTMLElement, trigger: Element, placement: string) {
  expect(popup).toHaveAttribute('data-placement', placement);
  const box = popup.getBoundingClientRect();
  const anchor = trigger.getBoundingClientRect();
  const rtl = getComputedStyle(popup).direction === 'rtl';
  const side = placement.split('-')[0];
  const before = side === 'top' || side === (rtl ? 'end' : 'start');
  if (side === 'top') expect(box.bottom).toBeLessThanOrEqual(anchor.top);
  else if (side === 'bottom') expect(box.top).toBeGreaterThanOrEqual(anchor.bottom);
  else if (before) expect(box.right).toBeLessThanOrEqual(anchor.left);
  else expect(box.left).toBeGreaterThanOrEqual(anchor.right);
}

/**
 * A story's `beforeEach` that places its overlays without CSS anchor positioning, as the
 * older browsers of the support policy do (README), and restores detection after the story.
 */
export function withoutAnchorPositioning() {
  anchorPositioning.native = false;
  return () => {
    anchorPositioning.native = undefined;
  };
}
