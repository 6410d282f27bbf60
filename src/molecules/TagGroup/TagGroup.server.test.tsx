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

  it('has one tab stop before hydration: the roving row, never the remove buttons', () => {
    const html = renderToString(
      <TagGroup
        label="Topics"
        options={['News', 'Travel', { value: 'food', label: 'Food', disabled: true }, 'Sport']}
        onRemove={() => {}}
      />,
    );
    // Until React hydrates no effect runs: the tabindex must already be in the HTML.
    const stops = html.match(/<[^>]*tabindex="0"[^>]*>/g) ?? [];
    expect(stops).toHaveLength(1);
    expect(stops[0]).toContain('role="row"');
    const buttons = html.match(/<button[^>]*>/g) ?? [];
    expect(buttons).toHaveLength(4);
    for (const button of buttons) expect(button).toContain('tabindex="-1"');
  });
});
