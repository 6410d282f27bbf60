// The DTCG 2025.10 Resolver Module document (`tokens/<name>.resolver.json`) is the entry to the
// token set: its `sets` list the mode-independent token files, its `theme` modifier lists the
// files of each colour mode. Other tools (Terrazzo, Dispersa) read our themes from it; the build
// reads the same file, so there is one list of files and modes, not two.
//
// Supported subset, checked here with a message for anything outside it: sets and contexts whose
// sources are `$ref`s to `.tokens.json` files in the tokens directory (no inline tokens), one
// modifier named `theme` whose contexts are the modes of scripts/tokens/config.mjs, and a
// `resolutionOrder` that names every set and the modifier once each, the modifier last.
import { readdir } from 'node:fs/promises';
import { basename, join, posix, relative, sep } from 'node:path';

import { CONTRAST_PAIRS_FILE, MODES, THEME_MODIFIER } from './config.mjs';
import { problem, WHOLE_FILE } from './errors.mjs';
import { isPlainObject, readJson } from './load.mjs';

/**
 * @typedef {import('./errors.mjs').TokenProblem} TokenProblem
 * @typedef {import('./load.mjs').TokenSource} TokenSource
 */

export const RESOLVER_SUFFIX = '.resolver.json';
export const TOKEN_FILE_SUFFIX = '.tokens.json';
const VERSION = '2025.10';
const RESOLVER_PROPERTIES = [
  '$schema',
  'name',
  'version',
  'description',
  'sets',
  'modifiers',
  'resolutionOrder',
  '$extensions',
  '$defs',
];

/**
 * Finds and reads the resolver and returns the token files it names, sorted by path so the build
 * never depends on the order of the resolver's lists.
 * @param {string} tokensDir
 * @param {TokenProblem[]} problems
 * @returns {Promise<{ resolverFile: string | undefined, sources: TokenSource[] }>}
 */
export async function findTokenSources(tokensDir, problems) {
  const label = basename(tokensDir);
  const files = (await readdir(tokensDir, { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile())
    .map((entry) => relative(tokensDir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
  const resolvers = files.filter((rel) => rel.endsWith(RESOLVER_SUFFIX));
  const rootResolvers = resolvers.filter((rel) => !rel.includes('/'));
  if (rootResolvers.length !== 1 || resolvers.length !== 1) {
    const found = resolvers.length === 0 ? 'none' : resolvers.join(', ');
    problems.push(
      problem(
        label,
        WHOLE_FILE,
        `expected one *${RESOLVER_SUFFIX} at the top of ${label}/ (found ${found}): it lists the token files and modes (see tokens/README.md)`,
      ),
    );
    return { resolverFile: undefined, sources: [] };
  }

  const [resolverRel = ''] = rootResolvers;
  const resolverFile = `${label}/${resolverRel}`;
  const json = await readJson(join(tokensDir, resolverRel), resolverFile, problems);
  if (json === undefined) return { resolverFile, sources: [] };
  const report = (/** @type {string} */ at, /** @type {string} */ message) =>
    problems.push(problem(resolverFile, at, message));

  const listed = readResolver(json, report);
  /** @type {TokenSource[]} */
  const sources = [];
  const seen = new Map();
  for (const { ref, at, mode } of listed) {
    const rel = posix.normalize(ref.replace(/^\.\//, ''));
    if (!rel.endsWith(TOKEN_FILE_SUFFIX) || rel.startsWith('../') || posix.isAbsolute(rel)) {
      report(at, `"${ref}" must name a *${TOKEN_FILE_SUFFIX} file inside ${label}/`);
    } else if (!files.includes(rel)) {
      report(at, `"${ref}" not found`);
    } else if (seen.has(rel)) {
      report(at, `"${ref}" is already listed at ${seen.get(rel)}`);
    } else {
      seen.set(rel, at);
      sources.push({ file: `${label}/${rel}`, absolutePath: join(tokensDir, rel), mode });
    }
  }
  for (const rel of files) {
    if (rel === resolverRel || rel === CONTRAST_PAIRS_FILE || seen.has(rel)) continue;
    if (rel.endsWith(TOKEN_FILE_SUFFIX)) {
      problems.push(problem(`${label}/${rel}`, WHOLE_FILE, `not listed in ${resolverFile}`));
    } else if (rel.endsWith('.json')) {
      problems.push(
        problem(
          `${label}/${rel}`,
          WHOLE_FILE,
          `token files are named *${TOKEN_FILE_SUFFIX} (DTCG 2025.10) and listed in ${resolverFile}`,
        ),
      );
    }
  }
  return { resolverFile, sources: sources.sort((a, b) => (a.file < b.file ? -1 : 1)) };
}

/**
 * Checks the resolver's shape and lists every `$ref` it makes to a token file.
 * @param {unknown} json
 * @param {(at: string, message: string) => void} report
 * @returns {{ ref: string, at: string, mode: string | undefined }[]}
 */
function readResolver(json, report) {
  if (!isPlainObject(json)) {
    report(WHOLE_FILE, 'expected a resolver object');
    return [];
  }
  if (json.version !== VERSION) report('version', `must be "${VERSION}"`);
  for (const key of Object.keys(json).filter((k) => !RESOLVER_PROPERTIES.includes(k))) {
    report(key, 'unknown property');
  }

  /** @type {{ ref: string, at: string, mode: string | undefined }[]} */
  const refs = [];
  const sets = isPlainObject(json.sets) ? json.sets : {};
  if (json.sets !== undefined && !isPlainObject(json.sets)) report('sets', 'expected an object');
  for (const [name, set] of Object.entries(sets)) {
    const at = `sets.${name}`;
    if (!isPlainObject(set) || !Array.isArray(set.sources)) {
      report(at, 'expected { "sources": [{ "$ref": "…" }] }');
      continue;
    }
    refs.push(...sourceRefs(set.sources, `${at}.sources`, undefined, report));
  }

  const modifiers = isPlainObject(json.modifiers) ? json.modifiers : {};
  const configured = MODES.map((m) => m.name);
  for (const name of Object.keys(modifiers).filter((n) => n !== THEME_MODIFIER)) {
    report(`modifiers.${name}`, `unknown modifier: the only one is "${THEME_MODIFIER}"`);
  }
  const theme = modifiers[THEME_MODIFIER];
  const contexts = isPlainObject(theme) && isPlainObject(theme.contexts) ? theme.contexts : {};
  if (!isPlainObject(theme) || !isPlainObject(theme.contexts)) {
    report(
      `modifiers.${THEME_MODIFIER}`,
      'expected { "default": "…", "contexts": { "<mode>": [{ "$ref": "…" }] } }',
    );
  } else if (theme.default !== configured[0]) {
    report(
      `modifiers.${THEME_MODIFIER}.default`,
      `must be "${configured[0]}", the default mode (scripts/tokens/config.mjs)`,
    );
  }
  for (const [mode, sources] of Object.entries(contexts)) {
    const at = `modifiers.${THEME_MODIFIER}.contexts.${mode}`;
    if (!configured.includes(mode)) {
      report(
        at,
        `unknown mode "${mode}" (modes are configured in scripts/tokens/config.mjs: ${configured.join(', ')})`,
      );
    } else if (!Array.isArray(sources)) {
      report(at, 'expected a list of { "$ref": "…" }');
    } else {
      refs.push(...sourceRefs(sources, at, mode, report));
    }
  }
  if (isPlainObject(theme) && isPlainObject(theme.contexts)) {
    for (const mode of configured.filter((m) => !Object.hasOwn(contexts, m))) {
      report(`modifiers.${THEME_MODIFIER}.contexts`, `mode "${mode}" has no token file`);
    }
  }

  checkResolutionOrder(json.resolutionOrder, Object.keys(sets), report);
  return refs;
}

/**
 * @param {unknown[]} sources
 * @param {string} at
 * @param {string | undefined} mode
 * @param {(at: string, message: string) => void} report
 */
function sourceRefs(sources, at, mode, report) {
  return sources.flatMap((source, index) => {
    const here = `${at}[${index}]`;
    if (
      isPlainObject(source) &&
      typeof source.$ref === 'string' &&
      Object.keys(source).length === 1
    )
      return [{ ref: source.$ref, at: here, mode }];
    report(
      here,
      `expected { "$ref": "<file>${TOKEN_FILE_SUFFIX}" } (inline tokens are not supported: put them in a token file)`,
    );
    return [];
  });
}

/**
 * @param {unknown} order
 * @param {string[]} setNames
 * @param {(at: string, message: string) => void} report
 */
function checkResolutionOrder(order, setNames, report) {
  const expected = [...setNames.map((name) => `#/sets/${name}`), `#/modifiers/${THEME_MODIFIER}`];
  const refs = Array.isArray(order)
    ? order.map((entry) => (isPlainObject(entry) ? entry.$ref : undefined))
    : [];
  const valid =
    refs.length === expected.length &&
    refs.every((ref) => typeof ref === 'string' && expected.includes(ref)) &&
    new Set(refs).size === refs.length &&
    refs.at(-1) === `#/modifiers/${THEME_MODIFIER}`;
  if (!valid) {
    report(
      'resolutionOrder',
      `must list each set and then the ${THEME_MODIFIER} modifier once, as { "$ref": "…" }: ${expected.join(', ')}`,
    );
  }
}
