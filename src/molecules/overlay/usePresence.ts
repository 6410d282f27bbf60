import { useLayoutEffect, useState, type RefObject } from 'react';

/** The exit animations running on the element itself (or its `::backdrop`), finite ones. */
function exitAnimations(element: HTMLElement): Animation[] {
  if (typeof element.getAnimations !== 'function') return [];
  return element.getAnimations({ subtree: true }).filter((animation) => {
    const effect = animation.effect as KeyframeEffect | null;
    const timing = effect?.getComputedTiming();
    return effect?.target === element && timing?.endTime !== Infinity;
  });
}

export interface Presence {
  /** Whether to render the overlay: open, or closed but still playing its exit animation. */
  mounted: boolean;
  /** Closed and animating out: render `data-exiting` so the exit keyframes run. */
  exiting: boolean;
}

/**
 * Keeps a closing overlay mounted until its exit animation (from the motion tokens, on
 * `[data-exiting]`) ends, then unmounts it, so a closed overlay is never left in the DOM or
 * the accessibility tree. With no exit animation (`prefers-reduced-motion: reduce`, jsdom) it
 * unmounts in the same commit as the close.
 */
export function usePresence(open: boolean, ref: RefObject<HTMLElement | null>): Presence {
  const [mounted, setMounted] = useState(open);
  const [exiting, setExiting] = useState(false);

  // Derived during render (React's "adjust state when a prop changes"), so opening mounts in
  // the same render and no frame shows a stale state.
  if (open && (!mounted || exiting)) {
    setMounted(true);
    setExiting(false);
  } else if (!open && mounted && !exiting) {
    setExiting(true);
  }

  useLayoutEffect(() => {
    if (!exiting) return;
    const element = ref.current;
    const animations = element ? exitAnimations(element) : [];
    if (animations.length === 0) {
      setMounted(false);
      setExiting(false);
      return;
    }
    let cancelled = false;
    const done = () => {
      if (cancelled) return;
      setMounted(false);
      setExiting(false);
    };
    Promise.all(animations.map((animation) => animation.finished)).then(done, done);
    return () => {
      cancelled = true;
    };
  }, [exiting, ref]);

  return { mounted: mounted || open, exiting: exiting && !open };
}
