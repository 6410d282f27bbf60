// @vitest-environment node
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { HouseIcon, FolderIcon } from '../../atoms/Icon';
import { AppShell, AppShellNavGroup, AppShellNavItem } from '.';

// On a real server there is no `window` or `document`: importing and rendering must not touch
// them (jsdom, where the other tests run, would hide such a slip).
describe('AppShell on a server (no DOM)', () => {
  it('renders the skip link first, the landmarks, the current item in its open group, no drawer', () => {
    expect(typeof document).toBe('undefined');
    const html = renderToString(
      <AppShell
        logo="Acme"
        mainId="content"
        navigation={
          <>
            <AppShellNavItem href="/" icon={<HouseIcon />}>
              Home
            </AppShellNavItem>
            <AppShellNavGroup label="Projects" icon={<FolderIcon />}>
              <AppShellNavItem href="/atlas" current>
                Atlas
              </AppShellNavItem>
            </AppShellNavGroup>
          </>
        }
      >
        <h1>Atlas</h1>
      </AppShell>,
    );
    expect(html).toMatch(/^<div class="cal-app-shell"><a data-part="skip-link" href="#content">/);
    expect(html).toContain('<header data-part="header">');
    expect(html).toMatch(/<nav id="[^"]+" aria-label="Main"/);
    expect(html).toMatch(/<details[^>]* open=""[^>]*><summary>/);
    expect(html).toMatch(/<a href="\/atlas" data-part="item" aria-current="page">/);
    expect(html).toContain('<main id="content" tabindex="-1"><h1>Atlas</h1></main>');
    expect(html).not.toContain('<dialog');
  });

  it('renders the rail state as an attribute, so the first paint is the collapsed layout', () => {
    const html = renderToString(
      <AppShell
        defaultCollapsed
        navigation={
          <AppShellNavItem href="/" icon={<HouseIcon />}>
            Home
          </AppShellNavItem>
        }
      />,
    );
    expect(html).toContain('data-collapsed="true"');
    expect(html).toMatch(/aria-expanded="false"/);
    expect(html).toContain('data-rail="true"');
    // The rail's tooltips are shown only on hover or focus: none on the server, no description.
    expect(html).not.toContain('role="tooltip"');
    expect(html).not.toContain('aria-describedby');
  });
});
