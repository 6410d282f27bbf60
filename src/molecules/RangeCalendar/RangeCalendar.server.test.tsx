// @vitest-environment node
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { RangeCalendar } from '.';

describe('RangeCalendar on a server (no DOM)', () => {
  it('imports and renders its range without touching window or document', () => {
    expect(typeof window).toBe('undefined');
    expect(typeof document).toBe('undefined');
    const html = renderToString(
      <RangeCalendar
        locale="ja-JP"
        name="stay"
        defaultValue={{ start: '2026-03-09', end: '2026-03-11' }}
      />,
    );
    expect(html).toContain('role="grid"');
    expect(html).toContain('2026年3月');
    expect(html).toContain('data-range-start');
    expect(html).toContain('name="stay" value="2026-03-09/2026-03-11"');
  });
});
