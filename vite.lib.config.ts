// The library build (`npm run build`, through scripts/package/build.mjs): ESM only, one output
// module per source module, so consumers tree-shake per component and every component module
// can carry its own `'use client'`. Types come from tsc (tsconfig.build.json), not from here.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import {
  distBasename,
  externalPackages,
  isExternal,
  scriptEntries,
} from './scripts/package/entries.mjs';
import { clientDirectivePlugin } from './scripts/package/use-client.mjs';

const srcDir = fileURLToPath(new URL('./src/', import.meta.url));
const externals = externalPackages();

export default defineConfig({
  // Nothing of the app/Storybook setup (vite.config.ts) applies to the published package.
  publicDir: false,
  logLevel: 'warn',
  // Always the production JSX transform (`react/jsx-runtime`), whatever NODE_ENV the caller
  // has: Vite derives `development` from NODE_ENV, and under Vitest (NODE_ENV=test) it would
  // emit `jsxDEV` from `react/jsx-dev-runtime` (undefined in a production React) and the
  // absolute source paths of `_jsxFileName`. check-dist.mjs refuses such a dist/.
  mode: 'production',
  oxc: { jsx: { runtime: 'automatic', development: false } },
  build: {
    outDir: 'dist',
    // scripts/package/build.mjs cleans dist/ and emits the .d.ts files into it in parallel.
    emptyOutDir: false,
    copyPublicDir: false,
    target: 'es2022',
    // Readable output: apps minify; unminified modules keep directives and debugging simple.
    minify: false,
    sourcemap: false,
    reportCompressedSize: false,
    lib: {
      entry: Object.fromEntries(
        scriptEntries().map(({ source }) => [distBasename(source), source]),
      ),
      formats: ['es'],
    },
    rolldownOptions: {
      external: (id) => isExternal(id, externals),
      plugins: [clientDirectivePlugin({ srcDir })],
      output: {
        preserveModules: true,
        preserveModulesRoot: 'src',
        entryFileNames: '[name].js',
      },
    },
  },
});
