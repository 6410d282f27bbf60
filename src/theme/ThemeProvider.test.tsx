import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { memo, Profiler } from 'react';
import { renderToString } from 'react-dom/server';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Button } from '../atoms/Button';
import { getColorSchemeScript } from './colorSchemeInlineScript';
import { ThemeProvider } from './ThemeProvider';
import { useColorScheme } from './useColorScheme';

function mockMatchMedia(matching: string[]) {
  const listeners = new Set<() => void>();
  const state = { matching };
  vi.stubGlobal('matchMedia', (query: string) => ({
    get matches() {
      return state.matching.includes(query);
    },
    media: query,
    addEventListener: (_: string, listener: () => void) => listeners.add(listener),
    removeEventListener: (_: string, listener: () => void) => listeners.delete(listener),
  }));
  return (next: string[]) => {
    state.matching = next;
    for (const listener of listeners) listener();
  };
}

function SchemeSwitcher() {
  const { colorScheme, resolvedColorScheme, setColorScheme } = useColorScheme();
  return (
    <>
      <output>{`${colorScheme}/${resolvedColorScheme}`}</output>
      <button type="button" onClick={() => setColorScheme('dark')}>
        Dark
      </button>
    </>
  );
}

beforeEach(() => {
  localStorage.clear();
  document.documentElement.removeAttribute('data-theme');
  mockMatchMedia([]);
});
afterEach(() => {
  vi.unstubAllGlobals();
  // The stored choice would be read by the next file's providers (the worker shares storage).
  localStorage.clear();
});

describe('ThemeProvider', () => {
  it('sets data-theme on <html>, system by default', () => {
    render(<ThemeProvider>content</ThemeProvider>);
    expect(document.documentElement).toHaveAttribute('data-theme', 'system');
  });

  it('renders one <style> with tokens and component styles, and a nested provider adds none', () => {
    const { container } = render(
      <ThemeProvider>
        <ThemeProvider colorScheme="dark">
          <Button>Inner</Button>
        </ThemeProvider>
      </ThemeProvider>,
    );
    const sheets = container.querySelectorAll('style[data-callicrates]');
    expect(sheets).toHaveLength(1);
    expect(sheets[0]?.textContent).toContain('--cal-color-bg-canvas');
    expect(sheets[0]?.textContent).toMatch(/@layer callicrates\.components\{.*\.cal-button\{/s);
  });

  it('scopes a nested provider to a themed element', () => {
    render(
      <ThemeProvider colorScheme="light">
        <ThemeProvider colorScheme="dark">
          <span>panel</span>
        </ThemeProvider>
      </ThemeProvider>,
    );
    expect(screen.getByText('panel').parentElement).toHaveAttribute('data-theme', 'dark');
    expect(document.documentElement).toHaveAttribute('data-theme', 'light');
  });

  it('switches the scheme without re-rendering the components below it', async () => {
    const renders = vi.fn();
    const Page = memo(function Page() {
      return <Button>Stays</Button>;
    });
    render(
      <ThemeProvider defaultColorScheme="light">
        <Profiler id="page" onRender={renders}>
          <Page />
        </Profiler>
        <SchemeSwitcher />
      </ThemeProvider>,
    );
    const button = screen.getByRole('button', { name: 'Stays' });
    const rendersBefore = renders.mock.calls.length;
    await userEvent.click(screen.getByRole('button', { name: 'Dark' }));
    expect(document.documentElement).toHaveAttribute('data-theme', 'dark');
    expect(renders.mock.calls.length).toBe(rendersBefore);
    expect(screen.getByRole('button', { name: 'Stays' })).toBe(button);
  });

  it('also leaves plain children alone: the children element is reused on a switch', async () => {
    const renders = vi.fn();
    function Leaf() {
      renders();
      return null;
    }
    render(
      <ThemeProvider defaultColorScheme="light">
        <Leaf />
        <SchemeSwitcher />
      </ThemeProvider>,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Dark' }));
    expect(renders).toHaveBeenCalledTimes(1);
  });

  it('remembers an uncontrolled choice and restores it', async () => {
    const { unmount } = render(
      <ThemeProvider>
        <SchemeSwitcher />
      </ThemeProvider>,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Dark' }));
    expect(localStorage.getItem('callicrates-color-scheme')).toBe('dark');
    unmount();
    render(
      <ThemeProvider>
        <SchemeSwitcher />
      </ThemeProvider>,
    );
    expect(screen.getByRole('status')).toHaveTextContent('dark/dark');
  });

  it('is controlled by colorScheme and reports changes', async () => {
    const onChange = vi.fn();
    render(
      <ThemeProvider colorScheme="high-contrast" onColorSchemeChange={onChange}>
        <SchemeSwitcher />
      </ThemeProvider>,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Dark' }));
    expect(onChange).toHaveBeenCalledWith('dark');
    expect(document.documentElement).toHaveAttribute('data-theme', 'high-contrast');
    expect(localStorage.getItem('callicrates-color-scheme')).toBeNull();
  });

  it('resolves system against prefers-color-scheme and prefers-contrast, live', () => {
    const setMatching = mockMatchMedia(['(prefers-color-scheme: dark)']);
    render(
      <ThemeProvider colorScheme="system">
        <SchemeSwitcher />
      </ThemeProvider>,
    );
    expect(screen.getByRole('status')).toHaveTextContent('system/dark');
    act(() => setMatching(['(prefers-color-scheme: dark)', '(prefers-contrast: more)']));
    expect(screen.getByRole('status')).toHaveTextContent('system/high-contrast');
  });

  it('passes a CSP nonce to its <style>', () => {
    const { container } = render(<ThemeProvider nonce="abc123">x</ThemeProvider>);
    expect(
      container.querySelector('style')?.getAttribute('nonce') ??
        container.querySelector('style')?.nonce,
    ).toBe('abc123');
  });

  describe('on the server', () => {
    it('renders with renderToString, each style rule once however many components use it', () => {
      const html = renderToString(
        <ThemeProvider colorScheme="dark" nonce="n0nce">
          {Array.from({ length: 50 }, (_, index) => (
            <Button key={index}>{`Button ${index}`}</Button>
          ))}
        </ThemeProvider>,
      );
      expect(html.match(/<style/g)).toHaveLength(1);
      expect(html).toContain('nonce="n0nce"');
      const buttonRule = html.match(/\.cal-button\{/g) ?? [];
      expect(buttonRule).toHaveLength(1);
      expect(html.match(/<button/g)).toHaveLength(50);
    });

    it('ships a head script that applies the stored scheme before first paint', () => {
      localStorage.setItem('my-key', 'high-contrast');
      new Function(getColorSchemeScript({ storageKey: 'my-key', defaultColorScheme: 'light' }))();
      expect(document.documentElement).toHaveAttribute('data-theme', 'high-contrast');
      localStorage.setItem('my-key', 'garbage');
      new Function(getColorSchemeScript({ storageKey: 'my-key', defaultColorScheme: 'dark' }))();
      expect(document.documentElement).toHaveAttribute('data-theme', 'dark');
    });
  });
});
