import {
  arrow,
  autoUpdate,
  computePosition,
  flip,
  offset,
  shift,
  size,
  type Middleware,
  type Placement,
} from '@floating-ui/dom';
import { cssVarName, type TokenName } from '../../tokens';

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
  /** An arrow element inside the overlay, positioned to point at the trigger. */
  arrow?: HTMLElement | null;
  /**
   * Flip to the opposite side when the preferred one has no room.
   * @default true
   */
  flip?: boolean;
  /** Called after each position update with the placement actually used. */
  onPlacement?: (placement: OverlayPlacement) => void;
}

function tokenLength(element: Element, name: TokenName): number {
  const value = getComputedStyle(element).getPropertyValue(cssVarName(name));
  const number = Number.parseFloat(value);
  return Number.isFinite(number) ? number : 0;
}

/**
 * Anchors a floating element to a trigger with `@floating-ui/dom` and keeps it there while
 * either moves, resizes or scrolls (`autoUpdate`). Returns the cleanup.
 *
 * It writes, on the floating element: `left`/`top` (position `fixed`, which is also right
 * for an overlay in the top layer); `data-placement` (the logical placement used, after any
 * flip); `dir` when the trigger's direction differs (a portalled overlay keeps the trigger's
 * RTL); and CSS variables for the overlay's styles: `--trigger-width` (Select makes its list
 * as wide as the field), `--available-width` and `--available-height` (the room left in the
 * viewport, for a `max-block-size`). The arrow gets `left`/`top` and its own `data-placement`.
 */
export function anchorOverlay(
  reference: Element,
  floating: HTMLElement,
  options: AnchorOptions = {},
): () => void {
  const { placement = 'bottom-start', gap = 'space.1', arrow: arrowElement } = options;
  const direction = getComputedStyle(reference).direction;
  if (direction && getComputedStyle(floating).direction !== direction) floating.dir = direction;
  const rtl = direction === 'rtl';
  // Fixed, from the viewport's corner: also undoes a `[popover]`'s UA centring (inset 0,
  // margin auto), so the popup can be placed by left/top alone.
  Object.assign(floating.style, { position: 'fixed', inset: 'auto', margin: '0' });

  const update = async () => {
    const padding = tokenLength(floating, 'space.2');
    const middleware: Middleware[] = [
      offset(tokenLength(floating, gap)),
      ...(options.flip === false ? [] : [flip({ padding })]),
      shift({ padding }),
      size({
        padding,
        apply({ availableWidth, availableHeight, rects }) {
          floating.style.setProperty('--trigger-width', `${rects.reference.width}px`);
          floating.style.setProperty('--available-width', `${Math.max(0, availableWidth)}px`);
          floating.style.setProperty('--available-height', `${Math.max(0, availableHeight)}px`);
        },
      }),
    ];
    if (arrowElement) middleware.push(arrow({ element: arrowElement, padding }));
    const result = await computePosition(reference, floating, {
      strategy: 'fixed',
      placement: toPhysicalPlacement(placement, rtl),
      middleware,
    });
    floating.style.left = `${result.x}px`;
    floating.style.top = `${result.y}px`;
    const used = toLogicalPlacement(result.placement, rtl);
    floating.setAttribute('data-placement', used);
    const arrowData = result.middlewareData.arrow;
    if (arrowElement && arrowData) {
      arrowElement.style.left = arrowData.x == null ? '' : `${arrowData.x}px`;
      arrowElement.style.top = arrowData.y == null ? '' : `${arrowData.y}px`;
      arrowElement.setAttribute('data-placement', used);
    }
    options.onPlacement?.(used);
  };

  return autoUpdate(reference, floating, () => {
    void update();
  });
}
