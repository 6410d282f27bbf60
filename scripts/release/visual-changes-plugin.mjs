// semantic-release plugin: a "Visual changes" section in every release's notes (and so in
// CHANGELOG.md, which @semantic-release/changelog writes from them), and the same comparison
// as one HTML file, `visual-changes/visual-changes-<version>.html`, that the hosted workflow's
// @semantic-release/github attaches to the GitHub release (.releaserc.json `assets`).
//
// It compares the baselines committed at the previous release on the branch (lastRelease) with
// those of the release commit (scripts/release/visual-changelog.mjs). Listed in .releaserc.json
// right after @semantic-release/release-notes-generator, so its section follows the commits'.
//
// Options:
//   reportDir       where the report file goes (default `visual-changes`, git-ignored)
//   storybookUrl    the Storybook deployed for a version, `${version}` replaced (default: the
//                   GitHub Pages folder release.yml deploys to, from package.json `repository`)
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { deployedStorybookUrl } from '../visual/design-links.mjs';
import { reportFileName, visualChangelog, writeSingleFileReport } from './visual-changelog.mjs';

const DEFAULT_REPORT_DIR = 'visual-changes';

/** Results of generateNotes for prepare, by release commit and version. */
const computed = new Map();

/** The plugin's options, checked (semantic-release merges its own keys in: those are ignored). */
function checkOptions(pluginConfig) {
  const { reportDir = DEFAULT_REPORT_DIR, storybookUrl } = pluginConfig ?? {};
  if (
    typeof reportDir !== 'string' ||
    reportDir === '' ||
    reportDir.startsWith('/') ||
    reportDir.includes('..')
  ) {
    throw new Error(
      `visual changes: reportDir must be a folder inside the repository, not ${JSON.stringify(reportDir)}.`,
    );
  }
  if (
    storybookUrl !== undefined &&
    (typeof storybookUrl !== 'string' || !storybookUrl.includes('${version}'))
  ) {
    throw new Error('visual changes: storybookUrl must be a URL with ${version} in it.');
  }
  return { reportDir, storybookUrl };
}

async function storybookUrlFor(cwd, template, version) {
  if (!version) return null;
  if (template) return template.replaceAll('${version}', version);
  try {
    const manifest = JSON.parse(await readFile(join(cwd, 'package.json'), 'utf8'));
    const url =
      typeof manifest.repository === 'string' ? manifest.repository : manifest.repository?.url;
    return url ? deployedStorybookUrl(url, version) : null;
  } catch {
    return null;
  }
}

export async function verifyConditions(pluginConfig) {
  checkOptions(pluginConfig);
}

export async function generateNotes(pluginConfig, context) {
  const { storybookUrl } = checkOptions(pluginConfig);
  const { cwd, lastRelease, nextRelease, commits = [], logger } = context;
  const from = lastRelease?.gitHead
    ? {
        revision: lastRelease.gitHead,
        label: lastRelease.gitTag ?? lastRelease.version,
        storybookUrl: await storybookUrlFor(cwd, storybookUrl, lastRelease.version),
      }
    : null;
  const to = {
    revision: nextRelease.gitHead,
    label: nextRelease.gitTag ?? `v${nextRelease.version}`,
    version: nextRelease.version,
    storybookUrl: await storybookUrlFor(cwd, storybookUrl, nextRelease.version),
  };
  const started = Date.now();
  const result = await visualChangelog({ root: cwd, from, to, commits });
  computed.set(`${to.revision} ${to.version}`, result);
  logger?.log(
    `Visual changes since ${from?.label ?? 'nothing (first release)'}: ${result.entries.length} pictures, ${result.warnings.length} warnings (${Date.now() - started} ms)`,
  );
  return result.markdown;
}

export async function prepare(pluginConfig, context) {
  const { reportDir } = checkOptions(pluginConfig);
  const { cwd, nextRelease, logger } = context;
  const result = computed.get(`${nextRelease.gitHead} ${nextRelease.version}`);
  if (!result)
    throw new Error('visual changes: prepare ran without generateNotes for this release.');
  // Only this release's report in the folder: the GitHub plugin attaches `visual-changes/*.html`.
  const dir = join(cwd, reportDir);
  await rm(dir, { recursive: true, force: true });
  const file = await writeSingleFileReport(
    join(dir, reportFileName(nextRelease.version)),
    result.report,
    result.images,
  );
  logger?.log(`Visual changes report: ${file}`);
}
