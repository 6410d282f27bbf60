import { sizeOf, toLogicalPlacement, type Placed } from './placement';

/**
 * An overlay's arrow as anchorOverlay places it: two steps around its own. A module of its
 * own, so the popups that draw no arrow (Select, Combobox, Menu) do not ship its arithmetic;
 * Popover and Tooltip get it through `useAnchor`.
 */
export interface OverlayArrow {
  /**
   * Right after the gap: an aligned placement (`top-start`) whose trigger is shorter than the
   * arrow and its corner padding also moves along the trigger, so the arrow can still point at
   * the trigger's centre.
   */
  reach(placed: Placed, padding: number, rtl: boolean): void;
  /**
   * Last, once the side and size are final: centres the arrow on the trigger, kept `padding`
   * away from the overlay's corners, as `left` (a top or bottom side) or `top`, and gives it
   * the overlay's logical `data-placement`.
   */
  point(placed: Placed, padding: number, rtl: boolean): void;
}

const isVertical = ({ placement }: Placed) => /^(top|bottom)/.test(placement);

export function overlayArrow(arrow: HTMLElement): OverlayArrow {
  return {
    reach(placed, padding, rtl) {
      const { placement, reference, size, floating } = placed;
      const align = placement.split('-')[1];
      if (!align) return;
      const vertical = isVertical(placed);
      const length = vertical ? reference.width : reference.height;
      // The arrow sits inside the overlay's border: half of it counts against the centre.
      const border = vertical
        ? size.width - floating.clientWidth
        : size.height - floating.clientHeight;
      const short = Math.min(0, length / 2 - padding - arrow.offsetWidth / 2 - border / 2);
      // `start` aligns the left (top) edges, or the right ones on a vertical side in RTL.
      const cross = (align === 'start') === !(rtl && vertical) ? short : -short;
      if (vertical) placed.x += cross;
      else placed.y += cross;
    },
    point(placed, padding, rtl) {
      const { x, y, placement, reference, size, floating } = placed;
      const vertical = isVertical(placed);
      // Along the edge that faces the trigger: x on a top or bottom side, y on the others.
      // The arithmetic of Floating UI's `arrow`, so arrows land on the pixels they did.
      const arrowSize = sizeOf(arrow);
      const arrowLength = vertical ? arrowSize.width : arrowSize.height;
      const start = vertical ? x - reference.x : y - reference.y;
      const referenceLength = vertical ? reference.width : reference.height;
      const rectLength = vertical ? size.width : size.height;
      // The arrow is placed in the overlay's padding box (inside its border).
      const inner = (vertical ? floating.clientWidth : floating.clientHeight) || rectLength;
      const inset = Math.min(padding, inner / 2 - arrowLength / 2 - 1);
      const centre = inner / 2 - arrowLength / 2 + (referenceLength - rectLength) / 2 - start;
      const offset = `${Math.min(Math.max(centre, inset), inner - arrowLength - inset)}px`;
      arrow.style.left = vertical ? offset : '';
      arrow.style.top = vertical ? '' : offset;
      arrow.setAttribute('data-placement', toLogicalPlacement(placement, rtl));
    },
  };
}
