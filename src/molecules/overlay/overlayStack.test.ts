import { afterEach, describe, expect, it, vi } from 'vitest';
import { isTopOverlay, openOverlayCount, pushOverlay, type OverlayLayer } from './overlayStack';

const removers: Array<() => void> = [];
afterEach(() => {
  while (removers.length) removers.pop()?.();
  // The elements the tests append stand for overlays; the next test file shares this body.
  document.body.replaceChildren();
});

function layer(element: Element, extra: Partial<OverlayLayer> = {}): OverlayLayer {
  const entry: OverlayLayer = {
    onEscape: vi.fn(),
    onPointerDownOutside: vi.fn(),
    isInside: (event) => element.contains(event.target as Node),
    ...extra,
  };
  removers.push(pushOverlay(entry));
  return entry;
}

const escape = (target: EventTarget = document.body) => {
  const event = new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true });
  target.dispatchEvent(event);
  return event;
};

describe('overlay stack', () => {
  describe('given a dialog with a select open inside it', () => {
    it('sends Escape to the select only, and cancels the browser default', () => {
      const dialog = document.body.appendChild(document.createElement('div'));
      const select = dialog.appendChild(document.createElement('div'));
      const outer = layer(dialog);
      const inner = layer(select);
      expect(isTopOverlay(inner)).toBe(true);
      const event = escape();
      expect(inner.onEscape).toHaveBeenCalledTimes(1);
      expect(outer.onEscape).not.toHaveBeenCalled();
      expect(event.defaultPrevented).toBe(true);
    });

    it('sends an outside press to the select only; a press inside it reaches nobody', () => {
      const dialog = document.body.appendChild(document.createElement('div'));
      const select = document.body.appendChild(document.createElement('div'));
      const outer = layer(dialog);
      const inner = layer(select);
      select.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }));
      expect(inner.onPointerDownOutside).not.toHaveBeenCalled();
      dialog.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }));
      expect(inner.onPointerDownOutside).toHaveBeenCalledTimes(1);
      expect(outer.onPointerDownOutside).not.toHaveBeenCalled();
    });
  });

  describe('when a control inside already handled Escape', () => {
    it('leaves the overlay open', () => {
      const overlay = layer(document.body);
      const input = document.body.appendChild(document.createElement('input'));
      input.addEventListener('keydown', (event) => event.preventDefault());
      escape(input);
      expect(overlay.onEscape).not.toHaveBeenCalled();
    });
  });

  describe('when the topmost overlay passes Escape on', () => {
    it('gives it to the one below', () => {
      const below = layer(document.body);
      layer(document.body, { onEscape: () => false });
      escape();
      expect(below.onEscape).toHaveBeenCalledTimes(1);
    });
  });

  describe('when every overlay closed', () => {
    it('removes its listeners, and removing twice is harmless', () => {
      const entry: OverlayLayer = { onEscape: vi.fn(), isInside: () => false };
      const remove = pushOverlay(entry);
      expect(openOverlayCount()).toBe(1);
      remove();
      remove();
      expect(openOverlayCount()).toBe(0);
      escape();
      expect(entry.onEscape).not.toHaveBeenCalled();
    });
  });
});
