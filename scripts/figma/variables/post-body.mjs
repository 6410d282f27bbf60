// The body of `POST /v1/files/:key/variables` that makes a Figma file hold the token set's
// variables. Against an empty file it creates everything (with temporary ids Figma maps to real
// ones); against the file's current variables (`GET …/variables/local`) it sends only what
// differs, so re-running the export is a no-op. It never deletes: a variable Figma has and the
// tokens do not is reported, because it may be a designer's work in progress.
import { COLLECTIONS, figmaModes, variableName } from './collections.mjs';
import { normalizeValue } from './model.mjs';

/**
 * @typedef {import('./model.mjs').VariableModel} VariableModel
 * @typedef {import('./model.mjs').FigmaValue} FigmaValue
 * @typedef {import('./read-response.mjs').FigmaFile} FigmaFile
 */

/** Figma's limits for one request and one collection. */
export const LIMITS = {
  bodyBytes: 4 * 1024 * 1024,
  modesPerCollection: 40,
  variablesPerCollection: 5000,
};

/** @type {FigmaFile} */
export const EMPTY_FILE = { collections: new Map(), variables: new Map(), ignored: [] };

/**
 * @param {VariableModel[]} variables
 * @param {FigmaFile} [current]
 * @returns {{ body: PostBody, untracked: string[] }}
 *   untracked: variables of our collections that Figma has and the tokens do not.
 *
 * @typedef {{ variableCollections: object[], variableModes: object[], variables: object[], variableModeValues: object[] }} PostBody
 */
export function buildPostBody(variables, current = EMPTY_FILE) {
  /** @type {PostBody} */
  const body = {
    variableCollections: [],
    variableModes: [],
    variables: [],
    variableModeValues: [],
  };
  /** @type {Map<string, { id: string, modes: Map<string, string> }>} */
  const collectionIds = new Map();

  for (const config of COLLECTIONS.filter((c) => variables.some((v) => v.collection === c.name))) {
    const modes = figmaModes(config);
    const count = variables.filter((v) => v.collection === config.name).length;
    if (count > LIMITS.variablesPerCollection || modes.length > LIMITS.modesPerCollection) {
      throw new Error(
        `${config.name}: ${count} variables in ${modes.length} modes is over Figma's limits`,
      );
    }
    const existing = current.collections.get(config.name);
    const id = existing?.id ?? `collection:${config.name}`;
    const modeIds = new Map(existing?.modes ?? []);
    if (!existing) {
      const [first = ''] = modes;
      const initialModeId = `mode:${config.name}/${first}`;
      body.variableCollections.push({ action: 'CREATE', id, name: config.name, initialModeId });
      // A new collection's first mode is called "Mode 1": rename it.
      body.variableModes.push({
        action: 'UPDATE',
        id: initialModeId,
        name: first,
        variableCollectionId: id,
      });
      modeIds.set(first, initialModeId);
    }
    for (const mode of modes.filter((m) => !modeIds.has(m))) {
      const modeId = `mode:${config.name}/${mode}`;
      body.variableModes.push({
        action: 'CREATE',
        id: modeId,
        name: mode,
        variableCollectionId: id,
      });
      modeIds.set(mode, modeId);
    }
    collectionIds.set(config.name, { id, modes: modeIds });
  }

  const variableIds = new Map(
    variables.map((v) => [
      v.name,
      current.variables.get(v.name)?.id ?? `variable:${variableName(v.name)}`,
    ]),
  );
  for (const variable of variables) {
    const collection = /** @type {{ id: string, modes: Map<string, string> }} */ (
      collectionIds.get(variable.collection)
    );
    const id = /** @type {string} */ (variableIds.get(variable.name));
    const existing = current.variables.get(variable.name);
    const fields = {
      description: variable.description,
      scopes: variable.scopes,
      codeSyntax: variable.codeSyntax,
    };
    if (!existing) {
      body.variables.push({
        action: 'CREATE',
        id,
        name: variableName(variable.name),
        variableCollectionId: collection.id,
        resolvedType: variable.resolvedType,
        ...fields,
      });
    } else if (
      existing.collection !== variable.collection ||
      existing.resolvedType !== variable.resolvedType
    ) {
      throw new Error(
        `${variableName(variable.name)} is a ${existing.resolvedType} variable of ${existing.collection} in Figma, but the tokens make it a ${variable.resolvedType} of ${variable.collection}: delete or rename it in Figma first`,
      );
    } else {
      const changed = Object.fromEntries(
        Object.entries(fields).filter(([key, value]) => {
          const theirs = existing[/** @type {keyof typeof fields} */ (key)];
          // Scopes are a set: Figma may list them in another order.
          return key === 'scopes'
            ? !same(
                [.../** @type {string[]} */ (theirs)].sort(),
                [.../** @type {string[]} */ (value)].sort(),
              )
            : !same(theirs, value);
        }),
      );
      if (Object.keys(changed).length > 0)
        body.variables.push({ action: 'UPDATE', id, ...changed });
    }
    for (const [mode, value] of Object.entries(variable.values)) {
      if (existing && same(comparable(existing.values[mode]), comparable(value))) continue;
      body.variableModeValues.push({
        variableId: id,
        modeId: collection.modes.get(mode),
        value:
          'alias' in value
            ? { type: 'VARIABLE_ALIAS', id: variableIds.get(value.alias) }
            : value.value,
      });
    }
  }

  const bytes = Buffer.byteLength(JSON.stringify(body));
  if (bytes > LIMITS.bodyBytes)
    throw new Error(`the request body is ${bytes} bytes, over Figma's 4 MB`);
  const untracked = [...current.variables.keys()].filter((name) => !variableIds.has(name)).sort();
  return { body, untracked };
}

/** @param {FigmaValue | undefined} value */
function comparable(value) {
  if (!value) return undefined;
  return 'alias' in value ? value : { value: normalizeValue(value.value) };
}

/** @param {unknown} a @param {unknown} b */
function same(a, b) {
  return JSON.stringify(sortKeys(a)) === JSON.stringify(sortKeys(b));
}

/** @param {unknown} value @returns {unknown} */
function sortKeys(value) {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((key) => [key, sortKeys(/** @type {Record<string, unknown>} */ (value)[key])]),
  );
}

/** Whether a body changes anything. @param {PostBody} body */
export function isEmptyBody(body) {
  return Object.values(body).every((list) => list.length === 0);
}
