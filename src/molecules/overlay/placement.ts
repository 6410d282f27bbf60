import {
  computePosition,
  detectOverflow,
  type Middleware,
  type Placement,
} from '@floating-ui/core';
import { cssVarName, type TokenName } from '../../tokens';
import type { OverlayArrow } from './overlayArrow';
import { topLayerPlatform } from './topLayerPlatform';

/** The side of the trigger an anchored overlay opens on. `start`/`end` mirror in RTL. */
export type OverlaySide = 'top' | 'bottom' | 'start' | 'end';
/** A side, optionally aligned to the trigger's start or end edge (`bottom-start`). */
export type OverlayPlacement = OverlaySide | `${OverlaySide}-start` | `${OverlaySide}-end`;

type PhysicalSide = 'top' | 'bottom' | 'left' | 'right';

/** `start` → `left` in LTR, `right` in RTL; the alignment part is already logical in Floating UI. */
export function toPhysicalPlacement(placement: OverlayPlacement, rtl: boolean): Placement {
  const [side, align] = placement.split('-') as [OverlaySide, 'start' | 'end' | undefined];
  const physical: PhysicalSide =
    side === 'start' ? (rtl ? 'right' : 'left') : side === 'end' ? (rtl ? 'left' : 'right') : side;
  return (align ? `${physical}-${align}` : physical) as Placement;
}

/** The inverse of toPhysicalPlacement: what an overlay reports as `data-placement`. */
export function toLogicalPlacement(placement: Placement, rtl: boolean): OverlayPlacement {
  const [side, align] = placement.split('-') as [PhysicalSide, 'start' | 'end' | undefined];
  const logical: OverlaySide =
    side === 'left' ? (rtl ? 'end' : 'start') : side === 'right' ? (rtl ? 'start' : 'end') : side;
  return (align ? `${logical}-${align}` : logical) as OverlayPlacement;
}

export interface AnchorOptions {
  /**
   * Preferred placement; `flip` moves it to the other side when it does not fit.
   * @default 'bottom-start'
   */
  placement?: OverlayPlacement;
  /**
   * The gap between trigger and overlay, a space token read from the overlay's computed style.
   * @default 'space.1'
   */
  gap?: Extract<TokenName, `space.${string}`>;
  /** An arrow inside the overlay, positioned to point at the trigger (`overlayArrow(element)`). */
  arrow?: OverlayArrow | null;
  /**
   * Flip to the opposite side when the preferred one has no room.
   * @default true
   */
  flip?: boolean;
}

function tokenLength(element: Element, name: TokenName): number {
  const value = getComputedStyle(element).getPropertyValue(cssVarName(name));
  const number = Number.parseFloat(value);
  return Number.isFinite(number) ? number : 0;
}

const px = (value: number) => `${Math.max(0, value)}px`;

/*
 * `@floating-ui/core` computes, on a platform of our own for the top layer (topLayerPlatform.ts):
 * `computePosition` (runs the middlewares over the trigger's and the overlay's boxes) and
 * `detectOverflow` (how far a box leaves the viewport). The decisions on top are four small middlewares of our own: `gap` (its
 * `offset`, on the main axis), `flip` (to the opposite side), `shift` (its default: along the
 * trigger) and `fit` (its `size` and `arrow`, with their arithmetic, so arrows land on the same
 * pixels); and whileAnchored stands in for `autoUpdate`. Together 2.1 KiB gzipped less for
 * Popover + Tooltip (bench `popoverTooltip`), with the same pixels in every story.
 */

const opposite: Record<PhysicalSide, PhysicalSide> = {
  top: 'bottom',
  bottom: 'top',
  left: 'right',
  right: 'left',
};
const oppositeSide = (placement: Placement) =>
  placement.replace(/^\w+/, (side) => opposite[side as PhysicalSide]) as Placement;
const clamp = (value: number, low: number, high: number) => Math.max(low, Math.min(value, high));

/**
 * Tries the opposite side when the overlay overflows its own; when both overflow, keeps the
 * one that overflows less (the preferred one on a tie), which `--available-height` then
 * shrinks to fit: Floating UI's `flip` with `crossAxis` and `flipAlignment` off. Along the
 * trigger, `shift` keeps the overlay in view, as react-aria does, rather than Floating UI's
 * default of trying the other alignment (`bottom-end` for `bottom-start`) first.
 */
function flipMiddleware(padding: number): Middleware {
  return {
    name: 'flip',
    async fn(state) {
      const { placement, initialPlacement, middlewareData } = state;
      const side = placement.split('-')[0] as PhysicalSide;
      const overflow = (await detectOverflow(state, { padding }))[side];
      if (overflow <= 0) return {};
      const first = (middlewareData.flip as { overflow?: number } | undefined)?.overflow;
      if (first === undefined) {
        return { data: { overflow }, reset: { placement: oppositeSide(placement) } };
      }
      return placement !== initialPlacement && overflow >= first
        ? { reset: { placement: initialPlacement } }
        : {};
    },
  };
}

/** Floating UI's `shift` with its defaults: slides the overlay along the trigger into view. */
function shiftMiddleware(padding: number): Middleware {
  return {
    name: 'shift',
    async fn(state) {
      const { x, y, placement } = state;
      const overflow = await detectOverflow(state, { padding });
      return /^(top|bottom)/.test(placement)
        ? { x: clamp(x, x + overflow.left, x - overflow.right) }
        : { y: clamp(y, y + overflow.top, y - overflow.bottom) };
    },
  };
}

/** The gap on the main axis. */
function gapMiddleware(gap: number): Middleware {
  return {
    name: 'gap',
    fn({ x, y, placement }) {
      const side = placement.split('-')[0];
      const main = side === 'top' || side === 'left' ? -gap : gap;
      return side === 'top' || side === 'bottom' ? { y: y + main } : { x: x + main };
    },
  };
}

/**
 * Runs once the side is final: writes `--trigger-width` and the room left in the viewport on
 * the used side as `--available-width`/`--available-height` (Floating UI's `size` with `shift`
 * on the main axis: the cross axis gets the whole viewport), measuring again when those
 * shrank the overlay.
 */
function fitMiddleware(padding: number): Middleware {
  return {
    name: 'fit',
    async fn(state) {
      const { placement, rects, elements, platform } = state;
      const floating = elements.floating;
      const side = placement.split('-')[0] as PhysicalSide;
      const vertical = side === 'top' || side === 'bottom';
      const { width, height } = rects.floating;
      const overflow = await detectOverflow(state, { padding });
      const clipWidth = width - overflow.left - overflow.right;
      const clipHeight = height - overflow.top - overflow.bottom;
      floating.style.setProperty('--trigger-width', `${rects.reference.width}px`);
      floating.style.setProperty(
        '--available-width',
        px(vertical ? clipWidth : Math.min(width - overflow[side], clipWidth)),
      );
      floating.style.setProperty(
        '--available-height',
        px(vertical ? Math.min(height - overflow[side], clipHeight) : clipHeight),
      );
      const next = await platform.getDimensions(floating);
      if (next.width !== width || next.height !== height) return { reset: { rects: true } };
      return {};
    },
  };
}

/**
 * Calls `update` whenever the overlay may have to move: a scroll anywhere outside the overlay
 * (one capturing listener sees every scrolling ancestor of the trigger, and the page), a
 * window or visual viewport resize, and a size change of the overlay, of the trigger or of any
 * of the trigger's ancestors (content added above the trigger moves it and grows the element
 * that holds both). A trigger moved without any of those resizing (a transform, a neighbour
 * in a box of fixed size) is not followed: Floating UI's `layoutShift`, an
 * IntersectionObserver rebuilt on every move, is left out for its bytes. Calls it once at
 * once. Returns the cleanup.
 */
function whileAnchored(reference: Element, floating: HTMLElement, update: () => void): () => void {
  // Scrolling the overlay's own content (a long list) does not move it.
  const onScroll = (event: Event) => {
    if (!floating.contains(event.target as Node)) update();
  };
  const viewport = window.visualViewport;
  document.addEventListener('scroll', onScroll, { capture: true, passive: true });
  window.addEventListener('resize', update);
  viewport?.addEventListener('resize', update);
  viewport?.addEventListener('scroll', update);
  let frame = 0;
  const observer =
    typeof ResizeObserver === 'function'
      ? new ResizeObserver((entries) => {
          // The trigger's resize can resize the overlay (`--trigger-width`): watch the
          // overlay again only next frame, or the browser reports a ResizeObserver loop.
          if (entries.some((entry) => entry.target === reference)) {
            observer?.unobserve(floating);
            cancelAnimationFrame(frame);
            frame = requestAnimationFrame(() => observer?.observe(floating));
          }
          update();
        })
      : null;
  observer?.observe(floating);
  // The trigger and its ancestors: content added or grown above the trigger resizes one of
  // them (the one holding both) as it moves the trigger.
  for (let node: Element | null = reference; node; node = node.parentElement) {
    observer?.observe(node);
  }
  update();
  return () => {
    document.removeEventListener('scroll', onScroll, { capture: true });
    window.removeEventListener('resize', update);
    viewport?.removeEventListener('resize', update);
    viewport?.removeEventListener('scroll', update);
    cancelAnimationFrame(frame);
    observer?.disconnect();
  };
}

/**
 * Anchors a floating element to a trigger with `@floating-ui/core` and keeps it there while
 * either moves, resizes or scrolls: it flips to the other side and shifts along the trigger to
 * stay in view. Returns the cleanup.
 *
 * It writes, on the floating element: `left`/`top` (position `fixed`, which is also right
 * for an overlay in the top layer); `data-placement` (the logical placement used, after any
 * flip); `dir` when the trigger's direction differs (a portalled overlay keeps the trigger's
 * RTL); and CSS variables for the overlay's styles: `--trigger-width` (Select makes its list
 * as wide as the field), `--available-width` and `--available-height` (the room left in the
 * viewport, for a `max-block-size`). The arrow gets `left` or `top` and its own
 * `data-placement`.
 */
export function anchorOverlay(
  reference: Element,
  floating: HTMLElement,
  options: AnchorOptions = {},
): () => void {
  const { placement = 'bottom-start', gap = 'space.1', arrow } = options;
  const direction = getComputedStyle(reference).direction;
  if (direction && getComputedStyle(floating).direction !== direction) floating.dir = direction;
  const rtl = direction === 'rtl';
  // Fixed, from the viewport's corner: also undoes a `[popover]`'s UA centring (inset 0,
  // margin auto), so the popup can be placed by left/top alone.
  Object.assign(floating.style, { position: 'fixed', inset: 'auto', margin: '0' });

  const update = async () => {
    const padding = tokenLength(floating, 'space.2');
    const result = await computePosition(reference, floating, {
      platform: topLayerPlatform,
      strategy: 'fixed',
      placement: toPhysicalPlacement(placement, rtl),
      middleware: [
        gapMiddleware(tokenLength(floating, gap)),
        arrow?.reach(padding, rtl),
        options.flip !== false && flipMiddleware(padding),
        shiftMiddleware(padding),
        fitMiddleware(padding),
        arrow?.point(padding, rtl),
      ],
    });
    floating.style.left = `${result.x}px`;
    floating.style.top = `${result.y}px`;
    floating.setAttribute('data-placement', toLogicalPlacement(result.placement, rtl));
  };

  return whileAnchored(reference, floating, () => {
    void update();
  });
}
