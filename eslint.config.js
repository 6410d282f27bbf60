import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import storybook from 'eslint-plugin-storybook';
import boundaries from 'eslint-plugin-boundaries';
import globals from 'globals';
import { fileURLToPath } from 'node:url';

// Emotion's `css` from @emotion/react drags its whole runtime into every bundle; ours is the
// same serialiser without it (src/theme/css.ts, docs/PERFORMANCE.md).
const emotionRuntime = {
  name: '@emotion/react',
  importNames: ['css', 'Global', 'ClassNames', 'jsx', 'keyframes', 'CacheProvider'],
  message: 'Import `css` from src/theme/css.ts: Callicrates ships no Emotion runtime.',
};

/** The layers of docs/ARCHITECTURE.md, bottom first, and the dev-only code beside them. */
const layerElements = [
  { type: 'utils', pattern: 'src/utils', partialMatch: false },
  { type: 'tokens', pattern: 'src/tokens', partialMatch: false },
  { type: 'theme', pattern: 'src/theme', partialMatch: false },
  { type: 'atoms', pattern: 'src/atoms/*', partialMatch: false, capture: ['component'] },
  { type: 'molecules', pattern: 'src/molecules/*', partialMatch: false, capture: ['component'] },
  { type: 'storybook', pattern: '.storybook/**', partialMatch: false },
  { type: 'test-support', pattern: 'src/test', partialMatch: false },
  // Page templates (stories under Templates/): the top layer, built only from the package root.
  { type: 'templates', pattern: 'src/templates', partialMatch: false },
];

/** Files that never ship, wherever they sit; `src/index.ts` is the package root. */
const devFiles = [
  { category: 'story', pattern: '{src,.storybook}/**/*.stories.tsx' },
  { category: 'test', pattern: '{src,.storybook}/**/*.test.{ts,tsx}' },
  { category: 'docs', pattern: '{src,.storybook}/**/*.docs.tsx' },
  // Code Connect templates: Figma runs them, the package never ships or imports them.
  { category: 'figma', pattern: 'src/**/*.figma.ts' },
  { category: 'entry', pattern: 'src/index.ts' },
];

const layer = (...types) => ({ to: { element: { types } } });
const devCode = [
  { element: { types: ['storybook', 'test-support'] } },
  { file: { categories: ['story', 'test', 'docs', 'figma'] } },
];

// Handlebars over the plugin's description of the import; {{{…}}} leaves paths unescaped.
const importer =
  '{{#if from.element.type}}{{from.element.type}}{{else}}{{{from.file.path}}}{{/if}}';
const target =
  '{{#if to.element.type}}{{to.element.type}}{{else if to.file.path}}{{{to.file.path}}}' +
  '{{else}}a file in no layer, or none at all{{/if}}';

/** Reported when no policy allows an import. */
const layerMessage = `${importer} may not import {{{dependency.source}}} (${target}): imports point down the layers of docs/ARCHITECTURE.md.`;

/**
 * Evaluated in order, the last matching policy wins; anything unmatched is an error.
 * utils is the floor: it imports nothing of ours. tokens may use utils, never the reverse.
 */
const layerPolicies = [
  { from: { element: { type: 'utils' } }, allow: layer('utils') },
  { from: { element: { type: 'tokens' } }, allow: layer('tokens', 'utils') },
  { from: { element: { type: 'theme' } }, allow: layer('theme', 'tokens', 'utils') },
  { from: { element: { type: 'atoms' } }, allow: layer('atoms', 'theme', 'tokens', 'utils') },
  {
    from: { element: { type: 'molecules' } },
    allow: layer('molecules', 'atoms', 'theme', 'tokens', 'utils'),
  },
  {
    from: { file: { categories: 'entry' } },
    allow: layer('molecules', 'atoms', 'theme', 'tokens', 'utils'),
  },
  {
    // Overrides every allowance above: nothing ships a story, a test or Storybook's set-up.
    disallow: { to: devCode },
    message: `${importer} may not import {{{dependency.source}}} ({{{to.file.path}}}): library code never imports stories, tests, docs, Code Connect templates, .storybook or src/test.`,
  },
  // Stories, tests, docs and templates sit on top: any layer, each other, .storybook, src/test.
  { from: devCode, allow: { to: { module: { origin: 'local' } } } },
  // Templates sit on top of everything and nothing imports them; they use the library as an
  // app does, through the package root (src/index.ts), plus .storybook for their stories.
  {
    disallow: layer('templates'),
    message: `${importer} may not import {{{dependency.source}}} (templates): nothing imports a page template.`,
  },
  {
    from: { element: { type: 'templates' } },
    disallow: layer('utils', 'tokens', 'theme', 'atoms', 'molecules', 'test-support'),
    message: `templates may not import {{{dependency.source}}} (${target}): a template uses the library only through its root, src/index.ts.`,
  },
  {
    from: { element: { type: 'templates' } },
    allow: {
      to: [{ element: { types: ['templates', 'storybook'] } }, { file: { categories: 'entry' } }],
    },
  },
];

export default tseslint.config(
  {
    ignores: [
      'node_modules',
      'dist',
      'storybook-static',
      'src/tokens/generated',
      '.vitest-attachments',
      'bench/results',
      'review',
      'visual-changes',
      'drift',
      '!.storybook',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  reactHooks.configs.flat.recommended,
  ...storybook.configs['flat/recommended'],
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-imports': ['error', { paths: [emotionRuntime] }],
    },
  },
  {
    // Style templates ship as written: esbuild and the minifier keep a template literal's text,
    // so a CSS comment in one is in every bundle that has the component (4.5 KB of them were,
    // until 2026-12-02). Say it in a JS comment above the template instead.
    files: ['src/**/*.styles.ts', 'src/theme/sharedStyles.ts', 'src/theme/GlobalStyles.tsx'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: 'TemplateElement[value.raw=/\\/\\*/]',
          message:
            'A CSS comment inside a style template ships in every bundle: write it as a JS comment above the template.',
        },
      ],
    },
  },
  {
    // Layers point down (docs/ARCHITECTURE.md). eslint-plugin-boundaries classifies every file
    // by folder (its layer) and by name (story, test, docs), resolves each import to the file it
    // reaches, and reports any edge no policy below allows.
    files: ['src/**/*.{ts,tsx}', '.storybook/**/*.{ts,tsx}'],
    plugins: { boundaries },
    settings: {
      // Patterns are matched from the repository root whatever directory ESLint runs in.
      'boundaries/root-path': fileURLToPath(new URL('.', import.meta.url)),
      'boundaries/elements': layerElements,
      'boundaries/files': devFiles,
      // Resolve imports as tsc does (tsconfig.json: extensionless paths, `./x.js` → `./x.ts`).
      // An import that resolves nowhere is an unknown local, reported below, never a silent pass.
      'import/resolver': {
        typescript: { project: fileURLToPath(new URL('tsconfig.json', import.meta.url)) },
      },
    },
    rules: {
      // A file in no layer escapes every policy above: src/hooks/ must join a layer first.
      'boundaries/no-unknown-files': 'error',
      'boundaries/dependencies': [
        'error',
        {
          default: 'disallow',
          message: layerMessage,
          // A component importing its own story is still library code importing a story.
          checkInternals: true,
          checkUnknownLocals: true,
          policies: layerPolicies,
        },
      ],
    },
  },
);
