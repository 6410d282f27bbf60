// `prepublishOnly` guard, also run by the package test: refuses to publish a dist/ that is
//   - missing a file that package.json `exports` promises (no build, or a stale one), or
//   - a development build: modules importing `jsxDEV` from `react/jsx-dev-runtime` (undefined
//     in a production React: "jsxDEV is not a function" on the first render) or carrying the
//     absolute source paths of the development transform (`_jsxFileName`, this checkout's
//     path). Such a dist/ appears when something other than `npm run build` wrote it.
// The release workflow builds right before semantic-release publishes; this catches a publish
// from anywhere else.
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expectedExports, exportTargets, root } from './entries.mjs';
import { exportsDrift, SYNC_HINT } from './exports-sync.mjs';

/** Text files a package ships: modules, declarations, stylesheets. */
const TEXT_FILE = /\.(js|mjs|cjs|ts|mts|cts|css|json)$/;

/**
 * What marks a development build in a file's text, as `[test, reason]` pairs. `absolutePaths`
 * are folders no shipped file may name (the checkout that built it).
 * @param {string[]} absolutePaths
 * @returns {Array<[(text: string) => boolean, string]>}
 */
function developmentMarkers(absolutePaths) {
  const folders = [...new Set(absolutePaths.map((path) => path.replace(/[\\/]+$/, '')))];
  return [
    [
      (text) => /["']react\/jsx-dev-runtime["']/.test(text),
      'imports react/jsx-dev-runtime (development JSX)',
    ],
    [(text) => text.includes('_jsxFileName'), 'carries _jsxFileName (development JSX)'],
    ...folders.map(
      (folder) =>
        /** @type {[(text: string) => boolean, string]} */ ([
          (text) => text.includes(folder),
          `names the absolute path ${folder}`,
        ]),
    ),
  ];
}

/**
 * The development-build leftovers in `distDir`, one line per file and reason
 * (`dist/atoms/Button/Button.js: imports react/jsx-dev-runtime …`); empty when it is clean.
 * @param {string} distDir
 * @param {{ absolutePaths?: string[] }} [options] folders no file may name (default: the repo)
 * @returns {Promise<string[]>}
 */
export async function developmentArtifacts(distDir, { absolutePaths = [root] } = {}) {
  const markers = developmentMarkers(absolutePaths);
  const problems = [];
  const entries = await readdir(distDir, { withFileTypes: true, recursive: true });
  for (const entry of entries) {
    if (!entry.isFile() || !TEXT_FILE.test(entry.name)) continue;
    const file = join(entry.parentPath, entry.name);
    const text = await readFile(file, 'utf8');
    const shown = relative(join(distDir, '..'), file).split(sep).join('/');
    for (const [found, reason] of markers) if (found(text)) problems.push(`${shown}: ${reason}`);
  }
  return problems.sort();
}

/**
 * Every reason not to publish the package in `packageDir` (its dist/ against the exports
 * derived from this repository's src/); empty when it may be published.
 * @param {string} [packageDir]
 * @returns {Promise<string[]>}
 */
export async function checkDist(packageDir = root) {
  const problems = [];
  const drift = exportsDrift();
  if (drift.length > 0) problems.push(`package.json exports are stale; ${SYNC_HINT}`);
  const missing = exportTargets(expectedExports()).filter(
    (file) => !existsSync(join(packageDir, file)),
  );
  if (missing.length > 0) problems.push(`missing ${missing.join(', ')}; run npm run build`);
  const dist = join(packageDir, 'dist');
  if (existsSync(dist)) {
    const leftovers = await developmentArtifacts(dist, {
      absolutePaths: [root, packageDir],
    });
    if (leftovers.length > 0) {
      problems.push(
        `dist/ is a development build; run npm run build (always production):\n  ${leftovers.join('\n  ')}`,
      );
    }
  }
  return problems;
}

// `node scripts/package/check-dist.mjs [packageDir]`: the repository itself by default.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const problems = await checkDist(process.argv[2] ? resolve(process.argv[2]) : root);
  for (const problem of problems) console.error(`publish: ${problem}`);
  if (problems.length > 0) process.exitCode = 1;
}
