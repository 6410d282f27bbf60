/**
 * @typedef {object} TokenProblem
 * @property {string} file  Token file as shown to people, e.g. `tokens/modes/dark.tokens.json`.
 * @property {string} path  Dot-separated token path, or `(file)` for problems with the whole file.
 * @property {string} message  What is wrong, phrased so the fix is obvious.
 */

/** Stand-in token path for problems that concern a whole file (unreadable JSON, missing mode). */
export const WHOLE_FILE = '(file)';

/**
 * @param {string} file
 * @param {string} path
 * @param {string} message
 * @returns {TokenProblem}
 */
export function problem(file, path, message) {
  return { file, path, message };
}

/** @param {TokenProblem} p */
export function formatProblem(p) {
  return `tokens: ${p.file}: ${p.path}: ${p.message}`;
}

/**
 * Thrown by buildTokens when the token files are invalid. Carries every problem found, not just
 * the first, so one run shows everything to fix.
 */
export class TokenBuildError extends Error {
  /** @param {readonly TokenProblem[]} problems */
  constructor(problems) {
    const lines = uniqueSorted(problems.map(formatProblem));
    super(lines.join('\n'));
    this.name = 'TokenBuildError';
    this.problems = problems;
    this.lines = lines;
  }
}

/**
 * The same problem can be found once per mode (a core token is checked in every mode), so
 * duplicates are dropped; sorting keeps the report stable between runs.
 * @param {string[]} lines
 */
function uniqueSorted(lines) {
  return [...new Set(lines)].sort();
}
