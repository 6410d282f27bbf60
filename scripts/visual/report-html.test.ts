// The report page: what it says, what it escapes, and the data it carries for tools.
import { describe, expect, it } from 'vitest';
import { renderReportHtml } from './report-html.mjs';

type Report = Parameters<typeof renderReportHtml>[0];
type Entry = Report['entries'][number];

const entry = (overrides: Partial<Entry>): Entry => ({
  key: 'atoms-tag--playground--dark',
  kind: 'changed',
  storyId: 'atoms-tag--playground',
  storyName: 'Playground',
  component: 'Atoms/Tag',
  scheme: 'dark',
  breakpoint: null,
  baseline: 'src/atoms/Tag/__screenshots__/Tag/playground-dark-chromium-linux.png',
  images: {
    reference: 'images/a-reference.png',
    actual: 'images/a-actual.png',
    diff: 'images/a-diff.png',
  },
  pixels: { changed: 1234, total: 48_000, ratio: 1234 / 48_000 },
  sizes: { reference: { width: 200, height: 240 }, actual: { width: 200, height: 240 } },
  links: {
    storybook: 'http://localhost:6006/?path=/story/atoms-tag--playground&globals=theme:dark',
    figma: 'https://www.figma.com/design/K/X?node-id=10-2',
  },
  ...overrides,
});

const report = (entries: Entry[], overrides: Partial<Report> = {}): Report => ({
  version: 1,
  kind: 'review',
  title: 'Visual review',
  summary: entries.length
    ? `${entries.length} pictures differ.`
    : 'No visual changes: all 9 pictures match their baselines.',
  context: [['Branch', 'main']],
  generatedAt: '2026-12-01T10:00:00.000Z',
  entries,
  components: [
    {
      title: 'Atoms/Tag',
      folder: 'src/atoms/Tag',
      figma: 'https://www.figma.com/design/K/X?node-id=10-2',
      lastCommit: {
        sha: 'a'.repeat(40),
        shortSha: 'aaaaaaa',
        subject: 'fix(tag): keep <b> in labels',
        author: 'Ada',
        date: '2026-11-30T12:00:00+00:00',
      },
    },
  ],
  commitUrlBase: 'https://github.com/callicrates/callicrates/commit/',
  ...overrides,
});

const embedded = (html: string) =>
  JSON.parse(/<script type="application\/json" id="report-data">(.*?)<\/script>/s.exec(html)![1]!);

describe('the report page', () => {
  it('says plainly when nothing changed, and offers no filters for nothing', () => {
    const html = renderReportHtml(report([]));
    expect(html).toContain(
      '<p class="summary none" data-summary>No visual changes: all 9 pictures match their baselines.</p>',
    );
    expect(html).not.toContain('<form class="filters"');
    expect(html).not.toContain('class="entry"');
  });

  it('shows each changed picture with its three images, slider, blink, count and links', () => {
    const html = renderReportHtml(report([entry({})]));
    expect(html).toContain('data-key="atoms-tag--playground--dark"');
    for (const src of ['images/a-reference.png', 'images/a-actual.png', 'images/a-diff.png']) {
      expect(html).toContain(`src="${src}"`);
    }
    expect(html).toContain('<strong>1,234 px (2.57 %)</strong> differ');
    expect(html).toContain('type="range"');
    expect(html).toContain('data-blink aria-pressed="false"');
    expect(html).toContain(
      'href="http://localhost:6006/?path=/story/atoms-tag--playground&amp;globals=theme:dark"',
    );
    expect(html).toContain('href="https://www.figma.com/design/K/X?node-id=10-2"');
    expect(html).toContain('href="https://github.com/callicrates/callicrates/commit/aaaaaaaaaa');
  });

  it('escapes every text it did not write', () => {
    const html = renderReportHtml(
      report([entry({ storyName: '<img src=x onerror=alert(1)>', storyId: 'a"b' })]),
    );
    expect(html).not.toContain('<img src=x');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('keep &lt;b&gt; in labels');
    expect(html).toContain('data-story-id="a&quot;b"');
    // The data block cannot be closed by a story name.
    const closing = renderReportHtml(report([entry({ storyName: '</script><script>alert(1)' })]));
    expect(embedded(closing).entries[0].storyName).toBe('</script><script>alert(1)');
  });

  it('offers filters for the schemes, kinds and components it shows', () => {
    const html = renderReportHtml(
      report([
        entry({}),
        entry({
          key: 'k2',
          kind: 'added',
          scheme: 'light',
          images: { actual: 'images/n.png' },
          pixels: null,
        }),
      ]),
    );
    expect(html).toMatch(/name="scheme" value="light" checked> Light/);
    expect(html).toMatch(/name="scheme" value="dark" checked> Dark/);
    expect(html).not.toMatch(/value="high-contrast"/);
    expect(html).toMatch(/name="kind" value="added" checked> New/);
    expect(html).toContain('<option value="Atoms/Tag">Atoms/Tag</option>');
    expect(html).toContain('<strong>New picture</strong>: no baseline yet');
  });

  it('titles the forced-colours pictures, and says their Storybook link shows the light theme', () => {
    const html = renderReportHtml(
      report([
        entry({}),
        entry({
          key: 'atoms-tag--playground--forced-colors',
          scheme: 'forced-colors',
          links: {
            storybook:
              'http://localhost:6006/?path=/story/atoms-tag--playground&globals=theme:light',
            figma: null,
          },
        }),
      ]),
    );
    expect(html).toMatch(/name="scheme" value="forced-colors" checked> Forced colours/);
    // After the schemes, in PICTURE_SCHEMES order.
    expect(html.indexOf('value="dark"')).toBeLessThan(html.indexOf('value="forced-colors"'));
    expect(html).toMatch(
      /data-link="storybook" title="Storybook has no forced-colours toggle: this opens the light theme\.[^"]*">Story in Storybook \(light theme\)</,
    );
    expect(html.match(/>Story in Storybook</g)).toHaveLength(1);
  });

  it('says when a picture changed size', () => {
    const html = renderReportHtml(
      report([
        entry({
          sizes: { reference: { width: 200, height: 240 }, actual: { width: 204, height: 240 } },
        }),
      ]),
    );
    expect(html).toContain('size 200×240 → 204×240');
  });

  it('carries its data for tools, without the pictures a single-file report embeds', () => {
    const dataUrl = `data:image/png;base64,${'A'.repeat(64)}`;
    const html = renderReportHtml(
      report([entry({ images: { reference: dataUrl, actual: dataUrl, diff: dataUrl } })]),
    );
    expect(html.split(dataUrl).length - 1).toBe(5); // three figures and the slider's two layers
    expect(embedded(html).entries[0].images).toEqual({
      reference: 'embedded',
      actual: 'embedded',
      diff: 'embedded',
    });
  });
});
