// Composite tokens whose parts become CSS variables of their own. A typography token cannot be
// one custom property usefully (the `font` shorthand resets properties it does not mention), so
// `typography.body` becomes `typography.body.font-family`, `.font-size`, and so on.
import { EXPANDED_TYPES, parseAlias } from './value-types.mjs';

/**
 * @typedef {import('./validate.mjs').CheckedToken} CheckedToken
 * @typedef {CheckedToken & { composite?: string }} OutputToken
 *   composite: name of the composite token a part came from.
 */

/** `fontSize` → `font-size`: the name segment a composite part gets once expanded. */
export function partSegment(/** @type {string} */ part) {
  return part.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}

/** @param {string | undefined} type @returns {Record<string, string> | undefined} part name → part $type */
export function expandedParts(type) {
  return type !== undefined && Object.hasOwn(EXPANDED_TYPES, type)
    ? EXPANDED_TYPES[/** @type {keyof typeof EXPANDED_TYPES} */ (type)]
    : undefined;
}

/**
 * Replaces each expandable composite with one token per part. An alias to a whole composite
 * (`{typography.body}`) becomes an alias to the matching part, so var() chains survive.
 * @param {CheckedToken[]} tokens  Valid tokens (checkTokens and checkReferences passed).
 * @returns {OutputToken[]}
 */
export function expandComposites(tokens) {
  return tokens.flatMap((token) => {
    const parts = expandedParts(token.type);
    if (!parts) return [token];
    const alias = parseAlias(token.value);
    const value = /** @type {Record<string, unknown>} */ (token.value);
    return Object.entries(parts).map(([part, type]) => {
      const segment = partSegment(part);
      return {
        ...token,
        name: `${token.name}.${segment}`,
        path: [...token.path, segment],
        type,
        value: alias === undefined ? value[part] : `{${alias}.${segment}}`,
        description: `${token.description} (${segment})`,
        refs: [],
        composite: token.name,
      };
    });
  });
}
