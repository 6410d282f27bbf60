// What the figma:export and figma:import commands share: argument parsing with clear errors, and
// running a command in process (tests call it with their own argv, env and output).
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

import { FigmaInputError } from './read-response.mjs';

export const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));

/**
 * @typedef {object} CommandIO
 * @property {string[]} argv  Arguments after the script.
 * @property {Record<string, string | undefined>} env
 * @property {(line: string) => void} log
 * @property {(line: string) => void} error
 * @property {string} [cwd]
 */

/** Thrown for bad arguments: the command prints it with its usage and exits 2. */
export class UsageError extends Error {}

/**
 * @param {string[]} argv
 * @param {import('node:util').ParseArgsConfig['options']} options
 * @param {boolean} allowPositionals
 */
export function parseCommandArgs(argv, options, allowPositionals) {
  try {
    return parseArgs({ args: argv, options, allowPositionals, strict: true });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

/** @param {CommandIO} io @param {string | undefined} path */
export function resolvePath(io, path) {
  return path === undefined ? undefined : resolve(io.cwd ?? process.cwd(), path);
}

/**
 * Runs a command when its module is the script node was started with.
 * @param {string} moduleUrl
 * @param {(io: CommandIO) => Promise<number>} command
 */
export async function runIfMain(moduleUrl, command) {
  if (!process.argv[1] || moduleUrl !== pathToFileURL(process.argv[1]).href) return;
  process.exitCode = await command({
    argv: process.argv.slice(2),
    env: process.env,
    log: (line) => console.log(line),
    error: (line) => console.error(line),
  });
}

/**
 * Reads a JSON input file; a missing or unparsable file is a FigmaInputError naming it.
 * @param {string} path
 */
export async function readJsonFile(path) {
  let text;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new FigmaInputError(path, [
      `cannot read: ${error instanceof Error ? error.message : String(error)}`,
    ]);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new FigmaInputError(path, [
      `cannot parse JSON: ${error instanceof Error ? error.message : String(error)}`,
    ]);
  }
}
