// Lints commit messages with commitlint (commitlint.config.js), for CI: the git hook can be
// skipped (`--no-verify`, a web merge), this check cannot.
//   node scripts/release/check-commits.mjs                 every commit reachable from HEAD
//   node scripts/release/check-commits.mjs origin/main..HEAD   only a pull request's commits
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

function git(...args) {
  return spawnSync('git', args, { cwd: root, encoding: 'utf8' });
}

/** `a..b` → `{ from: 'a', to: 'b' }`; nothing → every commit on HEAD. */
function parseRange(range) {
  if (!range) return { to: 'HEAD' };
  const [from, to] = range.split('..');
  if (!from || !to) throw new Error(`expected a range like origin/main..HEAD, got "${range}"`);
  return { from, to };
}

function commitCount({ from, to }) {
  const result = git('rev-list', '--count', from ? `${from}..${to}` : to);
  return result.status === 0 ? Number(result.stdout.trim()) : 0;
}

function main() {
  const range = parseRange(process.argv[2]);
  const count = commitCount(range);
  const label = range.from ? `${range.from}..${range.to}` : range.to;
  if (count === 0) {
    console.log(`commits: none in ${label}, nothing to check`);
    return;
  }
  const cli = createRequire(import.meta.url).resolve('@commitlint/cli/cli.js');
  const args = [cli, '--to', range.to, ...(range.from ? ['--from', range.from] : [])];
  const result = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(
      `commits: malformed messages in ${label} (see above); CONTRIBUTING.md shows the format`,
    );
    process.exit(1);
  }
  console.log(`commits: ${count} checked in ${label}, all Conventional Commits`);
}

main();
