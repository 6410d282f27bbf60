import { afterEach, describe, expect, it, vi } from 'vitest';
import { lockScroll } from './scrollLock';

const root = document.documentElement;

afterEach(() => {
  vi.restoreAllMocks();
  root.removeAttribute('style');
});

describe('lockScroll', () => {
  describe('given nested overlays', () => {
    it('locks on the first and unlocks only when the last one releases', () => {
      root.style.overflow = 'auto';
      const outer = lockScroll();
      const inner = lockScroll();
      expect(root.style.overflow).toBe('hidden');
      expect(root).toHaveAttribute('data-scroll-locked');
      inner();
      expect(root.style.overflow).toBe('hidden');
      inner(); // a second release of the same lock is ignored
      expect(root.style.overflow).toBe('hidden');
      outer();
      expect(root.style.overflow).toBe('auto');
      expect(root).not.toHaveAttribute('data-scroll-locked');
    });
  });

  describe('given a page with a visible scrollbar', () => {
    it('keeps its space with scrollbar-gutter, so nothing shifts', () => {
      vi.spyOn(root, 'clientWidth', 'get').mockReturnValue(window.innerWidth - 15);
      vi.stubGlobal('CSS', { supports: () => true });
      const release = lockScroll();
      expect(root.style.scrollbarGutter).toBe('stable');
      release();
      expect(root.style.scrollbarGutter).toBe('');
      vi.unstubAllGlobals();
    });

    it('pads the inline end by the scrollbar width where scrollbar-gutter is unsupported', () => {
      vi.spyOn(root, 'clientWidth', 'get').mockReturnValue(window.innerWidth - 15);
      vi.stubGlobal('CSS', { supports: () => false });
      const release = lockScroll();
      expect(root.style.paddingInlineEnd).toBe('15px');
      release();
      expect(root.style.paddingInlineEnd).toBe('');
      vi.unstubAllGlobals();
    });
  });
});
