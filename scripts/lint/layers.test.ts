// The layer rules of docs/ARCHITECTURE.md, proven against the real ESLint config on the real
// tree: each case plants a one-import file in a layer, lints it like `npx eslint .` does, and
// expects either the boundaries error naming both sides or no boundaries message at all. The
// allowed cases matter as much as the forbidden ones: a resolver that resolves nothing, or a
// policy list that allows nothing, fails them.
import { ESLint } from 'eslint';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** Unique per run, so a planted file never collides with a real one (or another run's). */
const tag = `__planted${process.pid}__`;

/** No molecule exists yet: this one lives only while ESLint runs (no index.ts, so no entry). */
const moleculeDir = `src/molecules/${tag}`;
const molecule = `${moleculeDir}/Planted.ts`;
const moleculeFromButton = `../../molecules/${tag}/Planted`;

type Case = {
  /** What the case proves, for the test name. */
  name: string;
  /** Folder (from the repository root) the planted file goes in. */
  dir: string;
  /** File name suffix: `.ts`, `.stories.tsx`, `.test.ts`. */
  suffix?: string;
  /** The planted file's content: one import. */
  code: string;
  /** The rule and message expected, or `null` when no boundaries message may appear. */
  error: { rule: string; message: RegExp } | null;
};

const importFrom = (source: string) =>
  `import * as planted from '${source}';\nexport { planted };\n`;
const typeFrom = (source: string) =>
  `import type * as planted from '${source}';\nexport type { planted };\n`;
const reExport = (source: string) => `export * from '${source}';\n`;
const lazy = (source: string) => `export const planted = () => import('${source}');\n`;

/** The message of a cross-layer import (eslint.config.js, `layerMessage`). */
const layerError = (from: string, to: string) => ({
  rule: 'boundaries/dependencies',
  message: new RegExp(`^${from} may not import \\S+ \\(${to}\\): imports point down the layers`),
});
/** The message of library code importing a story, test, docs file, .storybook or src/test. */
const devError = (from: string, toPath: RegExp) => ({
  rule: 'boundaries/dependencies',
  message: new RegExp(
    `^${from} may not import \\S+ \\(${toPath.source}\\): library code never imports stories`,
  ),
});
const emotionError = {
  rule: 'no-restricted-imports',
  message: /Callicrates ships no Emotion runtime/,
};
const emotionCss = "import { css } from '@emotion/react';\nexport const planted = css``;\n";

const utils = 'src/utils';
const tokens = 'src/tokens';
const theme = 'src/theme';
const button = 'src/atoms/Button';

const forbidden: Case[] = [
  // utils is the floor; tokens may use it, never the reverse.
  {
    name: 'utils → theme',
    dir: utils,
    code: importFrom('../theme'),
    error: layerError('utils', 'theme'),
  },
  {
    name: 'utils → tokens',
    dir: utils,
    code: importFrom('../tokens'),
    error: layerError('utils', 'tokens'),
  },
  {
    name: 'utils → atoms (re-export)',
    dir: utils,
    code: reExport('../atoms/Button'),
    error: layerError('utils', 'atoms'),
  },
  {
    name: 'tokens → theme',
    dir: tokens,
    code: importFrom('../theme'),
    error: layerError('tokens', 'theme'),
  },
  {
    name: 'tokens → atoms (type-only)',
    dir: tokens,
    code: typeFrom('../atoms/Button'),
    error: layerError('tokens', 'atoms'),
  },
  {
    name: 'tokens → molecules',
    dir: tokens,
    code: importFrom(`../molecules/${tag}/Planted`),
    error: layerError('tokens', 'molecules'),
  },
  {
    name: 'theme → atoms',
    dir: theme,
    code: importFrom('../atoms/Button'),
    error: layerError('theme', 'atoms'),
  },
  {
    name: 'theme → molecules',
    dir: theme,
    code: importFrom(`../molecules/${tag}/Planted`),
    error: layerError('theme', 'molecules'),
  },
  {
    name: 'atoms → molecules',
    dir: button,
    code: importFrom(moleculeFromButton),
    error: layerError('atoms', 'molecules'),
  },
  {
    name: 'atoms → molecules (lazy)',
    dir: button,
    code: lazy(moleculeFromButton),
    error: layerError('atoms', 'molecules'),
  },
  {
    name: 'atoms → the package root',
    dir: button,
    code: importFrom('../../index'),
    error: layerError('atoms', 'src/index\\.ts'),
  },
  {
    name: 'atoms → a file that does not resolve',
    dir: button,
    code: importFrom('./NoSuchFile'),
    error: layerError('atoms', 'a file in no layer, or none at all'),
  },
  // Nothing ships a story, a test or Storybook's set-up: not even the component's own.
  {
    name: 'atoms → own story',
    dir: button,
    code: importFrom('./Button.stories'),
    error: devError('atoms', /src\/atoms\/Button\/Button\.stories\.tsx/),
  },
  {
    name: 'atoms → own test',
    dir: button,
    code: importFrom('./Button.test'),
    error: devError('atoms', /src\/atoms\/Button\/Button\.test\.tsx/),
  },
  {
    name: 'atoms → .storybook/design',
    dir: button,
    code: importFrom('../../../.storybook/design'),
    error: devError('atoms', /\.storybook\/design\.ts/),
  },
  {
    name: 'atoms → src/test',
    dir: button,
    code: importFrom('../../test/storyIcons'),
    error: devError('atoms', /src\/test\/storyIcons\.tsx/),
  },
  {
    name: 'molecules → a story',
    dir: moleculeDir,
    code: importFrom('../../atoms/Button/Button.stories'),
    error: devError('molecules', /src\/atoms\/Button\/Button\.stories\.tsx/),
  },
  {
    name: 'molecules → .storybook/design',
    dir: moleculeDir,
    code: importFrom('../../../.storybook/design'),
    error: devError('molecules', /\.storybook\/design\.ts/),
  },
  {
    name: 'theme → own test',
    dir: theme,
    code: importFrom('./ThemeProvider.test'),
    error: devError('theme', /src\/theme\/ThemeProvider\.test\.tsx/),
  },
  {
    name: 'tokens → a story',
    dir: tokens,
    code: importFrom('../atoms/Button/Button.stories'),
    error: devError('tokens', /src\/atoms\/Button\/Button\.stories\.tsx/),
  },
  // A folder in no layer would escape every policy.
  {
    name: 'a file in no layer',
    dir: `src/${tag}`,
    code: importFrom('../theme'),
    error: { rule: 'boundaries/no-unknown-files', message: /does not belong to any known element/ },
  },
  // The Emotion runtime stays out of every file, whatever the layer blocks say.
  { name: '@emotion/react css in an atom', dir: button, code: emotionCss, error: emotionError },
  { name: '@emotion/react css in theme', dir: theme, code: emotionCss, error: emotionError },
  {
    name: '@emotion/react css in a story',
    dir: button,
    suffix: '.stories.tsx',
    code: emotionCss,
    error: emotionError,
  },
  {
    name: '@emotion/react css in .storybook',
    dir: '.storybook',
    code: emotionCss,
    error: emotionError,
  },
];

const allowed: Case[] = [
  { name: 'tokens → utils', dir: tokens, code: importFrom('../utils'), error: null },
  {
    name: 'tokens → generated tokens (.js → .ts)',
    dir: tokens,
    code: importFrom('./generated/vars.js'),
    error: null,
  },
  { name: 'theme → tokens', dir: theme, code: importFrom('../tokens'), error: null },
  { name: 'theme → utils', dir: theme, code: importFrom('../utils'), error: null },
  { name: 'atoms → theme', dir: button, code: importFrom('../../theme'), error: null },
  {
    name: 'atoms → theme (module)',
    dir: button,
    code: importFrom('../../theme/styleRegistry'),
    error: null,
  },
  { name: 'atoms → tokens', dir: button, code: importFrom('../../tokens'), error: null },
  { name: 'atoms → utils', dir: button, code: importFrom('../../utils'), error: null },
  { name: 'atoms → another atom', dir: button, code: reExport('../Icon'), error: null },
  { name: 'atoms → own module', dir: button, code: importFrom('./Button'), error: null },
  {
    name: 'molecules → atoms',
    dir: moleculeDir,
    code: importFrom('../../atoms/Button'),
    error: null,
  },
  { name: 'molecules → theme', dir: moleculeDir, code: importFrom('../../theme'), error: null },
  { name: 'molecules → tokens', dir: moleculeDir, code: importFrom('../../tokens'), error: null },
  { name: 'molecules → utils', dir: moleculeDir, code: importFrom('../../utils'), error: null },
  { name: 'molecules → own module', dir: moleculeDir, code: importFrom('./Planted'), error: null },
  {
    name: 'story → .storybook/design',
    dir: button,
    suffix: '.stories.tsx',
    code: importFrom('../../../.storybook/design'),
    error: null,
  },
  {
    name: 'story → src/test',
    dir: button,
    suffix: '.stories.tsx',
    code: importFrom('../../test/storyIcons'),
    error: null,
  },
  {
    name: 'story → own atom',
    dir: button,
    suffix: '.stories.tsx',
    code: importFrom('./Button'),
    error: null,
  },
  {
    name: 'theme test → an atom',
    dir: theme,
    suffix: '.test.tsx',
    code: importFrom('../atoms/Button'),
    error: null,
  },
  {
    name: 'atom test → .storybook',
    dir: button,
    suffix: '.test.tsx',
    code: importFrom('../../../.storybook/stories/stress'),
    error: null,
  },
  {
    name: '.storybook → atoms',
    dir: '.storybook',
    code: importFrom('../src/atoms/Button'),
    error: null,
  },
];

const cases = [...forbidden, ...allowed];
const fileOf = (c: Case) => join(c.dir, `${tag}${cases.indexOf(c)}${c.suffix ?? '.ts'}`);

/** Lint results by planted file (relative path), messages of the rules under test only. */
let messagesByFile: Map<string, ESLint.LintResult['messages']>;

beforeAll(async () => {
  const created: string[] = [];
  const plant = (file: string, code: string) => {
    const path = join(root, file);
    // Remember the outermost folder we make, so cleaning up leaves the tree as it was.
    let dir = dirname(path);
    let outermost: string | undefined;
    while (!existsSync(dir)) {
      outermost = dir;
      dir = dirname(dir);
    }
    if (outermost) {
      mkdirSync(dirname(path), { recursive: true });
      created.push(outermost);
    }
    writeFileSync(path, code);
    created.push(path);
  };
  try {
    plant(molecule, 'export const planted = 1;\n');
    for (const c of cases) plant(fileOf(c), c.code);
    const eslint = new ESLint({ cwd: root });
    const results = await eslint.lintFiles(cases.map((c) => join(root, fileOf(c))));
    messagesByFile = new Map(
      results.map((r) => [r.filePath.slice(root.length).replace(/^\//, ''), r.messages]),
    );
  } finally {
    for (const path of created.reverse()) rmSync(path, { recursive: true, force: true });
  }
}, 60_000);

const checked = (c: Case) => {
  const messages = messagesByFile.get(fileOf(c));
  // Linted for real: not ignored, parsed without a fatal error.
  expect(messages, `${fileOf(c)} was not linted`).toBeDefined();
  expect(messages!.filter((m) => m.fatal || m.ruleId === null)).toEqual([]);
  return messages!.filter(
    (m) => m.ruleId?.startsWith('boundaries/') || m.ruleId === 'no-restricted-imports',
  );
};

describe('layer rules (eslint.config.js, docs/ARCHITECTURE.md)', () => {
  it.each(forbidden.map((c) => [c.name, c] as const))('forbids %s', (_, c) => {
    const messages = checked(c);
    expect(messages.map((m) => m.ruleId)).toEqual([c.error!.rule]);
    expect(messages[0]!.message).toMatch(c.error!.message);
  });

  it.each(allowed.map((c) => [c.name, c] as const))('allows %s', (_, c) => {
    expect(checked(c)).toEqual([]);
  });

  it('left nothing planted behind', () => {
    expect(existsSync(join(root, moleculeDir))).toBe(false);
    for (const c of cases) expect(existsSync(join(root, fileOf(c)))).toBe(false);
  });
});
