// The token build as a function: validate everything, then format, then write all outputs at
// once. Any problem stops the build before the output directory is touched.
import { existsSync } from 'node:fs';
import { basename } from 'node:path';

import { MODES } from './config.mjs';
import { checkPairTokens, loadContrastPairs } from './contrast.mjs';
import { problem, TokenBuildError, WHOLE_FILE } from './errors.mjs';
import { expandComposites } from './expand.mjs';
import { flattenTokenTree, isPlainObject, readJson } from './load.mjs';
import { renderOutputs } from './outputs.mjs';
import { aliasTargets, checkReferences } from './references.mjs';
import { findTokenSources } from './resolver.mjs';
import { formatLayer } from './style-dictionary.mjs';
import { checkDuplicates, checkModes, checkTokens } from './validate.mjs';
import { writeOutputDir } from './write-output.mjs';

export { TokenBuildError } from './errors.mjs';

/**
 * @typedef {import('./validate.mjs').CheckedToken} CheckedToken
 * @typedef {import('./errors.mjs').TokenProblem} TokenProblem
 */

/**
 * Builds tokensDir into outDir. Throws TokenBuildError, listing every problem, when the token
 * files are invalid or a contrast pair fails; outDir is then left exactly as it was.
 * @param {{ tokensDir: string, outDir: string }} options
 */
export async function buildTokens({ tokensDir, outDir }) {
  const started = performance.now();
  /** @type {TokenProblem[]} */
  const problems = [];
  const { layers, pairs } = await loadAndCheck(tokensDir, problems);
  if (problems.length > 0) throw new TokenBuildError(problems);

  const formatted = new Map(
    await Promise.all(
      [...layers].map(
        async ([mode, layer]) =>
          /** @type {const} */ ([mode, await formatLayer(expandComposites(layer))]),
      ),
    ),
  );
  const { names, contrastPairs, files } = renderOutputs({ layers, formatted, pairs }, problems);
  if (problems.length > 0) throw new TokenBuildError(problems);

  const changed = await writeOutputDir(outDir, files);
  return {
    changed,
    files: Object.keys(files).sort(),
    tokenNames: names,
    contrastPairs,
    durationMs: Math.round(performance.now() - started),
  };
}

/**
 * Reads every token file and runs every check that does not need resolved values, collecting
 * problems instead of stopping at the first. Layers are what each mode sees: core + that mode.
 * @param {string} tokensDir
 * @param {TokenProblem[]} problems
 */
async function loadAndCheck(tokensDir, problems) {
  const label = basename(tokensDir);
  if (!existsSync(tokensDir)) {
    problems.push(problem(label, WHOLE_FILE, `token directory ${tokensDir} not found`));
    return { layers: new Map(), pairs: [] };
  }

  const { sources } = await findTokenSources(tokensDir, problems);
  const tokens = [];
  let allRead = problems.length === 0;
  for (const source of sources) {
    const tree = await readJson(source.absolutePath, source.file, problems);
    if (tree !== undefined) tokens.push(...flattenTokenTree(source, tree, problems));
    if (!isPlainObject(tree)) allRead = false;
  }
  const checked = checkTokens(tokens, problems);

  const core = checked.filter((t) => t.mode === undefined);
  const presentModes = MODES.filter((mode) => sources.some((s) => s.mode === mode.name));
  /** @type {Map<string, CheckedToken[]>} */
  const modes = new Map(
    presentModes.map(({ name }) => [name, checked.filter((t) => t.mode === name)]),
  );
  checkDuplicates(core, modes, problems);

  /** @type {Map<string, CheckedToken[]>} */
  const layers = new Map([...modes].map(([mode, own]) => [mode, [...core, ...own]]));
  const pairList = await loadContrastPairs(tokensDir, problems);
  // A file that could not be read (or a resolver that could not say which files there are)
  // leaves its tokens unknown, not missing: comparing modes and following aliases now would
  // bury that one cause under a line for every token that file defines or others use.
  if (!allRead) return { layers, pairs: pairList.pairs };

  checkModes(sources, modes, problems);
  const targetsByMode = new Map([...layers].map(([mode, layer]) => [mode, aliasTargets(layer)]));
  const knownElsewhere = new Set(
    [...targetsByMode.values()].flatMap((targets) => [...targets.keys()]),
  );
  for (const [mode, layer] of layers) checkReferences(layer, { mode, knownElsewhere }, problems);

  const typesByMode = new Map(
    [...targetsByMode].map(([mode, targets]) => [
      mode,
      new Map([...targets].map(([name, t]) => [name, t.type])),
    ]),
  );
  checkPairTokens(pairList, typesByMode, problems);
  return { layers, pairs: pairList.pairs };
}
