// @vitest-environment node
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Filter } from '.';

const options = [
  { value: 'open', label: 'Open' },
  { label: 'Closed', options: ['Done', 'Dropped'] },
];

// On a real server there is no `window` or `document`: importing and rendering, even open,
// must not touch them (jsdom, where the other tests run, would hide such a slip).
describe('Filter on a server (no DOM)', () => {
  it('renders the pill with its value and hidden inputs, open or not', () => {
    expect(typeof window).toBe('undefined');
    expect(typeof document).toBe('undefined');
    const html = renderToString(
      <>
        <Filter label="Status" options={options} name="status" defaultValue="open" defaultOpen />
        <Filter
          label="Stage"
          options={options}
          multiple
          defaultValue={['Done', 'open', 'Dropped']}
          filterType="added"
          onRemove={() => {}}
        />
      </>,
    );
    // The popover renders after hydration (OverlayPortal), so server HTML matches the client's.
    expect(html).toContain('aria-expanded="true"');
    expect(html).not.toContain('role="listbox"');
    expect(html).toContain('Status:</span> <span data-part="value">Open</span>');
    expect(html).toContain('<span data-part="more">+2</span>');
    expect(html).toContain('name="status" value="open"');
    expect(html).toContain('aria-label="Remove filter Stage"');
  });

  it('renders the live region of an async filter, empty, without loading anything', () => {
    let calls = 0;
    const html = renderToString(
      <Filter
        label="Owner"
        options={[{ value: 7, label: 'Ada' }]}
        defaultValue={7}
        loadOptions={async () => {
          calls += 1;
          return [];
        }}
        defaultOpen
      />,
    );
    expect(calls).toBe(0);
    expect(html).toMatch(/role="status" aria-live="polite" aria-atomic="true"><\/span>/);
    expect(html).toContain('Owner:</span> <span data-part="value">Ada</span>');
  });
});
