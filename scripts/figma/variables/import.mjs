#!/usr/bin/env node
// `npm run figma:import -- <file>…`: brings a Figma file's variables into tokens/. Reads a saved
// `GET /v1/files/:key/variables/local` response, or Figma's native DTCG export (one
// `*.tokens.json` per mode: pass them all, or their folder). Prints the review, per token and
// mode, then writes the token files only if the result passes the whole token build
// (validation and contrast); otherwise it names each problem and writes nothing.
//
//   npm run figma:import -- variables.json [--check] [--tokens <dir>]
import { readdir, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';

import { TokenBuildError } from '../../tokens/build-tokens.mjs';
import { ImportRefusedError, applyVariables } from './apply.mjs';
import {
  parseCommandArgs,
  readJsonFile,
  repoRoot,
  resolvePath,
  runIfMain,
  UsageError,
} from './cli.mjs';
import { readTokenSet, variablesFromTokens } from './model.mjs';
import { isFigmaDtcgExport, readFigmaDtcg } from './read-dtcg.mjs';
import { FigmaInputError, readLocalVariables } from './read-response.mjs';
import { formatReview, reviewChanges } from './review.mjs';

const USAGE =
  'usage: npm run figma:import -- <GET …/variables/local response | Figma DTCG export files or folder> [--check] [--tokens <dir>]';

/** @param {import('./cli.mjs').CommandIO} io @returns {Promise<number>} exit status */
export async function figmaImport(io) {
  const say = (/** @type {string} */ line) => io.log(`figma:import: ${line}`);
  const fail = (/** @type {string} */ line) => io.error(`figma:import: ${line}`);
  try {
    const { values, positionals } = parseCommandArgs(
      io.argv,
      { tokens: { type: 'string' }, check: { type: 'boolean' } },
      true,
    );
    if (positionals.length === 0)
      throw new UsageError('which file? Give the Figma response or export to import');
    const cwd = io.cwd ?? process.cwd();
    const inputs = await readInputs(
      positionals.map((p) => /** @type {string} */ (resolvePath(io, p))),
      cwd,
    );
    const figma = readFigma(inputs);

    const tokensDir = resolvePath(io, values.tokens) ?? join(repoRoot, 'tokens');
    const { sources, tokens } = await readTokenSet(tokensDir);
    const { variables: current, errors } = variablesFromTokens(tokens);
    if (errors.length > 0) {
      errors.forEach((line) => fail(line));
      return 1;
    }
    const source = inputs.map((i) => i.file).join(', ');
    const incoming = [...figma.variables.values()];
    const covered = coveredCollections(figma, current, source);
    for (const note of figma.ignored) say(`ignored ${note}`);
    for (const name of new Set(current.map((v) => v.collection))) {
      if (!covered.has(name)) say(`not in ${source}, left as it is: collection ${name}`);
    }
    const compared = current.filter((v) => covered.has(v.collection));
    const changes = reviewChanges(compared, incoming);
    say(changes.length === 0 ? `${source}: no changes` : `${source}: ${changes.length} changes`);
    formatReview(changes).forEach((line) => io.log(`  ${line}`));
    if (changes.length === 0) return 0;

    if (values.check) {
      say('--check: nothing written');
      return 0;
    }
    const written = await applyVariables({
      tokensDir,
      sources,
      tokens,
      current: compared,
      incoming,
    });
    say(`written: ${written.map((file) => `tokens/${file}`).join(', ')}`);
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      fail(error.message);
      fail(USAGE);
      return 2;
    }
    if (error instanceof FigmaInputError) {
      fail(`cannot read ${error.message}`);
      fail('nothing written');
      return 1;
    }
    if (error instanceof ImportRefusedError) {
      fail('refused: with these variables the tokens would not build; nothing written:');
      error.lines.forEach((line) => fail(`  ${line}`));
      return 1;
    }
    if (error instanceof TokenBuildError) {
      fail('the tokens do not build as they are; fix them before importing:');
      error.lines.forEach((line) => fail(`  ${line}`));
      return 1;
    }
    throw error;
  }
}

/**
 * The input files; a folder stands for the `*.tokens.json` files in it.
 * @param {string[]} paths
 * @param {string} cwd
 */
async function readInputs(paths, cwd) {
  const files = [];
  for (const path of paths) {
    const isDir = await stat(path).then(
      (s) => s.isDirectory(),
      () => false,
    );
    const members = isDir
      ? (await readdir(path))
          .filter((name) => name.endsWith('.tokens.json'))
          .sort()
          .map((name) => join(path, name))
      : [path];
    if (isDir && members.length === 0)
      throw new FigmaInputError(relative(cwd, path), ['no *.tokens.json files in this folder']);
    for (const file of members)
      files.push({ file: relative(cwd, file), json: await readJsonFile(file) });
  }
  return files;
}

/** @param {{ file: string, json: unknown }[]} inputs */
function readFigma(inputs) {
  const [first] = inputs;
  if (inputs.length === 1 && first && !isFigmaDtcgExport(first.json)) {
    return readLocalVariables(first.json, first.file);
  }
  return readFigmaDtcg(inputs);
}

/**
 * The collections the input speaks for. A GET response holds the whole file, so one of our
 * collections missing from it is a partial response, refused rather than read as "delete all its
 * variables". Figma's DTCG export comes one collection at a time: it speaks for those it has.
 * @param {import('./read-response.mjs').FigmaFile} figma
 * @param {import('./model.mjs').VariableModel[]} current
 * @param {string} source
 * @returns {Set<string>}
 */
function coveredCollections(figma, current, source) {
  if (figma.collections.size === 0)
    return new Set([...figma.variables.values()].map((v) => v.collection));
  const missing = [...new Set(current.map((v) => v.collection))].filter(
    (c) => !figma.collections.has(c),
  );
  if (missing.length > 0) {
    throw new FigmaInputError(
      source,
      missing.map(
        (name) =>
          `collection "${name}" is missing: a partial response? (a collection deleted in Figma on purpose is deleted from the tokens by hand)`,
      ),
    );
  }
  return new Set(figma.collections.keys());
}

await runIfMain(import.meta.url, figmaImport);
