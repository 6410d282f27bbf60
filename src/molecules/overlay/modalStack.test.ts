import { afterEach, describe, expect, it, vi } from 'vitest';
import { onModalsChange, pushModal, topModal } from './modalStack';

const root = document.documentElement;

afterEach(() => {
  vi.restoreAllMocks();
  root.removeAttribute('style');
});

describe('modal stack', () => {
  describe('given nested modals', () => {
    it('knows the topmost, and tells listeners of each change', () => {
      const listener = vi.fn();
      const stop = onModalsChange(listener);
      const outer = document.createElement('dialog');
      const inner = document.createElement('dialog');
      expect(topModal()).toBeNull();
      const leaveOuter = pushModal(outer);
      const leaveInner = pushModal(inner);
      expect(topModal()).toBe(inner);
      expect(listener).toHaveBeenCalledTimes(2);
      leaveInner();
      expect(topModal()).toBe(outer);
      leaveInner(); // a second release of the same modal changes nothing
      expect(listener).toHaveBeenCalledTimes(3);
      leaveOuter();
      expect(topModal()).toBeNull();
      stop();
      pushModal(outer)();
      expect(listener).toHaveBeenCalledTimes(4);
    });

    it('given the lower modal closes first, the upper one stays on top', () => {
      const lower = document.createElement('dialog');
      const upper = document.createElement('dialog');
      const leaveLower = pushModal(lower);
      const leaveUpper = pushModal(upper);
      leaveLower();
      expect(topModal()).toBe(upper);
      leaveUpper();
      expect(topModal()).toBeNull();
    });
  });

  describe('scroll lock', () => {
    it('locks on the first modal and unlocks only when the last one closes', () => {
      root.style.overflow = 'auto';
      const leaveOuter = pushModal(document.createElement('dialog'));
      const leaveInner = pushModal(document.createElement('dialog'));
      expect(root.style.overflow).toBe('hidden');
      leaveInner();
      expect(root.style.overflow).toBe('hidden');
      leaveInner();
      expect(root.style.overflow).toBe('hidden');
      leaveOuter();
      expect(root.style.overflow).toBe('auto');
    });

    it('given a visible scrollbar, keeps its space with scrollbar-gutter, so nothing shifts', () => {
      vi.spyOn(root, 'clientWidth', 'get').mockReturnValue(window.innerWidth - 15);
      vi.stubGlobal('CSS', { supports: () => true });
      const leave = pushModal(document.createElement('dialog'));
      expect(root.style.scrollbarGutter).toBe('stable');
      leave();
      expect(root.style.scrollbarGutter).toBe('');
      vi.unstubAllGlobals();
    });

    it('pads the inline end by the scrollbar width where scrollbar-gutter is unsupported', () => {
      vi.spyOn(root, 'clientWidth', 'get').mockReturnValue(window.innerWidth - 15);
      vi.stubGlobal('CSS', { supports: () => false });
      const leave = pushModal(document.createElement('dialog'));
      expect(root.style.paddingInlineEnd).toBe('15px');
      leave();
      expect(root.style.paddingInlineEnd).toBe('');
      vi.unstubAllGlobals();
    });

    it('adds the scrollbar width to a padding the page set itself, and gives it back', () => {
      root.style.paddingInlineEnd = '8px';
      vi.spyOn(root, 'clientWidth', 'get').mockReturnValue(window.innerWidth - 15);
      vi.stubGlobal('CSS', { supports: () => false });
      const leave = pushModal(document.createElement('dialog'));
      // jsdom's style parser folds `calc(8px + 15px)` to `calc(23px)`.
      expect(root.style.paddingInlineEnd).toMatch(/^calc\((8px \+ 15px|23px)\)$/);
      leave();
      expect(root.style.paddingInlineEnd).toBe('8px');
      root.style.paddingInlineEnd = '';
      vi.unstubAllGlobals();
    });
  });
});
