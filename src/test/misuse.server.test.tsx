// @vitest-environment node
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { ThemeProvider } from '../index';
import { components, misuse } from './misuseCases';

// The server half of misuse.test.tsx: with no `window` or `document`, no root export may throw
// on misuse either (a server render that throws takes the whole page down).
describe('no export crashes on misuse, on a server', () => {
  it.each(Object.keys(misuse))('%s', (set) => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const crashes = components.flatMap(([name, Subject]) => {
      try {
        renderToString(
          <ThemeProvider>
            <Subject {...misuse[set]} />
          </ThemeProvider>,
        );
        return [];
      } catch (thrown) {
        return [`${name}: ${String((thrown as Error)?.message ?? thrown)}`];
      }
    });
    error.mockRestore();
    expect(crashes).toEqual([]);
  });
});
