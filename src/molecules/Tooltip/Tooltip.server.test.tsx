// @vitest-environment node
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Button } from '../../atoms/Button';
import { Tooltip } from '.';

// On a real server there is no `window` or `document`: importing and rendering, even shown,
// must not touch them (jsdom, where the other tests run, would hide such a slip).
describe('Tooltip on a server (no DOM)', () => {
  it('imports and renders shown without touching window or document', () => {
    expect(typeof window).toBe('undefined');
    expect(typeof document).toBe('undefined');
    const html = renderToString(
      <Tooltip content="Saves a copy" defaultOpen>
        <Button>Save</Button>
      </Tooltip>,
    );
    expect(html).toContain('aria-describedby=');
    expect(html).toContain('>Save</button>');
    expect(html).not.toContain('cal-tooltip');
  });
});
