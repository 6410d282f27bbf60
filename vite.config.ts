import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import react from '@vitejs/plugin-react';
import { playwright } from '@vitest/browser-playwright';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { storyPageViewport } from './.storybook/visualViewport';
import { chromiumArgs, pinnedChromium } from './scripts/chromium.mjs';
import { withElementCapture } from './scripts/visual/captureElement.mjs';
import { emulateForcedColors } from './scripts/visual/forcedColors.mjs';
import { movePointerOffFrame } from './scripts/visual/pointer.mjs';
import { resolveScreenshotPath, screenshotTolerance } from './scripts/visual/screenshots.mjs';

const configDir = fileURLToPath(new URL('./.storybook', import.meta.url));

/**
 * The story tests' browser: the pinned Chromium (scripts/chromium.mjs), or CHROMIUM_PATH's
 * where a developer sets it (its pixels will not match the baselines). Only the storybook
 * project needs it, so a machine without either still runs the other projects.
 */
async function storyBrowser() {
  if (process.env.CHROMIUM_PATH) {
    return { executablePath: process.env.CHROMIUM_PATH, args: chromiumArgs };
  }
  try {
    return await pinnedChromium();
  } catch (error) {
    console.warn(`storybook tests: ${(error as Error).message}`);
    return { executablePath: undefined, args: chromiumArgs };
  }
}

const browser = await storyBrowser();

/**
 * Where the installed packages really are. The review and release tests run the story tests in a
 * temporary copy of the project whose node_modules entries link to this checkout's; Vite serves
 * only files under the project unless told, so the real folder is allowed too (a no-op here).
 */
const packagesDir = dirname(dirname(createRequire(import.meta.url).resolve('react/package.json')));

export default defineConfig({
  plugins: [react()],
  test: {
    // The review report (review/index.html, scripts/visual/review-reporter.mjs) after every run
    // of the story tests: a failing `npm test` prints its path.
    reporters: ['default', './scripts/visual/review-reporter.mjs'],
    projects: [
      {
        extends: true,
        test: {
          name: 'tokens',
          include: ['scripts/tokens/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        extends: true,
        test: {
          // The published package: tarball contents, exports, byte budgets (Node, no browser).
          name: 'package',
          include: [
            'scripts/package/**/*.test.ts',
            'bench/**/*.test.ts',
            'scripts/lint/**/*.test.ts',
          ],
          environment: 'node',
          testTimeout: 120_000,
        },
      },
      {
        extends: true,
        test: {
          // Figma: Code Connect templates parsed and type-checked, channels, dev-resource links.
          name: 'figma',
          include: ['scripts/figma/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
        },
      },
      {
        extends: true,
        test: {
          // The design-QA tools (Node): the review report and its Chromium check, the visual
          // changelog of a release, the design-drift report.
          name: 'visual-tools',
          include: [
            'scripts/visual/**/*.test.ts',
            'scripts/release/**/*.test.ts',
            'scripts/drift/**/*.test.ts',
          ],
          environment: 'node',
          testTimeout: 300_000,
          hookTimeout: 300_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['src/**/*.test.{ts,tsx}'],
          exclude: ['src/**/*.browser.test.{ts,tsx}'],
          environment: 'jsdom',
          // No per-file isolation: the files of a worker share one jsdom window and one copy of
          // each module. A fresh window and module graph per file was most of this project's
          // time: on two shared cores it took 4–5 minutes isolated, about 1 minute shared, with
          // a fifth of the CPU time. So a test file must undo whatever it changes outside its
          // own renders: globals and prototypes it stubs, elements it adds to <head> or <body>,
          // <html> attributes, roots it mounts itself (hydrateRoot: unmount them), storage,
          // fake timers. The shared setup resets the library's time-based singleton (the
          // tooltip warm-up) after each test and fails any file that leaves something behind,
          // an open overlay, modal or toast included (src/test/setup.unit.ts, leaks.ts).
          isolate: false,
          setupFiles: ['./src/test/setup.unit.ts'],
          // A limit for a test that hangs, not a speed check (timings never fail tests): a
          // form test of 371 ms here ran past Vitest's 5 s default on CI's loaded two cores,
          // beside the story tests' browser (2026-12-02). Waits inside tests keep their own.
          testTimeout: 15_000,
        },
      },
      {
        extends: true,
        plugins: [storybookTest({ configDir, storybookScript: 'npm start' })],
        server: { fs: { allow: [packagesDir] } },
        test: {
          name: 'storybook',
          setupFiles: ['./.storybook/vitest.setup.ts'],
          // `npm run drift` asks the stories where they draw text (vitest.setup.ts).
          provide: { recordTextBoxes: process.env.CALLICRATES_DRIFT === '1' },
          testTimeout: 30_000,
          browser: {
            enabled: true,
            headless: true,
            // Each picture in one DevTools call (scripts/visual/captureElement.mjs says why).
            provider: withElementCapture(
              playwright({
                launchOptions: { executablePath: browser.executablePath, args: browser.args },
                // The test frame is scaled down to fit this page. Room for the tallest story
                // (vitest.setup.ts grows the frame to it) keeps every screenshot at 1:1.
                contextOptions: { viewport: storyPageViewport },
              }),
            ),
            instances: [{ browser: 'chromium' }],
            // Called before each story (vitest.setup.ts): scripts/visual/pointer.mjs says why.
            // And around a story's forced-colours picture: scripts/visual/forcedColors.mjs.
            commands: { movePointerOffFrame, emulateForcedColors },
            viewport: { width: 1024, height: 768 },
            expect: {
              toMatchScreenshot: {
                comparatorName: 'pixelmatch',
                // Zero tolerance (scripts/visual/screenshots.mjs): the review report counts with it too.
                comparatorOptions: screenshotTolerance,
                // How long to wait for two identical captures, not a tolerance. The first capture
                // after a very large story (the 1,500-icon gallery) takes over 3 s in the software
                // rasteriser on a busy 2-core machine; Vitest's 5 s default then fails it.
                timeout: 15_000,
                // `__screenshots__/Button/…` (scripts/visual/screenshots.mjs, where the review
                // report and the visual changelog read the same names).
                resolveScreenshotPath,
              },
            },
          },
        },
      },
    ],
  },
});
