// Builds and writes the review report (review/index.html) from the results of a story-test run:
// every picture whose pixels differ from its baseline, every new picture, every baseline no
// story takes any more, and the stories that failed before their pictures could be compared.
// The Vitest reporter (review-reporter.mjs) calls it after `npm test`, `npm run review` or any
// run of the storybook project.
import { existsSync, readdirSync } from 'node:fs';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join, relative } from 'node:path';
import { comparePngs } from './compare.mjs';
import { figmaFrameOf, LOCAL_STORYBOOK_URL, storybookStoryUrl } from './design-links.mjs';
import {
  commitInfo,
  currentBranch,
  lastCommitTouching,
  repositoryWebUrl,
  workingTreeChanges,
} from './git.mjs';
import { renderReportHtml } from './report-html.mjs';
import {
  baselinePath,
  parseBaselinePath,
  parsePictureArg,
  PICTURE_SCHEMES,
  sanitizeArg,
  SCREENSHOT_DIR,
  storyFileStem,
} from './screenshots.mjs';
import { loadStoryIndex } from './story-index.mjs';

/** The folder `npm run review` writes, relative to the repository. */
export const REVIEW_DIR = 'review';

/**
 * One story test's result, as the reporter collects it.
 * @typedef {object} StoryResult
 * @property {string} file repository path of the story file
 * @property {string} storyId
 * @property {string} name the story's name
 * @property {'passed' | 'failed' | 'skipped' | 'pending'} state
 * @property {Array<{ name: string, matched: boolean, error?: string }> | undefined} pictures
 *   the pictures it took, in order (`<story>--<scheme>`, vitest.setup.ts), undefined when it
 *   failed before taking any
 * @property {Array<{ message?: string, attachments: Array<{ name: string, path?: string }> }>} visual
 *   the `internal:toMatchScreenshot` artifacts Vitest recorded, one per failed comparison that
 *   had a picture to show, in order; their attachments are copies with hashed names
 * @property {string[]} errors the messages of the errors it failed with
 */

const VISUAL_ERROR =
  /Screenshot does not match|No existing reference screenshot|pictures of .+ differ from their baselines|Could not capture a stable screenshot/;

const plural = (count, one, many) => `${count.toLocaleString('en-US')} ${count === 1 ? one : many}`;

/**
 * @param {{ root: string, results: StoryResult[], storybookUrl?: string }} options orphaned
 *   baselines are looked for beside the story files that ran
 * @returns {Promise<{ report: import('./report-html.mjs').Report, images: Map<string, Buffer> }>}
 */
export async function buildReviewReport({ root, results, storybookUrl = LOCAL_STORYBOOK_URL }) {
  const files = [...new Set(results.map((result) => result.file))].sort();
  // The story index (titles, Figma links, stories that are no test) is read only for the files
  // with something to show: a green run of every story reads none.
  const candidates = orphanCandidates({ root, results });
  const needed = new Set([
    ...results
      .filter((result) => result.pictures?.some((picture) => !picture.matched))
      .map((result) => result.file),
    ...candidates.keys(),
  ]);
  const index = await loadStoryIndex({ root, files: files.filter((file) => needed.has(file)) });
  /** @type {import('./report-html.mjs').ReportEntry[]} */
  const entries = [];
  /** @type {Map<string, Buffer>} */
  const images = new Map();
  const failures = [];

  const componentOf = (file) => index.files.find((candidate) => candidate.file === file);
  const addEntry = (entry, pictures) => {
    entries.push(entry);
    for (const [role, buffer] of Object.entries(pictures)) {
      if (!buffer) continue;
      const name = `images/${entry.key}-${role}.png`;
      images.set(name, buffer);
      entry.images[role] = name;
    }
  };
  const linksOf = (storyId, scheme) => {
    const story = index.story(storyId)?.story;
    return {
      storybook: storybookStoryUrl(storybookUrl, storyId, scheme),
      figma: story ? (figmaFrameOf(story)?.url ?? null) : null,
    };
  };

  for (const result of results) {
    const storyFile = componentOf(result.file);
    const component = storyFile?.title ?? result.file;
    const artifacts = [...result.visual];
    for (const picture of result.pictures ?? []) {
      if (picture.matched) continue;
      // Pair the failed picture with its artifact: Vitest's message is part of the error's.
      const error = stripAnsi(picture.error ?? '');
      const at = artifacts.findIndex((item) => item.message && error.includes(item.message));
      if (at === -1) continue;
      const [artifact] = artifacts.splice(at, 1);
      const attachment = (name) => artifact?.attachments.find((item) => item.name === name)?.path;
      const referencePath = attachment('reference');
      const actualPath = attachment('actual');
      const named = parsePictureArg(picture.name);
      if (!named) continue;
      const isNew = /No existing reference screenshot/.test(artifact?.message ?? '');
      const key = pictureKey(result.storyId, named.scheme, named.breakpoint);
      const baseline = baselinePath(result.file, result.storyId, named.scheme, named.breakpoint);
      const base = {
        key,
        storyId: result.storyId,
        storyName: result.name,
        component,
        scheme: named.scheme,
        breakpoint: named.breakpoint,
        baseline,
        images: {},
        links: linksOf(result.storyId, named.scheme),
      };
      if (isNew && referencePath) {
        // Vitest saved the picture it took as the "reference" it did not find.
        const taken = await readFile(referencePath);
        const { actualSize } = comparePngs(taken, taken, { withDiff: false });
        addEntry(
          { ...base, kind: 'added', pixels: null, sizes: { actual: actualSize } },
          { actual: taken },
        );
      } else if (referencePath && actualPath) {
        const [reference, actual] = await Promise.all([
          readFile(referencePath),
          readFile(actualPath),
        ]);
        const comparison = comparePngs(reference, actual, { names: [baseline, actualPath] });
        addEntry(
          {
            ...base,
            kind: 'changed',
            pixels: {
              changed: comparison.changedPixels,
              total: comparison.totalPixels,
              ratio: comparison.ratio,
            },
            sizes: { reference: comparison.referenceSize, actual: comparison.actualSize },
          },
          { reference, actual, diff: comparison.diffPng ?? undefined },
        );
      }
    }
    const otherErrors = result.errors.filter((message) => !VISUAL_ERROR.test(message));
    if (result.state === 'failed' && (otherErrors.length > 0 || result.visual.length === 0)) {
      failures.push({
        storyId: result.storyId,
        name: result.name,
        file: result.file,
        message: (otherErrors.length > 0 ? otherErrors : result.errors).join('\n\n').slice(0, 2000),
      });
    }
  }

  for (const entry of orphanedBaselines({ candidates, results, index })) {
    const reference = await readFile(join(root, entry.baseline));
    const { referenceSize } = comparePngs(reference, reference, { withDiff: false });
    addEntry(
      {
        ...entry,
        links: { storybook: null, figma: null },
        sizes: { reference: referenceSize },
      },
      { reference },
    );
  }

  entries.sort(
    (a, b) =>
      a.component.localeCompare(b.component) ||
      storyOrder(index, a.storyId) - storyOrder(index, b.storyId) ||
      a.storyId.localeCompare(b.storyId) ||
      PICTURE_SCHEMES.indexOf(/** @type {never} */ (a.scheme)) -
        PICTURE_SCHEMES.indexOf(/** @type {never} */ (b.scheme)),
  );

  const commitUrl = repositoryWebUrl(root);
  const components = [...new Set(entries.map((entry) => entry.component))].map((title) => {
    const storyFile = index.files.find((file) => file.title === title);
    const folder = storyFile?.folder ?? title;
    return {
      title,
      folder,
      figma: storyFile
        ? (figmaFrameOf({ id: title, design: storyFile.design })?.url ?? null)
        : null,
      lastCommit: lastCommitTouching(root, [folder]),
      uncommitted: workingTreeChanges(root, { paths: [folder] }).length > 0,
    };
  });

  const head = commitInfo(root);
  const branch = currentBranch(root);
  const stories = results.length;
  const pictures = results.reduce((sum, result) => sum + (result.pictures?.length ?? 0), 0);
  const ran = `${plural(stories, 'story', 'stories')} in ${plural(files.length, 'story file', 'story files')}, ${plural(pictures, 'picture', 'pictures')} compared`;
  /** @type {import('./report-html.mjs').Report} */
  const report = {
    version: 1,
    kind: 'review',
    title: 'Visual review',
    summary: summaryOf(entries, failures, pictures),
    context: [
      ['Branch', branch ?? '(detached)'],
      ['Commit', head ? `${head.shortSha} ${head.subject}` : '(no commit yet)'],
      ['Compared with', 'the baselines in the work tree (__screenshots__)'],
      ['Ran', ran],
      ['Storybook', storybookUrl],
    ],
    workingTree: workingTreeChanges(root),
    generatedAt: new Date().toISOString(),
    entries,
    components,
    failures,
    commitUrlBase: commitUrl ? `${commitUrl}/commit/` : null,
  };
  return { report, images };
}

function storyOrder(index, storyId) {
  const found = index.story(storyId);
  return found ? found.file.stories.indexOf(found.story) : Number.MAX_SAFE_INTEGER;
}

export function pictureKey(storyId, scheme, breakpoint) {
  return `${storyId}--${scheme}${breakpoint ? `--${breakpoint}` : ''}`;
}

/** Removes the colours of a terminal message. */
function stripAnsi(text) {
  // eslint-disable-next-line no-control-regex
  return text.replace(/\u001b\[[0-9;]*m/g, '');
}

/**
 * Baselines beside the story files that ran which no picture of this run was compared with,
 * by story file. A story that failed before its pictures (or was skipped by a filter) says
 * nothing, so its baselines are left alone.
 * @returns {Map<string, import('./screenshots.mjs').BaselineName[]>}
 */
function orphanCandidates({ root, results }) {
  const byFile = new Map();
  for (const result of results) {
    byFile.set(result.file, [...(byFile.get(result.file) ?? []), result]);
  }
  const candidates = new Map();
  for (const [file, fileResults] of byFile) {
    const folder = join(root, dirname(file), SCREENSHOT_DIR, storyFileStem(basename(file)));
    if (!existsSync(folder)) continue;
    const taken = new Set();
    const silent = new Set(); // slugs of stories whose pictures we know nothing of
    for (const result of fileResults) {
      const slug = sanitizeArg(result.storyId.split('--')[1] ?? '');
      if (!result.pictures) silent.add(slug);
      for (const picture of result.pictures ?? []) taken.add(sanitizeArg(picture.name));
    }
    const found = [];
    for (const name of readdirSync(folder).sort()) {
      const parsed = parseBaselinePath(relative(root, join(folder, name)).split('\\').join('/'));
      if (!parsed || silent.has(parsed.slug)) continue;
      if (!taken.has(name.replace(/-chromium-linux\.png$/, ''))) found.push(parsed);
    }
    if (found.length) candidates.set(file, found);
  }
  return candidates;
}

/**
 * The candidates that are orphans: their story is gone or renamed, or ran and no longer takes
 * that picture. A story of the file that is no test (and so has no result) is left alone.
 */
function orphanedBaselines({ candidates, results, index }) {
  const orphans = [];
  for (const [file, baselines] of candidates) {
    const storyFile = index.files.find((candidate) => candidate.file === file);
    if (!storyFile) continue;
    for (const parsed of baselines) {
      const story = storyFile.stories.find((candidate) => candidate.slug === parsed.slug);
      const ran = story && results.some((result) => result.storyId === story.id);
      if (story && !ran) continue;
      const storyId =
        story?.id ?? `${storyFile.stories[0]?.id.split('--')[0] ?? 'unknown'}--${parsed.slug}`;
      orphans.push({
        key: pictureKey(storyId, parsed.scheme, parsed.breakpoint),
        kind: /** @type {const} */ ('removed'),
        storyId,
        storyName: story?.name ?? `${parsed.slug} (no such story)`,
        component: storyFile.title,
        scheme: parsed.scheme,
        breakpoint: parsed.breakpoint,
        baseline: parsed.path,
        images: {},
        pixels: null,
      });
    }
  }
  return orphans;
}

function summaryOf(entries, failures, pictures) {
  const failed = failures.length
    ? ` ${plural(failures.length, 'story', 'stories')} failed before ${failures.length === 1 ? 'its' : 'their'} pictures could be compared.`
    : '';
  if (entries.length === 0) {
    return `No visual changes: ${pictures === 0 ? 'no pictures were compared' : `all ${plural(pictures, 'picture', 'pictures')} match their baselines`}.${failed}`;
  }
  const count = (kind) => entries.filter((entry) => entry.kind === kind);
  const parts = [];
  const changed = count('changed');
  if (changed.length)
    parts.push(
      `${plural(changed.length, 'picture differs', 'pictures differ')} from ${changed.length === 1 ? 'its baseline' : 'their baselines'}`,
    );
  const added = count('added');
  if (added.length)
    parts.push(`${plural(added.length, 'new picture has', 'new pictures have')} no baseline`);
  const removed = count('removed');
  if (removed.length)
    parts.push(
      `${plural(removed.length, 'baseline is', 'baselines are')} no story's picture any more`,
    );
  const stories = new Set(entries.map((entry) => entry.storyId)).size;
  const components = new Set(entries.map((entry) => entry.component)).size;
  return `${parts.join('; ')} (${plural(stories, 'story', 'stories')}, ${plural(components, 'component', 'components')}).${failed}`;
}

/**
 * Writes the report folder: index.html, report.json and images/. The new report is written
 * beside the old one and swapped in, so a failure leaves the previous report whole.
 * @param {string} dir
 * @param {import('./report-html.mjs').Report} report
 * @param {Map<string, Buffer>} images
 */
export async function writeReportFolder(dir, report, images) {
  const staging = `${dir}.tmp-${process.pid}`;
  await rm(staging, { recursive: true, force: true });
  await mkdir(join(staging, 'images'), { recursive: true });
  for (const [name, buffer] of images) await writeFile(join(staging, name), buffer);
  await writeFile(join(staging, 'report.json'), `${JSON.stringify(report, null, 2)}\n`);
  await writeFile(join(staging, 'index.html'), renderReportHtml(report));
  const previous = `${dir}.old-${process.pid}`;
  if (existsSync(dir)) await rename(dir, previous);
  await rename(staging, dir);
  await rm(previous, { recursive: true, force: true });
  return join(dir, 'index.html');
}
