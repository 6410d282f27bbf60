// Recompresses visual baselines losslessly (oxipng, through @napi-rs/image from the lockfile),
// so the hundreds of PNGs in git stay small and every re-baseline adds little history.
// The screenshot comparison reads pixels, not bytes: each file is decoded with the decoder
// Vitest's comparison uses (pngjs, to RGBA) before and after, and replaced only where every
// pixel is identical and the file shrank.
//
//   node scripts/visual/compress-baselines.mjs            files changed since the last commit
//   node scripts/visual/compress-baselines.mjs --all      every baseline
//   node scripts/visual/compress-baselines.mjs a.png b.png
import { losslessCompressPng } from '@napi-rs/image';
import { execFileSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { cpus } from 'node:os';
import { fileURLToPath } from 'node:url';
import { PNG } from 'pngjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const BASELINE = /(^|\/)__screenshots__\/.+\.png$/;

function git(...args) {
  return execFileSync('git', args, { cwd: root, encoding: 'utf8' }).split('\n').filter(Boolean);
}

/** Baselines that differ from HEAD or are new (untracked and not ignored). */
function changedBaselines() {
  return [
    ...git('diff', '--name-only', '--diff-filter=d', 'HEAD', '--', '*.png'),
    ...git('ls-files', '--others', '--exclude-standard', '--', '*.png'),
  ].filter((path) => BASELINE.test(path));
}

function allBaselines() {
  return [
    ...git('ls-files', '--', '*.png'),
    ...git('ls-files', '--others', '--exclude-standard', '--', '*.png'),
  ].filter((path) => BASELINE.test(path));
}

/** @returns {Promise<{ before: number, after: number }>} */
export async function compressBaseline(path) {
  const original = await readFile(path);
  const smaller = await losslessCompressPng(original);
  if (smaller.length >= original.length) return { before: original.length, after: original.length };
  const [a, b] = [PNG.sync.read(original), PNG.sync.read(smaller)];
  if (a.width !== b.width || a.height !== b.height || !a.data.equals(b.data))
    throw new Error(`${path}: recompressing changed its pixels; left as it was.`);
  await writeFile(path, smaller);
  return { before: original.length, after: smaller.length };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const files = args.includes('--all')
    ? allBaselines()
    : args.length > 0
      ? args
      : changedBaselines();
  let before = 0;
  let after = 0;
  const queue = files.map((file) => (file.startsWith('/') ? file : `${root}${file}`));
  const workers = Array.from({ length: Math.max(1, cpus().length) }, async () => {
    for (let file = queue.shift(); file; file = queue.shift()) {
      const sizes = await compressBaseline(file);
      before += sizes.before;
      after += sizes.after;
    }
  });
  await Promise.all(workers);
  const kib = (bytes) => `${(bytes / 1024).toFixed(0)} KiB`;
  console.log(`baselines: ${files.length} PNG files, ${kib(before)} → ${kib(after)}`);
}
