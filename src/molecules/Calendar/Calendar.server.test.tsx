// @vitest-environment node
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Calendar } from '.';

describe('Calendar on a server (no DOM)', () => {
  it('imports and renders the month, in the locale, without touching window or document', () => {
    expect(typeof window).toBe('undefined');
    expect(typeof document).toBe('undefined');
    const html = renderToString(
      <>
        <Calendar locale="de-DE" name="day" defaultValue="2026-03-29" min="2026-03-02" />
        <Calendar locale="ar-EG" defaultValue="2026-03-29" />
      </>,
    );
    expect(html).toContain('role="grid"');
    expect(html).toContain('März 2026');
    expect(html).toContain('aria-label="Sonntag, 29. März 2026"');
    expect(html).toContain('name="day" value="2026-03-29"');
    expect(html).toContain('dir="rtl"');
    expect(html).toContain('٢٩');
  });

  it('renders with no locale and no value (en-US, today’s month)', () => {
    const html = renderToString(<Calendar />);
    expect(html).toContain('role="grid"');
    expect(html).toContain('aria-label="Previous month"');
  });
});
