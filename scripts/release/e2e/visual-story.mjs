// The release e2e's visual steps: a feat that changes one token re-takes its pictures with the
// story tests (the pinned Chromium), and the release notes, CHANGELOG.md and the report file
// must then list exactly those pictures; a fix that changes no pixel gets "No visual changes".
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { baselinePath, PICTURE_SCHEME_TITLES } from '../../visual/screenshots.mjs';
import {
  PLANTED_PICTURES,
  PLANTED_STORY_FILES,
  plantWarningColourChange,
} from '../../visual/planted-change.mjs';
import { reportFileName } from '../visual-changelog.mjs';
import { run } from './processes.mjs';

export { PLANTED_PICTURES };

/** The baselines the planted change must re-take. */
export function plantedBaselines() {
  return PLANTED_PICTURES.map((key) => {
    const [title = '', slug = '', scheme = ''] = key.split('--');
    const storyFile = PLANTED_STORY_FILES.find((file) =>
      file.toLowerCase().endsWith(`/${title.replace(/^atoms-/, '')}.stories.tsx`),
    );
    assert.ok(storyFile, `no planted story file for ${key}`);
    return baselinePath(storyFile, `${title}--${slug}`, scheme);
  }).sort();
}

/**
 * Plants the token change, rebuilds the tokens and re-takes the pictures of the story files it
 * reaches (`vitest --update`, as `npm run test:update-baselines` does, then the lossless
 * recompression). Returns the baselines that changed.
 */
export async function retakeAfterTokenChange({ dir, env, log }) {
  await plantWarningColourChange(dir);
  await run(process.execPath, ['scripts/tokens/build.mjs'], { cwd: dir, env, log });
  const vitest = join(dir, 'node_modules', 'vitest', 'vitest.mjs');
  await run(
    process.execPath,
    [
      vitest,
      'run',
      '--project',
      'storybook',
      '--update',
      '--teardownTimeout=2000',
      ...PLANTED_STORY_FILES,
    ],
    { cwd: dir, env: { ...env, CALLICRATES_REVIEW_REPORT: 'off' }, log },
  );
  await run(process.execPath, ['scripts/visual/compress-baselines.mjs'], { cwd: dir, env, log });
  const { output } = await run('git', ['status', '--porcelain', '--', '*.png'], {
    cwd: dir,
    env,
    log,
  });
  return output
    .split('\n')
    .filter(Boolean)
    .map((line) => line.slice(3))
    .sort();
}

/** The "Visual changes" section of release notes (to the next heading of its level or above). */
export function visualSection(notes) {
  const start = notes.indexOf('### Visual changes');
  assert.ok(start !== -1, `no "### Visual changes" in the notes:\n${notes}`);
  const rest = notes.slice(start + 1);
  const end = rest.search(/\n#{1,3} /);
  return end === -1 ? notes.slice(start) : notes.slice(start, start + 1 + end);
}

/** The release's section of a CHANGELOG.md. */
export function changelogSection(changelog, version) {
  const headings = [...changelog.matchAll(/^#{1,2} \[?(\d+\.\d+\.\d+(?:-[\w.]+)?)\]?.*$/gm)];
  const at = headings.findIndex((heading) => heading[1] === version);
  assert.ok(at !== -1, `CHANGELOG.md has no ${version}`);
  return changelog.slice(headings[at].index, headings[at + 1]?.index ?? changelog.length);
}

/**
 * `<story id>--<scheme>` for every picture the notes' tables list: a row's story id from its
 * Storybook link, its schemes from the table's header.
 */
export function picturesInNotes(section) {
  const titles = Object.fromEntries(
    Object.entries(PICTURE_SCHEME_TITLES).map(([scheme, title]) => [title, scheme]),
  );
  const pictures = [];
  let schemes = [];
  for (const line of section.split('\n')) {
    if (line.startsWith('| Story |')) {
      schemes = line
        .split('|')
        .slice(2, -1)
        .map((cell) => titles[cell.trim()]);
      continue;
    }
    const row = /^\| \[[^\]]+\]\([^)]*path=\/story\/([\w-]+)[^)]*\) \|(.*)\|$/.exec(line);
    if (!row) continue;
    const cells = row[2].split('|').map((cell) => cell.trim());
    cells.forEach((cell, index) => {
      if (cell !== '–') pictures.push(`${row[1]}--${schemes[index]}`);
    });
  }
  return pictures.sort();
}

/** The report file of a release: its embedded data and its pictures. */
export async function readReleaseReport(dir, version) {
  const html = await readFile(join(dir, 'visual-changes', reportFileName(version)), 'utf8');
  const data = /<script type="application\/json" id="report-data">(.*?)<\/script>/s.exec(html);
  assert.ok(data, 'the report carries its data');
  return {
    data: JSON.parse(data[1]),
    images: [...html.matchAll(/<img src="([^"]+)"/g)].map((match) => match[1]),
    bytes: Buffer.byteLength(html),
  };
}
