import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import storybook from 'eslint-plugin-storybook';
import globals from 'globals';

// Emotion's `css` from @emotion/react drags its whole runtime into every bundle; ours is the
// same serialiser without it (src/theme/css.ts, docs/PERFORMANCE.md).
const emotionRuntime = {
  name: '@emotion/react',
  importNames: ['css', 'Global', 'ClassNames', 'jsx', 'keyframes', 'CacheProvider'],
  message: 'Import `css` from src/theme/css.ts: Callicrates ships no Emotion runtime.',
};

export default tseslint.config(
  {
    ignores: [
      'node_modules',
      'dist',
      'storybook-static',
      'src/tokens/generated',
      '.vitest-attachments',
      'bench/results',
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
    // Layers point down: atoms never reach up into molecules, and nothing ships stories or tests.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/**/*.stories.tsx', 'src/**/*.test.{ts,tsx}', 'src/**/*.docs.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [emotionRuntime],
          patterns: [
            {
              group: ['**/*.stories', '**/*.test', '**/.storybook/**'],
              message: 'Library code never imports stories or tests.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/tokens/**', 'src/theme/**'],
    ignores: ['src/**/*.stories.tsx', 'src/**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [emotionRuntime],
          patterns: [
            {
              group: ['**/atoms/**', '**/molecules/**'],
              message: 'tokens and theme sit below components: they never import them.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/atoms/**'],
    ignores: ['src/**/*.stories.tsx', 'src/**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [emotionRuntime],
          patterns: [
            { group: ['**/molecules/**'], message: 'An atom never imports a molecule.' },
            {
              group: ['**/*.stories', '**/*.test'],
              message: 'Library code never imports stories or tests.',
            },
          ],
        },
      ],
    },
  },
);
