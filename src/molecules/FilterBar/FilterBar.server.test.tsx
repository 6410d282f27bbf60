// @vitest-environment node
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { FilterBar } from '.';

// On a real server there is no `window` or `document`: importing and rendering must not
// touch them (jsdom, where the other tests run, would hide such a slip).
describe('FilterBar on a server (no DOM)', () => {
  it('renders its group, filters, Add filter and Clear all without window or document', () => {
    expect(typeof window).toBe('undefined');
    expect(typeof document).toBe('undefined');
    const html = renderToString(
      <FilterBar
        filters={[
          { id: 'status', label: 'Status', options: ['Open', 'Closed'], name: 'status' },
          { id: 'owner', label: 'Owner', options: ['Ada'], filterType: 'added' },
          { id: 'team', label: 'Team', options: ['Core'], filterType: 'added' },
        ]}
        defaultValue={{ status: 'Open' }}
        defaultAdded={['owner']}
      />,
    );
    expect(html).toContain('role="group" aria-label="Filters"');
    expect(html).toContain('<span data-part="value">Open</span>');
    expect(html).toContain('name="status" value="Open"');
    expect(html).toContain('aria-label="Remove filter Owner"');
    expect(html).toContain('>Add filter<');
    expect(html).toContain('>Clear all<');
    expect(html).toContain('role="status"');
  });
});
