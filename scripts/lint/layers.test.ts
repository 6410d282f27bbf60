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

/**
 * Molecules are built in parallel, so the test brings its own: it lives only while ESLint runs
 * and has no index.ts, so it is never a package entry.
 */
const moleculeDir = `src/molecules/${tag}`;
const moleculeFromButton = `../../molecules/${tag}/Planted`;

/**
 * One planted file: what it proves, where it goes (`*` becomes a unique name), its one import,
 * and the rule and message expected, or `null` when no boundaries message may appear.
 */
type Case = {
  name: string;
  at: string;
  code: string;
  error: { rule: string; message: RegExp } | null;
};

const importFrom = (source: string) =>
  `import * as planted from '${source}';\nexport { planted };\n`;
const typeFrom = (source: string) =>
  `import type * as planted from '${source}';\nexport type { planted };\n`;
const reExport = (source: string) => `export * from '${source}';\n`;
const lazy = (source: string) => `export const planted = () => import('${source}');\n`;

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** The message of a cross-layer import (eslint.config.js, `layerMessage`). */
const layerError = (from: string, to: string) => ({
  rule: 'boundaries/dependencies',
  message: new RegExp(`^${from} may not import \\S+ \\(${escape(to)}\\): imports point down`),
});
/** The message of library code importing a story, test, docs file, .storybook or src/test. */
const devError = (from: string, toFile: string) => ({
  rule: 'boundaries/dependencies',
  message: new RegExp(
    `^${from} may not import \\S+ \\(${escape(toFile)}\\): library code never imports stories`,
  ),
});
/** The message of a template importing below the package root. */
const templateError = (to: string) => ({
  rule: 'boundaries/dependencies',
  message: new RegExp(
    `^templates may not import \\S+ \\(${escape(to)}\\): a template uses the library only through its root`,
  ),
});
/** The message of anything importing a page template. */
const intoTemplateError = (from: string) => ({
  rule: 'boundaries/dependencies',
  message: new RegExp(
    `^${from} may not import \\S+ \\(templates\\): nothing imports a page template`,
  ),
});
const unknownFile = {
  rule: 'boundaries/no-unknown-files',
  message: /does not belong to any known element/,
};
const emotionError = { rule: 'no-restricted-imports', message: /ships no Emotion runtime/ };
const emotionCss = "import { css } from '@emotion/react';\nexport const planted = css``;\n";

const forbid = (
  name: string,
  at: string,
  code: string,
  error: NonNullable<Case['error']>,
): Case => ({
  name,
  at,
  code,
  error,
});
const allow = (name: string, at: string, code: string): Case => ({ name, at, code, error: null });

const story = 'src/atoms/Button/Button.stories.tsx';
const molecule = `${moleculeDir}/Planted.ts`;

const forbidden = [
  // utils is the floor; tokens may use it, never the reverse.
  forbid('utils → theme', 'src/utils/*.ts', importFrom('../theme'), layerError('utils', 'theme')),
  forbid(
    'utils → tokens',
    'src/utils/*.ts',
    importFrom('../tokens'),
    layerError('utils', 'tokens'),
  ),
  forbid(
    'utils → atoms (re-export)',
    'src/utils/*.ts',
    reExport('../atoms/Button'),
    layerError('utils', 'atoms'),
  ),
  forbid(
    'tokens → theme',
    'src/tokens/*.ts',
    importFrom('../theme'),
    layerError('tokens', 'theme'),
  ),
  forbid(
    'tokens → atoms (type-only)',
    'src/tokens/*.ts',
    typeFrom('../atoms/Button'),
    layerError('tokens', 'atoms'),
  ),
  forbid(
    'tokens → molecules',
    'src/tokens/*.ts',
    importFrom(`../molecules/${tag}/Planted`),
    layerError('tokens', 'molecules'),
  ),
  forbid(
    'theme → atoms',
    'src/theme/*.ts',
    importFrom('../atoms/Button'),
    layerError('theme', 'atoms'),
  ),
  forbid(
    'theme → molecules',
    'src/theme/*.ts',
    importFrom(`../molecules/${tag}/Planted`),
    layerError('theme', 'molecules'),
  ),
  forbid(
    'atoms → molecules',
    'src/atoms/Button/*.ts',
    importFrom(moleculeFromButton),
    layerError('atoms', 'molecules'),
  ),
  forbid(
    'atoms → molecules (lazy)',
    'src/atoms/Button/*.ts',
    lazy(moleculeFromButton),
    layerError('atoms', 'molecules'),
  ),
  forbid(
    'atoms → the package root',
    'src/atoms/Button/*.ts',
    importFrom('../../index'),
    layerError('atoms', 'src/index.ts'),
  ),
  forbid(
    'atoms → a file that does not resolve',
    'src/atoms/Button/*.ts',
    importFrom('./NoSuchFile'),
    layerError('atoms', 'a file in no layer, or none at all'),
  ),
  // Nothing ships a story, a test or Storybook's set-up: not even the component's own.
  forbid(
    'atoms → own story',
    'src/atoms/Button/*.ts',
    importFrom('./Button.stories'),
    devError('atoms', story),
  ),
  forbid(
    'atoms → own test',
    'src/atoms/Button/*.ts',
    importFrom('./Button.test'),
    devError('atoms', 'src/atoms/Button/Button.test.tsx'),
  ),
  forbid(
    'atoms → its Code Connect template',
    'src/atoms/Button/*.ts',
    importFrom('./Button.figma'),
    devError('atoms', 'src/atoms/Button/Button.figma.ts'),
  ),
  forbid(
    'atoms → .storybook/design',
    'src/atoms/Button/*.ts',
    importFrom('../../../.storybook/design'),
    devError('atoms', '.storybook/design.ts'),
  ),
  forbid(
    'atoms → src/test',
    'src/atoms/Button/*.ts',
    importFrom('../../test/storyIcons'),
    devError('atoms', 'src/test/storyIcons.tsx'),
  ),
  forbid(
    'molecules → a story',
    `${moleculeDir}/*.ts`,
    importFrom('../../atoms/Button/Button.stories'),
    devError('molecules', story),
  ),
  forbid(
    'molecules → .storybook/design',
    `${moleculeDir}/*.ts`,
    importFrom('../../../.storybook/design'),
    devError('molecules', '.storybook/design.ts'),
  ),
  forbid(
    'theme → own test',
    'src/theme/*.ts',
    importFrom('./ThemeProvider.test'),
    devError('theme', 'src/theme/ThemeProvider.test.tsx'),
  ),
  forbid(
    'tokens → a story',
    'src/tokens/*.ts',
    importFrom('../atoms/Button/Button.stories'),
    devError('tokens', story),
  ),
  // Templates use the library as an app does, through the package root; nothing imports them.
  forbid(
    'templates → an atom',
    'src/templates/*.tsx',
    importFrom('../atoms/Button'),
    templateError('atoms'),
  ),
  forbid(
    'template story → a molecule',
    'src/templates/*.stories.tsx',
    importFrom(`../molecules/${tag}/Planted`),
    templateError('molecules'),
  ),
  forbid(
    'templates → theme',
    'src/templates/*.tsx',
    importFrom('../theme'),
    templateError('theme'),
  ),
  forbid(
    'atoms → a template',
    'src/atoms/Button/*.ts',
    importFrom('../../templates/templateParameters'),
    intoTemplateError('atoms'),
  ),
  forbid(
    'story → a template',
    'src/atoms/Button/*.stories.tsx',
    importFrom('../../templates/templateParameters'),
    intoTemplateError('atoms'),
  ),
  forbid(
    '.storybook → a template',
    '.storybook/*.ts',
    importFrom('../src/templates/templateParameters'),
    intoTemplateError('storybook'),
  ),
  // A folder in no layer would escape every policy.
  forbid('a file in no layer', `src/${tag}/*.ts`, importFrom('../theme'), unknownFile),
  // The Emotion runtime stays out of every file, whatever the layer blocks say.
  forbid('@emotion/react css in an atom', 'src/atoms/Button/*.ts', emotionCss, emotionError),
  forbid('@emotion/react css in theme', 'src/theme/*.ts', emotionCss, emotionError),
  forbid(
    '@emotion/react css in a story',
    'src/atoms/Button/*.stories.tsx',
    emotionCss,
    emotionError,
  ),
  forbid('@emotion/react css in .storybook', '.storybook/*.ts', emotionCss, emotionError),
];

const allowed = [
  allow('tokens → utils', 'src/tokens/*.ts', importFrom('../utils')),
  allow(
    'tokens → generated tokens (.js → .ts)',
    'src/tokens/*.ts',
    importFrom('./generated/vars.js'),
  ),
  allow('theme → tokens', 'src/theme/*.ts', importFrom('../tokens')),
  allow('theme → utils', 'src/theme/*.ts', importFrom('../utils')),
  allow('atoms → theme', 'src/atoms/Button/*.ts', importFrom('../../theme')),
  allow('atoms → a theme module', 'src/atoms/Button/*.ts', importFrom('../../theme/styleRegistry')),
  allow('atoms → tokens', 'src/atoms/Button/*.ts', importFrom('../../tokens')),
  allow('atoms → utils', 'src/atoms/Button/*.ts', importFrom('../../utils')),
  allow('atoms → another atom', 'src/atoms/Button/*.ts', reExport('../Icon')),
  allow('atoms → own module', 'src/atoms/Button/*.ts', importFrom('./Button')),
  allow('molecules → atoms', `${moleculeDir}/*.ts`, importFrom('../../atoms/Button')),
  allow('molecules → theme', `${moleculeDir}/*.ts`, importFrom('../../theme')),
  allow('molecules → tokens', `${moleculeDir}/*.ts`, importFrom('../../tokens')),
  allow('molecules → utils', `${moleculeDir}/*.ts`, importFrom('../../utils')),
  allow('molecules → own module', `${moleculeDir}/*.ts`, importFrom('./Planted')),
  allow(
    'story → .storybook/design',
    'src/atoms/Button/*.stories.tsx',
    importFrom('../../../.storybook/design'),
  ),
  allow('story → src/test', 'src/atoms/Button/*.stories.tsx', importFrom('../../test/storyIcons')),
  allow('story → own atom', 'src/atoms/Button/*.stories.tsx', importFrom('./Button')),
  allow('theme test → an atom', 'src/theme/*.test.tsx', importFrom('../atoms/Button')),
  allow(
    'atom test → .storybook',
    'src/atoms/Button/*.test.tsx',
    importFrom('../../../.storybook/stories/stress'),
  ),
  allow('.storybook → atoms', '.storybook/*.ts', importFrom('../src/atoms/Button')),
  allow('templates → the package root', 'src/templates/*.tsx', importFrom('../index')),
  allow(
    'templates → .storybook/design',
    'src/templates/*.ts',
    importFrom('../../.storybook/design'),
  ),
  allow('template story → the package root', 'src/templates/*.stories.tsx', importFrom('../index')),
  allow(
    'template story → another template',
    'src/templates/*.stories.tsx',
    importFrom('./templateParameters'),
  ),
];

const cases = [...forbidden, ...allowed];
const fileOf = (c: Case) => c.at.replace('*', `${tag}${cases.indexOf(c)}`);

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
