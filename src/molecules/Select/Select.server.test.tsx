// @vitest-environment node
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ListBox } from '../ListBox';
import { Select } from '.';

const options = [
  { value: 'athens', label: 'Athens' },
  { label: 'Islands', options: ['Naxos', 'Rhodes'] },
];

// On a real server there is no `window` or `document`: importing and rendering, even open,
// must not touch them (jsdom, where the other tests run, would hide such a slip).
describe('Select and ListBox on a server (no DOM)', () => {
  it('import and render, open and with values, without touching window or document', () => {
    expect(typeof window).toBe('undefined');
    expect(typeof document).toBe('undefined');
    const html = renderToString(
      <>
        <Select label="City" options={options} name="city" defaultValue="Naxos" defaultOpen />
        <Select label="Stops" options={options} multiple defaultValue={['athens', 'Rhodes']} />
        <ListBox label="Places" options={options} name="places" defaultValue="Rhodes" required />
      </>,
    );
    // The open list renders after hydration (OverlayPortal), so server HTML matches the client's.
    expect(html).toContain('aria-expanded="true"');
    expect(html).not.toContain('cal-select-popup');
    expect(html).toContain('>Naxos<');
    expect(html).toContain('>2 selected<');
    expect(html).toContain('name="city" value="Naxos"');
    expect(html).toContain('role="listbox"');
    expect(html).toContain('name="places" value="Rhodes"');
  });
});
