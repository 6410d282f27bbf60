// @vitest-environment node
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Combobox } from '.';

const options = [
  { value: 'athens', label: 'Athens' },
  { label: 'Islands', options: ['Naxos', 'Rhodes'] },
];

// On a real server there is no `window` or `document`: importing and rendering, even open,
// must not touch them (jsdom, where the other tests run, would hide such a slip).
describe('Combobox on a server (no DOM)', () => {
  it('imports and renders, open, with values and tags, without touching window or document', () => {
    expect(typeof window).toBe('undefined');
    expect(typeof document).toBe('undefined');
    const html = renderToString(
      <>
        <Combobox label="City" options={options} name="city" defaultValue="Naxos" defaultOpen />
        <Combobox
          label="Stops"
          options={options}
          name="stops"
          multiple
          defaultValue={['athens', 'Rhodes']}
          loadOptions={() => Promise.resolve([])}
        />
      </>,
    );
    // The open list renders after hydration (OverlayPortal), so server HTML matches the client's.
    expect(html).toContain('aria-expanded="true"');
    expect(html).not.toContain('cal-combobox-popup');
    expect(html).toContain('role="combobox"');
    expect(html).toContain('value="Naxos"');
    expect(html).toContain('name="city" value="Naxos"');
    expect(html).toContain('name="stops" value="athens"');
    expect(html).toContain('name="stops" value="Rhodes"');
    expect(html).toContain('>Athens<');
    // The live region is in the server's HTML, before anything is announced.
    expect(html).toMatch(/role="status" aria-live="polite"/);
  });
});
