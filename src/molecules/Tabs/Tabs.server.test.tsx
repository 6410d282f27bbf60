// @vitest-environment node
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Tab, TabList, TabListWithMore, TabPanel, Tabs } from '.';

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

describe('TabListWithMore on a server (no DOM)', () => {
  it('renders every tab in the row and a More button that stays hidden until measured', () => {
    expect(typeof ResizeObserver).toBe('undefined');
    const html = renderToString(
      <Tabs defaultValue="mar">
        <TabListWithMore aria-label="Months" moreLabel="More months">
          <Tab value="jan">January</Tab>
          <Tab value="feb">February</Tab>
          <Tab value="mar">March</Tab>
        </TabListWithMore>
        <TabPanel value="mar">March’s figures</TabPanel>
      </Tabs>,
    );
    // Nothing is known to overflow before the browser measures: every tab is in the row.
    expect(html.match(/role="tab"/g)).toHaveLength(3);
    expect(html).not.toMatch(/role="tab"[^>]*data-overflowed/);
    expect(html).toMatch(/<button[^>]*aria-selected="true"[^>]*>March<\/button>/);
    // The More button is rendered, marked as holding nothing (hidden by its styles).
    expect(html).toMatch(/<button[^>]*data-part="more"[^>]*data-overflowed=""/);
    expect(html).toContain('More months');
    expect(html).toContain('March’s figures');
  });
});
