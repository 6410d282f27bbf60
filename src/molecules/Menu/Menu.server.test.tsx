// @vitest-environment node
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Button } from '../../atoms/Button';
import { Menu, MenuTrigger } from '.';

// On a real server there is no `window` or `document`: importing and rendering, even open,
// must not touch them (jsdom, where the other tests run, would hide such a slip).
describe('Menu on a server (no DOM)', () => {
  it('imports and renders open without touching window or document', () => {
    expect(typeof window).toBe('undefined');
    expect(typeof document).toBe('undefined');
    const html = renderToString(
      <MenuTrigger defaultOpen>
        <Button>Edit</Button>
        <Menu items={[{ value: 'cut', label: 'Cut', items: [{ value: 'a', label: 'A' }] }]} />
      </MenuTrigger>,
    );
    expect(html).toContain('aria-haspopup="menu"');
    expect(html).toContain('aria-expanded="true"');
    // The popup is portalled: it renders after hydration, never in the server's HTML.
    expect(html).not.toContain('role="menu"');
  });
});
