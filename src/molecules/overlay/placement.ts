import { cssVarName, type TokenName } from '../../tokens';
import type { OverlayArrow } from './overlayArrow';

/** The side of the trigger an anchored overlay opens on. `start`/`end` mirror in RTL. */
export type OverlaySide = 'top' | 'bottom' | 'start' | 'end';
/**
 * Every placement: a side, optionally aligned to the trigger's start or end edge
 * (`bottom-start`). Popover and Tooltip take them all; the fields' popups a few.
 */
export const overlayPlacements = [
  'top',
  'top-start',
  'top-end',
  'bottom',
  'bottom-start',
  'bottom-end',
  'start',
  'start-start',
  'start-end',
  'end',
  'end-start',
  'end-end',
] as const satisfies ReadonlyArray<OverlaySide | `${OverlaySide}-${'start' | 'end'}`>;
/** A side, optionally aligned to the trigger's start or end edge (`bottom-start`). */
export type OverlayPlacement = (typeof overlayPlacements)[number];

type PhysicalSide = 'top' | 'bottom' | 'left' | 'right';
/** A physical side; the alignment part stays logical (it follows the overlay's direction). */
export type PhysicalPlacement = PhysicalSide | `${PhysicalSide}-start` | `${PhysicalSide}-end`;

/** `start` → `left` in LTR, `right` in RTL; the alignment part is already logical. */
export function toPhysicalPlacement(placement: OverlayPlacement, rtl: boolean): PhysicalPlacement {
  const [side, align] = placement.split('-') as [OverlaySide, 'start' | 'end' | undefined];
  const physical: PhysicalSide =
    side === 'start' ? (rtl ? 'right' : 'left') : side === 'end' ? (rtl ? 'left' : 'right') : side;
  return (align ? `${physical}-${align}` : physical) as PhysicalPlacement;
}

/** The inverse of toPhysicalPlacement: what an overlay reports as `data-placement`. */
export function toLogicalPlacement(placement: PhysicalPlacement, rtl: boolean): OverlayPlacement {
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

/** A size, and where anchorOverlay has got to while it places an overlay (the arrow reads it). */
export interface Size {
  width: number;
  height: number;
}
export interface Placed {
  /** The overlay's corner, in viewport pixels. */
  x: number;
  y: number;
  placement: PhysicalPlacement;
  /** The trigger's box in the viewport. */
  reference: DOMRect;
  /** The overlay's size, and the overlay. */
  size: Size;
  floating: HTMLElement;
}

/**
 * Whether anchorOverlay keeps the overlay on its trigger with CSS anchor positioning (Chrome
 * 125, Firefox 147, Safari 26) or places it by viewport pixels alone (older browsers of the
 * support policy, and jsdom). Detected on first use; set `native: false` to run the fallback
 * in a browser that has it (the `Fallback` stories), `undefined` to detect again.
 */
export const anchorPositioning: { native?: boolean } = {};

function tokenLength(element: Element, name: TokenName): number {
  const value = getComputedStyle(element).getPropertyValue(cssVarName(name));
  const number = Number.parseFloat(value);
  return Number.isFinite(number) ? number : 0;
}

/**
 * The element's CSS size, fractions kept, or its rounded layout size where the two disagree
 * (an inline box, CSS zoom): what Floating UI measured, so overlays land on the same pixels.
 */
export function sizeOf(element: Element): Size {
  const style = getComputedStyle(element);
  const width = Number.parseFloat(style.width) || 0;
  const height = Number.parseFloat(style.height) || 0;
  const { offsetWidth, offsetHeight } = element as HTMLElement;
  return Math.round(width) === offsetWidth && Math.round(height) === offsetHeight
    ? { width, height }
    : { width: offsetWidth, height: offsetHeight };
}

const px = (value: number) => `${Math.max(0, value)}px`;
const opposite: Record<PhysicalSide, PhysicalSide> = {
  top: 'bottom',
  bottom: 'top',
  left: 'right',
  right: 'left',
};
const sideOf = (placement: PhysicalPlacement) => placement.split('-')[0] as PhysicalSide;
const isVertical = (placement: PhysicalPlacement) => /^(top|bottom)/.test(placement);
let anchors = 0;
/**
 * The anchor names this module gave triggers, and how many placed overlays use each: a
 * trigger can anchor two at once (a Tooltip on a Popover's button), and the name must stay
 * until the last of them closes.
 */
const anchorNames = new WeakMap<Element, { name: string; users: number }>();

/**
 * How far the overlay at `placed` leaves the viewport on each side, `padding` included
 * (negative: room left). The viewport is the visual one: without scrollbars, moved by a
 * pinch-zoom (jsdom has no `visualViewport`, and gets the window's inner size); its pixels
 * are divided by the overlay's CSS `zoom`, as everything anchorOverlay measures.
 */
function overflow({ x, y, size }: Placed, padding: number, zoom: number) {
  const {
    offsetLeft: left = 0,
    offsetTop: top = 0,
    width = innerWidth,
    height = innerHeight,
  } = window.visualViewport ?? ({} as Partial<VisualViewport>);
  return {
    top: top / zoom - y + padding,
    bottom: y + size.height - (top + height) / zoom + padding,
    left: left / zoom - x + padding,
    right: x + size.width - (left + width) / zoom + padding,
    width: width / zoom - 2 * padding,
    height: height / zoom - 2 * padding,
  };
}

/**
 * Anchors a floating element to a trigger and keeps it there while either moves, resizes or
 * scrolls: on the preferred side, or the opposite one when that has no room and the other has
 * more; slid along the trigger to stay `space.2` inside the viewport. Returns the cleanup.
 *
 * Where the browser has CSS anchor positioning, the trigger gets an `anchor-name` and the
 * overlay, whose default anchor it is, gets `left`/`top` written against it:
 * `calc(anchor(left, <x>) + <offset>)`, the trigger's last `x` standing in for a lost anchor.
 * The browser then keeps the overlay on its trigger through scrolls and layout changes, also
 * between two runs of this script and when a neighbour moves the trigger. Elsewhere they are
 * viewport pixels, kept current by the listeners of whileAnchored. Both come from the same
 * reads of the two boxes, so both land on the same pixels.
 *
 * It writes, on the floating element: `left`/`top` (position `fixed`, which is also right
 * for an overlay in the top layer); `data-placement` (the logical placement used, after any
 * flip); `dir` when the trigger's direction differs (a portalled overlay keeps the trigger's
 * RTL); and CSS variables for the overlay's styles: `--trigger-width` (Select makes its list
 * as wide as the field), `--available-width` and `--available-height` (the room left in the
 * viewport on the side used, for a `max-block-size`). The arrow gets `left` or `top` and its
 * own `data-placement`.
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
  const native = (anchorPositioning.native ??= !!globalThis.CSS?.supports?.(
    'top',
    'anchor(--a top)',
  ));
  // The trigger's anchor name: one an app gave it stays as it is; ours is shared by every
  // overlay placed on the trigger (a Tooltip on a Popover's button) and goes with the last.
  const anchorStyle = (reference as HTMLElement).style;
  const given = anchorNames.has(reference) ? '' : anchorStyle?.getPropertyValue('anchor-name');
  const ours = given ? undefined : anchorNames.get(reference);
  const name = given || ours?.name || `--cal-anchor-${++anchors}`;
  if (native && !given) {
    anchorNames.set(reference, { name, users: (ours?.users ?? 0) + 1 });
    anchorStyle?.setProperty('anchor-name', name);
  }
  // The default anchor: the browser moves the overlay with it when a box around the trigger
  // scrolls (`anchor()` alone ignores those scroll offsets).
  if (native) floating.style.setProperty('position-anchor', name);

  const update = () => {
    const padding = tokenLength(floating, 'space.2');
    const gapLength = tokenLength(floating, gap);
    // Lengths written on an overlay inside a CSS `zoom` are zoomed again: measure in its own
    // pixels (viewport pixels divided by its zoom), as its tokens and its size already are.
    const zoom = (floating as { currentCSSZoom?: number }).currentCSSZoom || 1;
    const rect = reference.getBoundingClientRect();
    const box = new DOMRect(rect.x / zoom, rect.y / zoom, rect.width / zoom, rect.height / zoom);
    let size = sizeOf(floating);
    // The overlay on one side: on it, `gapLength` away, centred on the trigger or aligned
    // with its start or end edge (right in RTL on a top or bottom side), then the arrow's reach.
    const place = (at: PhysicalPlacement): Placed => {
      const [side, align] = at.split('-') as [PhysicalSide, string | undefined];
      const vertical = isVertical(at);
      const across = vertical ? box.width - size.width : box.height - size.height;
      const along = !align ? across / 2 : (align === 'end') !== (rtl && vertical) ? across : 0;
      const main = side === 'top' || side === 'left' ? -gapLength : gapLength;
      const placed: Placed = {
        x: side === 'left' ? box.x - size.width : side === 'right' ? box.right : box.x + along,
        y: side === 'top' ? box.y - size.height : side === 'bottom' ? box.bottom : box.y + along,
        placement: at,
        reference: box,
        size,
        floating,
      };
      if (vertical) placed.y += main;
      else placed.x += main;
      arrow?.reach(placed, padding, rtl);
      return placed;
    };

    let placed = place(toPhysicalPlacement(placement, rtl));
    const first = overflow(placed, padding, zoom)[sideOf(placed.placement)];
    if (options.flip !== false && first > 0) {
      // Both sides overflowing: the one that overflows less, the preferred one on a tie.
      const flipped = placed.placement.replace(/^\w+/, (side) => opposite[side as PhysicalSide]);
      const other = place(flipped as PhysicalPlacement);
      const second = overflow(other, padding, zoom)[sideOf(other.placement)];
      if (second <= 0 || second < first) placed = other;
    }

    // Slide along the trigger into view, then write the room left on the side used; when
    // that resized the overlay, place it again at its new size on the same side.
    for (let pass = 0; pass < 3; pass++) {
      const vertical = isVertical(placed.placement);
      const side = sideOf(placed.placement);
      let room = overflow(placed, padding, zoom);
      if (vertical)
        placed.x = Math.max(placed.x + room.left, Math.min(placed.x, placed.x - room.right));
      else placed.y = Math.max(placed.y + room.top, Math.min(placed.y, placed.y - room.bottom));
      room = overflow(placed, padding, zoom);
      const { style } = floating;
      style.setProperty('--trigger-width', `${box.width}px`);
      style.setProperty(
        '--available-width',
        px(vertical ? room.width : Math.min(size.width - room[side], room.width)),
      );
      style.setProperty(
        '--available-height',
        px(vertical ? Math.min(size.height - room[side], room.height) : room.height),
      );
      const next = sizeOf(floating);
      if (next.width === size.width && next.height === size.height) break;
      size = next;
      placed = place(placed.placement);
    }

    arrow?.point(placed, padding, rtl);
    const { x, y } = placed;
    floating.style.left = native ? `calc(anchor(left, ${box.x}px) + ${x - box.x}px)` : `${x}px`;
    floating.style.top = native ? `calc(anchor(top, ${box.y}px) + ${y - box.y}px)` : `${y}px`;
    floating.setAttribute('data-placement', toLogicalPlacement(placed.placement, rtl));
  };

  const stop = whileAnchored(reference, floating, update);
  return () => {
    stop();
    const shared = anchorNames.get(reference);
    if (native && !given && shared && --shared.users === 0) {
      anchorNames.delete(reference);
      anchorStyle?.removeProperty('anchor-name');
    }
    floating.style.removeProperty('position-anchor');
  };
}

/**
 * Calls `update` whenever the overlay may have to move: a scroll anywhere outside the overlay
 * (one capturing listener sees every scrolling ancestor of the trigger, and the page), a
 * window or visual viewport resize, and a size change of the overlay, of the trigger or of any
 * of the trigger's ancestors (content added above the trigger moves it and grows the element
 * that holds both). A trigger moved without any of those resizing (a transform, a neighbour in
 * a box of fixed size) is not followed here; with anchor positioning the browser follows the
 * neighbour's move. Calls it once at once. Returns the cleanup.
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
