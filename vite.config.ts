import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import react from '@vitejs/plugin-react';
import { playwright } from '@vitest/browser-playwright';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { storyPageViewport } from './.storybook/visualViewport';
import { chromiumArgs, findChromium } from './scripts/chromium.mjs';

const configDir = fileURLToPath(new URL('./.storybook', import.meta.url));

/**
 * Visual tolerance, chosen on purpose (CONTRIBUTING.md, "Visual tests"): baselines are taken
 * on one machine kind, with bundled fonts and a pinned Chromium flag set, where reruns are
 * pixel-identical. So any pixel whose colour differs at all counts (`threshold: 0`), and no
 * such pixel is allowed (`allowedMismatchedPixels: 0`): a one-step change in a token colour
 * (#1d4ed8 → #1d4ed9) fails. pixelmatch still ignores anti-aliasing pixels.
 */
const screenshotTolerance = { threshold: 0, allowedMismatchedPixels: 0 };

// Only the story tests need Chromium; `npm test` checks for it first with install advice.
const chromiumPath = (() => {
  try {
    return findChromium();
  } catch {
    return undefined;
  }
})();

export default defineConfig({
  plugins: [react()],
  test: {
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
          include: ['scripts/package/**/*.test.ts', 'bench/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['src/**/*.test.{ts,tsx}'],
          exclude: ['src/**/*.browser.test.{ts,tsx}'],
          environment: 'jsdom',
          setupFiles: ['./src/test/setup.unit.ts'],
        },
      },
      {
        extends: true,
        plugins: [storybookTest({ configDir, storybookScript: 'npm start' })],
        test: {
          name: 'storybook',
          setupFiles: ['./.storybook/vitest.setup.ts'],
          testTimeout: 30_000,
          browser: {
            enabled: true,
            headless: true,
            provider: playwright({
              launchOptions: { executablePath: chromiumPath, args: chromiumArgs },
              // The test frame is scaled down to fit this page. Room for the tallest story
              // (vitest.setup.ts grows the frame to it) keeps every screenshot at 1:1.
              contextOptions: { viewport: storyPageViewport },
            }),
            instances: [{ browser: 'chromium' }],
            viewport: { width: 1024, height: 768 },
            expect: {
              toMatchScreenshot: {
                comparatorName: 'pixelmatch',
                comparatorOptions: screenshotTolerance,
                // `__screenshots__/Button/…`, not `…/Button.stories.tsx/…`: a folder named like a
                // story file would match Storybook's story glob and break its indexer.
                resolveScreenshotPath: ({
                  root,
                  testFileDirectory,
                  screenshotDirectory,
                  testFileName,
                  arg,
                  browserName,
                  platform,
                  ext,
                }) =>
                  `${root}/${testFileDirectory}/${screenshotDirectory}/${testFileName.replace(/\.stories\.tsx$/, '')}/${arg}-${browserName}-${platform}${ext}`,
              },
            },
          },
        },
      },
    ],
  },
});
