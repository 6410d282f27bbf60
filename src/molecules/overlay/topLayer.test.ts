import { describe, expect, it, vi } from 'vitest';
import { hideFromTopLayer, showInTopLayer } from './topLayer';

describe('showInTopLayer / hideFromTopLayer', () => {
  it('shows and hides an element marked popover through the Popover API', () => {
    const element = document.createElement('div');
    element.setAttribute('popover', 'manual');
    document.body.append(element);
    let shown = false;
    const matches = element.matches.bind(element);
    vi.spyOn(element, 'matches').mockImplementation((selector) =>
      selector === ':popover-open' ? shown : matches(selector),
    );
    const show = vi.fn(() => void (shown = true));
    const hide = vi.fn(() => void (shown = false));
    Object.assign(element, { showPopover: show, hidePopover: hide });

    showInTopLayer(element);
    showInTopLayer(element);
    expect(show).toHaveBeenCalledTimes(1);
    hideFromTopLayer(element);
    hideFromTopLayer(element);
    expect(hide).toHaveBeenCalledTimes(1);
    element.remove();
  });

  it('drops the attribute where the Popover API is missing, so the element shows', () => {
    const element = document.createElement('div');
    element.setAttribute('popover', 'manual');
    document.body.append(element);
    expect(getComputedStyle(element).display).toBe('none');
    showInTopLayer(element);
    expect(element).not.toHaveAttribute('popover');
    expect(getComputedStyle(element).display).not.toBe('none');
    element.remove();
  });

  it('leaves an element that is not a popover alone', () => {
    const element = document.createElement('div');
    const show = vi.fn();
    Object.assign(element, { showPopover: show });
    showInTopLayer(element);
    expect(show).not.toHaveBeenCalled();
  });

  it('swallows the browser refusing (a detached element), leaving the element as it is', () => {
    const element = document.createElement('div');
    element.setAttribute('popover', 'manual');
    Object.assign(element, {
      showPopover: () => {
        throw new DOMException('not connected', 'InvalidStateError');
      },
    });
    expect(() => showInTopLayer(element)).not.toThrow();
  });
});
