// Where visual baselines live and what their names mean. One module for the story tests
// (vite.config.ts resolves every screenshot path here), the review report, the release's visual
// changelog and the drift report, so they can never disagree about a file name.
//
//   src/atoms/Button/__screenshots__/Button/as-link-dark-chromium-linux.png
//   └ story folder ─┘                └ story file stem  └ story ┘└ scheme ┘└ browser-platform ┘
//
// `.storybook/vitest.setup.ts` names each picture `<story>--<scheme>` (Vitest's sanitiser folds
// the double hyphen into one); a story photographed at several grid breakpoints would add
// `--<breakpoint>`. The story part is the story id's export part (`atoms-button--as-link`).
// A story that opts in (`parameters.visual.forcedColors`) takes one more, `<story>--forced-colors`:
// a picture mode that is no colour scheme of the tokens (PICTURE_SCHEMES).

/** The colour schemes every story is photographed in (src/tokens `colorSchemes`, tested equal). */
export const SCHEMES = /** @type {const} */ (['light', 'dark', 'high-contrast']);

/**
 * The picture taken under emulated forced colours (Windows contrast themes), in the light
 * scheme, by a story that opts in (`parameters.visual.forcedColors`, vitest.setup.ts).
 */
export const FORCED_COLORS = 'forced-colors';

/**
 * Every picture mode a baseline's name can carry: the colour schemes, then forced colours.
 * Use it wherever a picture's name is parsed or pictures are listed, sorted or filtered;
 * SCHEMES stays the tokens' schemes (what Storybook's toolbar and Figma know).
 */
export const PICTURE_SCHEMES = /** @type {const} */ ([...SCHEMES, FORCED_COLORS]);

/** The grid breakpoints (src/atoms/Grid/breakpoints.ts `breakpointNames`, tested equal). */
export const BREAKPOINTS = /** @type {const} */ (['xs', 'sm', 'md', 'lg', 'xl']);

/** The browser and platform part of every baseline name: the pinned Chromium on Linux. */
export const BROWSER_PLATFORM = 'chromium-linux';

/** The folder of baselines beside each story file. */
export const SCREENSHOT_DIR = '__screenshots__';

/**
 * Visual tolerance, chosen on purpose (CONTRIBUTING.md, "Visual tests"): baselines are drawn by
 * the pinned Chromium from the lockfile with fonts from the lockfile, where reruns are
 * pixel-identical. So any pixel whose colour differs at all counts (`threshold: 0`), and no
 * such pixel is allowed (`allowedMismatchedPixels: 0`), in every story: a one-step change in a
 * token colour (#2569ed → #2569ee) fails. pixelmatch still ignores anti-aliasing pixels.
 * The review report and the visual changelog count changed pixels with these same options.
 */
export const screenshotTolerance = Object.freeze({ threshold: 0, allowedMismatchedPixels: 0 });

/** Matches a baseline's repository path; groups: story folder, file stem, picture name. */
const BASELINE_PATH = new RegExp(
  `^(?<dir>(?:.+/)?)${SCREENSHOT_DIR}/(?<stem>[^/]+)/(?<picture>[^/]+)-${BROWSER_PLATFORM}\\.png$`,
);

const schemeAlternatives = [...PICTURE_SCHEMES].sort((a, b) => b.length - a.length).join('|');
const PICTURE_NAME = new RegExp(
  `^(?<slug>.+?)-(?<scheme>${schemeAlternatives})(?:-(?<breakpoint>${BREAKPOINTS.join('|')}))?$`,
);

/**
 * The baseline path Vitest writes for a story file's picture: `__screenshots__/<stem>/…`, not
 * `…/<stem>.stories.tsx/…`, because a folder named like a story file would match Storybook's
 * story glob and break its indexer.
 *
 * @param {{ root: string, testFileDirectory: string, screenshotDirectory: string,
 *   testFileName: string, arg: string, browserName: string, platform: string, ext: string }} data
 */
export function resolveScreenshotPath({
  root,
  testFileDirectory,
  screenshotDirectory,
  testFileName,
  arg,
  browserName,
  platform,
  ext,
}) {
  return `${root}/${testFileDirectory}/${screenshotDirectory}/${storyFileStem(testFileName)}/${arg}-${browserName}-${platform}${ext}`;
}

/** `Button.stories.tsx` → `Button`. */
export function storyFileStem(fileName) {
  return fileName.replace(/\.stories\.[jt]sx?$/, '');
}

/** The name a picture is taken under in vitest.setup.ts, before Vitest sanitises it. */
export function pictureArg(storyId, scheme, breakpoint) {
  const slug = storyId.split('--')[1] ?? storyId;
  return breakpoint ? `${slug}--${scheme}--${breakpoint}` : `${slug}--${scheme}`;
}

/**
 * The parts of a picture's name as vitest.setup.ts gives it (`as-link--dark`,
 * `hero--light--md`), or null.
 * @param {string} arg
 */
export function parsePictureArg(arg) {
  const parts = arg.split('--');
  const last = parts.at(-1) ?? '';
  const hasBreakpoint =
    parts.length >= 3 && /** @type {readonly string[]} */ (BREAKPOINTS).includes(last);
  const scheme = hasBreakpoint ? parts.at(-2) : last;
  if (
    parts.length < 2 ||
    !(/** @type {readonly string[]} */ (PICTURE_SCHEMES).includes(scheme ?? ''))
  )
    return null;
  return {
    slug: parts.slice(0, hasBreakpoint ? -2 : -1).join('--'),
    scheme: /** @type {(typeof PICTURE_SCHEMES)[number]} */ (scheme),
    breakpoint: hasBreakpoint ? /** @type {(typeof BREAKPOINTS)[number]} */ (last) : null,
  };
}

/** Vitest's file-name sanitiser (@vitest/browser, `sanitize(input, false)`). */
export function sanitizeArg(arg) {
  return arg
    .replace(/\s+/g, '-')
    .replace(/[^\w-]+/g, '')
    .replace(/-{2,}/g, '-');
}

/**
 * The repository path of a story's baseline.
 * @param {string} storyFile repository path of the story file, e.g. `src/atoms/Button/Button.stories.tsx`
 */
export function baselinePath(storyFile, storyId, scheme, breakpoint = null) {
  const slash = storyFile.lastIndexOf('/');
  const dir = slash === -1 ? '' : storyFile.slice(0, slash + 1);
  const stem = storyFileStem(storyFile.slice(slash + 1));
  const picture = sanitizeArg(pictureArg(storyId, scheme, breakpoint));
  return `${dir}${SCREENSHOT_DIR}/${stem}/${picture}-${BROWSER_PLATFORM}.png`;
}

/**
 * @typedef {object} BaselineName
 * @property {string} path the repository path, as given
 * @property {string} dir the story folder, with a trailing slash (`src/atoms/Button/`)
 * @property {string} stem the story file's stem (`Button`)
 * @property {string} slug the story id's export part (`as-link`)
 * @property {(typeof PICTURE_SCHEMES)[number]} scheme
 * @property {(typeof BREAKPOINTS)[number] | null} breakpoint
 */

/**
 * What a baseline's path says, or null for a file that is no baseline (another PNG, another
 * browser's picture).
 * @param {string} path repository path with forward slashes
 * @returns {BaselineName | null}
 */
export function parseBaselinePath(path) {
  const match = BASELINE_PATH.exec(path);
  if (!match?.groups) return null;
  const { dir = '', stem = '', picture = '' } = match.groups;
  const name = PICTURE_NAME.exec(picture);
  if (!name?.groups) return null;
  return {
    path,
    dir,
    stem,
    slug: name.groups.slug ?? '',
    scheme: /** @type {(typeof PICTURE_SCHEMES)[number]} */ (name.groups.scheme),
    breakpoint: /** @type {(typeof BREAKPOINTS)[number] | null} */ (name.groups.breakpoint ?? null),
  };
}

/**
 * What a picture's file name says: `status-dark-chromium-linux.png` (a baseline), or Vitest's
 * `status-dark-actual-chromium-linux.png` (`-reference`, `-actual`, `-diff`: the attachments a
 * failed comparison leaves in `.vitest-attachments/`).
 * @param {string} fileName a file name without folders
 * @returns {{ slug: string, scheme: (typeof PICTURE_SCHEMES)[number], breakpoint: (typeof BREAKPOINTS)[number] | null, role: 'reference' | 'actual' | 'diff' | null } | null}
 */
export function parsePictureFileName(fileName) {
  const suffix = `-${BROWSER_PLATFORM}.png`;
  if (!fileName.endsWith(suffix)) return null;
  let picture = fileName.slice(0, -suffix.length);
  const role = /-(reference|actual|diff)$/.exec(picture)?.[1] ?? null;
  if (role) picture = picture.slice(0, -role.length - 1);
  const name = PICTURE_NAME.exec(picture);
  if (!name?.groups) return null;
  return {
    slug: name.groups.slug ?? '',
    scheme: /** @type {(typeof PICTURE_SCHEMES)[number]} */ (name.groups.scheme),
    breakpoint: /** @type {(typeof BREAKPOINTS)[number] | null} */ (name.groups.breakpoint ?? null),
    role: /** @type {'reference' | 'actual' | 'diff' | null} */ (role),
  };
}

/** Human names of the schemes, as the Storybook toolbar shows them. */
export const SCHEME_TITLES = Object.freeze({
  light: 'Light',
  dark: 'Dark',
  'high-contrast': 'High contrast',
});

/**
 * Human names of every picture mode, for reports: the schemes' toolbar names and forced
 * colours, which Storybook has no toolbar entry for (its links show the light theme).
 */
export const PICTURE_SCHEME_TITLES = Object.freeze({
  ...SCHEME_TITLES,
  [FORCED_COLORS]: 'Forced colours',
});

/**
 * The Storybook theme that shows a picture's story: the scheme itself, or light for the
 * forced-colours picture (Storybook cannot emulate forced colours; Chromium's DevTools can,
 * Rendering › "Emulate CSS media feature forced-colors").
 * @param {string} scheme
 */
export function storybookThemeOf(scheme) {
  return scheme === FORCED_COLORS ? 'light' : scheme;
}
