// `npm run test:release`: the release flow of docs/RELEASING.md, for real, on this machine.
// In a temp folder: a Verdaccio registry on 127.0.0.1, a bare git remote, and a copy of this
// project (its current work tree) as a fresh repository. semantic-release runs with the
// repository's .releaserc.json (minus GitHub) through the story below and publishes the real
// build; after each step we assert the registry's versions and dist-tags, the remote's git
// tags and the committed CHANGELOG. The last steps change one token, re-take its pictures with
// the story tests and check the "Visual changes" of the notes, CHANGELOG.md and the report file
// (visual-story.mjs). Then a consumer app installs the result from the registry, once on
// React 18 and once on React 19.
// Every process and folder is removed at the end, also when a step fails (set
// RELEASE_E2E_KEEP=1 to keep the folder for debugging).
import assert from 'node:assert/strict';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { REACT_VERSIONS, testConsumerApp } from './consumer.mjs';
import { copyProject, gitIn, initRepository, remoteReader, writeGitConfig } from './git-repo.mjs';
import { cleanUp, makeTempDir, run } from './processes.mjs';
import { e2eReleaseOptions } from './release-config.mjs';
import { PACKAGE_NAME, readPackument, startRegistry } from './verdaccio.mjs';
import { linkNodeModules } from '../../visual/project-copy.mjs';
import {
  changelogSection,
  picturesInNotes,
  PLANTED_PICTURES,
  plantedBaselines,
  readReleaseReport,
  retakeAfterTokenChange,
  visualSection,
} from './visual-story.mjs';

const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));
const runner = fileURLToPath(new URL('./semantic-release-runner.mjs', import.meta.url));

const seconds = (since) => `${((performance.now() - since) / 1000).toFixed(1)} s`;
const print = (line) => console.log(line);

/** How this machine reaches the internet (proxies, an extra CA): Verdaccio's uplink needs it. */
const NETWORK_VARIABLES = [
  'HTTP_PROXY',
  'HTTPS_PROXY',
  'NO_PROXY',
  'http_proxy',
  'https_proxy',
  'no_proxy',
  'NODE_EXTRA_CA_CERTS',
  'SSL_CERT_FILE',
  'SSL_CERT_DIR',
];

/**
 * The environment of every child: no CI variables (semantic-release would believe it runs in
 * that CI), no npm_* settings of the calling `npm run`, no node_modules/.bin on PATH, our own
 * git config, and TMPDIR inside the run's folder so tools' temp files go away with it.
 */
function childEnv(dirs) {
  const network = NETWORK_VARIABLES.filter((name) => process.env[name] !== undefined);
  const path = (process.env.PATH ?? '')
    .split(delimiter)
    .filter((entry) => !entry.includes('node_modules'))
    .join(delimiter);
  return {
    PATH: path,
    HOME: process.env.HOME,
    LANG: 'C.UTF-8',
    TMPDIR: dirs.tmp,
    GIT_CONFIG_GLOBAL: dirs.gitConfig,
    GIT_CONFIG_NOSYSTEM: '1',
    npm_config_update_notifier: 'false',
    ...Object.fromEntries(network.map((name) => [name, process.env[name]])),
    ...(process.env.CHROMIUM_PATH ? { CHROMIUM_PATH: process.env.CHROMIUM_PATH } : {}),
  };
}

async function createWorkspace() {
  const keep = process.env.RELEASE_E2E_KEEP === '1';
  const base = await makeTempDir('callicrates-release-', { keep });
  if (keep) print(`  workspace ${base} (kept: RELEASE_E2E_KEEP=1)`);
  const dirs = {
    base,
    tmp: join(base, 'tmp'),
    registry: join(base, 'registry'),
    remote: join(base, 'remote.git'),
    project: join(base, 'project'),
    consumer: join(base, 'consumer'),
    logs: join(base, 'logs'),
    gitConfig: join(base, 'gitconfig'),
  };
  for (const dir of [dirs.tmp, dirs.registry, dirs.project, dirs.consumer, dirs.logs]) {
    await mkdir(dir, { recursive: true });
  }
  await writeGitConfig(dirs.gitConfig);
  // Chromium, Playwright and npm's helpers write temp files too: keep them inside `base`.
  process.env.TMPDIR = dirs.tmp;
  return dirs;
}

/** The project as a repository with a remote, dependencies linked, hooks on, built once. */
async function prepareProject(dirs, env) {
  const log = join(dirs.logs, 'project.log');
  const fileCount = await copyProject(repoRoot, dirs.project, env);
  const remoteUrl = await initRepository({ dir: dirs.project, remoteDir: dirs.remote, env, log });
  // The project's own devDependencies (semantic-release, husky, vite…): never installed twice.
  // Linked one by one into a folder of the copy's own, so its caches (node_modules/.vite, when
  // the story tests re-take pictures) never touch this checkout's.
  await linkNodeModules(repoRoot, dirs.project);
  await run(process.execPath, ['scripts/release/install-git-hooks.mjs'], {
    cwd: dirs.project,
    env,
    log,
  });
  const started = performance.now();
  await run('npm', ['run', 'build'], { cwd: dirs.project, env, log });
  print(`  project   ${fileCount} files copied; npm run build in ${seconds(started)}`);
  return { remoteUrl, log };
}

/** A malformed message never becomes a commit, so it can never decide a release. */
async function expectHookRejects(project) {
  const output = await project.commitRejected('Updated the button');
  assert.match(output, /type may not be empty/);
  print('  hook      commit-msg rejected "Updated the button" (type may not be empty)');
}

function makeReleaser({ dirs, env, registry, remoteUrl }) {
  const releaseEnv = {
    ...env,
    NPM_TOKEN: registry.token,
    NPM_CONFIG_REGISTRY: registry.url,
  };
  let count = 0;
  return async function release() {
    count += 1;
    const optionsFile = join(dirs.tmp, `release-options-${count}.json`);
    const resultFile = join(dirs.tmp, `release-result-${count}.json`);
    const options = await e2eReleaseOptions({ projectDir: dirs.project, remoteUrl });
    await writeFile(optionsFile, JSON.stringify(options));
    await run(process.execPath, [runner, optionsFile, resultFile], {
      cwd: dirs.project,
      env: releaseEnv,
      log: join(dirs.logs, `semantic-release-${count}.log`),
    });
    return JSON.parse(await readFile(resultFile, 'utf8'));
  };
}

function makeChecks({ registryUrl, remote }) {
  return {
    /** The registry holds exactly these versions and dist-tags. */
    async registry(versions, distTags) {
      const packument = await readPackument(registryUrl);
      assert.deepEqual(packument.versions, [...versions].sort(), 'registry versions');
      assert.deepEqual(packument.distTags, distTags, 'registry dist-tags');
    },
    /** The remote holds exactly these tags. */
    async tags(expected) {
      assert.deepEqual(await remote.tags(), [...expected].sort(), 'git tags on the remote');
    },
    /** The branch's committed CHANGELOG opens with `version` and mentions `text`. */
    async changelog(branch, version, text) {
      const changelog = await remote.file(branch, 'CHANGELOG.md');
      const headings = [...changelog.matchAll(/^#{1,3} \[?(\d+\.\d+\.\d+(?:-[\w.]+)?)\]?/gm)];
      assert.equal(headings[0]?.[1], version, `${branch}: CHANGELOG.md opens with ${version}`);
      assert.ok(changelog.includes(text), `${branch}: CHANGELOG.md mentions "${text}"`);
      const manifest = JSON.parse(await remote.file(branch, 'package.json'));
      assert.equal(manifest.version, version, `${branch}: package.json version`);
    },
  };
}

/** `{ latest: '1.0.1', 'next-major': '2.0.0' }`, '2.0.0' → 'next-major'. */
function tagsOf(distTags, version) {
  return Object.keys(distTags)
    .filter((tag) => distTags[tag] === version)
    .join(', ');
}

async function story({ project, release, check, registryUrl, projectDir, env, log, remote }) {
  let stepStarted = performance.now();
  const line = async (step, branch, what, version, note = '') => {
    const { distTags } = await readPackument(registryUrl);
    const published = `${version} on ${tagsOf(distTags, version)}${note}`;
    print(
      `  ${step.padEnd(4)} ${branch.padEnd(11)} ${what.padEnd(22)} → ${published}  [${seconds(stepStarted)}]`,
    );
    stepStarted = performance.now();
  };
  const published = async (expectedVersion) => {
    const result = await release();
    assert.equal(result.nextRelease?.version, expectedVersion, 'semantic-release published');
    return result;
  };

  // 1. feat on main: the first release, 1.0.0 on latest; a fix: 1.0.1.
  await project.commit('feat(button): add a release story button');
  await published('1.0.0');
  await check.registry(['1.0.0'], { latest: '1.0.0' });
  await check.tags(['v1.0.0']);
  await check.changelog('main', '1.0.0', 'add a release story button');
  await line('1', 'main', 'feat:', '1.0.0');

  await project.commit('fix(button): keep the label centred while loading');
  await published('1.0.1');
  await check.registry(['1.0.0', '1.0.1'], { latest: '1.0.1' });
  await check.tags(['v1.0.0', 'v1.0.1']);
  await check.changelog('main', '1.0.1', 'keep the label centred while loading');
  await line('1', 'main', 'fix:', '1.0.1');

  // 2. A breaking change waits on next-major, on its own channel; latest stays 1.0.1.
  await project.checkout('-b', 'next-major');
  await project.commit('feat!: rename the size props\n\nBREAKING CHANGE: `size` takes sm, md, lg.');
  await project.push('next-major');
  const major = await published('2.0.0');
  assert.equal(major.nextRelease.channel, 'next-major');
  await check.registry(['1.0.0', '1.0.1', '2.0.0'], { latest: '1.0.1', 'next-major': '2.0.0' });
  await check.tags(['v1.0.0', 'v1.0.1', 'v2.0.0']);
  await check.changelog('next-major', '2.0.0', 'BREAKING CHANGES');
  await line('2', 'next-major', 'feat!: (BREAKING)', '2.0.0', ' (latest stays 1.0.1)');

  // 3. Merging next-major into main releases nothing new: 2.0.0 moves onto latest.
  await project.checkout('main');
  await project.git('merge', '--no-ff', '--no-edit', 'next-major');
  await project.push('main');
  const promoted = await release();
  assert.equal(promoted.nextRelease, null, 'the merge itself releases no new version');
  // The npm plugin reports the dist-tag it added as the release's channel.
  const movedToLatest = promoted.releases.some(
    (r) =>
      r.pluginName === '@semantic-release/npm' && r.version === '2.0.0' && r.channel === 'latest',
  );
  assert.ok(movedToLatest, `2.0.0 added to latest: ${JSON.stringify(promoted.releases)}`);
  await check.registry(['1.0.0', '1.0.1', '2.0.0'], { latest: '2.0.0', 'next-major': '2.0.0' });
  await check.tags(['v1.0.0', 'v1.0.1', 'v2.0.0']);
  await check.changelog('main', '2.0.0', 'BREAKING CHANGES');
  await line('3', 'main', 'merge next-major', '2.0.0');

  // 4. A fix for the previous major on its maintenance branch; latest stays 2.0.0.
  await project.checkout('-b', '1.x', 'v1.0.1');
  await project.commit('fix(text-field): announce the error once');
  await project.push('1.x');
  await published('1.0.2');
  const afterFix = { latest: '2.0.0', 'next-major': '2.0.0', 'release-1.x': '1.0.2' };
  await check.registry(['1.0.0', '1.0.1', '1.0.2', '2.0.0'], afterFix);
  await check.tags(['v1.0.0', 'v1.0.1', 'v1.0.2', 'v2.0.0']);
  await check.changelog('1.x', '1.0.2', 'announce the error once');
  await line('4', '1.x', 'fix:', '1.0.2', ' (latest stays 2.0.0)');

  // 5. A prerelease from beta.
  await project.checkout('-b', 'beta', 'main');
  await project.commit('feat(text-field): count characters as you type');
  await project.push('beta');
  await published('2.1.0-beta.1');
  await check.registry(['1.0.0', '1.0.1', '1.0.2', '2.0.0', '2.1.0-beta.1'], {
    ...afterFix,
    beta: '2.1.0-beta.1',
  });
  await check.tags(['v1.0.0', 'v1.0.1', 'v1.0.2', 'v2.0.0', 'v2.1.0-beta.1']);
  await check.changelog('beta', '2.1.0-beta.1', 'count characters as you type');
  await line('5', 'beta', 'feat:', '2.1.0-beta.1');

  // 6. A feat that changes one token re-takes its pictures (the story tests, the pinned
  // Chromium): the notes, CHANGELOG.md and the report list exactly those, and warn that the
  // feat changed another component's pictures.
  await project.checkout('main');
  const retaken = await retakeAfterTokenChange({ dir: projectDir, env, log });
  assert.deepEqual(retaken, plantedBaselines(), 'the token change re-took exactly these baselines');
  const subject = 'feat(avatar): warm the away dot in the dark scheme';
  await project.git('add', '--all', 'tokens', 'src');
  await project.git('commit', '--quiet', '-m', subject);
  await project.push('main');
  const feat = await published('2.1.0');
  const notes = visualSection(feat.nextRelease.notes);
  assert.deepEqual(picturesInNotes(notes), [...PLANTED_PICTURES].sort(), 'pictures in the notes');
  const warnings = notes.split('\n').filter((text) => text.startsWith('> **Warning:**'));
  assert.equal(warnings.length, 1, `one warning:\n${notes}`);
  assert.match(
    warnings[0],
    /feat\(avatar\): warm the away dot in the dark scheme \([0-9a-f]{7}\) changed pictures of Atoms\/Badge \(3 pictures\), which it neither names/,
  );
  const afterFeat = { ...afterFix, latest: '2.1.0', beta: '2.1.0-beta.1' };
  await check.registry(['1.0.0', '1.0.1', '1.0.2', '2.0.0', '2.1.0-beta.1', '2.1.0'], afterFeat);
  await check.changelog('main', '2.1.0', subject);
  const featChangelog = changelogSection(await remote.file('main', 'CHANGELOG.md'), '2.1.0');
  assert.deepEqual(
    picturesInNotes(visualSection(featChangelog)),
    [...PLANTED_PICTURES].sort(),
    'CHANGELOG.md',
  );
  const featReport = await readReleaseReport(projectDir, '2.1.0');
  assert.deepEqual(
    featReport.data.entries.map((entry) => entry.key).sort(),
    [...PLANTED_PICTURES].sort(),
  );
  assert.equal(
    featReport.images.length,
    PLANTED_PICTURES.length * 5,
    'three figures and two slider layers each',
  );
  assert.ok(
    featReport.images.every((src) => src.startsWith('data:image/png;base64,')),
    'pictures inside the file',
  );
  await line(
    '6',
    'main',
    'feat: one token',
    '2.1.0',
    ` (${PLANTED_PICTURES.length} pictures re-taken and listed, 1 warning)`,
  );

  // 7. A fix that changes no pixel: "No visual changes".
  await project.commit('fix(button): keep the pressed state after a second click');
  await project.push('main');
  const fix = await published('2.1.1');
  const noChange =
    /^### Visual changes\n\nNo visual changes: the [\d,]+ pictures are the same as in v2\.1\.0\.\n?$/;
  assert.match(visualSection(fix.nextRelease.notes), noChange);
  const fixChangelog = changelogSection(await remote.file('main', 'CHANGELOG.md'), '2.1.1');
  assert.match(
    fixChangelog,
    /### Visual changes\n\nNo visual changes: the [\d,]+ pictures are the same as in v2\.1\.0\./,
  );
  const fixReport = await readReleaseReport(projectDir, '2.1.1');
  assert.match(fixReport.data.summary, /^No visual changes/);
  await check.registry(['1.0.0', '1.0.1', '1.0.2', '2.0.0', '2.1.0-beta.1', '2.1.0', '2.1.1'], {
    ...afterFeat,
    latest: '2.1.1',
  });
  await check.tags(['v1.0.0', 'v1.0.1', 'v1.0.2', 'v2.0.0', 'v2.1.0-beta.1', 'v2.1.0', 'v2.1.1']);
  await line('7', 'main', 'fix: no pixel', '2.1.1', ' ("No visual changes")');
}

function formatSizes(sizes) {
  const kB = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;
  const total = sizes.reduce((sum, { bytes, gzip }) => [sum[0] + bytes, sum[1] + gzip], [0, 0]);
  const files = sizes.map(({ name, bytes, gzip }) => `${name} ${kB(bytes)} (gzip ${kB(gzip)})`);
  return `${files.join(', ')}; total ${kB(total[0])} (gzip ${kB(total[1])})`;
}

async function main() {
  const started = performance.now();
  print('release e2e: semantic-release → Verdaccio → consumer app');
  const dirs = await createWorkspace();
  const env = childEnv(dirs);

  const registry = await startRegistry({ dir: dirs.registry, env });
  print(`  registry  Verdaccio on ${registry.url} (${PACKAGE_NAME} local, other packages proxied)`);

  const { remoteUrl, log } = await prepareProject(dirs, env);
  const project = gitIn(dirs.project, { env, log });
  await expectHookRejects(project);

  print('  step branch      commit                   → version on dist-tag');
  const remote = remoteReader(dirs.remote, { env, log });
  await story({
    project,
    release: makeReleaser({ dirs, env, registry, remoteUrl }),
    check: makeChecks({ registryUrl: registry.url, remote }),
    registryUrl: registry.url,
    projectDir: dirs.project,
    env,
    log,
    remote,
  });

  // The CI check over the whole history the story produced (release and merge commits included).
  await run(process.execPath, ['scripts/release/check-commits.mjs'], {
    cwd: dirs.project,
    env,
    log,
  });
  print('  commits   check-commits.mjs: every commit of the story is a Conventional Commit');

  const { distTags } = await readPackument(registry.url);
  for (const react of REACT_VERSIONS) {
    const consumerStarted = performance.now();
    const slug = react.name.toLowerCase().replace(/\W+/g, '-');
    const consumer = await testConsumerApp({
      dir: join(dirs.consumer, slug),
      version: distTags.latest,
      registryUrl: registry.url,
      react,
      env,
      log: join(dirs.logs, `consumer-${slug}.log`),
    });
    print(
      `  consumer  ${react.name} (react ${react.dependencies.react}, @types/react ` +
        `${react.devDependencies['@types/react']}, ` +
        `${react.emotion ? 'with @emotion/react + callicrates/emotion' : 'no @emotion/react'}): ` +
        `${PACKAGE_NAME}@${distTags.latest} from the ` +
        `registry: tsc ok (skipLibCheck off; wrong prop rejected), vite build ok, Chromium ` +
        `click + typing ok, renderToString ok (${consumer.serverHtmlBytes} B) in ` +
        `${seconds(consumerStarted)} (${consumer.timings.join(', ')})`,
    );
    print(`  bundle    ${react.name}: ${formatSizes(consumer.sizes)}`);
  }
  print(`release e2e: passed in ${seconds(started)}`);
}

async function finish(exitCode) {
  await cleanUp();
  process.exit(exitCode);
}

let interrupted = false;
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    interrupted = true;
    console.error(`\nrelease e2e: ${signal}, stopping every process and removing the folder`);
    void finish(130);
  });
}

main().then(
  () => finish(0),
  async (error) => {
    // After a signal, the step failed only because we stopped its process: not worth a trace.
    if (!interrupted) {
      console.error(`\nrelease e2e: FAILED\n${error instanceof Error ? error.stack : error}`);
    }
    await finish(interrupted ? 130 : 1);
  },
);
