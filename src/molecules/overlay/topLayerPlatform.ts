import type { Dimensions, Platform, Rect } from '@floating-ui/core';

/*
 * The `platform` `@floating-ui/core` measures with, for an overlay in the browser's top layer.
 *
 * Every anchored overlay is shown with `popover="manual"` (topLayer.ts), which puts it in the
 * top layer in every supported browser (README, "Browser support"). There, `position: fixed`
 * resolves against the viewport whatever the overlay's ancestors are: no offset parent, no
 * transformed or scrolling ancestor that clips it, no frame to cross. That is all
 * `@floating-ui/dom`'s platform spends most of its bytes on (offset parents, clipping
 * ancestors, scale, frames), and on the top layer it reaches the same answer: the trigger's
 * client rect, and the visual viewport as the clipping area. So the core's `computePosition`
 * and `detectOverflow` run on this small platform instead (bench `popoverTooltip`, `menu`,
 * `select`: about 3 KiB gzipped less each), with the same pixels in every story.
 */

/**
 * The element's CSS size, fractions kept, or its rounded layout size where the two disagree
 * (an inline box, CSS zoom): `@floating-ui/dom`'s `getDimensions`, so overlays land on the
 * same pixels.
 */
function dimensions(element: Element): Dimensions {
  const style = getComputedStyle(element);
  const width = Number.parseFloat(style.width) || 0;
  const height = Number.parseFloat(style.height) || 0;
  const { offsetWidth, offsetHeight } = element as HTMLElement;
  return Math.round(width) === offsetWidth && Math.round(height) === offsetHeight
    ? { width, height }
    : { width: offsetWidth, height: offsetHeight };
}

/**
 * The visual viewport: without scrollbars, moved by a pinch-zoom. (Every supported browser has
 * `visualViewport`; jsdom has not, and gets the window's inner size.)
 */
function viewportRect(): Rect {
  const {
    offsetLeft: x = 0,
    offsetTop: y = 0,
    width = innerWidth,
    height = innerHeight,
  } = window.visualViewport ?? ({} as Partial<VisualViewport>);
  return { x, y, width, height };
}

export const topLayerPlatform: Platform = {
  getElementRects({ reference, floating }) {
    const { x, y, width, height } = (reference as Element).getBoundingClientRect();
    return {
      reference: { x, y, width, height },
      floating: { x: 0, y: 0, ...dimensions(floating) },
    };
  },
  getDimensions: (element) => dimensions(element as Element),
  getClippingRect: viewportRect,
  // Aligned placements (`bottom-start`) follow the overlay's direction, which anchorOverlay
  // sets from the trigger's.
  isRTL: (element) => getComputedStyle(element as Element).direction === 'rtl',
};
