// What git says about the code behind a picture: the last commit that touched a component
// (its code, not its baselines), what the work tree changes, and blobs at a revision.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SCREENSHOT_DIR } from './screenshots.mjs';

/** @param {string} root @param {string[]} args */
export function git(root, args, { input } = /** @type {{ input?: string }} */ ({})) {
  return execFileSync('git', args, {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    ...(input === undefined ? {} : { input }),
  });
}

/** @param {string} root @param {string[]} args */
export function gitBuffer(root, args) {
  return execFileSync('git', args, { cwd: root, maxBuffer: 256 * 1024 * 1024 });
}

/**
 * @typedef {object} CommitInfo
 * @property {string} sha
 * @property {string} shortSha
 * @property {string} subject
 * @property {string} author
 * @property {string} date ISO 8601
 */

const FORMAT = '%H%x1f%h%x1f%s%x1f%an%x1f%aI';

/** @returns {CommitInfo | null} */
function parseCommit(line) {
  const [sha, shortSha, subject, author, date] = line.trim().split('\x1f');
  return sha && shortSha
    ? { sha, shortSha, subject: subject ?? '', author: author ?? '', date: date ?? '' }
    : null;
}

/**
 * The last commit that touched `paths` (their code: baselines are left out, so a re-baseline
 * does not hide the change that caused it), up to `revision`.
 * @param {string} root
 * @param {string[]} paths
 * @param {string} [revision]
 * @returns {CommitInfo | null}
 */
export function lastCommitTouching(root, paths, revision = 'HEAD') {
  const exclude = paths.map((path) => `:(exclude,glob)${path}/**/${SCREENSHOT_DIR}/**`);
  try {
    const out = git(root, [
      'log',
      '-1',
      `--format=${FORMAT}`,
      revision,
      '--',
      ...paths,
      ...exclude,
    ]);
    return out.trim() ? parseCommit(out) : null;
  } catch {
    return null; // no commits yet, or not a repository
  }
}

/** @returns {CommitInfo | null} */
export function commitInfo(root, revision = 'HEAD') {
  try {
    return parseCommit(git(root, ['log', '-1', `--format=${FORMAT}`, revision]));
  } catch {
    return null;
  }
}

/** The checked-out branch, or null when detached. */
export function currentBranch(root) {
  try {
    return git(root, ['symbolic-ref', '--quiet', '--short', 'HEAD']).trim() || null;
  } catch {
    return null;
  }
}

/**
 * Files the work tree changes against HEAD (staged, unstaged, untracked), without baselines
 * and generated output: what the pictures of a review were taken with.
 * @returns {string[]}
 */
export function workingTreeChanges(root, { paths = [] } = {}) {
  let out;
  try {
    out = git(root, ['status', '--porcelain=v1', '-z', '--untracked-files=all', '--', ...paths]);
  } catch {
    return [];
  }
  const files = [];
  const entries = out.split('\0');
  for (let i = 0; i < entries.length; i += 1) {
    const entry = entries[i] ?? '';
    if (entry.length < 4) continue;
    const status = entry.slice(0, 2);
    files.push(entry.slice(3));
    if (status.includes('R') || status.includes('C')) i += 1; // the original path follows
  }
  // Reports and their pictures are output, not input (they are ignored in a clone).
  const output = /^(review|visual-changes|drift)\//;
  return files.filter((file) => !file.includes(`${SCREENSHOT_DIR}/`) && !output.test(file)).sort();
}

/** `git+https://github.com/o/r.git` → `https://github.com/o/r`, or null. */
export function repositoryWebUrl(root) {
  try {
    const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    const url =
      typeof manifest.repository === 'string' ? manifest.repository : manifest.repository?.url;
    const match = /github\.com[/:]([^/]+)\/([^/]+?)(\.git)?$/.exec(url ?? '');
    return match ? `https://github.com/${match[1]}/${match[2]}` : null;
  } catch {
    return null;
  }
}
