/**
 * Locks page scroll while modal overlays are open, reference-counted so nested overlays
 * unlock only when the last one closes. The scrollbar's space is kept with
 * `scrollbar-gutter: stable` (or, where that is unsupported, an equal inline-end padding),
 * so the page does not shift sideways when the scrollbar goes.
 */
let locks = 0;
let restore: (() => void) | null = null;

function applyLock(): () => void {
  const root = document.documentElement;
  const { overflow, scrollbarGutter, paddingInlineEnd } = root.style;
  const scrollbar = window.innerWidth - root.clientWidth;
  root.style.overflow = 'hidden';
  if (scrollbar > 0) {
    if (typeof CSS !== 'undefined' && CSS.supports?.('scrollbar-gutter', 'stable')) {
      root.style.scrollbarGutter = 'stable';
    } else {
      const gutter = `${scrollbar}px`;
      root.style.paddingInlineEnd = paddingInlineEnd
        ? `calc(${paddingInlineEnd} + ${gutter})`
        : gutter;
    }
  }
  root.setAttribute('data-scroll-locked', '');
  return () => {
    root.style.overflow = overflow;
    root.style.scrollbarGutter = scrollbarGutter;
    root.style.paddingInlineEnd = paddingInlineEnd;
    root.removeAttribute('data-scroll-locked');
  };
}

/** Locks scroll until the returned function is called (calling it again does nothing). */
export function lockScroll(): () => void {
  if (locks === 0) restore = applyLock();
  locks += 1;
  let released = false;
  return () => {
    if (released) return;
    released = true;
    locks -= 1;
    if (locks === 0) {
      restore?.();
      restore = null;
    }
  };
}
