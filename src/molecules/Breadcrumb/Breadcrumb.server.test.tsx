// @vitest-environment node
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Breadcrumb } from '.';

const trail = [
  { label: 'Home', href: '/' },
  { label: 'Docs', href: '/docs' },
  { label: 'Components', href: '/docs/components' },
  { label: 'Navigation', href: '/docs/components/navigation' },
  { label: 'Breadcrumb' },
];

// On a real server there is no `window` or `document`: importing and rendering must not touch
// them (jsdom, where the other tests run, would hide such a slip).
describe('Breadcrumb on a server (no DOM)', () => {
  it('renders the landmark, the links and the current page, ready before any script', () => {
    expect(typeof document).toBe('undefined');
    const html = renderToString(<Breadcrumb items={trail} />);
    expect(html).toMatch(/^<nav aria-label="Breadcrumb"/);
    expect(html).toContain('<ol>');
    expect(html).toContain('href="/docs/components"');
    expect(html).toMatch(/<span data-part="current" aria-current="page">/);
  });

  it('renders a collapse with its hidden links in a closed popover', () => {
    const html = renderToString(<Breadcrumb items={trail} maxItems={3} />);
    expect(html).toContain('aria-label="Show 3 more"');
    expect(html).toContain('aria-expanded="false"');
    expect(html).toMatch(/popover="auto"/);
    expect(html).toContain('href="/docs/components/navigation"');
  });

  it("renders every item in 'auto' mode (the browser collapses what does not fit)", () => {
    const html = renderToString(<Breadcrumb items={trail} maxItems="auto" />);
    expect(html).not.toContain('data-collapsed=""><a');
    expect(html.match(/data-part="link"/g)).toHaveLength(4);
  });
});
