import { useEffect, useLayoutEffect, useRef } from 'react';
import { pushOverlay, type OverlayLayer } from './overlayStack';

/**
 * Keeps an overlay on the stack (overlayStack.ts) while `active`, with the latest callbacks:
 * the layer is pushed once when the overlay opens, so its place in the stack is its opening
 * order, and re-renders do not move it to the top.
 */
export function useOverlayLayer(active: boolean, layer: OverlayLayer): void {
  const latest = useRef(layer);
  useLayoutEffect(() => {
    latest.current = layer;
  });
  useEffect(() => {
    if (!active) return;
    return pushOverlay({
      onEscape: (event) => latest.current.onEscape?.(event),
      onPointerDownOutside: (event) => latest.current.onPointerDownOutside?.(event),
      isInside: (event) => latest.current.isInside(event),
    });
  }, [active]);
}
