// `npm run build` (after `npm run tokens`): the publishable package in dist/, in seconds.
//   1. Vite (Rolldown) compiles src/ to ESM, one module per source module, with the
//      `'use client'` directives (vite.lib.config.ts);
//   2. in parallel, tsc emits the .d.ts files (tsconfig.build.json);
//   3. the declarations' relative imports are made node16-resolvable;
//   4. the stylesheets are copied; file names and package.json `exports` are checked.
import { spawn } from 'node:child_process';
import { copyFile, mkdir, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { build } from 'vite';
import { rewriteDeclarationSpecifiers } from './declaration-specifiers.mjs';
import { root, stylesheetEntries, stylesheetTypes } from './entries.mjs';
import { exportsDrift, SYNC_HINT } from './exports-sync.mjs';

const dist = join(root, 'dist');
const require = createRequire(import.meta.url);

async function buildModules() {
  await build({ root, configFile: join(root, 'vite.lib.config.ts') });
}

function emitDeclarations() {
  const tsc = require.resolve('typescript/bin/tsc');
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [tsc, '-p', 'tsconfig.build.json'], {
      cwd: root,
      stdio: 'inherit',
    });
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`tsc -p tsconfig.build.json exited with ${code}`)),
    );
  });
}

async function copyStylesheets() {
  for (const { source, output } of stylesheetEntries) {
    const target = join(dist, output);
    await mkdir(dirname(target), { recursive: true });
    await copyFile(join(root, source), target);
  }
  await writeFile(join(dist, stylesheetTypes.output), stylesheetTypes.content);
}

/**
 * Two files whose paths differ only in letter case (`StyleSheet.d.ts`, `styleSheet.d.ts`)
 * overwrite each other when the package is installed on macOS or Windows. Rolldown quietly
 * renames such JS modules (`StyleSheet2.js`), tsc does not: the fix is a source rename.
 */
async function assertNoCaseCollisions(dir) {
  const byLowerCase = new Map();
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const path = relative(root, join(entry.parentPath, entry.name));
    const key = path.toLowerCase();
    byLowerCase.set(key, [...(byLowerCase.get(key) ?? []), path]);
  }
  const collisions = [...byLowerCase.values()].filter((paths) => paths.length > 1);
  if (collisions.length > 0) {
    const list = collisions.map((paths) => paths.join(' vs ')).join('\n  ');
    throw new Error(
      `files differ only in letter case (they clash on macOS/Windows installs):\n  ${list}\n` +
        'rename one of the source modules in src/ so the names differ in more than case',
    );
  }
}

async function measure(dir) {
  let files = 0;
  let bytes = 0;
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    files += 1;
    bytes += (await stat(join(entry.parentPath, entry.name))).size;
  }
  return { files, bytes };
}

async function main() {
  const started = performance.now();
  await rm(dist, { recursive: true, force: true });
  await Promise.all([buildModules(), emitDeclarations()]);
  await rewriteDeclarationSpecifiers(dist);
  await copyStylesheets();
  await assertNoCaseCollisions(dist);

  const drift = exportsDrift();
  if (drift.length > 0) {
    throw new Error(
      `package.json exports do not match src/:\n  ${drift.join('\n  ')}\n${SYNC_HINT}`,
    );
  }

  const { files, bytes } = await measure(dist);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`build: dist/ ${files} files, ${(bytes / 1024).toFixed(1)} kB in ${seconds} s`);
}

main().catch((error) => {
  console.error(`build: ${error instanceof Error ? error.message : error}`);
  process.exitCode = 1;
});
