// The visual changelog on a small repository of its own: two story files, a release tag, then
// commits that change, add, remove and only recompress pictures.
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { decodePng, encodePng } from '../visual/compare.mjs';
import { generateNotes, prepare, verifyConditions } from './visual-changes-plugin.mjs';
import { scopeOfFolder, visualChangelog } from './visual-changelog.mjs';

const source = new URL('../..', import.meta.url).pathname.replace(/\/$/, '');
let dir = '';
const gitEnv = { GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1' };
const git = (...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=T', '-c', 'user.email=t@example.invalid', ...args], {
    cwd: dir,
    env: { ...process.env, ...gitEnv },
    encoding: 'utf8',
  }).trim();

/** A w×h picture of one colour, written with the given zlib level (same pixels, other bytes). */
function picture(colour: [number, number, number], width = 8, height = 4, level = 9) {
  const data = new Uint8Array(width * height * 4);
  for (let i = 0; i < width * height; i += 1) data.set([...colour, 255], i * 4);
  return encodePng(width, height, data, { deflateLevel: level });
}

async function put(path: string, content: string | Buffer) {
  await mkdir(dirname(join(dir, path)), { recursive: true });
  await writeFile(join(dir, path), content);
}

const stories = (
  title: string,
  names: string[],
  node: string,
) => `import { figmaDesign } from '../../../.storybook/design';
export default { title: '${title}', parameters: { design: figmaDesign('${node}') } };
${names.map((name) => `export const ${name} = {};`).join('\n')}
`;

const baseline = (component: string, story: string, scheme: string) =>
  `src/atoms/${component}/__screenshots__/${component}/${story}-${scheme}-chromium-linux.png`;

function commit(message: string) {
  git('add', '--all');
  git('commit', '--quiet', '--allow-empty', '-m', message);
  return git('rev-parse', 'HEAD');
}

const commitsSince = (from: string) =>
  git('log', '--format=%H%x1f%s', `${from}..HEAD`)
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const [hash = '', subject = ''] = line.split('\x1f');
      return { hash, subject };
    });

let v1 = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'callicrates-changelog-'));
  git('init', '--quiet');
  await put(
    'package.json',
    JSON.stringify({ repository: { url: 'git+https://github.com/o/lib.git' } }),
  );
  // .storybook/design.ts and what it imports: the node ids, the channels' files, the URL helper.
  for (const file of [
    '.storybook/design.ts',
    'figma/nodes.json',
    'figma/channels.json',
    'scripts/figma/urls.mjs',
  ]) {
    await put(file, await readFile(join(source, file), 'utf8'));
  }
  await put(
    'src/atoms/Tag/Tag.stories.tsx',
    stories('Atoms/Tag', ['Playground', 'Removable'], 'Tag'),
  );
  await put(
    'src/atoms/Badge/Badge.stories.tsx',
    stories('Atoms/Badge', ['Playground', 'Dot'], 'Badge'),
  );
  await put('src/atoms/Tag/Tag.tsx', 'export const Tag = 1;\n');
  for (const scheme of ['light', 'dark']) {
    await put(baseline('Tag', 'playground', scheme), picture([10, 10, 10]));
    await put(baseline('Tag', 'removable', scheme), picture([20, 20, 20]));
    await put(baseline('Badge', 'playground', scheme), picture([30, 30, 30]));
    await put(baseline('Badge', 'dot', scheme), picture([40, 40, 40]));
  }
  v1 = commit('feat(tag): add Tag and Badge');
  git('tag', 'v1.0.0');
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const side = (revision: string, version: string) => ({
  revision,
  label: `v${version}`,
  version,
  storybookUrl: `https://o.github.io/lib/v${version}/`,
});

describe('the visual changelog', () => {
  it('counts a first release’s pictures without listing them', async () => {
    const result = await visualChangelog({ root: dir, from: null, to: side(v1, '1.0.0') });
    expect(result.markdown).toBe(
      [
        '### Visual changes',
        '',
        'First release: its 8 pictures of 4 stories in 2 story files are the visual baseline of the next releases.',
        '',
        '- `src/atoms/Badge/Badge.stories.tsx`: 2 stories',
        '- `src/atoms/Tag/Tag.stories.tsx`: 2 stories',
        '',
      ].join('\n'),
    );
  });

  it('says "No visual changes" for a release that changed no pixel, recompressed ones included', async () => {
    await put('src/atoms/Tag/Tag.tsx', 'export const Tag = 2;\n');
    await put(baseline('Tag', 'playground', 'light'), picture([10, 10, 10], 8, 4, 1));
    const head = commit('fix(tag): keep the label, recompress a baseline');
    const result = await visualChangelog({
      root: dir,
      from: side(v1, '1.0.0'),
      to: side(head, '1.0.1'),
      commits: commitsSince(v1),
    });
    expect(result.entries).toEqual([]);
    expect(result.markdown).toBe(
      '### Visual changes\n\nNo visual changes: the 8 pictures are the same as in v1.0.0.\n',
    );
    git('tag', 'v1.0.1');
  });

  it('lists what changed, was added or removed, per component and scheme, and warns of other components', async () => {
    const v101 = git('rev-parse', 'v1.0.1');
    // feat(tag) changes Tag (its own) and Badge (another component): a warning for Badge.
    await put('src/atoms/Tag/Tag.tsx', 'export const Tag = 3;\n');
    await put(baseline('Tag', 'playground', 'dark'), picture([10, 10, 11]));
    await put(baseline('Badge', 'dot', 'dark'), picture([40, 40, 41], 9, 4));
    commit('feat(tag): warmer dark tags');
    // A new story, and a removed one, in a commit that names its component.
    await put(
      'src/atoms/Badge/Badge.stories.tsx',
      stories('Atoms/Badge', ['Playground', 'Count'], 'Badge'),
    );
    await rm(join(dir, baseline('Badge', 'dot', 'light')));
    await rm(join(dir, baseline('Badge', 'dot', 'dark')));
    await put(baseline('Badge', 'count', 'light'), picture([50, 50, 50]));
    await put(baseline('Badge', 'count', 'dark'), picture([60, 60, 60]));
    const head = commit('feat(badge): count instead of a dot');

    const result = await visualChangelog({
      root: dir,
      from: side(v101, '1.0.1'),
      to: side(head, '1.1.0'),
      commits: commitsSince(v101),
    });
    expect(
      result.entries.map((entry) => [entry.kind, entry.key, entry.pixels?.changed ?? null]),
    ).toEqual([
      ['added', 'atoms-badge--count--light', null],
      ['added', 'atoms-badge--count--dark', null],
      ['removed', 'atoms-badge--dot--light', null],
      ['removed', 'atoms-badge--dot--dark', null],
      ['changed', 'atoms-tag--playground--dark', 32],
    ]);
    const notes = result.markdown;
    expect(notes).toContain(
      '1 picture changed, 2 pictures added, 2 pictures removed (3 stories in 2 components) since v1.0.1; 5 pictures are unchanged.',
    );
    expect(notes).toContain('`visual-changes-1.1.0.html`, attached to this release.');
    expect(notes).toContain(
      '| [Count](https://o.github.io/lib/v1.1.0/?path=/story/atoms-badge--count&globals=theme:light) | added | added |',
    );
    expect(notes).toContain(
      '| [Dot](https://o.github.io/lib/v1.0.1/?path=/story/atoms-badge--dot&globals=theme:light) | removed | removed |',
    );
    expect(notes).toContain(
      '| [Playground](https://o.github.io/lib/v1.1.0/?path=/story/atoms-tag--playground&globals=theme:dark) | 32 px (100.00 %) |',
    );
    // Badge Dot dark was changed by feat(tag), then removed by feat(badge): the release removes
    // it, so feat(tag)'s change to it is no surprise left to warn of.
    const warnings = notes.split('\n').filter((line) => line.startsWith('> **Warning:**'));
    expect(warnings).toEqual([]);
    expect(result.report.entries).toHaveLength(5);
  });

  it('warns when a feat or fix changes pictures of a component it neither names nor touches', async () => {
    const v110 = git('rev-parse', 'HEAD');
    git('tag', 'v1.1.0');
    await put(baseline('Badge', 'playground', 'light'), picture([31, 30, 30]));
    await put(baseline('Tag', 'removable', 'light'), picture([21, 20, 20]));
    commit('fix(tag): thinner border');
    await put(baseline('Badge', 'playground', 'dark'), picture([31, 30, 30]));
    await put('src/atoms/Badge/Badge.tsx', 'export const Badge = 1;\n');
    commit('fix: tidy the badge');
    await put(baseline('Tag', 'playground', 'light'), picture([11, 10, 10]));
    const head = commit('test: re-take a Tag picture');
    const result = await visualChangelog({
      root: dir,
      from: side(v110, '1.1.0'),
      to: side(head, '1.1.1'),
      commits: commitsSince(v110),
    });
    const warnings = result.markdown
      .split('\n')
      .filter((line) => line.startsWith('> **Warning:**'));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(
      /^> \*\*Warning:\*\* fix\(tag\): thinner border \([0-9a-f]{7}\) changed pictures of Atoms\/Badge \(1 picture\), which it neither names in its scope nor touches\.$/,
    );
    expect(result.report.warnings).toEqual([warnings[0]!.replace('> **Warning:** ', '')]);
  });

  it('lists a forced-colours picture in its own column, after the schemes, linked to the light theme', async () => {
    const v111 = git('rev-parse', 'HEAD');
    // The plugin's tests below read this repository from v1.1.0 to HEAD: put HEAD back after.
    onTestFinished(() => {
      git('reset', '--hard', '--quiet', v111);
    });
    await put(baseline('Tag', 'playground', 'forced-colors'), picture([70, 70, 70]));
    await put(baseline('Tag', 'playground', 'dark'), picture([12, 10, 10]));
    const head = commit('test(tag): photograph the playground in forced colours');
    const result = await visualChangelog({
      root: dir,
      from: side(v111, '1.1.1'),
      to: side(head, '1.1.2'),
      commits: commitsSince(v111),
    });
    expect(result.entries.map((entry) => [entry.kind, entry.key])).toEqual([
      ['changed', 'atoms-tag--playground--dark'],
      ['added', 'atoms-tag--playground--forced-colors'],
    ]);
    const notes = result.markdown;
    expect(notes).toContain('| Story | Dark | Forced colours |');
    expect(notes).toMatch(
      /\| \[Playground\]\(https:\/\/o\.github\.io\/lib\/v1\.1\.2\/\?path=\/story\/atoms-tag--playground&globals=theme:dark\) \| \d+ px \([\d.]+ %\) \| added \|/,
    );
    expect(notes).toContain(
      'Storybook has no forced-colours toggle: a story link opens the light theme.',
    );
    const forced = result.report.entries.find((entry) => entry.scheme === 'forced-colors');
    expect(forced?.links.storybook).toBe(
      'https://o.github.io/lib/v1.1.2/?path=/story/atoms-tag--playground&globals=theme:light',
    );
  });

  it('names a component as a commit scope', () => {
    expect(scopeOfFolder('src/atoms/TextField')).toBe('text-field');
    expect(scopeOfFolder('src/molecules/AlertDialog')).toBe('alert-dialog');
    expect(scopeOfFolder('src/atoms/Tag')).toBe('tag');
  });
});

describe('the semantic-release plugin', () => {
  const logger = { log: () => {} };

  it('refuses options it cannot use', async () => {
    await expect(verifyConditions({ reportDir: '../out' })).rejects.toThrow(
      /reportDir must be a folder inside/,
    );
    await expect(verifyConditions({ storybookUrl: 'https://x.test/' })).rejects.toThrow(
      /\$\{version\}/,
    );
    await expect(verifyConditions({})).resolves.toBeUndefined();
  });

  it('adds the section to the notes and writes the report with its pictures inside', async () => {
    const head = git('rev-parse', 'HEAD');
    const context = {
      cwd: dir,
      logger,
      lastRelease: { gitHead: git('rev-parse', 'v1.1.0'), gitTag: 'v1.1.0', version: '1.1.0' },
      nextRelease: { gitHead: head, gitTag: 'v1.1.1', version: '1.1.1' },
      commits: commitsSince('v1.1.0'),
    };
    const notes = await generateNotes({}, context);
    expect(notes).toMatch(
      /^### Visual changes\n\n4 pictures changed \(3 stories in 2 components\) since v1\.1\.0/,
    );
    // The deployed Storybook of the version, from package.json's repository.
    expect(notes).toContain(
      '(https://o.github.io/lib/v1.1.1/?path=/story/atoms-badge--playground&globals=theme:light)',
    );
    await prepare({}, context);
    const html = await readFile(join(dir, 'visual-changes/visual-changes-1.1.1.html'), 'utf8');
    const data = JSON.parse(
      /<script type="application\/json" id="report-data">(.*?)<\/script>/s.exec(html)![1]!,
    );
    expect(data.title).toBe('Visual changes in 1.1.1');
    expect(data.entries).toHaveLength(4);
    const sources = [...html.matchAll(/<img src="([^"]+)"/g)].map((match) => match[1]!);
    expect(sources.length).toBe(4 * 5);
    for (const src of sources) {
      expect(src).toMatch(/^data:image\/png;base64,/);
      expect(
        decodePng(Buffer.from(src.split(',')[1]!, 'base64'), src.slice(0, 40)).width,
      ).toBeGreaterThan(0);
    }
  });
});
