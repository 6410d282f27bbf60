// A throw-away copy of the project for tests that change it (plant a token change, re-take
// baselines, release): the files git would track (committed or not, never ignored ones), and a
// node_modules folder whose entries link to this checkout's packages. The folder is the copy's
// own, so its caches (node_modules/.vite) never touch this checkout's while tests run here.
import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { copyFile, mkdir, readdir, symlink } from 'node:fs/promises';
import { dirname, join } from 'node:path';

/** Caches and tool state that belong to one checkout: never shared with a copy. */
const PRIVATE_ENTRIES = new Set(['.vite', '.cache', '.vitest', '.tmp']);

/** The files git would track in `sourceDir` (committed or not, never ignored), that exist. */
export function trackedFiles(sourceDir) {
  const listing = execFileSync(
    'git',
    ['ls-files', '-z', '--cached', '--others', '--exclude-standard'],
    { cwd: sourceDir, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  const isFile = (file) =>
    statSync(join(sourceDir, file), { throwIfNoEntry: false })?.isFile() ?? false;
  return [...new Set(listing.split('\0').filter(Boolean))].filter(isFile);
}

/** Copies the project's files; returns how many. */
export async function copyProjectFiles(sourceDir, targetDir) {
  const files = trackedFiles(sourceDir);
  const made = new Set();
  for (const file of files) {
    const folder = dirname(join(targetDir, file));
    if (!made.has(folder)) {
      await mkdir(folder, { recursive: true });
      made.add(folder);
    }
    await copyFile(join(sourceDir, file), join(targetDir, file));
  }
  return files.length;
}

/** Links every package of `sourceDir/node_modules` into a real `targetDir/node_modules`. */
export async function linkNodeModules(sourceDir, targetDir) {
  const from = join(sourceDir, 'node_modules');
  const to = join(targetDir, 'node_modules');
  await mkdir(to, { recursive: true });
  for (const entry of await readdir(from)) {
    if (PRIVATE_ENTRIES.has(entry)) continue;
    await symlink(join(from, entry), join(to, entry));
  }
}
