import { act, render, screen } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useBreakpoint, useMediaQuery } from './useMediaQuery';

/**
 * A matchMedia that answers `min-width`/`max-width` queries for a given viewport width and
 * `print` as false, and notifies listeners when the width changes.
 */
function mockViewport(initialWidth: number) {
  let width = initialWidth;
  const listeners = new Map<string, Set<() => void>>();
  const matches = (query: string) => {
    const min = /\(min-width:\s*(\d+)px\)/.exec(query);
    const max = /\(max-width:\s*(\d+)px\)/.exec(query);
    if (min) return width >= Number(min[1]);
    if (max) return width <= Number(max[1]);
    return false;
  };
  const matchMedia = vi.fn((query: string) => ({
    get matches() {
      return matches(query);
    },
    media: query,
    addEventListener: (_type: string, listener: () => void) => {
      if (!listeners.has(query)) listeners.set(query, new Set());
      listeners.get(query)!.add(listener);
    },
    removeEventListener: (_type: string, listener: () => void) => {
      listeners.get(query)?.delete(listener);
    },
  }));
  vi.stubGlobal('matchMedia', matchMedia);
  return {
    matchMedia,
    listenerCount: () => [...listeners.values()].reduce((sum, set) => sum + set.size, 0),
    resize(next: number) {
      width = next;
      act(() => {
        for (const set of listeners.values()) for (const listener of [...set]) listener();
      });
    },
  };
}

function BreakpointProbe({ defaultValue }: { defaultValue?: 'xs' | 'md' }) {
  return <output aria-label="breakpoint">{useBreakpoint({ defaultValue })}</output>;
}

function QueryProbe({ query, defaultValue }: { query: string; defaultValue?: boolean }) {
  return <output aria-label="match">{String(useMediaQuery(query, { defaultValue }))}</output>;
}

describe('useBreakpoint', () => {
  afterEach(() => vi.unstubAllGlobals());

  describe('given a viewport width', () => {
    it.each([
      [320, 'xs'],
      [599, 'xs'],
      [600, 'sm'],
      [767, 'sm'],
      [768, 'md'],
      [1024, 'lg'],
      [1279, 'lg'],
      [1280, 'xl'],
      [2560, 'xl'],
    ])('at %ipx returns %s', (width, expected) => {
      mockViewport(width);
      render(<BreakpointProbe />);
      expect(screen.getByRole('status', { name: 'breakpoint' })).toHaveTextContent(expected);
    });
  });

  describe('when the viewport crosses a breakpoint', () => {
    it('re-renders with the new name, and unsubscribes on unmount', () => {
      const viewport = mockViewport(700);
      const { unmount } = render(<BreakpointProbe />);
      const output = screen.getByRole('status', { name: 'breakpoint' });
      expect(output).toHaveTextContent('sm');
      viewport.resize(1100);
      expect(output).toHaveTextContent('lg');
      viewport.resize(400);
      expect(output).toHaveTextContent('xs');
      expect(viewport.listenerCount()).toBe(4);
      unmount();
      expect(viewport.listenerCount()).toBe(0);
    });
  });

  describe('on the server', () => {
    it('renders the documented default, xs, or the given defaultValue', () => {
      const matchMedia = vi.fn();
      vi.stubGlobal('matchMedia', matchMedia);
      expect(renderToString(<BreakpointProbe />)).toContain('>xs</output>');
      expect(renderToString(<BreakpointProbe defaultValue="md" />)).toContain('>md</output>');
      expect(matchMedia).not.toHaveBeenCalled();
    });
  });

  describe('without matchMedia', () => {
    it('falls back to the default instead of throwing', () => {
      vi.stubGlobal('matchMedia', undefined);
      render(<BreakpointProbe defaultValue="md" />);
      expect(screen.getByRole('status', { name: 'breakpoint' })).toHaveTextContent('md');
    });
  });
});

describe('useMediaQuery', () => {
  afterEach(() => vi.unstubAllGlobals());

  describe('given a query', () => {
    it('returns whether it matches, follows changes and resubscribes to a new query', () => {
      const viewport = mockViewport(800);
      const { rerender, unmount } = render(<QueryProbe query="(max-width: 900px)" />);
      const output = screen.getByRole('status', { name: 'match' });
      expect(output).toHaveTextContent('true');
      viewport.resize(1000);
      expect(output).toHaveTextContent('false');
      rerender(<QueryProbe query="(min-width: 1024px)" />);
      expect(output).toHaveTextContent('false');
      viewport.resize(1100);
      expect(output).toHaveTextContent('true');
      expect(viewport.listenerCount()).toBe(1);
      unmount();
      expect(viewport.listenerCount()).toBe(0);
    });
  });

  describe('on the server', () => {
    it('renders defaultValue (false unless given) without touching matchMedia', () => {
      const matchMedia = vi.fn();
      vi.stubGlobal('matchMedia', matchMedia);
      expect(renderToString(<QueryProbe query="(min-width: 1px)" />)).toContain('>false</output>');
      expect(renderToString(<QueryProbe query="(min-width: 1px)" defaultValue />)).toContain(
        '>true</output>',
      );
      expect(matchMedia).not.toHaveBeenCalled();
    });
  });

  describe('after server rendering', () => {
    it('hydrates with the default, then shows the browser value', async () => {
      mockViewport(800);
      const container = document.createElement('div');
      container.innerHTML = renderToString(<QueryProbe query="(min-width: 600px)" />);
      document.body.append(container);
      expect(container).toHaveTextContent('false');
      const error = vi.spyOn(console, 'error').mockImplementation(() => {});
      const { hydrateRoot } = await import('react-dom/client');
      let root: ReturnType<typeof hydrateRoot> | undefined;
      await act(async () => {
        root = hydrateRoot(container, <QueryProbe query="(min-width: 600px)" />);
      });
      expect(container).toHaveTextContent('true');
      expect(error).not.toHaveBeenCalled();
      error.mockRestore();
      act(() => root?.unmount());
      container.remove();
    });
  });
});
