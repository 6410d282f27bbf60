// The visual changelog of a release: the baselines committed at the previous release's tag
// against those of the release commit (scripts/visual/compare-revisions.mjs), as
// - a "Visual changes" section for the release notes and CHANGELOG.md: stories added, removed
//   or changed per component and scheme, with changed-pixel counts, "No visual changes" when
//   none, and a warning line for each feat/fix/perf commit that changed pictures of a component
//   it neither names in its scope nor touches;
// - the same comparison as the review report's HTML page (scripts/visual/report-html.mjs), one
//   self-contained file with its pictures inside, attached to the release.
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { formatPixels } from '../visual/compare.mjs';
import { compareRevisions } from '../visual/compare-revisions.mjs';
import { figmaFrameOf, storybookStoryUrl } from '../visual/design-links.mjs';
import { commitInfo, git, lastCommitTouching, repositoryWebUrl } from '../visual/git.mjs';
import { renderReportHtml } from '../visual/report-html.mjs';
import {
  FORCED_COLORS,
  PICTURE_SCHEME_TITLES,
  PICTURE_SCHEMES,
  storyFileStem,
} from '../visual/screenshots.mjs';
import { componentFolderOf, loadStoryIndex } from '../visual/story-index.mjs';

/**
 * @typedef {object} ReleaseSide
 * @property {string} revision a commit
 * @property {string} label how people name it (`v2.0.0`)
 * @property {string | null} storybookUrl the Storybook deployed for it, if any
 */

const plural = (count, one, many) => `${count.toLocaleString('en-US')} ${count === 1 ? one : many}`;

/** `src/atoms/Button/__screenshots__/Button/x.png` → `src/atoms/Button/Button.stories.tsx` */
function storyFileOfBaseline({ dir, stem }) {
  return `${dir}${stem}.stories.tsx`;
}

/** `TextField` → `text-field`: the Conventional Commit scope that names a component. */
export function scopeOfFolder(folder) {
  const name = folder.split('/').at(-1) ?? folder;
  return storyFileStem(name)
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .replace(/([A-Z])([A-Z][a-z])/g, '$1-$2')
    .toLowerCase();
}

const RELEASING_COMMIT = /^(feat|fix|perf)(?:\(([^)]*)\))?!?: /;

/**
 * Warnings for commits that changed pictures of components they neither name nor touch.
 * @param {{ root: string, commits: Array<{ hash: string, subject?: string, message?: string }>,
 *   changedPaths: Set<string>, titleOfFolder: (folder: string) => string }} options
 * @returns {Array<{ commit: { hash: string, subject: string }, components: Array<{ title: string, pictures: number }> }>}
 */
export function unexpectedChanges({ root, commits, changedPaths, titleOfFolder }) {
  const warnings = [];
  for (const commit of commits) {
    const subject = (commit.subject ?? commit.message ?? '').split('\n')[0] ?? '';
    const type = RELEASING_COMMIT.exec(subject);
    if (!type) continue;
    const files = git(root, [
      'diff-tree',
      '--root',
      '--no-commit-id',
      '-r',
      '-z',
      '--name-only',
      commit.hash,
    ])
      .split('\0')
      .filter(Boolean);
    const baselines = files.filter((file) => changedPaths.has(file));
    if (baselines.length === 0) continue;
    const scope = type[2] ?? '';
    const own = new Set(
      files
        .filter(
          (file) =>
            !changedPaths.has(file) &&
            (/^src\/(atoms|molecules)\//.test(file) || /\.stories\.tsx$/.test(file)),
        )
        .map(componentFolderOf),
    );
    const others = new Map();
    for (const baseline of baselines) {
      const folder = componentFolderOf(storyFileOfBaseline(parseOrThrow(baseline)));
      if (own.has(folder) || (scope && scopeOfFolder(folder) === scope)) continue;
      const title = titleOfFolder(folder);
      others.set(title, (others.get(title) ?? 0) + 1);
    }
    if (others.size > 0) {
      warnings.push({
        commit: { hash: commit.hash, subject },
        components: [...others]
          .map(([title, pictures]) => ({ title, pictures }))
          .sort((a, b) => a.title.localeCompare(b.title)),
      });
    }
  }
  return warnings;
}

function parseOrThrow(path) {
  const match = /^(?<dir>(?:.+\/)?)__screenshots__\/(?<stem>[^/]+)\//.exec(path);
  if (!match?.groups) throw new Error(`${path}: not a baseline`);
  return { dir: match.groups.dir ?? '', stem: match.groups.stem ?? '' };
}

const cell = (text) => String(text).replace(/\|/g, '\\|').replace(/\n/g, ' ');

/**
 * Compares two releases' baselines.
 * @param {{ root: string, from: ReleaseSide | null, to: ReleaseSide & { version: string },
 *   commits?: Array<{ hash: string, subject?: string, message?: string }> }} options
 */
export async function visualChangelog({ root, from, to, commits = [] }) {
  const { changes, unchanged, reencoded, total } = await compareRevisions({
    root,
    from: from?.revision ?? null,
    to: to.revision,
  });
  if (from === null) return firstRelease({ changes, total, to });
  if (changes.length === 0) return noChanges({ from, to, unchanged, reencoded });
  const filesAt = (kinds) => [
    ...new Set(
      changes
        .filter((change) => kinds.includes(change.kind))
        .map((change) => storyFileOfBaseline(change.name)),
    ),
  ];
  const indexAfter = await loadStoryIndex({
    root,
    revision: to.revision,
    files: filesAt(['added', 'changed']),
  });
  const indexBefore = await loadStoryIndex({
    root,
    revision: from.revision,
    files: filesAt(['removed', 'changed']),
  });

  const titles = new Map();
  for (const index of [indexBefore, indexAfter]) {
    for (const file of index.files)
      titles.set(file.folder, file.title.split('/').slice(0, 2).join('/'));
  }
  const titleOfFolder = (folder) => titles.get(folder) ?? folder;

  /** @type {import('../visual/report-html.mjs').ReportEntry[]} */
  const entries = [];
  /** @type {Map<string, Buffer>} */
  const images = new Map();
  for (const change of changes) {
    const index = change.kind === 'removed' ? indexBefore : indexAfter;
    const found = index.storyOfBaseline(change.name) ?? indexBefore.storyOfBaseline(change.name);
    const storyFile = storyFileOfBaseline(change.name);
    const storyId = found?.story.id ?? `${change.name.stem.toLowerCase()}--${change.name.slug}`;
    const side = change.kind === 'removed' ? from : to;
    const key = `${storyId}--${change.name.scheme}${change.name.breakpoint ? `--${change.name.breakpoint}` : ''}`;
    const entry = {
      key,
      kind: change.kind,
      storyId,
      storyName: found?.story.name ?? change.name.slug,
      component: found?.file.title ?? titleOfFolder(componentFolderOf(storyFile)),
      scheme: change.name.scheme,
      breakpoint: change.name.breakpoint,
      baseline: change.path,
      images: {},
      pixels: change.comparison
        ? {
            changed: change.comparison.changedPixels,
            total: change.comparison.totalPixels,
            ratio: change.comparison.ratio,
          }
        : null,
      sizes: {
        ...(change.comparison
          ? { reference: change.comparison.referenceSize, actual: change.comparison.actualSize }
          : {}),
      },
      links: {
        storybook:
          side?.storybookUrl && found
            ? storybookStoryUrl(side.storybookUrl, storyId, change.name.scheme)
            : null,
        figma: found ? (figmaFrameOf(found.story)?.url ?? null) : null,
      },
    };
    const pictures = {
      reference: change.before,
      actual: change.after,
      diff: change.comparison?.diffPng ?? null,
    };
    for (const [role, buffer] of Object.entries(pictures)) {
      if (!buffer) continue;
      images.set(`${key}-${role}`, buffer);
      entry.images[role] = `${key}-${role}`;
    }
    entries.push(entry);
  }
  const order = (entry) => {
    const found = indexAfter.story(entry.storyId) ?? indexBefore.story(entry.storyId);
    return found ? found.file.stories.indexOf(found.story) : Number.MAX_SAFE_INTEGER;
  };
  entries.sort(
    (a, b) =>
      a.component.localeCompare(b.component) ||
      order(a) - order(b) ||
      a.storyId.localeCompare(b.storyId) ||
      PICTURE_SCHEMES.indexOf(/** @type {never} */ (a.scheme)) -
        PICTURE_SCHEMES.indexOf(/** @type {never} */ (b.scheme)),
  );

  // A picture the release removes is not one a commit changed by surprise.
  const changedPaths = new Set(
    entries.filter((entry) => entry.kind !== 'removed').map((entry) => entry.baseline),
  );
  const warnings = unexpectedChanges({ root, commits, changedPaths, titleOfFolder });
  const commitUrl = repositoryWebUrl(root);

  const components = [...new Set(entries.map((entry) => entry.component))].map((title) => {
    const file =
      indexAfter.files.find((candidate) => candidate.title === title) ??
      indexBefore.files.find((candidate) => candidate.title === title);
    const folder = file?.folder ?? title;
    return {
      title,
      folder,
      figma: file ? (figmaFrameOf({ id: title, design: file.design })?.url ?? null) : null,
      lastCommit: lastCommitTouching(root, [folder], to.revision),
    };
  });

  const summary = summaryOf({ entries, from, unchanged });
  const warningLines = warnings.map(warningText);
  const head = commitInfo(root, to.revision);
  /** @type {import('../visual/report-html.mjs').Report} */
  const report = {
    version: 1,
    kind: 'release',
    title: `Visual changes in ${to.version}`,
    summary,
    context: [
      ['Release', `${to.version} (${to.label}${head ? `, ${head.shortSha}` : ''})`],
      ['Compared with', `${from.label} (${from.revision.slice(0, 7)})`],
      ...(to.storybookUrl
        ? /** @type {Array<[string, string]>} */ ([['Storybook', to.storybookUrl]])
        : []),
      ...(reencoded.length
        ? /** @type {Array<[string, string]>} */ ([
            [
              'Recompressed',
              `${plural(reencoded.length, 'baseline', 'baselines')}, pixels unchanged`,
            ],
          ])
        : []),
    ],
    generatedAt: new Date().toISOString(),
    entries,
    components,
    warnings: warningLines,
    commitUrlBase: commitUrl ? `${commitUrl}/commit/` : null,
  };
  return {
    report,
    images,
    markdown: notesMarkdown({ entries, summary, warnings: warningLines, to }),
    entries,
    warnings,
  };
}

/** The common case: a release that changes no picture needs no story index and no pixel work. */
function noChanges({ from, to, unchanged, reencoded }) {
  const summary = summaryOf({ entries: [], from, unchanged });
  /** @type {import('../visual/report-html.mjs').Report} */
  const report = {
    version: 1,
    kind: 'release',
    title: `Visual changes in ${to.version}`,
    summary,
    context: [
      ['Release', `${to.version} (${to.label})`],
      ['Compared with', `${from.label} (${from.revision.slice(0, 7)})`],
      ...(reencoded.length
        ? /** @type {Array<[string, string]>} */ ([
            [
              'Recompressed',
              `${plural(reencoded.length, 'baseline', 'baselines')}, pixels unchanged`,
            ],
          ])
        : []),
    ],
    generatedAt: new Date().toISOString(),
    entries: [],
    components: [],
    warnings: [],
  };
  return {
    report,
    images: new Map(),
    markdown: `### Visual changes\n\n${summary}\n`,
    entries: [],
    warnings: [],
  };
}

/**
 * A first release has no previous pictures: every baseline is new. Its notes count them per
 * story file (nobody reviews a thousand new pictures), and its report says the same.
 */
function firstRelease({ changes, total, to }) {
  const stories = new Map();
  for (const change of changes) {
    const file = storyFileOfBaseline(change.name);
    const slugs = stories.get(file) ?? new Set();
    slugs.add(change.name.slug);
    stories.set(file, slugs);
  }
  const storyCount = [...stories.values()].reduce((sum, slugs) => sum + slugs.size, 0);
  const summary = `First release: its ${plural(total, 'picture', 'pictures')} of ${plural(storyCount, 'story', 'stories')} in ${plural(stories.size, 'story file', 'story files')} are the visual baseline of the next releases.`;
  const lines = [...stories]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([file, slugs]) => `- \`${file}\`: ${plural(slugs.size, 'story', 'stories')}`);
  /** @type {import('../visual/report-html.mjs').Report} */
  const report = {
    version: 1,
    kind: 'release',
    title: `Visual changes in ${to.version}`,
    summary,
    context: [
      ['Release', `${to.version} (${to.label})`],
      ['Compared with', 'nothing: the first release'],
    ],
    generatedAt: new Date().toISOString(),
    entries: [],
    components: [],
    warnings: [],
  };
  return {
    report,
    images: new Map(),
    markdown: `${['### Visual changes', '', summary, '', ...lines].join('\n')}\n`,
    entries: [],
    warnings: [],
  };
}

function summaryOf({ entries, from, unchanged }) {
  if (entries.length === 0) {
    return `No visual changes: the ${plural(unchanged, 'picture is', 'pictures are')} the same as in ${from.label}.`;
  }
  const count = (kind) => entries.filter((entry) => entry.kind === kind).length;
  const parts = [
    count('changed') ? `${plural(count('changed'), 'picture', 'pictures')} changed` : '',
    count('added') ? `${plural(count('added'), 'picture', 'pictures')} added` : '',
    count('removed') ? `${plural(count('removed'), 'picture', 'pictures')} removed` : '',
  ].filter(Boolean);
  const stories = new Set(entries.map((entry) => entry.storyId)).size;
  const components = new Set(entries.map((entry) => entry.component)).size;
  return `${parts.join(', ')} (${plural(stories, 'story', 'stories')} in ${plural(components, 'component', 'components')}) since ${from.label}; ${plural(unchanged, 'picture is', 'pictures are')} unchanged.`;
}

function warningText({ commit, components }) {
  const list = components
    .map(({ title, pictures }) => `${title} (${plural(pictures, 'picture', 'pictures')})`)
    .join(', ');
  return `${commit.subject} (${commit.hash.slice(0, 7)}) changed pictures of ${list}, which it neither names in its scope nor touches.`;
}

/** The "Visual changes" section of the release notes. */
function notesMarkdown({ entries, summary, warnings, to }) {
  const lines = ['### Visual changes', '', summary];
  if (entries.length === 0) return `${lines.join('\n')}\n`;
  lines.push(
    '',
    `Side by side, with a slider and a blink view: \`${reportFileName(to.version)}\`, attached to this release.`,
  );
  for (const warning of warnings) lines.push('', `> **Warning:** ${warning}`);
  const byComponent = new Map();
  for (const entry of entries)
    byComponent.set(entry.component, [...(byComponent.get(entry.component) ?? []), entry]);
  for (const [title, componentEntries] of byComponent) {
    const schemes = PICTURE_SCHEMES.filter((scheme) =>
      componentEntries.some((entry) => entry.scheme === scheme),
    );
    lines.push(
      '',
      `#### ${title}`,
      '',
      `| Story | ${schemes.map((scheme) => PICTURE_SCHEME_TITLES[scheme]).join(' | ')} |`,
      `| --- |${schemes.map(() => ' --- |').join('')}`,
    );
    const rows = new Map();
    for (const entry of componentEntries) {
      const row = `${entry.storyId}${entry.breakpoint ? `@${entry.breakpoint}` : ''}`;
      rows.set(row, [...(rows.get(row) ?? []), entry]);
    }
    for (const rowEntries of rows.values()) {
      const [firstEntry] = rowEntries;
      const name = cell(
        `${firstEntry.storyName}${firstEntry.breakpoint ? ` (${firstEntry.breakpoint})` : ''}`,
      );
      const link = rowEntries.find((entry) => entry.links.storybook)?.links.storybook;
      const cells = schemes.map((scheme) => {
        const entry = rowEntries.find((candidate) => candidate.scheme === scheme);
        if (!entry) return '–';
        if (entry.kind === 'added') return 'added';
        if (entry.kind === 'removed') return 'removed';
        const size =
          entry.sizes.reference &&
          entry.sizes.actual &&
          (entry.sizes.reference.width !== entry.sizes.actual.width ||
            entry.sizes.reference.height !== entry.sizes.actual.height)
            ? `, ${entry.sizes.reference.width}×${entry.sizes.reference.height} → ${entry.sizes.actual.width}×${entry.sizes.actual.height}`
            : '';
        return `${formatPixels(entry.pixels.changed, entry.pixels.ratio)}${size}`;
      });
      lines.push(
        `| ${link ? `[${name}](${link.replace(/\)/g, '%29')})` : name} | ${cells.join(' | ')} |`,
      );
    }
    if (schemes.includes(FORCED_COLORS)) {
      lines.push(
        '',
        '_Forced colours_: the story under emulated `forced-colors: active` (Windows contrast themes). Storybook has no forced-colours toggle: a story link opens the light theme.',
      );
    }
  }
  return `${lines.join('\n')}\n`;
}

/** The report file of a release. */
export function reportFileName(version) {
  return `visual-changes-${version}.html`;
}

/**
 * Writes the report as one HTML file with its pictures inside (a release asset).
 * @param {string} file
 * @param {import('../visual/report-html.mjs').Report} report
 * @param {Map<string, Buffer>} images
 */
export async function writeSingleFileReport(file, report, images) {
  const embedded = {
    ...report,
    entries: report.entries.map((entry) => ({
      ...entry,
      images: Object.fromEntries(
        Object.entries(entry.images).map(([role, name]) => [
          role,
          `data:image/png;base64,${/** @type {Buffer} */ (images.get(name)).toString('base64')}`,
        ]),
      ),
    })),
  };
  await mkdir(dirname(file), { recursive: true });
  const staging = `${file}.tmp-${process.pid}`;
  await writeFile(staging, renderReportHtml(embedded));
  await rename(staging, file);
  return file;
}
