// `npm start` and `npm test` must work on a fresh clone: install npm dependencies
// when node_modules is missing or older than the lockfile. Uses only Node built-ins.
import { execSync } from 'node:child_process';
import { existsSync, lstatSync, statSync } from 'node:fs';

const lockfile = 'package-lock.json';
const installed = 'node_modules/.package-lock.json';

const stale =
  !existsSync(installed) ||
  (existsSync(lockfile) && statSync(lockfile).mtimeMs > statSync(installed).mtimeMs + 1000);

// A git worktree that links node_modules to the main checkout's shares that install: its
// lockfile is as new as the worktree's checkout, and `npm ci` there would empty the folder
// every checkout runs from. Say so and leave it alone.
const shared = existsSync('node_modules') && lstatSync('node_modules').isSymbolicLink();
if (stale && shared) {
  console.log('node_modules is a link to another checkout: not reinstalling it here.');
} else if (stale) {
  console.log('Installing npm dependencies (npm ci)…');
  execSync('npm ci --no-audit --no-fund', {
    stdio: 'inherit',
    env: { ...process.env, PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1' },
  });
}
