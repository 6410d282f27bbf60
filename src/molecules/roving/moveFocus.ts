/*
 * Arrow-key focus movement inside one composite widget: the keyboard half of the WAI-ARIA APG
 * tabs, accordion and toolbar patterns. Tabs rove (one tab in the Tab order, arrows move
 * between them); Accordion keeps every header in the Tab order and adds the optional arrows.
 * Both ask the same question, "which item does this key go to?", answered here once.
 *
 * Named `roving`, not `collection`: Select's list navigation (active descendant, type-ahead)
 * is a different layer, built elsewhere; the two can be unified later.
 */

/** Which arrow keys move: Left/Right or Up/Down. */
export type RovingOrientation = 'horizontal' | 'vertical';

export interface RovingOptions {
  /** The arrow keys that move focus. */
  orientation: RovingOrientation;
}

/** The minimal key event this needs: a React or a DOM `KeyboardEvent`. */
export interface RovingKeyEvent {
  key: string;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  defaultPrevented: boolean;
  target: EventTarget | null;
  currentTarget: EventTarget | null;
  preventDefault(): void;
}

/**
 * Where a key sends focus, as an index into `count` items, or `null` when the key is not
 * one this orientation handles. `current` is the focused item's index. Left and Right swap
 * in right-to-left text, so "next" is always the reading direction. From the last item the
 * next arrow goes to the first, and back: the APG's choice for tabs, one it allows for
 * accordions.
 */
export function targetIndex(
  key: string,
  current: number,
  count: number,
  { orientation }: RovingOptions,
  rtl = false,
): number | null {
  if (count === 0) return null;
  if (key === 'Home') return 0;
  if (key === 'End') return count - 1;
  const forward = orientation === 'vertical' ? 'ArrowDown' : rtl ? 'ArrowLeft' : 'ArrowRight';
  const back = orientation === 'vertical' ? 'ArrowUp' : rtl ? 'ArrowRight' : 'ArrowLeft';
  const step = key === forward ? 1 : key === back ? -1 : 0;
  if (step === 0) return null;
  return (current + step + count) % count;
}

/**
 * Handles an arrow, Home or End key press inside a composite widget: moves focus among
 * `items` (the widget's enabled items, in order) and returns the item focused, or `null` when
 * the key is not handled (any other key, a modifier held, an event already handled, focus
 * not on an item). The event's `preventDefault()` is called when focus moves, so the page
 * does not scroll. Direction is read from the widget (`currentTarget`): CSS `direction`,
 * which follows `dir` and `:dir()`.
 */
export function moveFocus(
  event: RovingKeyEvent,
  items: readonly HTMLElement[],
  options: RovingOptions,
): HTMLElement | null {
  if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey)
    return null;
  const current = items.indexOf(event.target as HTMLElement);
  if (current < 0) return null;
  const widget = event.currentTarget as Element;
  const rtl = getComputedStyle(widget).direction === 'rtl';
  const index = targetIndex(event.key, current, items.length, options, rtl);
  const item = index === null ? undefined : items[index];
  if (!item) return null;
  event.preventDefault();
  item.focus();
  return item;
}
