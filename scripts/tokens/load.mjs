// Reads the DTCG token files and flattens them into a list of tokens. Nothing here resolves
// aliases or checks values: it only records what each file says, and where.
import { readFile } from 'node:fs/promises';

import { problem, WHOLE_FILE } from './errors.mjs';

/**
 * @typedef {object} TokenSource
 * @property {string} file  Path shown to people: the tokens directory's name plus the relative path.
 * @property {string} absolutePath
 * @property {string | undefined} mode  Mode (theme context) the file belongs to, undefined for the
 *   files of the resolver's sets, which every mode shares.
 *
 * @typedef {object} Token
 * @property {string} name  Dot-separated path, e.g. `color.bg.canvas`.
 * @property {string[]} path
 * @property {string} file
 * @property {string | undefined} mode
 * @property {string | undefined} type  Own `$type`, or the nearest group's.
 * @property {unknown} value  `$value` exactly as written.
 * @property {string | undefined} description
 * @property {unknown} extensions  `$extensions` exactly as written.
 */

// Lowercase kebab segments keep CSS variable names, TS keys and token paths trivially convertible.
const SEGMENT = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const TOKEN_PROPERTIES = new Set(['$value', '$type', '$description', '$extensions', '$deprecated']);
const GROUP_PROPERTIES = new Set(['$type', '$description', '$extensions', '$deprecated']);
/** The root may also name the JSON schema of the 2025.10 Format Module, for editors. */
const ROOT_PROPERTIES = new Set([...GROUP_PROPERTIES, '$schema']);

/**
 * Parses a JSON file, reporting syntax errors as problems instead of throwing.
 * @param {string} absolutePath
 * @param {string} file
 * @param {import('./errors.mjs').TokenProblem[]} problems
 * @returns {Promise<unknown>}
 */
export async function readJson(absolutePath, file, problems) {
  try {
    return JSON.parse(await readFile(absolutePath, 'utf8'));
  } catch (error) {
    problems.push(problem(file, WHOLE_FILE, `cannot parse JSON: ${errorMessage(error)}`));
    return undefined;
  }
}

/**
 * Flattens one parsed token file. Group `$type`s are inherited, as DTCG specifies.
 * @param {TokenSource} source
 * @param {unknown} tree
 * @param {import('./errors.mjs').TokenProblem[]} problems
 * @returns {Token[]}
 */
export function flattenTokenTree(source, tree, problems) {
  /** @type {Token[]} */
  const tokens = [];
  if (!isPlainObject(tree)) {
    problems.push(problem(source.file, WHOLE_FILE, 'expected a JSON object of token groups'));
    return tokens;
  }

  /** @param {Record<string, unknown>} node @param {string[]} path @param {string | undefined} inheritedType */
  const visit = (node, path, inheritedType) => {
    const name = path.join('.');
    const isToken = '$value' in node;
    const allowed = isToken
      ? TOKEN_PROPERTIES
      : path.length === 0
        ? ROOT_PROPERTIES
        : GROUP_PROPERTIES;
    for (const key of Object.keys(node).filter((k) => k.startsWith('$') && !allowed.has(k))) {
      problems.push(
        problem(
          source.file,
          name || WHOLE_FILE,
          `unknown property "${key}" on a ${isToken ? 'token' : 'group'}`,
        ),
      );
    }
    const type = typeof node.$type === 'string' ? node.$type : inheritedType;
    if (node.$type !== undefined && typeof node.$type !== 'string') {
      problems.push(problem(source.file, name || WHOLE_FILE, '$type must be a string'));
    }

    if (isToken) {
      const children = Object.keys(node).filter((k) => !k.startsWith('$'));
      if (children.length > 0) {
        problems.push(
          problem(
            source.file,
            name,
            `a token cannot contain other tokens (found "${children.join('", "')}")`,
          ),
        );
      }
      if (node.$description !== undefined && typeof node.$description !== 'string') {
        problems.push(problem(source.file, name, '$description must be a string'));
      }
      tokens.push({
        name,
        path,
        file: source.file,
        mode: source.mode,
        type,
        value: node.$value,
        description: typeof node.$description === 'string' ? node.$description : undefined,
        extensions: node.$extensions,
      });
      return;
    }

    for (const [key, child] of Object.entries(node)) {
      if (key.startsWith('$')) continue;
      const childName = [...path, key].join('.');
      if (!SEGMENT.test(key)) {
        problems.push(
          problem(
            source.file,
            childName,
            `invalid name "${key}": use lowercase letters, digits and single hyphens`,
          ),
        );
        continue;
      }
      if (!isPlainObject(child)) {
        problems.push(
          problem(source.file, childName, 'expected a token (an object with $value) or a group'),
        );
        continue;
      }
      visit(child, [...path, key], type);
    }
  };

  visit(tree, [], undefined);
  return tokens;
}

/** @param {unknown} value @returns {value is Record<string, unknown>} */
export function isPlainObject(value) {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** @param {unknown} error */
function errorMessage(error) {
  return error instanceof Error ? error.message : String(error);
}
