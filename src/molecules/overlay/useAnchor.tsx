import { useLayoutEffect, useRef, type ReactNode, type RefObject } from 'react';
import { overlayArrow } from './overlayArrow';
import { anchorOverlay, type AnchorOptions, type OverlayPlacement } from './placement';

/**
 * Anchors a mounted popup to its trigger (anchorOverlay) for as long as both exist, and
 * returns the popup's optional arrow, `[data-part="arrow"]`, to render inside it: with an
 * arrow, `arrowGap` is the gap that leaves room for it; without one, pass `null` (the gap is
 * `space.1`). Popover and Tooltip share it; anchoredSurface draws the arrow.
 */
export function useAnchor(
  popupRef: RefObject<HTMLElement | null>,
  anchorRef: RefObject<Element | null> | undefined,
  placement: OverlayPlacement,
  arrowGap: AnchorOptions['gap'] | null,
): ReactNode {
  const arrowRef = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const popup = popupRef.current;
    const anchor = anchorRef?.current;
    const arrow = arrowRef.current;
    if (!popup || !anchor) return;
    return anchorOverlay(anchor, popup, {
      placement,
      gap: arrowGap ?? 'space.1',
      arrow: arrow && overlayArrow(arrow),
    });
  }, [popupRef, anchorRef, placement, arrowGap]);
  return arrowGap ? <div ref={arrowRef} data-part="arrow" aria-hidden="true" /> : null;
}
