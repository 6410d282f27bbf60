// Contrast pairs: which semantic colours are drawn on which, and proof that each pair meets its
// WCAG 2.2 AA minimum in every mode. Failing pairs fail the build, so no mode can ship below AA.
import Color from 'colorjs.io';
import { existsSync } from 'node:fs';
import { basename, join } from 'node:path';

import { CONTRAST_BACKDROP, CONTRAST_PAIRS_FILE, CONTRAST_REQUIREMENTS } from './config.mjs';
import { problem, WHOLE_FILE } from './errors.mjs';
import { isPlainObject, readJson } from './load.mjs';

/**
 * @typedef {import('./errors.mjs').TokenProblem} TokenProblem
 * @typedef {keyof typeof CONTRAST_REQUIREMENTS} ContrastKind
 * @typedef {{ fg: string, bg: string, kind: ContrastKind, reason?: string }} ContrastPair
 * @typedef {ContrastPair & { ratios: Record<string, number>, required: number }} MeasuredPair
 */

const KINDS = Object.keys(CONTRAST_REQUIREMENTS);

/**
 * Reads and checks the shape of contrast-pairs.json. The file is optional (fixtures and new
 * token sets may not have one yet); without it no pairs are checked.
 * @param {string} tokensDir
 * @param {TokenProblem[]} problems
 * @returns {Promise<{ file: string, pairs: ContrastPair[] }>}
 */
export async function loadContrastPairs(tokensDir, problems) {
  const file = `${basename(tokensDir)}/${CONTRAST_PAIRS_FILE}`;
  const absolutePath = join(tokensDir, CONTRAST_PAIRS_FILE);
  if (!existsSync(absolutePath)) return { file, pairs: [] };
  const json = await readJson(absolutePath, file, problems);
  if (json === undefined) return { file, pairs: [] };
  if (!isPlainObject(json) || !Array.isArray(json.pairs)) {
    problems.push(problem(file, WHOLE_FILE, 'expected an object with a "pairs" array'));
    return { file, pairs: [] };
  }

  /** @type {ContrastPair[]} */
  const pairs = [];
  const seen = new Set();
  json.pairs.forEach((entry, index) => {
    const label = isPlainObject(entry) ? `${entry.fg} on ${entry.bg}` : `pairs[${index}]`;
    const report = (/** @type {string} */ message) => problems.push(problem(file, label, message));
    if (!isPlainObject(entry) || typeof entry.fg !== 'string' || typeof entry.bg !== 'string') {
      return report('each pair needs "fg" and "bg" token names');
    }
    if (typeof entry.kind !== 'string' || !KINDS.includes(entry.kind)) {
      return report(`kind must be one of ${KINDS.join(', ')}`);
    }
    const hasReason = typeof entry.reason === 'string' && entry.reason.trim() !== '';
    if (entry.kind === 'exempt' && !hasReason) return report('an exempt pair needs a "reason"');
    if (entry.kind !== 'exempt' && entry.reason !== undefined) {
      return report('only exempt pairs take a "reason"; checked pairs speak for themselves');
    }
    if (seen.has(label)) return report('listed twice');
    seen.add(label);
    pairs.push({
      fg: entry.fg,
      bg: entry.bg,
      kind: /** @type {ContrastKind} */ (entry.kind),
      ...(hasReason ? { reason: /** @type {string} */ (entry.reason) } : {}),
    });
  });
  return { file, pairs };
}

/**
 * Checks that every pair names colour tokens. Runs before Style Dictionary, with the other
 * validation, so all token problems are reported together. A token missing from only some modes
 * is already reported by the mode check, so here it only needs to exist in one.
 * @param {{ file: string, pairs: ContrastPair[] }} list
 * @param {Map<string, Map<string, string | undefined>>} typesByMode  mode → token name → $type
 * @param {TokenProblem[]} problems
 */
export function checkPairTokens(list, typesByMode, problems) {
  /** @type {Map<string, string | undefined>} */
  const types = new Map();
  for (const modeTypes of typesByMode.values()) {
    for (const [name, type] of modeTypes) if (!types.has(name)) types.set(name, type);
  }
  for (const pair of list.pairs) {
    for (const name of [pair.fg, pair.bg]) {
      const label = `${pair.fg} on ${pair.bg}`;
      if (!types.has(name)) problems.push(problem(list.file, label, `unknown token ${name}`));
      else if (types.get(name) !== 'color') {
        problems.push(
          problem(list.file, label, `${name} is a ${types.get(name)} token, not a color`),
        );
      }
    }
  }
}

/**
 * Measures every pair in every mode and reports pairs below their minimum. Ratios are computed
 * unrounded (4.499 fails 4.5) and recorded rounded down, so the docs never overstate them.
 * @param {ContrastPair[]} pairs
 * @param {Map<string, Map<string, { value: string | number, file: string }>>} colorsByMode
 *   mode → token name → resolved colour and the file defining it in that mode
 * @param {TokenProblem[]} problems
 * @returns {MeasuredPair[]}
 */
export function measureContrast(pairs, colorsByMode, problems) {
  return pairs.map((pair) => {
    const required = CONTRAST_REQUIREMENTS[pair.kind];
    /** @type {Record<string, number>} */
    const ratios = {};
    for (const [mode, colors] of colorsByMode) {
      const color = (/** @type {string} */ name) => new Color(String(colors.get(name)?.value));
      const backdrop = color(CONTRAST_BACKDROP);
      if (backdrop.alpha < 1) {
        const file = colors.get(CONTRAST_BACKDROP)?.file ?? '';
        problems.push(
          problem(
            file,
            CONTRAST_BACKDROP,
            'must be opaque: translucent backgrounds are measured over it',
          ),
        );
        continue;
      }
      const bg = compositeOver(color(pair.bg), backdrop);
      const ratio = compositeOver(color(pair.fg), bg).contrast(bg, 'WCAG21');
      ratios[mode] = Math.floor(ratio * 100) / 100;
      if (ratio < required) {
        const { file } = /** @type {{ file: string }} */ (colors.get(pair.fg));
        problems.push(
          problem(
            file,
            pair.fg,
            `contrast ${ratios[mode]}:1 on ${pair.bg} in mode "${mode}" is below ${required}:1 (${pair.kind})`,
          ),
        );
      }
    }
    return { ...pair, ratios, required };
  });
}

/**
 * Source-over alpha compositing in gamma-encoded sRGB, which is what browsers paint.
 * @param {Color} top
 * @param {Color} bottom  Opaque.
 */
export function compositeOver(top, bottom) {
  const alpha = top.alpha;
  const [r, g, b] = top.to('srgb').coords;
  const [br, bg, bb] = bottom.to('srgb').coords;
  const mix = (/** @type {number} */ t, /** @type {number} */ u) => t * alpha + u * (1 - alpha);
  return new Color('srgb', [mix(r, br), mix(g, bg), mix(b, bb)]);
}
