// The one way token files are written by tools (`figma:import`): `$` properties first in a fixed
// order, then children; small flat objects (a dimension, a colour, a code syntax) on one line
// where they fit; then the repository's Prettier settings. Reading a file written here and
// writing it back changes no byte, so a tool's edit shows in review as exactly the values it
// changed.
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';

import { isPlainObject } from './load.mjs';

/** `$schema` of every token file: the 2025.10 Format Module. */
export const FORMAT_SCHEMA = 'https://www.designtokens.org/schemas/2025.10/format.json';

const PROPERTY_ORDER = ['$schema', '$type', '$value', '$description', '$deprecated', '$extensions'];

/** The repository's Prettier settings for token files, wherever the file being written lives. */
const SETTINGS_FOR = fileURLToPath(new URL('../../tokens/tokens.tokens.json', import.meta.url));

/**
 * @param {unknown} tree  A parsed token file.
 * @returns {Promise<string>}
 */
export async function formatTokenFile(tree) {
  const options = (await resolveConfig(SETTINGS_FOR)) ?? {};
  return format(stringify(ordered(tree), ''), { ...options, parser: 'json' });
}

/**
 * JSON with token and group objects expanded, and the data inside `$value` and `$extensions`
 * compact where it is flat (no object inside): Prettier then keeps a flat object on one line when
 * it fits its print width, and expands it when not.
 * @param {unknown} value
 * @param {string} indent
 * @param {boolean} [data]  Inside a `$value` or `$extensions`.
 * @returns {string}
 */
function stringify(value, indent, data = false) {
  if (!isPlainObject(value) && !Array.isArray(value)) return JSON.stringify(value);
  const items = Array.isArray(value) ? value : Object.values(value);
  const flat = items.every((item) => !isPlainObject(item) && !Array.isArray(item));
  if ((data || Array.isArray(value)) && flat) return JSON.stringify(value);
  const inner = `${indent}  `;
  const lines = Array.isArray(value)
    ? value.map((item) => `${inner}${stringify(item, inner, data)}`)
    : Object.entries(value).map(
        ([key, item]) =>
          `${inner}${JSON.stringify(key)}: ${stringify(item, inner, data || key === '$value' || key === '$extensions')}`,
      );
  const [open, close] = Array.isArray(value) ? ['[', ']'] : ['{', '}'];
  return `${open}\n${lines.join(',\n')}\n${indent}${close}`;
}

/**
 * A copy with `$` properties first (in PROPERTY_ORDER, then any others), then the children in
 * their own order. `$value` and `$extensions` are data, so their insides are kept as they are.
 * @param {unknown} node
 * @returns {unknown}
 */
function ordered(node) {
  if (!isPlainObject(node)) return node;
  const keys = Object.keys(node);
  const rank = (/** @type {string} */ key) => {
    const index = PROPERTY_ORDER.indexOf(key);
    return index === -1 ? PROPERTY_ORDER.length : index;
  };
  const own = keys.filter((k) => k.startsWith('$')).sort((a, b) => rank(a) - rank(b));
  const children = keys.filter((k) => !k.startsWith('$'));
  return Object.fromEntries([
    ...own.map((k) => [k, node[k]]),
    ...children.map((k) => [k, ordered(node[k])]),
  ]);
}
