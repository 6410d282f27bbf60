// Style Dictionary turns one layer of validated tokens into CSS declarations (keeping aliases as
// var() chains) and resolved values. It never writes files: the build composes the outputs itself
// so that it can write them all at once, or not at all.
import StyleDictionary from 'style-dictionary';
import { createPropertyFormatter } from 'style-dictionary/utils';

import { PREFIX } from './config.mjs';
import { toCssValue } from './dtcg-values.mjs';

/**
 * @typedef {import('./expand.mjs').OutputToken} OutputToken
 * @typedef {object} FormattedToken
 * @property {string} declaration  `--cal-…: …;` with aliases as var() references.
 * @property {string | number} value  Fully resolved CSS value.
 */

const NAME_TRANSFORM = 'name/callicrates';

// Values arrive as CSS (hex, "16px", "150ms": toDtcgTree converts the 2025.10 objects), so only
// structured types need a transform. Not the 'css' transform group: it would turn px into rem
// and ms into seconds.
const TRANSFORMS = [NAME_TRANSFORM, 'fontFamily/css', 'cubicBezier/css', 'shadow/css/shorthand'];

/** `['color', 'bg', 'canvas']` → `cal-color-bg-canvas` (the css format adds the leading `--`). */
export function cssVariableName(/** @type {string[]} */ path) {
  return [PREFIX, ...path].join('-');
}

/**
 * @param {OutputToken[]} tokens  One complete layer: every alias target is included.
 * @returns {Promise<Map<string, FormattedToken>>} by token name
 */
export async function formatLayer(tokens) {
  const sd = new StyleDictionary({
    tokens: toDtcgTree(tokens),
    usesDtcg: true,
    // Validation already ran, so any Style Dictionary warning means this build is wrong: fail.
    log: { verbosity: 'silent', warnings: 'error' },
    hooks: {
      transforms: {
        [NAME_TRANSFORM]: { type: 'name', transform: (token) => cssVariableName(token.path) },
      },
    },
    platforms: { css: { transforms: TRANSFORMS } },
  });
  const dictionary = await sd.getPlatformTokens('css');
  const declare = createPropertyFormatter({
    dictionary,
    format: 'css',
    outputReferences: true,
    usesDtcg: true,
    formatting: { indentation: '', commentStyle: 'none' },
  });
  return new Map(
    dictionary.allTokens.map((token) => [
      token.path.join('.'),
      { declaration: declare(token), value: /** @type {string | number} */ (token.$value) },
    ]),
  );
}

/** @param {OutputToken[]} tokens */
function toDtcgTree(tokens) {
  /** @type {Record<string, any>} */
  const tree = {};
  for (const token of tokens) {
    const groups = [...token.path];
    const leaf = /** @type {string} */ (groups.pop());
    let group = tree;
    for (const segment of groups) group = group[segment] ??= {};
    group[leaf] = {
      $type: token.type,
      // A new value (toCssValue copies what it converts, structuredClone the rest): Style
      // Dictionary transforms values in place.
      $value: structuredClone(toCssValue(token.type, token.value)),
      $description: token.description,
    };
  }
  return tree;
}
