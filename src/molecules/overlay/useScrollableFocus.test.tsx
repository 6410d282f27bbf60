import { act, render, screen } from '@testing-library/react';
import { useRef, type ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useScrollableFocus } from './useScrollableFocus';

/*
 * jsdom has no layout and no ResizeObserver: a stub observer records what is observed and
 * lets the test report a resize, and the region's scroll and client heights are set by hand.
 */

let report: (() => void) | null = null;
const observed: Element[] = [];

class StubResizeObserver {
  constructor(callback: () => void) {
    report = callback;
  }
  observe(element: Element) {
    observed.push(element);
  }
  unobserve() {}
  disconnect() {
    report = null;
  }
}

function Region({ children }: { children?: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  useScrollableFocus(ref);
  return (
    <div ref={ref} role="region" aria-label="Body">
      {children}
    </div>
  );
}

function setHeights(element: HTMLElement, scroll: number, client: number) {
  Object.defineProperty(element, 'scrollHeight', { configurable: true, value: scroll });
  Object.defineProperty(element, 'clientHeight', { configurable: true, value: client });
}

beforeEach(() => {
  vi.stubGlobal('ResizeObserver', StubResizeObserver);
  observed.length = 0;
});
afterEach(() => {
  vi.unstubAllGlobals();
});

describe('useScrollableFocus', () => {
  it('gives a region that scrolls and holds nothing focusable a tab stop, and takes it back', () => {
    render(
      <Region>
        <p>Long text</p>
      </Region>,
    );
    const region = screen.getByRole('region');
    expect(observed).toEqual([region, region.firstElementChild]);
    expect(region).not.toHaveAttribute('tabindex');

    setHeights(region, 400, 100);
    act(() => report?.());
    expect(region).toHaveAttribute('tabindex', '0');

    setHeights(region, 100, 100);
    act(() => report?.());
    expect(region).not.toHaveAttribute('tabindex');
  });

  it('adds no tab stop when the region holds a focusable element to scroll by', () => {
    render(
      <Region>
        <button type="button">Inside</button>
      </Region>,
    );
    const region = screen.getByRole('region');
    setHeights(region, 400, 100);
    act(() => report?.());
    expect(region).not.toHaveAttribute('tabindex');
  });

  it('stops observing when unmounted', () => {
    const { unmount } = render(<Region />);
    expect(report).not.toBeNull();
    unmount();
    expect(report).toBeNull();
  });
});
