// The overlay layer: what every floating thing (Dialog, AlertDialog, Drawer, Popover,
// Tooltip, Select, Menu, Combobox, DatePicker) stands on. Private: no package subpath.
export { OverlayContainerContext, OverlayPortal, type OverlayPortalProps } from './OverlayPortal';
export { isTopOverlay, openOverlayCount, pushOverlay, type OverlayLayer } from './overlayStack';
export { useOverlayLayer } from './useOverlayLayer';
export {
  ancestorsOf,
  captureFocusReturn,
  focusFirst,
  focusReturnTarget,
  isFocusable,
  isUnreachable,
  tabbables,
  wrapTab,
} from './focus';
export { onModalsChange, pushModal, topModal } from './modalStack';
export { usePresence, type Presence } from './usePresence';
export { useScrollableFocus } from './useScrollableFocus';
export { useControllableState } from './useControllableState';
export {
  useOverlayTrigger,
  type OverlayTriggerOptions,
  type OverlayTriggerProps,
  type OverlayTriggerState,
} from './useOverlayTrigger';
export { useOverlaySurface, type OverlayOpenProps, type OverlaySurface } from './useOverlaySurface';
export { useHydrated } from './useHydrated';
export {
  anchorOverlay,
  anchorPositioning,
  overlayPlacements,
  toLogicalPlacement,
  toPhysicalPlacement,
  type AnchorOptions,
  type OverlayPlacement,
  type OverlaySide,
} from './placement';
export { hideFromTopLayer, showInTopLayer } from './topLayer';
export { elementRef } from './elementRef';
export { anchoredArrow, anchoredSurface } from './anchoredSurface';
export { overlayArrow, type OverlayArrow } from './overlayArrow';
export { useAnchor } from './useAnchor';
