// Checks that need no alias resolution: each token on its own, duplicate paths, and that every
// mode defines the same tokens. Alias checks live in references.mjs.
import { MODES, MODES_DIR } from './config.mjs';
import { problem, WHOLE_FILE } from './errors.mjs';
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
 * Every configured mode needs a file, every mode file a configured mode, and all modes the
 * same token paths with the same $types: components read the same variables in every mode.
 * @param {import('./load.mjs').TokenSource[]} sources
 * @param {Map<string, CheckedToken[]>} modes
 * @param {string} tokensLabel  Display name of the tokens directory.
 * @param {TokenProblem[]} problems
 */
export function checkModes(sources, modes, tokensLabel, problems) {
  const configured = MODES.map((m) => m.name);
  for (const source of sources) {
    if (source.mode !== undefined && !configured.includes(source.mode)) {
      problems.push(
        problem(
          source.file,
          WHOLE_FILE,
          `unknown mode "${source.mode}" (modes are configured in scripts/tokens/config.mjs: ${configured.join(', ')})`,
        ),
      );
    }
  }
  const present = configured.filter((name) => sources.some((s) => s.mode === name));
  for (const name of configured.filter((n) => !present.includes(n))) {
    problems.push(
      problem(
        `${tokensLabel}/${MODES_DIR}/${name}.json`,
        WHOLE_FILE,
        `mode "${name}" has no token file`,
      ),
    );
  }

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
      }
    }
  }
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
