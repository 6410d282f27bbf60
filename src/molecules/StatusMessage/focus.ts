/*
 * Where focus goes when the element holding it disappears (a dismissed Banner, a Toast that
 * leaves). Losing focus to <body> throws a keyboard or screen-reader user back to the top of
 * the page, so the nearest focusable element takes it instead.
 */

const FOCUSABLE = [
  'a[href]',
  'button:not([disabled])',
  'input:not([disabled]):not([type="hidden"])',
  'select:not([disabled])',
  'textarea:not([disabled])',
  '[tabindex]:not([tabindex="-1"])',
  '[contenteditable="true"]',
].join(',');

/** The keyboard-focusable elements inside `root`, in document order. */
export function focusableIn(root: ParentNode): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
    (element) => !element.closest('[inert],[hidden]'),
  );
}

/**
 * The first focusable element after `element` in document order (outside it), or else the
 * last one before it; `null` when the page has none.
 */
export function focusableNeighbour(element: Element): HTMLElement | null {
  const all = focusableIn(element.ownerDocument);
  const outside = all.filter((candidate) => !element.contains(candidate));
  const after = outside.find(
    (candidate) =>
      (element.compareDocumentPosition(candidate) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0,
  );
  return (
    after ??
    outside
      .filter(
        (candidate) =>
          element.compareDocumentPosition(candidate) & Node.DOCUMENT_POSITION_PRECEDING,
      )
      .at(-1) ??
    null
  );
}
