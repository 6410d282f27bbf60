// A Vitest reporter (vite.config.ts `reporters`) that turns the story tests' results into the
// review report. Vitest's own record of a failed comparison is the source: the
// `internal:toMatchScreenshot` artifact with the reference, actual and diff paths
// (`testCase.artifacts()`); `.storybook/vitest.setup.ts` adds the names of the pictures each
// story took (task meta `visualPictures`), so baselines no story takes are found too.
//
// After every run of the storybook project it writes review/ (so a green run replaces a stale
// report with "No visual changes"); it prints the path when pictures changed, and always under
// `npm run review`. CALLICRATES_REVIEW_REPORT=off turns it off (`--accept` re-takes pictures
// without overwriting the report being accepted from).
import { relative, resolve } from 'node:path';
import { buildReviewReport, REVIEW_DIR, writeReportFolder } from './review-report.mjs';

/** The storybook project, whose browser instance Vitest names `storybook (chromium)`. */
const isStorybookProject = (name) => name === 'storybook' || name.startsWith('storybook (');

/**
 * The story tests' results: per story, its pictures (task meta `visualPictures`), Vitest's
 * visual-regression artifacts, its errors, and where it draws text when `npm run drift` asked.
 * @param {string} root
 * @param {ReadonlyArray<import('vitest/node').TestModule>} testModules
 * @returns {Array<import('./review-report.mjs').StoryResult & { textBoxes?: unknown[] }>}
 */
export function collectStoryResults(root, testModules) {
  const results = [];
  for (const module of testModules) {
    if (!isStorybookProject(module.project.name)) continue;
    const file = relative(root, module.moduleId).split('\\').join('/');
    for (const testCase of module.children.allTests()) {
      const meta =
        /** @type {{ storyId?: string, visualPictures?: Array<{ name: string, matched: boolean, error?: string }>, visualTextBoxes?: unknown[] }} */ (
          testCase.meta()
        );
      if (!meta.storyId) continue;
      const result = testCase.result();
      results.push({
        file,
        storyId: meta.storyId,
        name: testCase.name,
        state: result.state,
        pictures: meta.visualPictures,
        textBoxes: meta.visualTextBoxes,
        visual: testCase
          .artifacts()
          .filter((artifact) => artifact.type === 'internal:toMatchScreenshot')
          .map((artifact) => ({
            message: /** @type {{ message?: string }} */ (artifact).message,
            attachments: (artifact.attachments ?? []).map((attachment) => ({
              name: /** @type {{ name?: string }} */ (attachment).name ?? '',
              path: attachment.path,
            })),
          })),
        errors: (result.errors ?? []).map((error) => error.message ?? String(error)),
      });
    }
  }
  return results;
}

export default class ReviewReporter {
  /** @type {import('vitest/node').Vitest | undefined} */
  #vitest;

  /** @param {import('vitest/node').Vitest} vitest */
  onInit(vitest) {
    this.#vitest = vitest;
  }

  /**
   * @param {ReadonlyArray<import('vitest/node').TestModule>} testModules
   * @param {unknown} _errors
   * @param {string} reason
   */
  async onTestRunEnd(testModules, _errors, reason) {
    if (process.env.CALLICRATES_REVIEW_REPORT === 'off' || reason === 'interrupted') return;
    const root = this.#vitest?.config.root ?? process.cwd();
    const results = collectStoryResults(root, testModules);
    if (results.length === 0) return;
    const reviewing = process.env.CALLICRATES_REVIEW === '1';
    try {
      const { report, images } = await buildReviewReport({
        root,
        results,
        storybookUrl: process.env.CALLICRATES_STORYBOOK_URL || undefined,
      });
      const path = await writeReportFolder(resolve(root, REVIEW_DIR), report, images);
      if (reviewing || report.entries.length > 0 || (report.failures?.length ?? 0) > 0) {
        const changed = report.entries.length > 0;
        console.log(
          `\nVisual review: ${report.summary}\n  Report: ${path}` +
            (changed
              ? '\n  Accept what you reviewed: npm run review -- --accept <story id or component>'
              : ''),
        );
      }
    } catch (error) {
      // The report must never hide the test results it is about.
      console.error(
        `\nVisual review: could not write the report: ${/** @type {Error} */ (error).stack}`,
      );
      process.exitCode = 1;
    }
  }
}
