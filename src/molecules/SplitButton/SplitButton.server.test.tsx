// @vitest-environment node
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { SplitButton } from '.';

describe('SplitButton on a server (no DOM)', () => {
  it('renders both buttons without touching window or document', () => {
    expect(typeof document).toBe('undefined');
    const html = renderToString(
      <SplitButton items={[{ value: 'copy', label: 'Save a copy' }]} menuLabel="More save options">
        Save
      </SplitButton>,
    );
    expect(html).toContain('role="group"');
    expect(html).toContain('aria-label="More save options"');
    expect(html).toContain('Save');
  });
});
