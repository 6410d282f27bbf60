// Replaces the output directory as a whole, so readers (Vite, Storybook, tsc) never see a mix
// of old and new files, and a failed build leaves the previous output exactly as it was.
import { existsSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/**
 * @param {string} outDir
 * @param {Record<string, string>} files  File name → contents.
 * @returns {Promise<boolean>} false when the directory already held exactly these files
 *   (nothing is touched then, so file watchers do not rebuild for nothing).
 */
export async function writeOutputDir(outDir, files) {
  if (await holdsExactly(outDir, files)) return false;

  const parent = dirname(outDir);
  await mkdir(parent, { recursive: true });
  // A sibling of outDir, so the final renames stay on one file system and are atomic.
  const staging = await mkdtemp(join(parent, `.${basename(outDir)}-staging-`));
  const retired = `${staging}-previous`;
  try {
    // mkdtemp creates the directory owner-only; the output is an ordinary source folder.
    await chmod(staging, 0o755);
    for (const [name, contents] of Object.entries(files)) {
      await writeFile(join(staging, name), contents);
    }
    if (existsSync(outDir)) await rename(outDir, retired);
    await rename(staging, outDir);
  } catch (error) {
    // Put the previous output back if it was already moved aside.
    if (!existsSync(outDir) && existsSync(retired)) await rename(retired, outDir);
    throw error;
  } finally {
    await rm(staging, { recursive: true, force: true });
    await rm(retired, { recursive: true, force: true });
  }
  return true;
}

/** @param {string} dir @param {Record<string, string>} files */
async function holdsExactly(dir, files) {
  if (!existsSync(dir)) return false;
  const present = (await readdir(dir)).sort();
  const expected = Object.keys(files).sort();
  if (present.join('\n') !== expected.join('\n')) return false;
  for (const name of expected) {
    if ((await readFile(join(dir, name), 'utf8')) !== files[name]) return false;
  }
  return true;
}
