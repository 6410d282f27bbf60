import { vi } from 'vitest';

/**
 * Puts the browser's rule for `:focus-visible` in place of jsdom's, until the returned
 * function is called: the focused element matches after a key press, and not after a pointer
 * press (nor after a script's focus that follows one).
 *
 * jsdom's selector engine decides `:focus-visible` from page-wide memory (the last element it
 * matched, the last key or mouse event it saw) that outlives the test and the test file that
 * left it: the unit tests share one window per worker (vite.config.ts), so whether a Tab
 * showed focus depended on which file ran before (an `autoFocus` input in another file was
 * enough). Chromium's own rule is checked by the stories.
 */
export function stubFocusVisible(): () => void {
  let keyboard = true;
  const onKey = () => {
    keyboard = true;
  };
  const onPointer = () => {
    keyboard = false;
  };
  document.addEventListener('keydown', onKey, true);
  document.addEventListener('pointerdown', onPointer, true);
  document.addEventListener('mousedown', onPointer, true);
  const matches = Element.prototype.matches;
  const spy = vi.spyOn(Element.prototype, 'matches').mockImplementation(function (
    this: Element,
    selector: string,
  ) {
    if (selector === ':focus-visible') return keyboard && this === this.ownerDocument.activeElement;
    return matches.call(this, selector);
  });
  return () => {
    spy.mockRestore();
    document.removeEventListener('keydown', onKey, true);
    document.removeEventListener('pointerdown', onPointer, true);
    document.removeEventListener('mousedown', onPointer, true);
  };
}
