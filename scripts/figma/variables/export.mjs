#!/usr/bin/env node
// `npm run figma:export`: the token set as Figma variables, the body of
// POST /v1/files/:key/variables. With FIGMA_TOKEN and --file it reads the file's variables, sends
// only what differs and prints what Figma did; otherwise it writes the body to --out.
//
//   npm run figma:export                        writes figma-variables.json (a fresh file)
//   npm run figma:export -- --current get.json  the body against a saved GET …/variables/local
//   FIGMA_TOKEN=… npm run figma:export -- --file <key>   sends it
//   FIGMA_TOKEN=… npm run figma:export -- --channel      sends it to this branch's channel file
//                                                       (figma/files.json, scripts/figma/channel.mjs)
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';

import { TokenBuildError } from '../../tokens/build-tokens.mjs';
import { FigmaApiError, figmaRequest } from '../api.mjs';
import { FigmaConfigError, resolveFigmaChannel } from '../channel.mjs';
import {
  parseCommandArgs,
  readJsonFile,
  repoRoot,
  resolvePath,
  runIfMain,
  UsageError,
} from './cli.mjs';
import { readTokenSet, variablesFromTokens } from './model.mjs';
import { buildPostBody, isEmptyBody } from './post-body.mjs';
import { FigmaInputError, readLocalVariables } from './read-response.mjs';

const USAGE =
  'usage: npm run figma:export -- [--out <file>] [--current <GET response>] [--tokens <dir>] [--file <key> | --channel, with FIGMA_TOKEN set]';
export const DEFAULT_OUT = 'figma-variables.json';

/** @param {import('./cli.mjs').CommandIO} io @returns {Promise<number>} exit status */
export async function figmaExport(io) {
  const say = (/** @type {string} */ line) => io.log(`figma:export: ${line}`);
  const fail = (/** @type {string} */ line) => io.error(`figma:export: ${line}`);
  try {
    const { values, positionals } = parseCommandArgs(
      io.argv,
      {
        out: { type: 'string' },
        current: { type: 'string' },
        tokens: { type: 'string' },
        file: { type: 'string' },
        channel: { type: 'boolean' },
      },
      false,
    );
    if (positionals.length > 0) throw new UsageError(`unexpected argument ${positionals[0]}`);
    const token = io.env.FIGMA_TOKEN?.trim() || undefined;
    if (values.channel && values.file !== undefined) {
      throw new UsageError(
        '--channel picks the file of this branch’s release channel: drop --file',
      );
    }
    if (values.channel) {
      if (!token) {
        throw new FigmaApiError(
          '--channel sends the variables to Figma, which needs FIGMA_TOKEN (a personal access token with file_variables:read and file_variables:write)',
        );
      }
      const channel = resolveFigmaChannel({ env: io.env });
      say(`${channel.channel} channel: ${channel.file.name} (${channel.fileKey})`);
      values.file = channel.fileKey;
    }
    if (values.file !== undefined && !/^[A-Za-z0-9]+$/.test(values.file)) {
      throw new UsageError(
        `--file takes a Figma file key (the id in the file's URL), not ${JSON.stringify(values.file)}`,
      );
    }
    if (values.file !== undefined && !token) {
      throw new FigmaApiError(
        '--file sends the variables to Figma, which needs FIGMA_TOKEN (a personal access token with file_variables:read and file_variables:write); without --file the body is written to a file',
      );
    }
    if (values.file !== undefined && (values.out !== undefined || values.current !== undefined)) {
      throw new UsageError(
        '--file sends the body; --out and --current are for writing it to a file instead',
      );
    }

    const tokensDir = resolvePath(io, values.tokens) ?? join(repoRoot, 'tokens');
    const { tokens } = await readTokenSet(tokensDir);
    const { variables, errors } = variablesFromTokens(tokens);
    if (errors.length > 0) {
      errors.forEach((line) => fail(line));
      return 1;
    }

    if (values.file !== undefined) {
      const path = `/v1/files/${values.file}/variables`;
      const local = await figmaRequest({ method: 'GET', path: `${path}/local`, token });
      const { body, untracked } = buildPostBody(
        variables,
        readLocalVariables(local, `GET ${path}/local`),
      );
      reportUntracked(untracked, say);
      if (isEmptyBody(body)) {
        say(
          `Figma file ${values.file} already holds these ${variables.length} variables; nothing sent`,
        );
        return 0;
      }
      const answer = await figmaRequest({ method: 'POST', path, body, token });
      const created = Object.keys(answer?.meta?.tempIdToRealId ?? {}).length;
      say(`sent to Figma file ${values.file}: ${summary(body)}; Figma created ${created} ids`);
      return 0;
    }

    const currentPath = resolvePath(io, values.current);
    const current = currentPath
      ? readLocalVariables(
          await readJsonFile(currentPath),
          relative(io.cwd ?? process.cwd(), currentPath),
        )
      : undefined;
    const { body, untracked } = buildPostBody(variables, current);
    reportUntracked(untracked, say);
    const out = resolvePath(io, values.out ?? DEFAULT_OUT) ?? DEFAULT_OUT;
    await mkdir(dirname(out), { recursive: true });
    await writeFile(out, `${JSON.stringify(body, null, 2)}\n`);
    say(`${summary(body)}; body of POST /v1/files/:key/variables written to ${out}`);
    if (token) say('FIGMA_TOKEN is set: add --channel (or --file <key>) to send it');
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      fail(error.message);
      fail(USAGE);
      return 2;
    }
    if (error instanceof TokenBuildError) {
      fail('the tokens do not build; fix them first:');
      error.lines.forEach((line) => fail(`  ${line}`));
      return 1;
    }
    if (
      error instanceof FigmaApiError ||
      error instanceof FigmaInputError ||
      error instanceof FigmaConfigError
    ) {
      fail(error.message);
      return 1;
    }
    throw error;
  }
}

/** @param {import('./post-body.mjs').PostBody} body */
function summary(body) {
  const count = (/** @type {object[]} */ list, /** @type {string} */ action) =>
    list.filter((item) => /** @type {{ action?: string }} */ (item).action === action).length;
  return [
    `${count(body.variableCollections, 'CREATE')} collections and ${count(body.variables, 'CREATE')} variables to create`,
    `${count(body.variables, 'UPDATE')} to update`,
    `${body.variableModeValues.length} mode values`,
  ].join(', ');
}

/** @param {string[]} untracked @param {(line: string) => void} say */
function reportUntracked(untracked, say) {
  if (untracked.length === 0) return;
  say(
    `left alone, in Figma but not in the tokens (import or delete them there): ${untracked.join(', ')}`,
  );
}

await runIfMain(import.meta.url, figmaExport);
