// @vitest-environment node
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { DatePicker } from '.';

describe('DatePicker on a server (no DOM)', () => {
  it('renders the field and its button, even open, without touching window or document', () => {
    expect(typeof window).toBe('undefined');
    expect(typeof document).toBe('undefined');
    const html = renderToString(
      <DatePicker
        label="Abfahrt"
        locale="de-DE"
        name="departure"
        defaultValue="2026-03-29"
        defaultOpen
        presets={[{ label: 'Heute', value: (today) => today }]}
      />,
    );
    expect(html).toContain('role="spinbutton"');
    expect(html).toContain('aria-haspopup="dialog"');
    expect(html).toContain('aria-expanded="true"');
    expect(html).toContain('name="departure" value="2026-03-29"');
    // The popover renders after hydration (OverlayPortal), so server HTML matches the client's.
    expect(html).not.toContain('role="grid"');
  });
});
