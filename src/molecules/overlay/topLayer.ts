/**
 * Puts an element carrying `popover="manual"` into the browser's top layer (above every
 * z-index, above a modal `<dialog>` opened before it), and takes it out again.
 *
 * Why `manual` and not `auto`: an `auto` popover brings the browser's own light dismiss, with
 * its own stack. That stack does not know our overlay stack (overlayStack.ts) or a modal
 * `<dialog>`: a click inside a Dialog opened from a Popover would close the Popover under
 * it; Escape would close the popover before a control inside could keep it; and a controlled
 * `open` would be overridden by the browser. With `manual`, the browser only paints the
 * element on top, and dismissal stays in the one stack every overlay shares.
 *
 * Without the Popover API the attribute is dropped, so the element shows as an ordinary
 * fixed one, raised by its `z.*` token: old browsers ignore the attribute anyway, but jsdom
 * hides `[popover]` in its user-agent style sheet without offering `showPopover()`.
 */
export function showInTopLayer(element: HTMLElement): void {
  const { showPopover } = element as HTMLElement & { showPopover?: () => void };
  if (!element.hasAttribute('popover')) return;
  if (typeof showPopover !== 'function') {
    element.removeAttribute('popover');
    return;
  }
  try {
    if (!element.matches(':popover-open')) showPopover.call(element);
  } catch {
    // Not connected or already shown elsewhere: it stays visible as a fixed element.
  }
}

/** Takes the element out of the top layer, if it is there. */
export function hideFromTopLayer(element: HTMLElement): void {
  const { hidePopover } = element as HTMLElement & { hidePopover?: () => void };
  if (typeof hidePopover !== 'function') return;
  try {
    if (element.matches(':popover-open')) hidePopover.call(element);
  } catch {
    // Already hidden or detached: nothing to undo.
  }
}
