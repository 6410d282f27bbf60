// `npm run review`: run the story tests and write the review report, review/index.html.
// `npm run review -- --accept <story or component>`: take the reviewed pictures as baselines.
//
//   npm run review                               every story file
//   npm run review -- src/atoms/Button           the story files under these paths
//   npm run review -- --storybook-url <url>      link the stories to that Storybook
//   npm run review -- --accept atoms-button--primary
//   npm run review -- --accept Button --scheme dark
//
// Reviewing never writes a baseline (Vitest runs with `--update=none`: a new story's picture
// goes to the report, not to __screenshots__). Accepting re-takes only the pictures of the
// chosen stories that the report shows, checks each new baseline is pixel for pixel the picture
// that was reviewed (else puts the old one back), and recompresses it losslessly.
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compressBaseline } from './compress-baselines.mjs';
import { comparePngs } from './compare.mjs';
import { git } from './git.mjs';
import { renderReportHtml } from './report-html.mjs';
import { REVIEW_DIR } from './review-report.mjs';
import { PICTURE_SCHEMES } from './screenshots.mjs';
import { STORY_FILE } from './story-index.mjs';

const USAGE = `Usage:
  npm run review [-- <story file or folder>…] [--storybook-url <url>]
      Runs the story tests and writes ${REVIEW_DIR}/index.html: every picture that differs
      from its baseline, new pictures, baselines no story takes. Writes no baseline.
  npm run review -- --accept <story id | component> [--accept …] [--scheme <scheme>]
      Takes the pictures the report shows for those stories as their new baselines.
      A component is its title (Atoms/Button), its name (Button) or its folder (src/atoms/Button).
      Schemes: ${PICTURE_SCHEMES.join(', ')} (forced-colors: the forced-colours pictures).`;

/** Bad arguments: the message and the usage. */
export class UsageError extends Error {}
/** Good arguments that name nothing to do (no report, no such story): the message only. */
export class InputError extends Error {}

/**
 * @typedef {{ mode: 'review', paths: string[], storybookUrl: string | null }
 *   | { mode: 'accept', targets: string[], scheme: string | null }} Command
 */

/** @returns {Command} */
export function parseArguments(argv) {
  const paths = [];
  const targets = [];
  let storybookUrl = null;
  let scheme = null;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? '';
    const [flag, inline] = arg.startsWith('--') ? arg.split(/=(.*)/s, 2) : [arg, undefined];
    const value = () => {
      const next = inline ?? argv[(i += 1)];
      if (next === undefined || next === '' || (inline === undefined && next.startsWith('--'))) {
        throw new UsageError(`${flag} needs a value.`);
      }
      return next;
    };
    if (flag === '--accept') targets.push(value());
    else if (flag === '--scheme') scheme = value();
    else if (flag === '--storybook-url') storybookUrl = value();
    else if (flag === '--help' || flag === '-h') throw new UsageError('', { cause: 'help' });
    else if (arg.startsWith('-')) throw new UsageError(`Unknown option ${arg}.`);
    else paths.push(arg);
  }
  if (targets.length > 0) {
    if (paths.length > 0 || storybookUrl) {
      throw new UsageError(
        '--accept takes stories or components, not story files or options of a review.',
      );
    }
    if (scheme && !(/** @type {readonly string[]} */ (PICTURE_SCHEMES).includes(scheme))) {
      throw new UsageError(`Unknown scheme "${scheme}": one of ${PICTURE_SCHEMES.join(', ')}.`);
    }
    return { mode: 'accept', targets, scheme };
  }
  if (scheme) throw new UsageError('--scheme goes with --accept.');
  if (storybookUrl) {
    try {
      new URL(storybookUrl);
    } catch {
      throw new UsageError(`--storybook-url: "${storybookUrl}" is not a URL.`);
    }
  }
  return { mode: 'review', paths, storybookUrl };
}

/** The story files under the given paths (all of them for none); throws for a path with none. */
export function storyFilesUnder(root, paths) {
  const all = git(root, ['ls-files', '--cached', '--others', '--exclude-standard'])
    .split('\n')
    .filter((file) => STORY_FILE.test(file) && existsSync(join(root, file)));
  if (paths.length === 0) return all;
  const chosen = new Set();
  for (const path of paths) {
    const absolute = resolve(path);
    if (!existsSync(absolute)) throw new UsageError(`${path}: no such file or folder.`);
    const inside = relative(root, absolute).split('\\').join('/');
    if (inside.startsWith('..')) throw new UsageError(`${path}: outside the repository.`);
    const isFolder = statSync(absolute).isDirectory();
    const found = all.filter((file) =>
      isFolder ? inside === '' || file.startsWith(`${inside}/`) : file === inside,
    );
    if (found.length === 0) throw new UsageError(`${path}: holds no story file (*.stories.tsx).`);
    for (const file of found) chosen.add(file);
  }
  return [...chosen].sort();
}

function runVitest(root, args, env) {
  const result = spawnSync(
    process.execPath,
    [
      join(root, 'node_modules', 'vitest', 'vitest.mjs'),
      'run',
      '--project',
      'storybook',
      // Vitest's screenshot matcher leaves a 15 s timer behind, which holds the process for the
      // whole default 10 s teardown after the browser has closed; nothing else needs that long.
      '--teardownTimeout=2000',
      ...args,
    ],
    { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } },
  );
  if (result.error) throw result.error;
  return result.status ?? 1;
}

async function readReport(root) {
  const file = join(root, REVIEW_DIR, 'report.json');
  let text;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    throw new InputError(
      `No review report at ${REVIEW_DIR}/report.json: run \`npm run review\` first, look at it, then accept.`,
    );
  }
  try {
    return /** @type {import('./report-html.mjs').Report} */ (JSON.parse(text));
  } catch {
    throw new InputError(
      `${REVIEW_DIR}/report.json is not valid JSON: run \`npm run review\` again.`,
    );
  }
}

async function review(root, { paths, storybookUrl }) {
  const files = storyFilesUnder(root, paths);
  const started = Date.now();
  const status = runVitest(root, ['--update=none', ...(paths.length ? files : [])], {
    CALLICRATES_REVIEW: '1',
    ...(storybookUrl ? { CALLICRATES_STORYBOOK_URL: storybookUrl } : {}),
  });
  const reportFile = join(root, REVIEW_DIR, 'report.json');
  if (!existsSync(reportFile) || statSync(reportFile).mtimeMs < started) {
    console.error(
      `review: the story tests ended (exit ${status}) without writing a report; see their output above.`,
    );
    return status || 1;
  }
  const report = await readReport(root);
  if (report.failures?.length) {
    console.error(
      `review: ${report.failures.length} stor${report.failures.length === 1 ? 'y' : 'ies'} failed for another reason than pixels (listed in the report).`,
    );
    return 1;
  }
  return 0;
}

/**
 * The report's entries a target names: a story id, a component title, name or folder.
 * @param {import('./report-html.mjs').Report} report
 * @param {string} target
 */
export function entriesNamed(report, target) {
  const open = report.entries.filter((entry) => !entry.accepted);
  const byStory = open.filter((entry) => entry.storyId === target);
  if (byStory.length > 0) return byStory;
  const wanted = target.replace(/\/+$/, '').toLowerCase();
  const titles = [...new Set(report.components.map((component) => component.title))];
  const exact = titles.filter(
    (title) =>
      title.toLowerCase() === wanted ||
      report.components.find((component) => component.title === title)?.folder.toLowerCase() ===
        wanted,
  );
  const byName =
    exact.length > 0
      ? exact
      : titles.filter((title) => title.toLowerCase().split('/').at(-1) === wanted);
  if (byName.length > 1) {
    throw new InputError(
      `"${target}" names ${byName.length} components: ${byName.join(', ')}. Give the whole title.`,
    );
  }
  if (byName.length === 1) return open.filter((entry) => entry.component === byName[0]);
  const listed = [...new Set(open.map((entry) => `${entry.storyId} (${entry.component})`))];
  throw new InputError(
    `Nothing in the review report matches "${target}".` +
      (listed.length
        ? ` Pictures to accept:\n  ${listed.join('\n  ')}`
        : ' It shows nothing left to accept.'),
  );
}

const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

async function accept(root, { targets, scheme }) {
  const report = await readReport(root);
  const chosen = new Map();
  for (const target of targets) {
    const entries = entriesNamed(report, target).filter(
      (entry) => !scheme || entry.scheme === scheme,
    );
    if (entries.length === 0) {
      throw new InputError(`"${target}" has no picture in the ${scheme} scheme in the report.`);
    }
    for (const entry of entries) chosen.set(entry.key, entry);
  }
  const entries = [...chosen.values()];
  const retake = entries.filter((entry) => entry.kind !== 'removed');
  // Every baseline of the stories re-taken, as it is now: Vitest's update mode rewrites any
  // picture of theirs that differs, and only the chosen ones may change.
  const storyFiles = new Map();
  for (const entry of retake) {
    const file = storyFileOf(report, entry);
    storyFiles.set(file, [...(storyFiles.get(file) ?? []), entry.storyName]);
  }
  const before = new Map();
  for (const [file] of storyFiles) {
    for (const path of baselinesOf(root, file)) before.set(path, await readFile(join(root, path)));
  }
  for (const entry of retake) if (!before.has(entry.baseline)) before.set(entry.baseline, null);

  if (retake.length > 0) {
    const names = [...new Set([...storyFiles.values()].flat())];
    const pattern = `^(?:${names.map(escapeRegExp).join('|')})$`;
    console.log(
      `review: re-taking ${retake.length} picture${retake.length === 1 ? '' : 's'} of ${names.length} stor${names.length === 1 ? 'y' : 'ies'}`,
    );
    runVitest(root, ['--update', '--testNamePattern', pattern, ...storyFiles.keys()], {
      CALLICRATES_REVIEW_REPORT: 'off',
    });
  }

  const accepted = [];
  const refused = [];
  for (const entry of retake) {
    const path = join(root, entry.baseline);
    const reviewed = entry.images.actual
      ? await readFile(join(root, REVIEW_DIR, entry.images.actual))
      : null;
    const now = existsSync(path) ? await readFile(path) : null;
    const same = reviewed && now && comparePngs(reviewed, now, { withDiff: false });
    if (same && same.changedPixels === 0 && !same.sizeChanged) {
      accepted.push(entry);
    } else {
      refused.push({
        entry,
        why: now
          ? `the picture taken now is not the one reviewed${same ? ` (${same.changedPixels} px differ)` : ''}`
          : 'the story took no picture (it failed, or was renamed)',
      });
    }
  }
  // Put back every baseline that was not accepted.
  const keep = new Set(accepted.map((entry) => entry.baseline));
  for (const [path, bytes] of before) {
    if (keep.has(path)) continue;
    const absolute = join(root, path);
    const now = existsSync(absolute) ? await readFile(absolute) : null;
    if (bytes && (!now || !now.equals(bytes))) await writeFile(absolute, bytes);
    if (!bytes && now) await rm(absolute);
  }
  for (const entry of entries.filter((item) => item.kind === 'removed')) {
    await rm(join(root, entry.baseline), { force: true });
    accepted.push(entry);
  }
  for (const entry of accepted) {
    if (entry.kind !== 'removed') await compressBaseline(join(root, entry.baseline));
    entry.accepted = new Date().toISOString();
  }
  await writeFile(join(root, REVIEW_DIR, 'report.json'), `${JSON.stringify(report, null, 2)}\n`);
  await writeFile(join(root, REVIEW_DIR, 'index.html'), renderReportHtml(report));

  for (const entry of accepted) {
    console.log(`  accepted  ${entry.baseline}${entry.kind === 'removed' ? ' (deleted)' : ''}`);
  }
  for (const { entry, why } of refused) {
    console.error(
      `  refused   ${entry.baseline}: ${why}; kept the old baseline. Run \`npm run review\` again.`,
    );
  }
  console.log(
    `review: ${accepted.length} accepted, ${refused.length} refused. Check with \`git status\`, then commit the baselines with the change that caused them.`,
  );
  return refused.length > 0 ? 1 : 0;
}

function storyFileOf(report, entry) {
  // `src/atoms/Button/__screenshots__/Button/x.png` → `src/atoms/Button/Button.stories.tsx`
  const match = /^(.*?)__screenshots__\/([^/]+)\//.exec(entry.baseline);
  if (!match) throw new Error(`${entry.baseline}: not a baseline path`);
  return `${match[1]}${match[2]}.stories.tsx`;
}

function baselinesOf(root, storyFile) {
  const folder = storyFile.replace(/([^/]+)\.stories\.tsx$/, '__screenshots__/$1/');
  return git(root, ['ls-files', '--cached', '--others', '--exclude-standard', '--', folder])
    .split('\n')
    .filter((path) => path.endsWith('.png'));
}

async function main() {
  const root = fileURLToPath(new URL('../..', import.meta.url));
  let command;
  try {
    command = parseArguments(process.argv.slice(2));
    return command.mode === 'accept' ? await accept(root, command) : await review(root, command);
  } catch (error) {
    if (error instanceof UsageError) {
      if (error.cause === 'help') {
        console.log(USAGE);
        return 0;
      }
      console.error(`review: ${error.message}\n`);
      console.error(USAGE);
      return 2;
    }
    if (error instanceof InputError) {
      console.error(`review: ${error.message}`);
      return 2;
    }
    throw error;
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  process.exitCode = await main();
}
