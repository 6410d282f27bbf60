// Checks that need no alias resolution: each token on its own, duplicate paths, and that every
// mode defines the same tokens. Alias checks live in references.mjs.
import { MODES } from './config.mjs';
import { problem } from './errors.mjs';
import { checkFigmaExtension, figmaMetadata } from './figma-extension.mjs';
import { checkValue, SUPPORTED_TYPES } from './value-types.mjs';

/**
 * @typedef {import('./load.mjs').Token} Token
 * @typedef {import('./errors.mjs').TokenProblem} TokenProblem
 * @typedef {Token & { refs: import('./value-types.mjs').Reference[] }} CheckedToken
 */

/**
 * Checks each token's $type, $description and $value, and collects the aliases in its value.
 * Invalid tokens stay in the list, so later checks do not report them again as missing.
 * @param {Token[]} tokens
 * @param {TokenProblem[]} problems
 * @returns {CheckedToken[]}
 */
export function checkTokens(tokens, problems) {
  return tokens.map((token) => {
    const report = (/** @type {string} */ message) =>
      problems.push(problem(token.file, token.name, message));
    if (!token.description?.trim()) report('missing $description');
    if (token.type === undefined) {
      report('missing $type (set it on the token or on a parent group)');
      return { ...token, refs: [] };
    }
    if (!SUPPORTED_TYPES.includes(token.type)) {
      report(`unsupported $type "${token.type}" (supported: ${SUPPORTED_TYPES.join(', ')})`);
      return { ...token, refs: [] };
    }
    const { errors, refs } = checkValue(token.type, token.value);
    errors.forEach(report);
    checkFigmaExtension(token).forEach(report);
    return { ...token, refs };
  });
}

/**
 * A path may be defined once among the core files, and a mode may not redefine a core path.
 * A token may also not sit where another file has a group (`size.control` vs `size.control.md`).
 * @param {CheckedToken[]} core
 * @param {Map<string, CheckedToken[]>} modes
 * @param {TokenProblem[]} problems
 */
export function checkDuplicates(core, modes, problems) {
  const coreByName = firstByName(core, problems);
  for (const tokens of modes.values()) {
    for (const token of tokens) {
      const existing = coreByName.get(token.name);
      if (existing) problems.push(duplicate(token, existing));
    }
    checkNesting([...core, ...tokens], problems);
  }
  if (modes.size === 0) checkNesting(core, problems);
}

/**
 * All modes define the same token paths with the same $types: components read the same
 * variables in every mode. (Which modes exist, and their files, is the resolver's check.)
 * @param {import('./load.mjs').TokenSource[]} sources
 * @param {Map<string, CheckedToken[]>} modes
 * @param {TokenProblem[]} problems
 */
export function checkModes(sources, modes, problems) {
  const present = MODES.map((m) => m.name).filter((name) => modes.has(name));
  /** @type {Map<string, Map<string, CheckedToken>>} */
  const byMode = new Map(
    present.map((name) => [name, new Map((modes.get(name) ?? []).map((t) => [t.name, t]))]),
  );
  const allNames = [...new Set([...byMode.values()].flatMap((m) => [...m.keys()]))].sort();
  for (const name of allNames) {
    const holders = [...byMode].filter(([, tokens]) => tokens.has(name)).map(([mode]) => mode);
    // Types are compared with the first mode (in config order) that types the token.
    const [referenceMode, referenceType] =
      holders.map((mode) => [mode, byMode.get(mode)?.get(name)?.type]).find(([, type]) => type) ??
      [];
    for (const [mode, tokens] of byMode) {
      const file = sources.find((s) => s.mode === mode)?.file ?? mode;
      const own = tokens.get(name);
      if (!own) {
        problems.push(
          problem(file, name, `missing in mode "${mode}" (defined in ${holders.join(', ')})`),
        );
      } else if (own.type && referenceType && own.type !== referenceType) {
        problems.push(
          problem(
            file,
            name,
            `$type is "${own.type}" here but "${referenceType}" in mode "${referenceMode}"`,
          ),
        );
      } else if (!sameFigmaMetadata(own, byMode.get(holders[0] ?? '')?.get(name))) {
        // One Figma variable holds every mode's value, with one set of scopes and code syntax.
        problems.push(
          problem(
            file,
            name,
            `$extensions["com.figma"] differs from mode "${holders[0]}": a Figma variable has the same scopes and code syntax in every mode`,
          ),
        );
      }
    }
  }
}

/**
 * Scopes as a set and code syntax per platform: the order they are written in means nothing.
 * @param {CheckedToken} a
 * @param {CheckedToken | undefined} b
 */
function sameFigmaMetadata(a, b) {
  const key = (/** @type {CheckedToken | undefined} */ token) => {
    const figma = figmaMetadata(token?.extensions);
    if (!figma) return '';
    const scopes = Array.isArray(figma.scopes) ? [...figma.scopes].sort() : figma.scopes;
    const syntax = Object.entries(figma.codeSyntax ?? {}).sort(([p], [q]) => (p < q ? -1 : 1));
    return JSON.stringify([scopes, syntax]);
  };
  return key(a) === key(b);
}

/** @param {CheckedToken[]} tokens @param {TokenProblem[]} problems */
function firstByName(tokens, problems) {
  /** @type {Map<string, CheckedToken>} */
  const byName = new Map();
  for (const token of tokens) {
    const existing = byName.get(token.name);
    if (existing) problems.push(duplicate(token, existing));
    else byName.set(token.name, token);
  }
  return byName;
}

/** @param {CheckedToken[]} tokens @param {TokenProblem[]} problems */
function checkNesting(tokens, problems) {
  const byName = new Map(tokens.map((t) => [t.name, t]));
  for (const child of tokens) {
    for (let length = 1; length < child.path.length; length++) {
      const parent = byName.get(child.path.slice(0, length).join('.'));
      if (!parent) continue;
      problems.push(
        problem(
          child.file,
          child.name,
          `sits inside token ${parent.name} (defined in ${parent.file}); a token cannot also be a group`,
        ),
      );
    }
  }
}

/** @param {CheckedToken} token @param {CheckedToken} existing */
function duplicate(token, existing) {
  return problem(
    token.file,
    token.name,
    `duplicate token path, already defined in ${existing.file}`,
  );
}
