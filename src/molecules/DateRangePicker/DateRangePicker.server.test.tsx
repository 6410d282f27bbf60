// @vitest-environment node
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { DateRangePicker } from '.';

describe('DateRangePicker on a server (no DOM)', () => {
  it('renders both fields and the button, even open, without touching window or document', () => {
    expect(typeof window).toBe('undefined');
    expect(typeof document).toBe('undefined');
    const html = renderToString(
      <DateRangePicker
        label="Reise"
        locale="de-DE"
        name="trip"
        defaultValue={{ start: '2026-03-09', end: '2026-03-15' }}
        defaultOpen
        presets={[
          {
            label: 'Letzte 7 Tage',
            value: (today) => ({ start: today.add({ days: -6 }), end: today }),
          },
        ]}
      />,
    );
    expect(html.match(/role="spinbutton"/g)).toHaveLength(6);
    expect(html).toContain('aria-haspopup="dialog"');
    expect(html).toContain('aria-expanded="true"');
    expect(html).toContain('name="trip.start" value="2026-03-09"');
    expect(html).toContain('name="trip.end" value="2026-03-15"');
    // The popover renders after hydration (OverlayPortal), so server HTML matches the client's.
    expect(html).not.toContain('role="grid"');
  });

  it('renders the order message on the server too', () => {
    const html = renderToString(
      <DateRangePicker
        label="Trip"
        locale="en-US"
        defaultValue={{ start: '2026-03-15', end: '2026-03-09' }}
      />,
    );
    expect(html).toContain('The end date is before the start date.');
  });
});
