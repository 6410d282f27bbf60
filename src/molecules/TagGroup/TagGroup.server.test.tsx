// @vitest-environment node
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { TagGroup } from '.';

// On a real server there is no `window` or `document`: importing and rendering must not
// touch them (jsdom, where the other tests run, would hide such a slip).
describe('TagGroup on a server (no DOM)', () => {
  it('renders its grid, rows, selection and empty state without window or document', () => {
    expect(typeof window).toBe('undefined');
    expect(typeof document).toBe('undefined');
    const html = renderToString(
      <>
        <TagGroup
          label="Topics"
          options={['News', { value: 'travel', label: 'Travel', disabled: true }]}
          selectionMode="multiple"
          defaultValue={['News']}
          onRemove={() => {}}
        />
        <TagGroup label="Empty" options={[]} />
      </>,
    );
    expect(html).toContain('role="grid"');
    expect(html).toContain('aria-multiselectable="true"');
    expect(html).toMatch(/role="row"[^>]*tabindex="0"[^>]*aria-selected="true"/);
    expect(html).toContain('aria-disabled="true"');
    expect(html).toContain('aria-label="Remove News"');
    expect(html).toContain('>No tags<');
  });
});
