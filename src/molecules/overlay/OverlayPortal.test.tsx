import { act, render, screen } from '@testing-library/react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { ThemeProvider } from '../../theme';
import { OverlayPortal } from './OverlayPortal';

describe('OverlayPortal', () => {
  describe('under a document-scoped ThemeProvider', () => {
    it('renders into <body>, which inherits data-theme and dir from <html>', () => {
      render(
        <ThemeProvider storageKey={null}>
          <main>
            <OverlayPortal>
              <p>Floating</p>
            </OverlayPortal>
          </main>
        </ThemeProvider>,
      );
      expect(screen.getByText('Floating').parentElement).toBe(document.body);
    });
  });

  describe('under a nested scope="element" ThemeProvider', () => {
    it('renders into that provider’s themed element, even when mounted in the same commit', () => {
      render(
        <ThemeProvider storageKey={null}>
          <ThemeProvider colorScheme="dark">
            <OverlayPortal>
              <p>Floating</p>
            </OverlayPortal>
          </ThemeProvider>
        </ThemeProvider>,
      );
      const scope = screen.getByText('Floating').parentElement;
      expect(scope).toHaveAttribute('data-theme', 'dark');
    });
  });

  describe('on the server', () => {
    it('renders nothing and touches no document', () => {
      const html = renderToString(
        <ThemeProvider storageKey={null}>
          <OverlayPortal>
            <p>Floating</p>
          </OverlayPortal>
        </ThemeProvider>,
      );
      expect(html).not.toContain('Floating');
    });

    it('hydrates without a mismatch, then shows its content', async () => {
      const tree = (
        <div>
          <OverlayPortal>
            <p>Floating</p>
          </OverlayPortal>
        </div>
      );
      const container = document.body.appendChild(document.createElement('div'));
      container.innerHTML = renderToString(tree);
      const error = vi.spyOn(console, 'error').mockImplementation(() => {});
      const onRecoverableError = vi.fn();
      let root: ReturnType<typeof hydrateRoot> | undefined;
      await act(async () => {
        root = hydrateRoot(container, tree, { onRecoverableError });
      });
      expect(onRecoverableError).not.toHaveBeenCalled();
      expect(error).not.toHaveBeenCalled();
      expect(screen.getByText('Floating')).toBeInTheDocument();
      act(() => root?.unmount());
      container.remove();
      error.mockRestore();
    });
  });
});
