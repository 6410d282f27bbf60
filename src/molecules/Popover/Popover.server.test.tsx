// @vitest-environment node
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Button } from '../../atoms/Button';
import { Popover, PopoverTrigger } from '.';

// On a real server there is no `window` or `document`: importing and rendering, even open,
// must not touch them (jsdom, where the other tests run, would hide such a slip).
describe('Popover on a server (no DOM)', () => {
  it('imports and renders open without touching window or document', () => {
    expect(typeof window).toBe('undefined');
    expect(typeof document).toBe('undefined');
    const html = renderToString(
      <PopoverTrigger defaultOpen>
        <Button>Filters</Button>
        <Popover title="Filters" arrow placement="end">
          Body
        </Popover>
      </PopoverTrigger>,
    );
    expect(html).toContain('aria-expanded="true"');
    expect(html).not.toContain('cal-popover');
  });
});
