// @vitest-environment node
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { PageSizeSelect, Pagination } from '.';

// On a real server there is no `window` or `document`: importing and rendering must not touch
// them (jsdom, where the other tests run, would hide such a slip).
describe('Pagination on a server (no DOM)', () => {
  it('renders links with the current page, ready before any script', () => {
    expect(typeof document).toBe('undefined');
    const html = renderToString(
      <Pagination pageCount={20} page={10} pageHref={(page) => `?page=${page}`} />,
    );
    expect(html).toMatch(/^<nav aria-label="Pagination"/);
    expect(html).toMatch(
      /<a[^>]*aria-label="Page 10"[^>]*aria-current="page"[^>]*href="\?page=10"/,
    );
    expect(html).toContain('href="?page=11"');
    expect(html.match(/…/g)).toHaveLength(2);
  });

  it('renders the compact form and the page-size select', () => {
    const html = renderToString(
      <>
        <Pagination pageCount={3} variant="compact" />
        <PageSizeSelect defaultValue={25} />
      </>,
    );
    expect(html).toContain('Page 1 of 3');
    expect(html).toContain('Rows per page');
    expect(html).toContain('25');
  });
});
