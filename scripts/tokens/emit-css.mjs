// tokens.css: core tokens on :root, then one block per mode, then the same mode blocks again for
// [data-theme="system"] inside the media queries that select them.
import { GENERATED_NOTICE } from './config.mjs';

/**
 * @typedef {object} ModeBlock
 * @property {import('./config.mjs').ModeConfig} mode
 * @property {string[]} declarations  Sorted `--cal-…: …;` lines.
 */

/**
 * @param {{ core: string[], modes: ModeBlock[] }} blocks
 * @returns {string}
 */
export function renderCss({ core, modes }) {
  const sections = [`/* ${GENERATED_NOTICE} */`, rule(':root', core)];
  for (const { mode, declarations } of modes) {
    sections.push(rule(mode.selector, [`color-scheme: ${mode.colorScheme};`, ...declarations]));
  }
  // After the plain mode blocks, so a system preference beats the default mode on
  // [data-theme="system"]; in MODES order, so the last matching preference wins.
  for (const { mode, declarations } of modes) {
    if (!mode.systemMedia) continue;
    const inner = rule('[data-theme="system"]', [
      `color-scheme: ${mode.colorScheme};`,
      ...declarations,
    ]);
    sections.push(`@media ${mode.systemMedia} {\n${indent(inner)}\n}`);
  }
  return `${sections.join('\n\n')}\n`;
}

/** @param {string} selector @param {string[]} lines */
function rule(selector, lines) {
  return `${selector} {\n${lines.map((line) => `  ${line}`).join('\n')}\n}`;
}

/** @param {string} text */
function indent(text) {
  return text
    .split('\n')
    .map((line) => `  ${line}`)
    .join('\n');
}
