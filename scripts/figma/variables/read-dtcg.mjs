// Reads Figma's native DTCG export: one `*.tokens.json` per collection and mode, the mode named
// in the root's `$extensions["com.figma.modeName"]`, each token's Figma data in `$extensions`
// keys `com.figma.variableId`, `com.figma.scopes`, `com.figma.codeSyntax` and, for an alias to
// another collection, `com.figma.aliasData` (`targetVariableName`). This shape is known from
// public write-ups, not from an official page, so the reader accepts both spellings of the
// metadata (`"com.figma.scopes"` and `"com.figma": { "scopes" }`) and refuses anything else.
import { isPlainObject } from '../../tokens/load.mjs';
import { COLLECTIONS, collectionOf, figmaModes, SINGLE_MODE } from './collections.mjs';
import { normalizeValue } from './model.mjs';
import { tokenNameOf } from './names.mjs';
import { FigmaInputError } from './read-response.mjs';

/**
 * @typedef {import('./read-response.mjs').FigmaFile} FigmaFile
 * @typedef {import('./model.mjs').VariableModel} VariableModel
 */

const FIGMA_TYPES = {
  color: 'COLOR',
  number: 'FLOAT',
  dimension: 'FLOAT',
  string: 'STRING',
  fontFamily: 'STRING',
};

/** Whether a parsed JSON file looks like Figma's DTCG export. @param {unknown} json */
export function isFigmaDtcgExport(json) {
  return isPlainObject(json) && modeNameOf(json) !== undefined;
}

/**
 * @param {{ file: string, json: unknown }[]} files
 * @returns {FigmaFile}
 */
export function readFigmaDtcg(files) {
  /** @type {string[]} */
  const problems = [];
  /** @type {Map<string, VariableModel & { id: string }>} */
  const variables = new Map();
  for (const { file, json } of files) {
    const mode = isPlainObject(json) ? modeNameOf(json) : undefined;
    if (!isPlainObject(json) || mode === undefined) {
      problems.push(
        `${file}: not a Figma DTCG export: the root needs $extensions["com.figma.modeName"]`,
      );
      continue;
    }
    /** @param {Record<string, unknown>} node @param {string[]} path @param {string | undefined} inherited */
    const visit = (node, path, inherited) => {
      const type = typeof node.$type === 'string' ? node.$type : inherited;
      if (!('$value' in node)) {
        for (const [key, child] of Object.entries(node)) {
          if (!key.startsWith('$') && isPlainObject(child)) visit(child, [...path, key], type);
        }
        return;
      }
      const at = `${file}: ${path.join('/')}`;
      const name = tokenNameOf(path.join('/'));
      if (typeof name !== 'string') return void problems.push(`${at}: ${name.error}`);
      const collection = collectionOf(path);
      if (!collection) return; // a designer's own group: not ours
      const modeName = collection.themed ? mode : SINGLE_MODE;
      if (!figmaModes(collection).includes(modeName)) {
        return void problems.push(
          `${at}: mode "${mode}" is not a Callicrates colour mode (${figmaModes(collection).join(', ')})`,
        );
      }
      const resolvedType = FIGMA_TYPES[/** @type {keyof typeof FIGMA_TYPES} */ (String(type))];
      if (!resolvedType)
        return void problems.push(
          `${at}: $type ${JSON.stringify(type)} is not a Figma variable type`,
        );
      const figma = figmaData(node.$extensions);
      const value = readValue(node.$value, resolvedType, figma.aliasTarget);
      if (typeof value === 'string') return void problems.push(`${at}: ${value}`);
      const variable = variables.get(name) ?? {
        id: String(figma.variableId ?? name),
        name,
        collection: collection.name,
        resolvedType,
        description: typeof node.$description === 'string' ? node.$description : '',
        scopes: figma.scopes,
        codeSyntax: figma.codeSyntax,
        values: {},
      };
      if (variable.values[modeName])
        return void problems.push(`${at}: mode "${modeName}" is exported twice`);
      variable.values[modeName] = value;
      variables.set(name, variable);
    };
    visit(json, [], undefined);
  }
  for (const variable of variables.values()) {
    const config = COLLECTIONS.find((c) => c.name === variable.collection);
    for (const mode of config ? figmaModes(config).filter((m) => !variable.values[m]) : []) {
      problems.push(
        `${variable.name.split('.').join('/')}: no value for mode "${mode}" (export every mode of ${variable.collection})`,
      );
    }
  }
  if (problems.length > 0) throw new FigmaInputError(files.map((f) => f.file).join(', '), problems);
  return { collections: new Map(), variables, ignored: [] };
}

/** @param {Record<string, unknown>} json */
function modeNameOf(json) {
  const extensions = json.$extensions;
  if (!isPlainObject(extensions)) return undefined;
  const nested = isPlainObject(extensions['com.figma'])
    ? extensions['com.figma'].modeName
    : undefined;
  const mode = extensions['com.figma.modeName'] ?? nested;
  return typeof mode === 'string' ? mode : undefined;
}

/** @param {unknown} extensions */
function figmaData(extensions) {
  const flat = isPlainObject(extensions) ? extensions : {};
  const nested = isPlainObject(flat['com.figma']) ? flat['com.figma'] : {};
  const get = (/** @type {string} */ key) => flat[`com.figma.${key}`] ?? nested[key];
  const aliasData = get('aliasData');
  const target = isPlainObject(aliasData) ? aliasData.targetVariableName : undefined;
  const scopes = get('scopes');
  const codeSyntax = get('codeSyntax');
  return {
    variableId: get('variableId'),
    scopes: Array.isArray(scopes) ? scopes.map(String) : [],
    codeSyntax: isPlainObject(codeSyntax) ? /** @type {Record<string, string>} */ (codeSyntax) : {},
    aliasTarget: typeof target === 'string' ? target : undefined,
  };
}

/**
 * @param {unknown} value
 * @param {string} type
 * @param {string | undefined} aliasTarget  From aliasData: wins over the (resolved) `$value`.
 * @returns {import('./model.mjs').FigmaValue | string}
 */
function readValue(value, type, aliasTarget) {
  const alias =
    aliasTarget ?? (typeof value === 'string' ? /^\{([^{}]+)\}$/.exec(value)?.[1] : undefined);
  if (alias !== undefined) {
    const name = tokenNameOf(alias.split('.').join('/'));
    return typeof name === 'string' ? { alias: name } : `alias: ${name.error}`;
  }
  if (type === 'COLOR') {
    const color = isPlainObject(value) ? value : undefined;
    const components = color?.components;
    const valid =
      color?.colorSpace === 'srgb' &&
      Array.isArray(components) &&
      components.length === 3 &&
      components.every((c) => typeof c === 'number' && c >= 0 && c <= 1);
    if (!valid)
      return `expected an sRGB colour { colorSpace: "srgb", components: [r, g, b], alpha }, got ${JSON.stringify(value)}`;
    const [r = 0, g = 0, b = 0] = /** @type {number[]} */ (components);
    const a = typeof color.alpha === 'number' ? color.alpha : 1;
    return { value: normalizeValue({ r, g, b, a }) };
  }
  if (type === 'FLOAT') {
    if (typeof value === 'number' && Number.isFinite(value))
      return { value: normalizeValue(value) };
    if (isPlainObject(value) && typeof value.value === 'number' && value.unit === 'px') {
      return { value: normalizeValue(value.value) };
    }
    return `expected a number or a px dimension, got ${JSON.stringify(value)}`;
  }
  if (Array.isArray(value) && typeof value[0] === 'string') return { value: value[0] };
  return typeof value === 'string' && value.trim() !== ''
    ? { value }
    : `expected a string, got ${JSON.stringify(value)}`;
}
