// Compares the committed baselines of two git revisions: which pictures were added, removed or
// changed, and by how many pixels. A passing story test leaves no actual picture behind, so this
// is how a release learns what changed visually since the previous one: the baselines each
// release commit holds are what its tests passed against.
//
// Unchanged blobs are not decoded. A blob that changed but whose pixels did not (a lossless
// recompression, `scripts/visual/compress-baselines.mjs`) is no visual change.
import { spawn } from 'node:child_process';
import { comparePngs } from './compare.mjs';
import { git } from './git.mjs';
import { parseBaselinePath } from './screenshots.mjs';

/**
 * @typedef {object} BaselineChange
 * @property {'added' | 'removed' | 'changed'} kind
 * @property {string} path
 * @property {import('./screenshots.mjs').BaselineName} name
 * @property {Buffer | null} before the picture at `from`
 * @property {Buffer | null} after the picture at `to`
 * @property {import('./compare.mjs').Comparison | null} comparison for `changed`
 */

/** Baseline path → blob id at a revision. */
export function baselineBlobs(root, revision) {
  const blobs = new Map();
  if (!revision) return blobs;
  const listing = git(root, ['ls-tree', '-r', '-z', '--full-tree', revision]);
  for (const record of listing.split('\0')) {
    const tab = record.indexOf('\t');
    if (tab === -1) continue;
    const [, type, blob] = record.slice(0, tab).split(' ');
    const path = record.slice(tab + 1);
    if (type === 'blob' && blob && parseBaselinePath(path)) blobs.set(path, blob);
  }
  return blobs;
}

/**
 * Reads many blobs with one `git cat-file --batch`.
 * @param {string} root
 * @param {string[]} ids
 * @returns {Promise<Map<string, Buffer>>}
 */
export function readBlobs(root, ids) {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return Promise.resolve(new Map());
  return new Promise((resolve, reject) => {
    const child = spawn('git', ['cat-file', '--batch'], { cwd: root });
    const chunks = [];
    child.stdout.on('data', (chunk) => chunks.push(chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`git cat-file --batch failed (${code})`));
      const output = Buffer.concat(chunks);
      const blobs = new Map();
      let at = 0;
      while (at < output.length) {
        const lineEnd = output.indexOf(0x0a, at);
        const header = output.subarray(at, lineEnd).toString();
        const [id, type, size] = header.split(' ');
        if (type !== 'blob' || !id) return reject(new Error(`git cat-file: ${header}`));
        const start = lineEnd + 1;
        blobs.set(id, output.subarray(start, start + Number(size)));
        at = start + Number(size) + 1;
      }
      resolve(blobs);
    });
    child.stdin.end(`${unique.join('\n')}\n`);
  });
}

/**
 * The visual changes from `from` to `to`.
 * @param {{ root: string, from: string | null, to: string }} options `from` null: a first release
 * @returns {Promise<{ changes: BaselineChange[], unchanged: number, reencoded: string[], total: number }>}
 *   `unchanged` pictures alike in both; `reencoded` baselines whose bytes changed, not their
 *   pixels; `total` baselines at `to`
 */
export async function compareRevisions({ root, from, to }) {
  const before = baselineBlobs(root, from);
  const after = baselineBlobs(root, to);
  const changes = [];
  const candidates = [];
  let unchanged = 0;
  for (const [path, blob] of after) {
    const old = before.get(path);
    if (old === undefined) changes.push({ kind: 'added', path, blob });
    else if (old === blob) unchanged += 1;
    else candidates.push({ path, old, blob });
  }
  for (const [path, blob] of before) {
    if (!after.has(path)) changes.push({ kind: 'removed', path, old: blob });
  }
  // A first release adds every picture: its notes count them, nobody looks at 1,000 images.
  const wanted = [
    ...candidates.flatMap(({ old, blob }) => [old, blob]),
    ...(from ? changes.map((change) => change.blob ?? change.old) : []),
  ];
  const blobs = await readBlobs(root, wanted);
  const reencoded = [];
  /** @type {BaselineChange[]} */
  const result = changes.map((change) => ({
    kind: change.kind,
    path: change.path,
    name: /** @type {import('./screenshots.mjs').BaselineName} */ (parseBaselinePath(change.path)),
    before: change.old ? (blobs.get(change.old) ?? null) : null,
    after: change.blob ? (blobs.get(change.blob) ?? null) : null,
    comparison: null,
  }));
  for (const { path, old, blob } of candidates) {
    const previous = /** @type {Buffer} */ (blobs.get(old));
    const next = /** @type {Buffer} */ (blobs.get(blob));
    const comparison = comparePngs(previous, next, { names: [`${from}:${path}`, `${to}:${path}`] });
    if (comparison.changedPixels === 0 && !comparison.sizeChanged) {
      reencoded.push(path);
      unchanged += 1;
      continue;
    }
    result.push({
      kind: 'changed',
      path,
      name: /** @type {import('./screenshots.mjs').BaselineName} */ (parseBaselinePath(path)),
      before: previous,
      after: next,
      comparison,
    });
  }
  result.sort((a, b) => a.path.localeCompare(b.path));
  return { changes: result, unchanged, reencoded, total: after.size };
}
