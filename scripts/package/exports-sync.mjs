// Keeps package.json `exports` equal to the entry points derived from src/
// (scripts/package/entries.mjs). `npm run sync-exports` after adding a component folder.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expectedExports, root } from './entries.mjs';

/** The subpaths that differ between package.json and the source tree, e.g. `+ ./checkbox`. */
export function exportsDrift(base = root) {
  const actual = JSON.parse(readFileSync(join(base, 'package.json'), 'utf8')).exports ?? {};
  const expected = expectedExports(base);
  const drift = [];
  for (const key of Object.keys(expected)) {
    if (!(key in actual)) drift.push(`+ ${key}`);
    else if (JSON.stringify(actual[key]) !== JSON.stringify(expected[key])) drift.push(`~ ${key}`);
  }
  for (const key of Object.keys(actual)) if (!(key in expected)) drift.push(`- ${key}`);
  if (drift.length === 0 && Object.keys(actual).join() !== Object.keys(expected).join()) {
    drift.push('~ (order)');
  }
  return drift;
}

export const SYNC_HINT = 'run `npm run sync-exports` and commit package.json';

// npm pkg set: the same small, atomic edit a person would make, formatting kept by npm.
function writeExports(base = root) {
  execFileSync(
    'npm',
    ['pkg', 'set', `exports=${JSON.stringify(expectedExports(base))}`, '--json'],
    {
      cwd: base,
      stdio: 'inherit',
    },
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const drift = exportsDrift();
  if (drift.length === 0) {
    console.log('exports: package.json is up to date');
  } else {
    writeExports();
    console.log(`exports: updated package.json\n  ${drift.join('\n  ')}`);
  }
}
