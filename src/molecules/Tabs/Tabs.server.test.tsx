// @vitest-environment node
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Tab, TabList, TabPanel, Tabs } from '.';

// On a real server there is no `window` or `document`: importing and rendering must not touch
// them (jsdom, where the other tests run, would hide such a slip).
describe('Tabs on a server (no DOM)', () => {
  it('renders the selected tab and every panel, the others hidden', () => {
    expect(typeof document).toBe('undefined');
    const html = renderToString(
      <Tabs defaultValue="b">
        <TabList aria-label="Sections">
          <Tab value="a">A</Tab>
          <Tab value="b">B</Tab>
        </TabList>
        <TabPanel value="a">Panel A</TabPanel>
        <TabPanel value="b">Panel B</TabPanel>
      </Tabs>,
    );
    expect(html).toMatch(/<button[^>]*aria-selected="true"[^>]*tabindex="0"[^>]*>B<\/button>/);
    expect(html).toMatch(/<div[^>]*role="tabpanel"[^>]*hidden=""[^>]*>Panel A<\/div>/);
    expect(html).toMatch(/<div[^>]*role="tabpanel"(?![^>]*hidden)[^>]*>Panel B<\/div>/);
  });

  it('renders linked tabs as a navigation of links', () => {
    const html = renderToString(
      <Tabs linked value="/b">
        <TabList aria-label="Pages">
          <Tab value="/a" href="/a">
            A
          </Tab>
          <Tab value="/b" href="/b">
            B
          </Tab>
        </TabList>
        <TabPanel value="/b">Page B</TabPanel>
      </Tabs>,
    );
    expect(html).toContain('<nav aria-label="Pages"');
    expect(html).toMatch(/<a[^>]*href="\/b"[^>]*aria-current="page"/);
    expect(html).toContain('Page B');
  });
});
