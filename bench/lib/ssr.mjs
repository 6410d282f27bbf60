// @ts-check
// Server rendering in Node: `renderToString` of the Buttons per subject, interleaved,
// warm-up discarded, plus the size of the HTML it produced.
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';
import { gzipSize } from './build.mjs';
import { rotate } from './stats.mjs';

/** @typedef {import('./build.mjs').SubjectName} SubjectName */

const MIN_ROUNDS = 5;

/**
 * @typedef {object} SsrSamples
 * @property {number[]} samples  milliseconds per render, wall time
 * @property {number[]} cpu      milliseconds per render, CPU time of the process
 * @property {number} htmlBytes
 * @property {number} htmlGzip
 * @property {number} styleTags  `<style` occurrences in the HTML
 * @property {number} styleBytes bytes inside those tags (the rest of htmlBytes is markup)
 */

/**
 * @param {object} options
 * @param {Record<SubjectName, string>} options.modules  built renderer per subject
 * @param {SubjectName[]} options.subjects
 * @param {number} options.count    Buttons per render
 * @param {number} options.warmup   renders per subject thrown away
 * @param {number} options.rounds   kept renders per subject
 * @param {number} options.deadline Date.now() after which no new kept round starts
 * @returns {Record<SubjectName, SsrSamples>}
 */
export function runSsr({ modules, subjects, count, warmup, rounds, deadline }) {
  const require = createRequire(import.meta.url);
  /** @type {Record<string, (count: number) => string>} */
  const renderers = {};
  /** @type {Record<string, SsrSamples>} */
  const results = {};
  for (const subject of subjects) {
    renderers[subject] = /** @type {{ render: (count: number) => string }} */ (
      require(modules[subject])
    ).render;
    const html = renderers[subject](count);
    results[subject] = {
      samples: [],
      cpu: [],
      htmlBytes: Buffer.byteLength(html),
      htmlGzip: gzipSize(html),
      styleTags: html.split('<style').length - 1,
      styleBytes: [...html.matchAll(/<style[^>]*>[\s\S]*?<\/style>/g)].reduce(
        (bytes, [tag]) => bytes + Buffer.byteLength(tag),
        0,
      ),
    };
  }
  const gc = /** @type {{ gc?: () => void }} */ (globalThis).gc;
  for (let round = 0; round < warmup + rounds; round += 1) {
    // At least a few kept rounds, however busy the machine; then only while time remains.
    if (round >= warmup + MIN_ROUNDS && Date.now() > deadline) break;
    for (const subject of rotate(subjects, round)) {
      const render = /** @type {(count: number) => string} */ (renderers[subject]);
      gc?.();
      const cpuStart = process.cpuUsage();
      const start = performance.now();
      render(count);
      const elapsed = performance.now() - start;
      const cpu = process.cpuUsage(cpuStart);
      if (round >= warmup) {
        results[subject]?.samples.push(elapsed);
        results[subject]?.cpu.push((cpu.user + cpu.system) / 1000);
      }
    }
  }
  return /** @type {Record<SubjectName, SsrSamples>} */ (results);
}
