import type { Middleware } from '@floating-ui/core';
import { toLogicalPlacement } from './placement';

/**
 * An overlay's arrow as anchorOverlay places it: two middlewares around its own. A module of
 * its own, so the popups that draw no arrow (Select, Combobox, Menu) do not ship its
 * arithmetic; Popover and Tooltip get it through `useAnchor`.
 */
export interface OverlayArrow {
  /**
   * Right after the gap: an aligned placement (`top-start`) whose trigger is shorter than the
   * arrow and its corner padding also moves along the trigger, so the arrow can still point at
   * the trigger's centre (what Floating UI's `arrow` does with a reset).
   */
  reach(padding: number, rtl: boolean): Middleware;
  /**
   * Last, once the side and size are final: centres the arrow on the trigger, kept `padding`
   * away from the overlay's corners, as `left` (a top or bottom side) or `top`, and gives it
   * the overlay's logical `data-placement`.
   */
  point(padding: number, rtl: boolean): Middleware;
}

export function overlayArrow(arrow: HTMLElement): OverlayArrow {
  return {
    reach: (padding, rtl) => ({
      name: 'arrowReach',
      fn({ x, y, placement, rects, elements }) {
        const [side, align] = placement.split('-');
        if (!align) return {};
        const vertical = side === 'top' || side === 'bottom';
        const length = vertical ? rects.reference.width : rects.reference.height;
        const arrowLength = arrow.offsetWidth;
        // The arrow sits inside the overlay's border: half of it counts against the centre.
        const border = vertical
          ? rects.floating.width - elements.floating.clientWidth
          : rects.floating.height - elements.floating.clientHeight;
        const short = Math.min(0, length / 2 - padding - arrowLength / 2 - border / 2);
        // `start` aligns the left (top) edges, or the right ones on a vertical side in RTL.
        const cross = (align === 'start') === !(rtl && vertical) ? short : -short;
        return vertical ? { x: x + cross } : { y: y + cross };
      },
    }),
    point: (padding, rtl) => ({
      name: 'arrowPoint',
      async fn({ x, y, placement, rects, elements, platform }) {
        const floating = elements.floating as HTMLElement;
        const vertical = /^(top|bottom)/.test(placement);
        // Along the edge that faces the trigger: x on a top or bottom side, y on the others.
        // The arithmetic of Floating UI's `arrow`, so arrows land on the same pixels.
        const arrowSize = await platform.getDimensions(arrow);
        const arrowLength = vertical ? arrowSize.width : arrowSize.height;
        const start = vertical ? x - rects.reference.x : y - rects.reference.y;
        const referenceLength = vertical ? rects.reference.width : rects.reference.height;
        const rectLength = vertical ? rects.floating.width : rects.floating.height;
        // The arrow is placed in the overlay's padding box (inside its border).
        const inner = (vertical ? floating.clientWidth : floating.clientHeight) || rectLength;
        const inset = Math.min(padding, inner / 2 - arrowLength / 2 - 1);
        const centre = inner / 2 - arrowLength / 2 + (referenceLength - rectLength) / 2 - start;
        const offset = `${Math.min(Math.max(centre, inset), inner - arrowLength - inset)}px`;
        arrow.style.left = vertical ? offset : '';
        arrow.style.top = vertical ? '' : offset;
        arrow.setAttribute('data-placement', toLogicalPlacement(placement, rtl));
        return {};
      },
    }),
  };
}
