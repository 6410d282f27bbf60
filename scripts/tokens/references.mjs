// Alias checks. A "layer" is what one mode sees: the core tokens plus that mode's tokens.
// Core tokens are checked in every layer, because they may alias mode tokens
// (elevation.* uses color.elevation.shadow).
import { problem } from './errors.mjs';
import { expandedParts, partSegment } from './expand.mjs';

/**
 * @typedef {import('./validate.mjs').CheckedToken} CheckedToken
 * @typedef {import('./errors.mjs').TokenProblem} TokenProblem
 */

/**
 * Names an alias may point to in a layer, with their $type and the token that owns them.
 * Parts of expanded composites (`typography.body.font-size`) are valid targets too, because
 * they become CSS variables of their own.
 * @param {CheckedToken[]} layer
 * @returns {Map<string, { type: string | undefined, owner: CheckedToken }>}
 */
export function aliasTargets(layer) {
  const targets = new Map();
  for (const token of layer) {
    targets.set(token.name, { type: token.type, owner: token });
    const parts = expandedParts(token.type);
    for (const [part, type] of Object.entries(parts ?? {})) {
      targets.set(`${token.name}.${partSegment(part)}`, { type, owner: token });
    }
  }
  return targets;
}

/**
 * Reports unknown aliases, aliases to a token of the wrong $type, and alias cycles.
 * @param {CheckedToken[]} layer
 * @param {{ mode: string | undefined, knownElsewhere: Set<string> }} context
 *   knownElsewhere: names defined in some other layer, to explain why a core alias fails here.
 * @param {TokenProblem[]} problems
 */
export function checkReferences(layer, { mode, knownElsewhere }, problems) {
  const targets = aliasTargets(layer);
  for (const token of layer) {
    for (const ref of token.refs) {
      const at = ref.where ? `${ref.where}: ` : '';
      const target = targets.get(ref.target);
      if (!target) {
        const note = mode && knownElsewhere.has(ref.target) ? ` in mode "${mode}"` : '';
        problems.push(problem(token.file, token.name, `${at}unknown alias {${ref.target}}${note}`));
      } else if (target.type !== undefined && target.type !== ref.type) {
        problems.push(
          problem(
            token.file,
            token.name,
            `${at}alias {${ref.target}} is a ${target.type} token, but a ${ref.type} is needed here`,
          ),
        );
      }
    }
  }
  for (const cycle of findCycles(layer, targets)) {
    const [first] = cycle;
    if (!first) continue;
    problems.push(
      problem(
        first.file,
        first.name,
        `alias cycle: ${[...cycle, first].map((t) => t.name).join(' → ')}`,
      ),
    );
  }
}

/**
 * Core tokens whose value reaches a mode token through aliases. Their CSS variables must be
 * declared again in every mode block: a custom property's var() references are substituted
 * where it is declared, so one declared on :root would keep the default mode's colours inside
 * a [data-theme="dark"] subtree.
 * @param {CheckedToken[]} layer  A layer that passed checkReferences.
 * @returns {Set<string>} names of core tokens
 */
export function modeDependentTokens(layer) {
  const targets = aliasTargets(layer);
  /** @type {Map<string, boolean>} */
  const memo = new Map();
  /** @param {CheckedToken} token @returns {boolean} */
  const dependsOnMode = (token) => {
    const known = memo.get(token.name);
    if (known !== undefined) return known;
    const result =
      token.mode !== undefined ||
      token.refs.some((ref) => {
        const owner = targets.get(ref.target)?.owner;
        return owner !== undefined && dependsOnMode(owner);
      });
    memo.set(token.name, result);
    return result;
  };
  return new Set(layer.filter((t) => t.mode === undefined && dependsOnMode(t)).map((t) => t.name));
}

/**
 * Depth-first search for back edges. Each cycle is reported once, rotated to start at its
 * alphabetically first token so the message is the same whichever token the search began at.
 * @param {CheckedToken[]} layer
 * @param {ReturnType<typeof aliasTargets>} targets
 * @returns {CheckedToken[][]}
 */
function findCycles(layer, targets) {
  /** @type {Map<string, 'active' | 'done'>} */
  const state = new Map();
  /** @type {CheckedToken[]} */
  const stack = [];
  /** @type {Map<string, CheckedToken[]>} */
  const cycles = new Map();

  /** @param {CheckedToken} token */
  const visit = (token) => {
    state.set(token.name, 'active');
    stack.push(token);
    for (const ref of token.refs) {
      const next = targets.get(ref.target)?.owner;
      if (!next) continue;
      if (state.get(next.name) === 'active') {
        const cycle = stack.slice(stack.indexOf(next));
        const names = cycle.map((t) => t.name);
        const start = names.indexOf(names.reduce((min, name) => (name < min ? name : min)));
        const rotated = [...cycle.slice(start), ...cycle.slice(0, start)];
        cycles.set(rotated.map((t) => t.name).join(' '), rotated);
      } else if (!state.has(next.name)) {
        visit(next);
      }
    }
    stack.pop();
    state.set(token.name, 'done');
  };

  for (const token of layer) if (!state.has(token.name)) visit(token);
  return [...cycles.values()];
}
