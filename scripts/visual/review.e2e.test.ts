// `npm run review` end to end, in a throw-away copy of the project: a one-token change planted in
// the dark scheme (planted-change.mjs) must make the report list exactly the pictures that token
// paints, with working images and links, checked in the pinned Chromium from a file URL; then
// `--accept` must re-take one story's picture and no other. Only the two story files the token
// reaches are run, to keep this short.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pinnedChromium } from '../chromium.mjs';
import { comparePngs, decodePng } from './compare.mjs';
import { figmaFrameOf, LOCAL_STORYBOOK_URL, storybookStoryUrl } from './design-links.mjs';
import {
  PLANTED_PICTURES,
  PLANTED_STORY_FILES,
  plantWarningColourChange,
} from './planted-change.mjs';
import { copyProjectFiles, linkNodeModules } from './project-copy.mjs';
import type { renderReportHtml } from './report-html.mjs';
import { loadStoryIndex } from './story-index.mjs';

type Report = Parameters<typeof renderReportHtml>[0];

const source = new URL('../..', import.meta.url).pathname.replace(/\/$/, '');
const STORY_FILES = [...PLANTED_STORY_FILES];
const EXPECTED: string[] = [...PLANTED_PICTURES];

let dir = '';
let env: NodeJS.ProcessEnv = {};
let review: { status: number | null; output: string };
let report: Report;

/** A clean environment: no Vitest variables of this run, our own git identity. */
async function childEnv(base: string): Promise<NodeJS.ProcessEnv> {
  const gitConfig = join(base, 'gitconfig');
  await writeFile(gitConfig, '[user]\n  name = Review E2E\n  email = review-e2e@example.invalid\n');
  return {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    LANG: 'C.UTF-8',
    TMPDIR: tmpdir(),
    GIT_CONFIG_GLOBAL: gitConfig,
    GIT_CONFIG_NOSYSTEM: '1',
  };
}

function run(command: string, args: string[]) {
  const result = spawnSync(command, args, { cwd: dir, env, encoding: 'utf8', timeout: 280_000 });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'callicrates-review-'));
  env = await childEnv(dir);
  dir = join(dir, 'project');
  await copyProjectFiles(source, dir);
  await linkNodeModules(source, dir);
  const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, env, stdio: 'pipe' });
  git('init', '--quiet');
  git('add', '--all');
  git('commit', '--quiet', '-m', 'chore: the project as it is');
  await plantWarningColourChange(dir);
  const tokens = run(process.execPath, ['scripts/tokens/build.mjs']);
  expect(tokens.status, tokens.output).toBe(0);
  review = run(process.execPath, ['scripts/visual/review.mjs', ...STORY_FILES]);
  report = JSON.parse(await readFile(join(dir, 'review/report.json'), 'utf8'));
});

afterAll(async () => {
  if (dir) await rm(join(dir, '..'), { recursive: true, force: true });
});

describe('npm run review after a one-token change', () => {
  it('succeeds and prints where the report is', () => {
    expect(review.status, review.output).toBe(0);
    expect(review.output).toContain(`Report: ${join(dir, 'review/index.html')}`);
  });

  it('lists exactly the pictures the token paints, as changed, with their pixel counts', async () => {
    expect(report.entries.map((entry) => entry.key).sort()).toEqual([...EXPECTED].sort());
    expect(report.failures).toEqual([]);
    expect(report.summary).toBe(
      '5 pictures differ from their baselines (5 stories, 2 components).',
    );
    expect(report.workingTree).toEqual(['tokens/modes/dark.tokens.json']);
    for (const entry of report.entries) {
      expect(entry.kind).toBe('changed');
      const [reference, actual, diff] = await Promise.all(
        (['reference', 'actual', 'diff'] as const).map((name) =>
          readFile(join(dir, 'review', entry.images[name]!)),
        ),
      );
      // The reference is the committed baseline; the count is the comparator's.
      expect(reference!.equals(await readFile(join(dir, entry.baseline)))).toBe(true);
      const comparison = comparePngs(reference!, actual!);
      expect(entry.pixels?.changed).toBe(comparison.changedPixels);
      expect(entry.pixels!.changed).toBeGreaterThan(0);
      // Every changed pixel is red in the diff image, and nothing else is.
      const image = decodePng(diff!, entry.images.diff!);
      let red = 0;
      for (let i = 0; i < image.data.length; i += 4) {
        if (image.data[i] === 255 && image.data[i + 1] === 0 && image.data[i + 2] === 0) red += 1;
      }
      expect(red).toBe(entry.pixels!.changed);
    }
  });

  describe('opened in the pinned Chromium from a file URL', () => {
    let browser: Browser;
    let page: Page;
    const requests: string[] = [];
    const problems: string[] = [];

    beforeAll(async () => {
      const pinned = await pinnedChromium();
      browser = await chromium.launch({ executablePath: pinned.executablePath, args: pinned.args });
      page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      page.on('request', (request) => requests.push(request.url()));
      page.on('pageerror', (error) => problems.push(error.message));
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(message.text());
      });
      await page.goto(`file://${join(dir, 'review/index.html')}`);
    });
    afterAll(() => browser?.close());

    it('shows every picture, loaded from files beside it, with no network and no error', async () => {
      const images = await page.evaluate(() =>
        Promise.all(
          [...document.images].map(async (image) => {
            image.loading = 'eager';
            await image.decode();
            return { src: image.getAttribute('src'), width: image.naturalWidth };
          }),
        ),
      );
      // Three figures and the slider's two layers per picture.
      expect(images).toHaveLength(EXPECTED.length * 5);
      for (const image of images) {
        expect(image.src).toMatch(/^images\/[\w-]+-(reference|actual|diff)\.png$/);
        expect(image.width).toBeGreaterThan(0);
      }
      expect(requests.filter((url) => !url.startsWith('file://'))).toEqual([]);
      expect(problems).toEqual([]);
    });

    it('groups the pictures by component, with the component’s Figma frame and last commit', async () => {
      const sections = await page.locator('section.component').evaluateAll((elements) =>
        elements.map((element) => ({
          component: element.getAttribute('data-component'),
          entries: [...element.querySelectorAll('.entry')].map((entry) =>
            entry.getAttribute('data-key'),
          ),
          text: element.querySelector('.component-facts')?.textContent ?? '',
        })),
      );
      expect(sections.map((section) => section.component)).toEqual(['Atoms/Avatar', 'Atoms/Badge']);
      expect(sections[0]!.entries).toEqual(EXPECTED.slice(0, 2));
      expect(sections[1]!.entries).toEqual(EXPECTED.slice(2));
      for (const section of sections) {
        expect(section.text).toMatch(
          /Figma frame · last commit: [0-9a-f]{7} chore: the project as it is/,
        );
      }
    });

    it('links each picture to its story in Storybook, in its scheme, and to its Figma frame', async () => {
      const index = await loadStoryIndex({ root: dir, files: STORY_FILES });
      const links = await page.locator('.entry').evaluateAll((entries) =>
        entries.map((entry) => ({
          storyId: entry.getAttribute('data-story-id')!,
          scheme: entry.getAttribute('data-scheme')!,
          storybook: entry.querySelector('a[data-link=storybook]')?.getAttribute('href'),
          figma: entry.querySelector('a[data-link=figma]')?.getAttribute('href'),
        })),
      );
      expect(links).toHaveLength(EXPECTED.length);
      for (const link of links) {
        const story = index.story(link.storyId);
        expect(story, `${link.storyId} is a story of the index`).not.toBeNull();
        expect(link.storybook).toBe(
          storybookStoryUrl(LOCAL_STORYBOOK_URL, link.storyId, link.scheme),
        );
        const frame = figmaFrameOf(story!.story);
        expect(frame?.url).toMatch(
          /^https:\/\/www\.figma\.com\/design\/\w+\/\w+\?node-id=\d+-\d+$/,
        );
        expect(link.figma).toBe(frame!.url);
      }
    });

    it('filters by scheme and by component', async () => {
      const visible = () => page.locator('.entry:visible').count();
      const count = page.locator('[data-count]');
      await page.locator('input[name=scheme][value=dark]').uncheck();
      expect(await visible()).toBe(0);
      await expect.poll(() => count.textContent()).toBe('Showing 0 of 5 pictures');
      await page.locator('input[name=scheme][value=dark]').check();
      await page.locator('select[name=component]').selectOption('Atoms/Badge');
      expect(await visible()).toBe(3);
      expect(await page.locator('section[data-component="Atoms/Avatar"]').isHidden()).toBe(true);
      await page.locator('select[name=component]').selectOption({ index: 0 });
      expect(await visible()).toBe(5);
    });

    it('slides between reference and actual, and blinks', async () => {
      const first = page.locator('.entry').first();
      const actual = first.locator('[data-layer=actual]');
      await first.locator('[data-slider]').fill('0');
      expect(await actual.evaluate((image) => (image as HTMLElement).style.clipPath)).toBe(
        'inset(0px 0px 0px 0%)',
      );
      await first.locator('[data-slider]').fill('100');
      expect(await actual.evaluate((image) => (image as HTMLElement).style.clipPath)).toBe(
        'inset(0px 0px 0px 100%)',
      );
      const blink = first.getByRole('button', { name: 'Blink' });
      await blink.click();
      expect(await blink.getAttribute('aria-pressed')).toBe('true');
      const compare = first.locator('[data-compare]');
      await expect.poll(() => compare.getAttribute('data-showing')).toBe('reference');
      await expect.poll(() => compare.getAttribute('data-showing')).toBe('actual');
      await blink.click();
      expect(await blink.getAttribute('aria-pressed')).toBe('false');
      expect(await compare.getAttribute('data-showing')).toBeNull();
    });
  });

  it('accepts one story’s picture, exactly the one reviewed, and no other', async () => {
    const accepted = run(process.execPath, [
      'scripts/visual/review.mjs',
      '--accept',
      'atoms-avatar--status',
    ]);
    expect(accepted.status, accepted.output).toBe(0);
    const changed = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], {
      cwd: dir,
      env,
      encoding: 'utf8',
    })
      .split('\n')
      .filter(Boolean)
      .map((line) => line.slice(3))
      .sort();
    expect(changed).toEqual([
      'src/atoms/Avatar/__screenshots__/Avatar/status-dark-chromium-linux.png',
      'tokens/modes/dark.tokens.json',
    ]);
    const baseline = await readFile(
      join(dir, 'src/atoms/Avatar/__screenshots__/Avatar/status-dark-chromium-linux.png'),
    );
    const reviewed = await readFile(
      join(dir, 'review/images/atoms-avatar--status--dark-actual.png'),
    );
    expect(comparePngs(reviewed, baseline).changedPixels).toBe(0);
    const after: Report = JSON.parse(await readFile(join(dir, 'review/report.json'), 'utf8'));
    expect(after.entries.filter((entry) => entry.accepted).map((entry) => entry.key)).toEqual([
      'atoms-avatar--status--dark',
    ]);
    // What was accepted cannot be accepted twice.
    const again = run(process.execPath, [
      'scripts/visual/review.mjs',
      '--accept',
      'atoms-avatar--status',
    ]);
    expect(again.status).toBe(2);
    expect(again.output).toMatch(/Nothing in the review report matches "atoms-avatar--status"/);
  });
});
