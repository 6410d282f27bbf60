// Reads a `GET /v1/files/:key/variables/local` response into the variables model, checking its
// shape on the way: a malformed or partial response is refused with every problem and where it
// is, never half-read. Collections other than ours (COLLECTIONS) and remote (library) variables
// are left out and listed, so a designer's own collections in the same file do no harm.
import { isPlainObject } from '../../tokens/load.mjs';
import { COLLECTIONS, figmaModes, SINGLE_MODE } from './collections.mjs';
import { normalizeValue } from './model.mjs';
import { tokenNameOf } from './names.mjs';

/**
 * @typedef {import('./model.mjs').VariableModel} VariableModel
 * @typedef {object} FigmaFile
 * @property {Map<string, { id: string, modes: Map<string, string> }>} collections  by name; modes: name → modeId
 * @property {Map<string, VariableModel & { id: string }>} variables  by token name
 * @property {string[]} ignored  What was left out, for the review.
 */

/** Thrown when a Figma response or export cannot be read; `problems` says where and why. */
export class FigmaInputError extends Error {
  /** @param {string} source @param {string[]} problems */
  constructor(source, problems) {
    super(`${source}:\n${problems.map((p) => `  ${p}`).join('\n')}`);
    this.name = 'FigmaInputError';
    this.problems = problems;
  }
}

const TYPES = ['COLOR', 'FLOAT', 'STRING', 'BOOLEAN'];

/**
 * @param {unknown} json
 * @param {string} source  The file name, for messages.
 * @returns {FigmaFile}
 */
export function readLocalVariables(json, source) {
  /** @type {string[]} */
  const problems = [];
  const meta = isPlainObject(json) && isPlainObject(json.meta) ? json.meta : undefined;
  if (!meta || !isPlainObject(meta.variableCollections) || !isPlainObject(meta.variables)) {
    throw new FigmaInputError(source, [
      'not a GET /v1/files/:key/variables/local response: expected { "meta": { "variableCollections": {…}, "variables": {…} } }',
    ]);
  }

  /** @type {FigmaFile} */
  const file = { collections: new Map(), variables: new Map(), ignored: [] };
  /** @type {Map<string, { name: string, modes: Map<string, string> }>} modeId → mode name, by collection id */
  const ours = new Map();
  for (const [id, collection] of Object.entries(meta.variableCollections)) {
    const at = `meta.variableCollections["${id}"]`;
    if (
      !isPlainObject(collection) ||
      typeof collection.name !== 'string' ||
      !Array.isArray(collection.modes)
    ) {
      problems.push(`${at}: expected { id, name, modes: [{ modeId, name }], … }`);
      continue;
    }
    if (collection.id !== id)
      problems.push(`${at}.id: is ${JSON.stringify(collection.id)}, not its key`);
    const config = COLLECTIONS.find((c) => c.name === collection.name);
    if (collection.remote === true || !config) {
      file.ignored.push(
        `collection "${collection.name}" (${collection.remote === true ? 'remote' : 'not one of ours'})`,
      );
      continue;
    }
    /** @type {Map<string, string>} mode name → modeId */
    const modes = new Map();
    collection.modes.forEach((mode, index) => {
      if (
        !isPlainObject(mode) ||
        typeof mode.modeId !== 'string' ||
        typeof mode.name !== 'string'
      ) {
        problems.push(`${at}.modes[${index}]: expected { modeId, name }`);
      } else modes.set(mode.name, mode.modeId);
    });
    const expected = figmaModes(config);
    if (config.themed) {
      for (const name of [...modes.keys()].filter((m) => !expected.includes(m))) {
        problems.push(
          `${at}: mode "${name}" is not a Callicrates colour mode (${expected.join(', ')}): add it to MODES in scripts/tokens/config.mjs and to the resolver first`,
        );
      }
      for (const name of expected.filter((m) => !modes.has(m))) {
        problems.push(`${at}: mode "${name}" is missing`);
      }
    } else if (modes.size !== 1) {
      problems.push(
        `${at}: has ${modes.size} modes; ${config.name} has one (its values do not change with the colour mode)`,
      );
    }
    // A single-mode collection's one mode is ours whatever Figma calls it ("Mode 1").
    const named = config.themed
      ? modes
      : new Map([...modes.values()].map((modeId) => [SINGLE_MODE, modeId]));
    file.collections.set(config.name, { id, modes: named });
    ours.set(id, {
      name: config.name,
      modes: new Map([...named].map(([name, modeId]) => [modeId, name])),
    });
  }

  /** @type {Map<string, string>} variable id → token name, for aliases */
  const names = new Map();
  const variables = Object.entries(meta.variables);
  for (const [id, variable] of variables) {
    if (
      isPlainObject(variable) &&
      typeof variable.name === 'string' &&
      ours.has(String(variable.variableCollectionId))
    ) {
      const name = tokenNameOf(variable.name);
      if (typeof name === 'string') names.set(id, name);
    }
  }

  for (const [id, variable] of variables) {
    const at = `meta.variables["${id}"]`;
    if (!isPlainObject(variable) || typeof variable.name !== 'string') {
      problems.push(
        `${at}: expected { id, name, variableCollectionId, resolvedType, valuesByMode, … }`,
      );
      continue;
    }
    const collection = ours.get(String(variable.variableCollectionId));
    if (variable.remote === true || !collection) {
      if (!ours.has(String(variable.variableCollectionId)) && !isKnownForeign(meta, variable)) {
        problems.push(
          `${at}.variableCollectionId: no collection ${JSON.stringify(variable.variableCollectionId)} in this response`,
        );
      }
      continue;
    }
    const label = `${at} (${variable.name})`;
    const name = tokenNameOf(variable.name);
    if (typeof name !== 'string') {
      problems.push(`${label}.name: ${name.error}`);
      continue;
    }
    if (variable.id !== id)
      problems.push(`${label}.id: is ${JSON.stringify(variable.id)}, not its key`);
    if (!TYPES.includes(String(variable.resolvedType)) || variable.resolvedType === 'BOOLEAN') {
      problems.push(
        `${label}.resolvedType: ${JSON.stringify(variable.resolvedType)} has no token type (COLOR, FLOAT or STRING)`,
      );
      continue;
    }
    if (!isPlainObject(variable.valuesByMode)) {
      problems.push(`${label}.valuesByMode: expected an object of values by modeId`);
      continue;
    }
    if (file.variables.has(name))
      problems.push(`${label}.name: another variable is also called ${variable.name}`);
    /** @type {VariableModel['values']} */
    const values = {};
    for (const [modeId, modeName] of collection.modes) {
      const value = variable.valuesByMode[modeId];
      const where = `${label}.valuesByMode["${modeId}"]`;
      if (value === undefined) {
        problems.push(`${where}: no value for mode "${modeName}"`);
        continue;
      }
      const read = readValue(value, String(variable.resolvedType), names);
      if (typeof read === 'string') problems.push(`${where}: ${read}`);
      else values[modeName] = read;
    }
    for (const modeId of Object.keys(variable.valuesByMode).filter(
      (m) => !collection.modes.has(m),
    )) {
      problems.push(`${label}.valuesByMode["${modeId}"]: not a mode of its collection`);
    }
    file.variables.set(name, {
      id,
      name,
      collection: collection.name,
      resolvedType: /** @type {'COLOR' | 'FLOAT' | 'STRING'} */ (variable.resolvedType),
      description: typeof variable.description === 'string' ? variable.description : '',
      scopes: Array.isArray(variable.scopes) ? variable.scopes.map(String) : [],
      codeSyntax: isPlainObject(variable.codeSyntax)
        ? /** @type {Record<string, string>} */ (variable.codeSyntax)
        : {},
      values,
    });
  }
  if (problems.length > 0) throw new FigmaInputError(source, problems);
  return file;
}

/** A variable of a collection this response lists but that is not ours. @param {any} meta @param {any} variable */
function isKnownForeign(meta, variable) {
  return (
    Object.hasOwn(meta.variableCollections, String(variable.variableCollectionId)) ||
    variable.remote === true
  );
}

/**
 * @param {unknown} value
 * @param {string} type
 * @param {Map<string, string>} names  variable id → token name
 * @returns {import('./model.mjs').FigmaValue | string} the value, or what is wrong with it
 */
function readValue(value, type, names) {
  if (isPlainObject(value) && value.type === 'VARIABLE_ALIAS') {
    const target = names.get(String(value.id));
    return target === undefined
      ? `aliases ${JSON.stringify(value.id)}, which is not a variable of this file's Callicrates collections (deleted, or from a library)`
      : { alias: target };
  }
  if (type === 'COLOR') {
    const channels = isPlainObject(value) ? ['r', 'g', 'b', 'a'].map((k) => value[k]) : [];
    const valid =
      channels.length === 4 && channels.every((c) => typeof c === 'number' && c >= 0 && c <= 1);
    if (!valid)
      return `expected a colour { r, g, b, a } with channels from 0 to 1, got ${JSON.stringify(value)}`;
    const [r = 0, g = 0, b = 0, a = 1] = /** @type {number[]} */ (channels);
    return { value: normalizeValue({ r, g, b, a }) };
  }
  if (type === 'FLOAT') {
    return typeof value === 'number' && Number.isFinite(value)
      ? { value: normalizeValue(value) }
      : `expected a number, got ${JSON.stringify(value)}`;
  }
  return typeof value === 'string' && value.trim() !== ''
    ? { value }
    : `expected a non-empty string, got ${JSON.stringify(value)}`;
}
