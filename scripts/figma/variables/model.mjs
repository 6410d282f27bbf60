// The variables model: what Figma holds, in terms both sides share. Export builds it from the
// token files; import builds it from a Figma response; the review compares the two.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { buildTokens } from '../../tokens/build-tokens.mjs';
import { roundChannel } from '../../tokens/dtcg-values.mjs';
import { figmaMetadata, figmaTypeOf } from '../../tokens/figma-extension.mjs';
import { flattenTokenTree, readJson } from '../../tokens/load.mjs';
import { findTokenSources } from '../../tokens/resolver.mjs';
import { parseAlias } from '../../tokens/value-types.mjs';
import { collectionOf, FIGMA_MODE_NAMES, figmaModes, SINGLE_MODE } from './collections.mjs';

/**
 * @typedef {{ r: number, g: number, b: number, a: number }} FigmaColor
 * @typedef {{ alias: string } | { value: number | string | FigmaColor }} FigmaValue
 *   alias: the token name of the variable aliased.
 * @typedef {object} VariableModel
 * @property {string} name  Token name (`color.bg.canvas`).
 * @property {string} collection
 * @property {'COLOR' | 'FLOAT' | 'STRING'} resolvedType
 * @property {string} description
 * @property {string[]} scopes
 * @property {Record<string, string>} codeSyntax
 * @property {Record<string, FigmaValue>} values  Figma mode name → value.
 * @typedef {import('../../tokens/load.mjs').Token} Token
 * @typedef {import('../../tokens/load.mjs').TokenSource} TokenSource
 * @typedef {TokenSource & { tree: any }} LoadedSource
 */

/**
 * Reads and validates a token directory: the full token build runs (into a temporary directory),
 * so nothing invalid is ever sent to Figma or compared with it. Throws TokenBuildError.
 * @param {string} tokensDir
 * @returns {Promise<{ sources: LoadedSource[], tokens: Token[] }>}
 */
export async function readTokenSet(tokensDir) {
  const out = await mkdtemp(join(tmpdir(), 'cal-figma-'));
  try {
    await buildTokens({ tokensDir, outDir: join(out, 'generated') });
  } finally {
    await rm(out, { recursive: true, force: true });
  }
  /** @type {import('../../tokens/errors.mjs').TokenProblem[]} */
  const problems = [];
  const { sources } = await findTokenSources(tokensDir, problems);
  /** @type {LoadedSource[]} */
  const loaded = [];
  /** @type {Token[]} */
  const tokens = [];
  for (const source of sources) {
    const tree = await readJson(source.absolutePath, source.file, problems);
    loaded.push({ ...source, tree });
    tokens.push(...flattenTokenTree(source, tree, problems));
  }
  return { sources: loaded, tokens };
}

/**
 * The Figma variables of a token set: every token with `$extensions["com.figma"]`.
 * @param {Token[]} tokens
 * @returns {{ variables: VariableModel[], errors: string[] }}
 */
export function variablesFromTokens(tokens) {
  /** @type {Map<string, VariableModel>} */
  const variables = new Map();
  const errors = [];
  const exported = new Set(tokens.filter((t) => figmaMetadata(t.extensions)).map((t) => t.name));
  for (const token of tokens) {
    const figma = figmaMetadata(token.extensions);
    if (!figma) continue;
    const collection = collectionOf(token.path);
    if (!collection) {
      errors.push(
        `${token.file}: ${token.name}: has Figma metadata, but no collection holds "${token.path[0]}" (scripts/figma/variables/collections.mjs)`,
      );
      continue;
    }
    const kind = figmaTypeOf(token.type, token.value);
    if (!('figmaType' in kind)) continue; // the token build already reported it
    const mode = token.mode === undefined ? SINGLE_MODE : FIGMA_MODE_NAMES[token.mode];
    if (mode === undefined || !figmaModes(collection).includes(mode)) {
      errors.push(
        `${token.file}: ${token.name}: a ${token.mode ? 'mode' : 'core'} token cannot be in the ${collection.name} collection`,
      );
      continue;
    }
    const variable = variables.get(token.name) ?? {
      name: token.name,
      collection: collection.name,
      resolvedType: kind.figmaType,
      description: token.description ?? '',
      scopes: [...figma.scopes],
      codeSyntax: { ...figma.codeSyntax },
      values: {},
    };
    const target = parseAlias(token.value);
    if (target !== undefined && !exported.has(target)) {
      errors.push(
        `${token.file}: ${token.name}: aliases ${target}, which is not a Figma variable (give it $extensions["com.figma"] too)`,
      );
    }
    variable.values[mode] =
      target === undefined ? { value: figmaValue(token.value) } : { alias: target };
    // The default mode's description is the variable's (the mode files may say more).
    if (token.mode === undefined || token.mode === Object.keys(FIGMA_MODE_NAMES)[0]) {
      variable.description = token.description ?? '';
    }
    variables.set(token.name, variable);
  }
  return { variables: [...variables.values()], errors };
}

/**
 * A literal token value as Figma holds it: colours as 0–1 channels, px dimensions as numbers,
 * a font stack as its first family.
 * @param {unknown} value
 * @returns {number | string | FigmaColor}
 */
function figmaValue(value) {
  if (typeof value === 'number' || typeof value === 'string') return value;
  if (Array.isArray(value)) return String(value[0]);
  const object = /** @type {Record<string, any>} */ (value);
  if (Array.isArray(object.components)) {
    const [r, g, b] = object.components;
    return { r, g, b, a: object.alpha ?? 1 };
  }
  return object.value;
}

/**
 * Figma stores 32-bit floats (0.4 comes back as 0.4000000059604645): values are compared and
 * written at the precision of the token files.
 * @param {number | string | FigmaColor} value
 */
export function normalizeValue(value) {
  if (typeof value === 'number') return roundChannel(value);
  if (typeof value === 'string') return value;
  return {
    r: roundChannel(value.r),
    g: roundChannel(value.g),
    b: roundChannel(value.b),
    a: roundChannel(value.a),
  };
}
