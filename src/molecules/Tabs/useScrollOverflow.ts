import { useCallback, useEffect, type RefObject } from 'react';

/**
 * Watches a sideways-scrolling list and marks its wrapper with `data-overflow` while it does
 * not fit, and `data-overflow-start` and `data-overflow-end` while content lies beyond that
 * end, written on the element directly: a scroll never re-renders React. Returns `scrollBy(direction)`, which pages the list towards
 * its end (1) or its start (-1), by most of its visible width, mirrored in right-to-left text.
 * Smooth scrolling comes from the list's CSS (`scroll-behavior`), so reduced motion is a media
 * query, not code.
 */
export function useScrollOverflow(
  wrapperRef: RefObject<HTMLElement | null>,
  listRef: RefObject<HTMLElement | null>,
  enabled: boolean,
): (direction: 1 | -1) => void {
  // Every render: tabs added or relabelled change the content's width, and are observed anew.
  useEffect(() => {
    const wrapper = wrapperRef.current;
    const list = listRef.current;
    if (!wrapper || !list || !enabled) return;
    const update = () => {
      // scrollLeft runs from 0 towards negative numbers in right-to-left text.
      const offset = Math.abs(list.scrollLeft);
      const room = list.scrollWidth - list.clientWidth;
      wrapper.toggleAttribute('data-overflow', room > 1);
      wrapper.toggleAttribute('data-overflow-start', offset > 1);
      wrapper.toggleAttribute('data-overflow-end', room - offset > 1);
    };
    update();
    list.addEventListener('scroll', update, { passive: true });
    const observer = typeof ResizeObserver === 'function' ? new ResizeObserver(update) : null;
    observer?.observe(list);
    for (const item of Array.from(list.querySelectorAll(':scope > *, :scope > ul > *')))
      observer?.observe(item);
    return () => {
      list.removeEventListener('scroll', update);
      observer?.disconnect();
    };
  });

  return useCallback(
    (direction) => {
      const list = listRef.current;
      if (!list) return;
      const rtl = getComputedStyle(list).direction === 'rtl';
      list.scrollBy({ left: direction * (rtl ? -1 : 1) * list.clientWidth * 0.8 });
    },
    [listRef],
  );
}
