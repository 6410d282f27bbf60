import { useCallback, useRef, type Ref, type RefCallback, type RefObject } from 'react';
import { mergeRefs } from '../../utils';
import type { OverlayTriggerState } from './useOverlayTrigger';
import { useControllableState } from './useControllableState';
import { usePresence } from './usePresence';

/** The open-state props every overlay surface takes (Dialog, AlertDialog, Drawer, Popover). */
export interface OverlayOpenProps {
  open?: boolean;
  defaultOpen?: boolean;
  onOpenChange?: (open: boolean) => void;
}

export interface OverlaySurface<T extends HTMLElement> {
  /** Render the overlay: it is open, or closed and still playing its exit animation. */
  mounted: boolean;
  /** Closed and animating out: render `data-exiting`. */
  exiting: boolean;
  /** The user dismissed it: reports `onOpenChange(false)` and closes an uncontrolled one. */
  requestClose: () => void;
  /** The overlay element, for the surface's own effects. */
  elementRef: RefObject<T | null>;
  /** The ref to put on the element: it feeds elementRef, the trigger's and the caller's refs. */
  ref: RefCallback<T>;
}

/**
 * The open and close wiring every overlay surface shares with its `<Name>Trigger`: open is
 * controlled by `open`, else by the trigger around it, else owned here (`defaultOpen`); a
 * change is reported to `onOpenChange` and to the trigger; the element stays mounted while
 * it animates out (usePresence). The surface renders nothing unless `mounted`.
 */
export function useOverlaySurface<T extends HTMLElement>(
  { open, defaultOpen = false, onOpenChange }: OverlayOpenProps,
  trigger: OverlayTriggerState | null,
  forwardedRef: Ref<T> | undefined,
): OverlaySurface<T> {
  const [isOpen, setOpen] = useControllableState(open ?? trigger?.open, defaultOpen, (next) => {
    onOpenChange?.(next);
    trigger?.setOpen(next);
  });
  const elementRef = useRef<T>(null);
  const triggerOverlayRef = trigger?.overlayRef as RefObject<T | null> | undefined;
  const ref = useCallback(
    (element: T | null) => mergeRefs(elementRef, triggerOverlayRef, forwardedRef)(element),
    [triggerOverlayRef, forwardedRef],
  );
  const { mounted, exiting } = usePresence(isOpen, elementRef);
  return { mounted, exiting, requestClose: () => setOpen(false), elementRef, ref };
}
