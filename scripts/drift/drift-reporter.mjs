// The Vitest reporter `npm run drift` runs the story tests with: it writes the stories' results
// (their pictures, Vitest's visual-regression artifacts and where they draw text) to the JSON
// file named by CALLICRATES_DRIFT_OUT, for scripts/drift/drift.mjs to read.
import { writeFileSync } from 'node:fs';
import { collectStoryResults } from '../visual/review-reporter.mjs';

export default class DriftReporter {
  #root = process.cwd();

  /** @param {import('vitest/node').Vitest} vitest */
  onInit(vitest) {
    this.#root = vitest.config.root;
  }

  /** @param {ReadonlyArray<import('vitest/node').TestModule>} testModules */
  onTestRunEnd(testModules) {
    const out = process.env.CALLICRATES_DRIFT_OUT;
    if (!out) throw new Error('drift reporter: CALLICRATES_DRIFT_OUT names no file.');
    writeFileSync(out, JSON.stringify(collectStoryResults(this.#root, testModules)));
  }
}
