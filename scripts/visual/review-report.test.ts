// The review report from story results, on a small repository of its own: a changed picture,
// a new one, baselines no story takes any more, a story that failed for another reason.
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodePng } from './compare.mjs';
import { buildReviewReport, writeReportFolder } from './review-report.mjs';

const source = new URL('../..', import.meta.url).pathname.replace(/\/$/, '');
let dir = '';

function picture(colour: [number, number, number], width = 6, height = 4) {
  const data = new Uint8Array(width * height * 4);
  for (let i = 0; i < width * height; i += 1) data.set([...colour, 255], i * 4);
  return encodePng(width, height, data);
}

async function put(path: string, content: string | Buffer) {
  await mkdir(dirname(join(dir, path)), { recursive: true });
  await writeFile(join(dir, path), content);
}

const STORIES = 'src/atoms/Tag/Tag.stories.tsx';
const baseline = (name: string) => `src/atoms/Tag/__screenshots__/Tag/${name}-chromium-linux.png`;
const taken = (...names: string[]) => names.map((name) => ({ name, matched: true }));

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'callicrates-review-report-'));
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
    STORIES,
    `import { figmaDesign } from '../../../.storybook/design';
export default { title: 'Atoms/Tag', parameters: { design: figmaDesign('Tag') } };
export const Playground = {};
export const Removable = {};
export const Plain = { tags: ['!test'] };
`,
  );
  for (const scheme of ['light', 'dark']) {
    await put(baseline(`playground-${scheme}`), picture([10, 10, 10]));
    await put(baseline(`removable-${scheme}`), picture([20, 20, 20]));
    await put(baseline(`plain-${scheme}`), picture([25, 25, 25]));
    await put(baseline(`gone-${scheme}`), picture([30, 30, 30]));
  }
  await put('attachments/actual.png', picture([10, 10, 11], 7, 4));
  await put('attachments/new.png', picture([40, 40, 40]));
  execFileSync('git', ['init', '--quiet'], { cwd: dir });
  execFileSync('git', ['add', '--all'], { cwd: dir });
  execFileSync(
    'git',
    [
      '-c',
      'user.name=T',
      '-c',
      'user.email=t@example.invalid',
      'commit',
      '--quiet',
      '-m',
      'feat(tag): add Tag',
    ],
    { cwd: dir },
  );
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('the review report', () => {
  it('says "No visual changes" for a run whose pictures all match', async () => {
    const { report, images } = await buildReviewReport({
      root: dir,
      results: [
        {
          file: STORIES,
          storyId: 'atoms-tag--playground',
          name: 'Playground',
          state: 'passed',
          pictures: taken('playground--light', 'playground--dark'),
          visual: [],
          errors: [],
        },
        {
          file: STORIES,
          storyId: 'atoms-tag--removable',
          name: 'Removable',
          state: 'passed',
          pictures: taken('removable--light', 'removable--dark'),
          visual: [],
          errors: [],
        },
      ],
    });
    // Gone's baselines are orphans: a story that no longer exists.
    expect(report.entries.map((entry) => [entry.kind, entry.key])).toEqual([
      ['removed', 'atoms-tag--gone--light'],
      ['removed', 'atoms-tag--gone--dark'],
    ]);
    expect(images.size).toBe(2);
  });

  it('lists changed, new and orphaned pictures and the stories that failed otherwise', async () => {
    await put('src/atoms/Tag/Tag.tsx', 'export const Tag = 2;\n'); // uncommitted work
    const mismatch =
      'Screenshot does not match the stored reference.\n7 pixels (ratio 0.01) differ.';
    const missing = 'No existing reference screenshot found.';
    const { report, images } = await buildReviewReport({
      root: dir,
      storybookUrl: 'http://sb.test/',
      results: [
        {
          file: STORIES,
          storyId: 'atoms-tag--playground',
          name: 'Playground',
          state: 'failed',
          pictures: [
            { name: 'playground--light', matched: true },
            {
              name: 'playground--dark',
              matched: false,
              error: `expect(element).toMatchScreenshot()\n\n${mismatch}\n\nReference screenshot: …`,
            },
            { name: 'playground--high-contrast', matched: false, error: missing },
          ],
          visual: [
            {
              message: mismatch,
              attachments: [
                { name: 'reference', path: join(dir, baseline('playground-dark')) },
                { name: 'actual', path: join(dir, 'attachments/actual.png') },
              ],
            },
            {
              message: missing,
              attachments: [{ name: 'reference', path: join(dir, 'attachments/new.png') }],
            },
          ],
          errors: ['2 pictures of atoms-tag--playground differ from their baselines: …'],
        },
        // Removable no longer takes a dark picture.
        {
          file: STORIES,
          storyId: 'atoms-tag--removable',
          name: 'Removable',
          state: 'passed',
          pictures: taken('removable--light'),
          visual: [],
          errors: [],
        },
        {
          file: STORIES,
          storyId: 'atoms-tag--broken',
          name: 'Broken',
          state: 'failed',
          pictures: undefined,
          visual: [],
          errors: ['expected "Save" to be in the document'],
        },
      ],
    });
    expect(
      report.entries.map((entry) => [entry.kind, entry.key, entry.pixels?.changed ?? null]),
    ).toEqual([
      ['changed', 'atoms-tag--playground--dark', 28],
      ['added', 'atoms-tag--playground--high-contrast', null],
      ['removed', 'atoms-tag--removable--dark', null],
      ['removed', 'atoms-tag--gone--light', null],
      ['removed', 'atoms-tag--gone--dark', null],
    ]);
    const changed = report.entries.find((entry) => entry.kind === 'changed')!;
    expect(changed).toMatchObject({
      component: 'Atoms/Tag',
      storyName: 'Playground',
      baseline: baseline('playground-dark'),
      sizes: { reference: { width: 6, height: 4 }, actual: { width: 7, height: 4 } },
      links: {
        storybook: 'http://sb.test/?path=/story/atoms-tag--playground&globals=theme:dark',
        figma: expect.stringMatching(/node-id=10-120$/),
      },
    });
    expect(Object.keys(changed.images).sort()).toEqual(['actual', 'diff', 'reference']);
    expect(report.failures).toEqual([
      {
        storyId: 'atoms-tag--broken',
        name: 'Broken',
        file: STORIES,
        message: 'expected "Save" to be in the document',
      },
    ]);
    expect(report.summary).toBe(
      "1 picture differs from its baseline; 1 new picture has no baseline; 3 baselines are no story's picture any more (3 stories, 1 component). 1 story failed before its pictures could be compared.",
    );
    expect(report.components).toEqual([
      expect.objectContaining({
        title: 'Atoms/Tag',
        folder: 'src/atoms/Tag',
        lastCommit: expect.objectContaining({ subject: 'feat(tag): add Tag' }),
        uncommitted: true,
      }),
    ]);

    const path = await writeReportFolder(join(dir, 'review'), report, images);
    const written = JSON.parse(await readFile(join(dir, 'review/report.json'), 'utf8'));
    expect(written.entries).toHaveLength(5);
    for (const entry of written.entries) {
      for (const src of Object.values(entry.images) as string[]) {
        expect((await readFile(join(dir, 'review', src))).length).toBeGreaterThan(0);
      }
    }
    expect(await readFile(path, 'utf8')).toContain('data-key="atoms-tag--playground--dark"');
  });

  it('takes a forced-colours baseline for the story that opts in, and flags one no story takes', async () => {
    await put(baseline('playground-forced-colors'), picture([50, 50, 50]));
    await put(baseline('removable-forced-colors'), picture([60, 60, 60]));
    await put(baseline('gone-forced-colors'), picture([70, 70, 70]));
    const mismatch =
      'Screenshot does not match the stored reference.\n1 pixel (ratio 0.01) differs.';
    const { report } = await buildReviewReport({
      root: dir,
      storybookUrl: 'http://sb.test/',
      results: [
        {
          file: STORIES,
          storyId: 'atoms-tag--playground',
          name: 'Playground',
          state: 'failed',
          pictures: [
            ...taken('playground--light', 'playground--dark'),
            { name: 'playground--forced-colors', matched: false, error: mismatch },
          ],
          visual: [
            {
              message: mismatch,
              attachments: [
                { name: 'reference', path: join(dir, baseline('playground-forced-colors')) },
                { name: 'actual', path: join(dir, 'attachments/actual.png') },
              ],
            },
          ],
          errors: [mismatch],
        },
        // Removable opted out of forced colours: its forced-colours baseline is an orphan.
        {
          file: STORIES,
          storyId: 'atoms-tag--removable',
          name: 'Removable',
          state: 'passed',
          pictures: taken('removable--light', 'removable--dark'),
          visual: [],
          errors: [],
        },
      ],
    });
    expect(report.entries.map((entry) => [entry.kind, entry.key])).toEqual([
      ['changed', 'atoms-tag--playground--forced-colors'],
      ['removed', 'atoms-tag--removable--forced-colors'],
      ['removed', 'atoms-tag--gone--light'],
      ['removed', 'atoms-tag--gone--dark'],
      ['removed', 'atoms-tag--gone--forced-colors'],
    ]);
    // Storybook has no forced-colours toggle: the link shows the story in the light theme.
    expect(report.entries[0]).toMatchObject({
      scheme: 'forced-colors',
      links: { storybook: 'http://sb.test/?path=/story/atoms-tag--playground&globals=theme:light' },
    });
  });
});
