/**
 * The stack of open overlays, in the order they opened. Escape and a pointer press outside go
 * to the topmost overlay only, so a Select inside a Dialog closes alone and the Dialog stays.
 *
 * Listeners sit on `document` while anything is open: `keydown` in the bubble phase, so a
 * control inside that handles Escape itself (a SearchField clearing its text, a combobox
 * closing its list) calls `preventDefault()` and keeps the overlay open; `pointerdown` in the
 * capture phase, so an outside press is seen even where a handler stops propagation. Handling
 * Escape here also cancels the browser's own close request for a modal `<dialog>` (its
 * `cancel` event), so a controlled dialog closes only through its `onOpenChange`.
 */
export interface OverlayLayer {
  /**
   * Escape reached the document while this was the topmost overlay. Return `false` to pass
   * it on to the overlay below (a non-modal panel that only answers Escape from inside).
   */
  onEscape?: (event: KeyboardEvent) => boolean | void;
  /** A pointer went down outside this overlay while it was the topmost one. */
  onPointerDownOutside?: (event: PointerEvent) => void;
  /**
   * Whether the press counts as inside the overlay (its element, its trigger, …); `undefined`
   * (an optional chain that found no element) counts as outside.
   */
  isInside: (event: PointerEvent) => boolean | undefined;
}

const layers: OverlayLayer[] = [];

function handleKeyDown(event: KeyboardEvent) {
  if (event.key !== 'Escape' || event.defaultPrevented || event.isComposing) return;
  // The topmost overlay owns Escape even when it has no handler (an overlay that must be
  // answered): the overlay below must not close instead.
  for (let index = layers.length - 1; index >= 0; index -= 1) {
    if (layers[index]?.onEscape?.(event) === false) continue;
    event.preventDefault();
    return;
  }
}

function handlePointerDown(event: PointerEvent) {
  const top = layers[layers.length - 1];
  if (!top || top.isInside(event)) return;
  top.onPointerDownOutside?.(event);
}

/** Puts an overlay on top of the stack; the returned function removes it (once). */
export function pushOverlay(layer: OverlayLayer): () => void {
  if (layers.length === 0) {
    document.addEventListener('keydown', handleKeyDown);
    document.addEventListener('pointerdown', handlePointerDown, true);
  }
  layers.push(layer);
  return () => {
    const index = layers.indexOf(layer);
    if (index === -1) return;
    layers.splice(index, 1);
    if (layers.length === 0) {
      document.removeEventListener('keydown', handleKeyDown);
      document.removeEventListener('pointerdown', handlePointerDown, true);
    }
  };
}

/** Whether the overlay is the topmost open one. */
export function isTopOverlay(layer: OverlayLayer): boolean {
  return layers[layers.length - 1] === layer;
}

/** How many overlays are open (for tests and development checks). */
export function openOverlayCount(): number {
  return layers.length;
}
