// Applies Figma's variables to the token files, in memory, then proves the result with the full
// token build (validation, aliases, every contrast pair in every mode) in a temporary copy of
// tokens/. Only a set that builds is written, and only the files that changed: a refused import
// writes nothing.
import { cp, mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join, relative } from 'node:path';

import { buildTokens, TokenBuildError } from '../../tokens/build-tokens.mjs';
import { hexOfComponents } from '../../tokens/dtcg-values.mjs';
import { FIGMA_EXTENSION, figmaTypeOf, webCodeSyntax } from '../../tokens/figma-extension.mjs';
import { isPlainObject } from '../../tokens/load.mjs';
import { formatTokenFile } from '../../tokens/token-json.mjs';
import { parseAlias } from '../../tokens/value-types.mjs';
import { FIGMA_MODE_NAMES, SINGLE_MODE, tokenModeOf } from './collections.mjs';

/**
 * @typedef {import('./model.mjs').VariableModel} VariableModel
 * @typedef {import('./model.mjs').FigmaValue} FigmaValue
 * @typedef {import('./model.mjs').LoadedSource} LoadedSource
 * @typedef {import('../../tokens/load.mjs').Token} Token
 */

/** Thrown when Figma's variables would make an invalid token set; nothing was written. */
export class ImportRefusedError extends Error {
  /** @param {readonly string[]} lines */
  constructor(lines) {
    super(lines.join('\n'));
    this.name = 'ImportRefusedError';
    this.lines = lines;
  }
}

const DEFAULT_TYPES = { COLOR: 'color', FLOAT: 'number', STRING: 'fontFamily' };

/**
 * @param {object} input
 * @param {string} input.tokensDir
 * @param {LoadedSource[]} input.sources  The token files, parsed.
 * @param {Token[]} input.tokens  Their tokens, flattened.
 * @param {VariableModel[]} input.current  The variables the tokens define.
 * @param {VariableModel[]} input.incoming  The variables Figma has.
 * @returns {Promise<string[]>} the files written, relative to tokensDir
 */
export async function applyVariables({ tokensDir, sources, tokens, current, incoming }) {
  const trees = new Map(sources.map((s) => [s.file, structuredClone(s.tree)]));
  const before = new Map(current.map((v) => [v.name, v]));
  const after = new Map(incoming.map((v) => [v.name, v]));
  /** @type {string[]} */
  const problems = [];

  for (const name of before.keys()) {
    if (after.has(name)) continue;
    for (const token of tokens.filter((t) => t.name === name))
      removeNode(trees.get(token.file), token.path);
  }
  for (const variable of incoming) {
    const existing = tokens.filter((t) => t.name === variable.name);
    const old = before.get(variable.name);
    for (const [figmaMode, value] of Object.entries(variable.values)) {
      const mode = figmaMode === SINGLE_MODE ? undefined : tokenModeOf(figmaMode);
      const token = existing.find((t) => t.mode === mode);
      if (token && !old) {
        problems.push(
          `${token.file}: ${token.name}: is a variable in Figma, but the token has no $extensions["com.figma"]: add it (tokens/README.md) before importing`,
        );
        continue;
      }
      if (token) {
        if (old && same(old.values[figmaMode], value)) continue;
        const node = nodeAt(trees.get(token.file), token.path);
        node.$value = tokenValue(
          value,
          token.type ?? DEFAULT_TYPES[variable.resolvedType],
          node.$value,
        );
        continue;
      }
      const placed = placeNewToken(variable, mode, tokens, sources);
      if (typeof placed === 'string') {
        problems.push(placed);
        continue;
      }
      setNode(trees.get(placed.file), variable.name.split('.'), {
        $type: placed.type,
        $value: tokenValue(value, placed.type, undefined),
        $description: variable.description,
        $extensions: { [FIGMA_EXTENSION]: figmaExtension(variable) },
      });
    }
    if (!old) continue;
    for (const token of existing) {
      const node = nodeAt(trees.get(token.file), token.path);
      if (old.description !== variable.description && isDefaultFile(token))
        node.$description = variable.description;
      if ([...old.scopes].sort().join() !== [...variable.scopes].sort().join()) {
        node.$extensions = { ...node.$extensions, [FIGMA_EXTENSION]: figmaExtension(variable) };
      }
    }
  }
  if (problems.length > 0) throw new ImportRefusedError(problems);

  /** @type {Map<string, string>} */
  const texts = new Map();
  for (const source of sources) {
    const tree = trees.get(source.file);
    // A file the import does not change keeps its bytes, however it was formatted.
    if (JSON.stringify(tree) === JSON.stringify(source.tree)) continue;
    const text = await formatTokenFile(tree);
    if (text !== (await readFile(source.absolutePath, 'utf8')))
      texts.set(source.absolutePath, text);
  }
  await proveBuilds(tokensDir, texts);
  for (const [path, text] of texts) {
    const staging = `${path}.figma-import`;
    await writeFile(staging, text);
    await rename(staging, path);
  }
  return [...texts.keys()].map((path) => relative(tokensDir, path)).sort();
}

/**
 * Builds a copy of tokens/ with the new texts; throws ImportRefusedError with the build's lines.
 * @param {string} tokensDir
 * @param {Map<string, string>} texts  absolute path → new contents
 */
async function proveBuilds(tokensDir, texts) {
  const root = await mkdtemp(join(tmpdir(), 'cal-figma-import-'));
  try {
    // Named like the real directory, so the build's messages name tokens/<file>.
    const copy = join(root, basename(tokensDir));
    await cp(tokensDir, copy, { recursive: true });
    for (const [path, text] of texts) await writeFile(join(copy, relative(tokensDir, path)), text);
    await buildTokens({ tokensDir: copy, outDir: join(root, 'generated') });
  } catch (error) {
    if (error instanceof TokenBuildError) throw new ImportRefusedError(error.lines);
    throw error;
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

/** @param {Token} token */
function isDefaultFile(token) {
  return token.mode === undefined || token.mode === Object.keys(FIGMA_MODE_NAMES)[0];
}

/** @param {VariableModel} variable */
function figmaExtension(variable) {
  const path = variable.name.split('.');
  return {
    scopes: [...variable.scopes],
    codeSyntax: { ...variable.codeSyntax, WEB: webCodeSyntax(path) },
  };
}

/**
 * Where a new variable's token goes: the file (of its mode) that holds the token sharing the
 * longest path prefix with it, with that token's $type when Figma's type allows it.
 * @param {VariableModel} variable
 * @param {string | undefined} mode
 * @param {Token[]} tokens
 * @param {LoadedSource[]} sources
 * @returns {{ file: string, type: string } | string} the place, or why there is none
 */
function placeNewToken(variable, mode, tokens, sources) {
  const path = variable.name.split('.');
  const shared = (/** @type {Token} */ t) => {
    let n = 0;
    while (n < path.length && t.path[n] === path[n]) n++;
    return n;
  };
  const candidates = tokens.filter((t) => t.mode === mode && shared(t) > 0);
  const nearest = candidates.sort((a, b) => shared(b) - shared(a))[0];
  if (!nearest || !sources.some((s) => s.file === nearest.file)) {
    return `${variable.name}: new in Figma, but no token file holds a "${path[0]}" group${mode ? ` in mode ${mode}` : ''}: add the token by hand`;
  }
  const sibling = figmaTypeOf(nearest.type, nearest.value);
  const type =
    'figmaType' in sibling && sibling.figmaType === variable.resolvedType && nearest.type
      ? nearest.type
      : DEFAULT_TYPES[variable.resolvedType];
  return { file: nearest.file, type };
}

/**
 * A Figma value as a token `$value` of the given type, keeping what Figma cannot hold from the
 * previous value (a dimension's unit, a font stack's fallbacks).
 * @param {FigmaValue} value
 * @param {string} type
 * @param {unknown} previous
 */
function tokenValue(value, type, previous) {
  if ('alias' in value) return `{${value.alias}}`;
  const v = value.value;
  if (typeof v === 'object') {
    const components = [v.r, v.g, v.b];
    return { colorSpace: 'srgb', components, alpha: v.a, hex: hexOfComponents(components) };
  }
  if (type === 'dimension') {
    const unit =
      isPlainObject(previous) && typeof previous.unit === 'string' ? previous.unit : 'px';
    return { value: v, unit };
  }
  if (type === 'fontFamily' && Array.isArray(previous) && parseAlias(previous) === undefined) {
    return previous[0] === v ? previous : [v, ...previous.slice(1)];
  }
  return v;
}

/** @param {FigmaValue | undefined} a @param {FigmaValue} b */
function same(a, b) {
  return a !== undefined && JSON.stringify(a) === JSON.stringify(b);
}

/** @param {any} tree @param {string[]} path */
function nodeAt(tree, path) {
  return path.reduce((node, segment) => node?.[segment], tree);
}

/** @param {any} tree @param {string[]} path @param {object} token */
function setNode(tree, path, token) {
  let node = tree;
  for (const segment of path.slice(0, -1)) node = node[segment] ??= {};
  node[/** @type {string} */ (path.at(-1))] = token;
}

/** Deletes a token, then any group it leaves without tokens. @param {any} tree @param {string[]} path */
function removeNode(tree, path) {
  for (let depth = path.length; depth > 0; depth--) {
    const parent = nodeAt(tree, path.slice(0, depth - 1));
    const key = /** @type {string} */ (path[depth - 1]);
    const child = parent?.[key];
    const isEmptyGroup =
      depth < path.length &&
      isPlainObject(child) &&
      Object.keys(child).every((k) => k.startsWith('$'));
    if (depth === path.length || isEmptyGroup) delete parent[key];
    else return;
  }
}
