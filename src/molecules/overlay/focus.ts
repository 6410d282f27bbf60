/*
 * Focus helpers shared by every overlay: what can take focus, where focus goes when an
 * overlay opens, and where it goes back to when it closes.
 */

// One selector, written as a literal (which the minifier joins), not an array joined at run
// time: the bytes count against every overlay's budget (bench/budgets.json).
const FOCUSABLE =
  'a[href],area[href],button:not([disabled]),input:not([disabled]):not([type="hidden"]),' +
  'select:not([disabled]),textarea:not([disabled]),iframe,summary,' +
  '[contenteditable]:not([contenteditable="false"]),[tabindex]';

/**
 * Whether the element is out of reach: detached, inside `hidden` or `inert` (a hidden tab
 * panel, a closed overlay), or not rendered (`display: none`, a closed `<details>`; browsers
 * only, through `checkVisibility`).
 */
export function isUnreachable(element: Element): boolean {
  if (!element.isConnected) return true;
  if (element.closest('[hidden],[inert]')) return true;
  const { checkVisibility } = element as Element & { checkVisibility?: () => boolean };
  // Present (a function) in browsers, absent in jsdom: a truthiness test is enough, and shorter.
  return checkVisibility ? !checkVisibility.call(element) : false;
}

/** Whether `focus()` would land on the element (tabindex -1 included). */
export function isFocusable(element: Element): element is HTMLElement {
  return (
    element instanceof HTMLElement &&
    element.matches(FOCUSABLE) &&
    element.tabIndex >= -1 &&
    !isUnreachable(element)
  );
}

/** The elements Tab visits inside the container, in DOM order (tabindex 0 or native). */
export function tabbables(container: Element): HTMLElement[] {
  return Array.from(container.querySelectorAll<HTMLElement>(FOCUSABLE)).filter(
    (element) => element.tabIndex >= 0 && !isUnreachable(element),
  );
}

/**
 * The first element Tab visits inside the container, or undefined: `tabbables(container)[0]`
 * without checking the rest. Each check reads style (`checkVisibility`), so a dialog with a
 * long form pays for one field, not for all of them, when it opens.
 */
export function firstTabbable(container: Element): HTMLElement | undefined {
  // The same test as tabbables, written the same way: gzip stores it once.
  return Array.from(container.querySelectorAll<HTMLElement>(FOCUSABLE)).find(
    (element) => element.tabIndex >= 0 && !isUnreachable(element),
  );
}

/**
 * Focuses the first candidate that can take focus: each candidate is either the element to
 * focus or a container whose first tabbable element is focused. Returns what was focused.
 */
export function focusFirst(candidates: Array<Element | null | undefined>): HTMLElement | null {
  for (const candidate of candidates) {
    if (!candidate) continue;
    const target = isFocusable(candidate) ? candidate : firstTabbable(candidate);
    if (target) {
      target.focus();
      if (target.ownerDocument.activeElement === target) return target;
    }
  }
  return null;
}

/** The ancestors of an element, nearest first, up to but not including `<body>`. */
export function ancestorsOf(element: Element): Element[] {
  const path: Element[] = [];
  for (let node = element.parentElement; node && node !== node.ownerDocument.body;) {
    path.push(node);
    node = node.parentElement;
  }
  return path;
}

/**
 * Where focus goes back to when an overlay closes. The opener, when it can still take focus.
 * When it cannot (unmounted, or inside a tab panel that was hidden meanwhile), the nearest of
 * its former ancestors that is still reachable: that ancestor itself if focusable, else its
 * first tabbable element (for tabs, that is the selected tab). Never `<body>`: returns null
 * when nothing fits, and the caller leaves focus where it is.
 */
export function focusReturnTarget(
  opener: HTMLElement | null,
  openerAncestors: readonly Element[],
): HTMLElement | null {
  if (opener && isFocusable(opener)) return opener;
  for (const ancestor of openerAncestors) {
    if (isUnreachable(ancestor)) continue;
    if (isFocusable(ancestor)) return ancestor;
    const inside = firstTabbable(ancestor);
    if (inside) return inside;
  }
  return null;
}

/**
 * Tab and Shift+Tab wrap inside the container (the APG modal dialog pattern). The browser's
 * `showModal()` already makes the page inert, but lets Tab leave for the browser's own UI;
 * the wrap keeps keyboard users in the dialog. Returns true when it moved focus.
 */
export function wrapTab(event: KeyboardEvent, container: Element): boolean {
  if (event.key !== 'Tab' || event.altKey || event.ctrlKey || event.metaKey) return false;
  const items = tabbables(container);
  const first = items[0];
  const last = items[items.length - 1];
  const active = container.ownerDocument.activeElement;
  if (!first || !last) {
    event.preventDefault();
    return true;
  }
  if (event.shiftKey && (active === first || active === container)) {
    event.preventDefault();
    last.focus();
    return true;
  }
  if (!event.shiftKey && (active === last || !container.contains(active))) {
    event.preventDefault();
    first.focus();
    return true;
  }
  return false;
}

/**
 * Remembers the opener (the given anchor when it is an element, else what had focus before
 * the overlay took it) and its ancestors, and returns the function that gives focus back when
 * the overlay closes: to the opener, or the fallback of focusReturnTarget. It acts once, and
 * only when focus is still in the overlay or was lost to `<body>`: a non-modal panel closed by
 * clicking into the page keeps that click's focus.
 */
export function captureFocusReturn(
  doc: Document,
  anchor?: Element | null,
): {
  opener: HTMLElement | null;
  restore: (overlay: Element) => void;
} {
  const active = anchor instanceof HTMLElement ? anchor : doc.activeElement;
  const opener = active instanceof HTMLElement && active !== doc.body ? active : null;
  const path = opener ? ancestorsOf(opener) : [];
  let done = false;
  return {
    opener,
    restore(overlay) {
      if (done) return;
      done = true;
      const focused = doc.activeElement;
      if (focused && focused !== doc.body && !overlay.contains(focused)) return;
      focusReturnTarget(opener, path)?.focus();
      // The overlay may be closing because its opener is being removed in the same commit (a
      // tab panel that unmounts, as Tabs with `keepMounted={false}` does; a deleted row): the
      // opener still looked focusable, and focus falls to <body> once the removal lands. Look
      // again after it, when the removed ancestors are skipped.
      queueMicrotask(
        () => doc.activeElement === doc.body && focusReturnTarget(opener, path)?.focus(),
      );
    },
  };
}
