/*
 * The modal dialogs open right now, in opening order, and what a page owes them: its scroll
 * is locked while any is open, and what must stay usable during a modal renders inside the
 * topmost one. `showModal()` makes everything outside that dialog inert (not clickable, not
 * focusable, hidden from assistive technology), so the Toaster reads topModal() and renders
 * its region there, again whenever onModalsChange reports a modal opening or closing.
 */

type Listener = () => void;

const modals: Element[] = [];
const listeners = new Set<Listener>();
let restoreScroll: (() => void) | undefined;

const notify = () => {
  for (const listener of listeners) listener();
};

/**
 * Locks page scroll with `overflow: hidden` on `<html>`. The scrollbar's space is kept with
 * `scrollbar-gutter: stable` (or, where that is unsupported, an equal inline-end padding), so
 * the page does not shift sideways when the scrollbar goes. Returns the restore.
 */
function lockScroll(): () => void {
  const root = document.documentElement;
  const { overflow, scrollbarGutter, paddingInlineEnd } = root.style;
  const scrollbar = window.innerWidth - root.clientWidth;
  root.style.overflow = 'hidden';
  if (scrollbar > 0) {
    if (CSS.supports?.('scrollbar-gutter', 'stable')) {
      root.style.scrollbarGutter = 'stable';
    } else {
      // A measured width, not a design value: added to whatever padding the page set.
      root.style.paddingInlineEnd = paddingInlineEnd
        ? `calc(${paddingInlineEnd} + ${scrollbar}px)`
        : `${scrollbar}px`;
    }
  }
  return () => {
    root.style.overflow = overflow;
    root.style.scrollbarGutter = scrollbarGutter;
    root.style.paddingInlineEnd = paddingInlineEnd;
  };
}

/**
 * Records a modal dialog as open, above any opened before it, until the returned function is
 * called (calling it again does nothing). Page scroll is locked from the first modal until
 * the last one closes, so nested modals unlock with the last.
 */
export function pushModal(dialog: Element): () => void {
  if (modals.length === 0) restoreScroll = lockScroll();
  modals.push(dialog);
  notify();
  return () => {
    const index = modals.indexOf(dialog);
    if (index === -1) return;
    modals.splice(index, 1);
    if (modals.length === 0) restoreScroll?.();
    notify();
  };
}

/** The topmost open modal dialog, or null. */
export const topModal = (): Element | null => modals[modals.length - 1] ?? null;

/** Calls the listener after a modal opens or closes; returns the unsubscribe. */
export function onModalsChange(listener: Listener): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}
