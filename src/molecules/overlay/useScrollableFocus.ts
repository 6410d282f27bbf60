import { useLayoutEffect, type RefObject } from 'react';
import { firstTabbable } from './focus';

/**
 * A region that scrolls must be reachable by keyboard (WCAG 2.1.1; axe's
 * scrollable-region-focusable): while it overflows and holds nothing focusable, it takes a
 * tab stop itself. It is measured again when it or one of its children changes size (a
 * dialog's body, a popover's content). Browsers without ResizeObserver skip it.
 */
export function useScrollableFocus(regionRef: RefObject<HTMLElement | null>): void {
  useLayoutEffect(() => {
    const region = regionRef.current;
    if (!region || typeof ResizeObserver === 'undefined') return;
    const update = () => {
      const scrolls = region.scrollHeight > region.clientHeight;
      if (scrolls && !firstTabbable(region)) region.tabIndex = 0;
      else region.removeAttribute('tabindex');
    };
    const observer = new ResizeObserver(update);
    observer.observe(region);
    for (const child of Array.from(region.children)) observer.observe(child);
    update();
    return () => observer.disconnect();
  }, [regionRef]);
}
