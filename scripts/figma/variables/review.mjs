// What a Figma file changes in the tokens, per token and mode: added, removed, changed value,
// changed alias (and the variable's description and scopes, which live in the tokens too).
import { colorToCss } from '../../tokens/dtcg-values.mjs';
import { compareTokenNames } from '../../tokens/sort.mjs';
import { tokenModeOf } from './collections.mjs';
import { normalizeValue } from './model.mjs';

/**
 * @typedef {import('./model.mjs').VariableModel} VariableModel
 * @typedef {import('./model.mjs').FigmaValue} FigmaValue
 * @typedef {'added' | 'removed' | 'changed value' | 'changed alias' | 'changed description' | 'changed scopes'} ChangeKind
 * @typedef {object} Change
 * @property {ChangeKind} kind
 * @property {string} name  Token name.
 * @property {string | undefined} mode  Colour mode, for the semantic colours.
 * @property {string} [before]
 * @property {string} [after]
 */

/**
 * @param {VariableModel[]} current  From the token files.
 * @param {VariableModel[]} incoming  From Figma.
 * @returns {Change[]} sorted by token, then mode
 */
export function reviewChanges(current, incoming) {
  const before = new Map(current.map((v) => [v.name, v]));
  const after = new Map(incoming.map((v) => [v.name, v]));
  /** @type {Change[]} */
  const changes = [];
  for (const name of new Set([...before.keys(), ...after.keys()])) {
    const old = before.get(name);
    const next = after.get(name);
    const modes = Object.keys((next ?? old)?.values ?? {});
    for (const figmaMode of modes) {
      const mode = tokenModeOf(figmaMode);
      const was = old?.values[figmaMode];
      const is = next?.values[figmaMode];
      if (!was && is) changes.push({ kind: 'added', name, mode, after: show(is) });
      else if (was && !is && !next)
        changes.push({ kind: 'removed', name, mode, before: show(was) });
      else if (was && is && show(was) !== show(is)) {
        const kind = 'alias' in was || 'alias' in is ? 'changed alias' : 'changed value';
        changes.push({ kind, name, mode, before: show(was), after: show(is) });
      }
    }
    if (old && next && old.description !== next.description) {
      changes.push({
        kind: 'changed description',
        name,
        mode: undefined,
        before: old.description,
        after: next.description,
      });
    }
    if (old && next && [...old.scopes].sort().join() !== [...next.scopes].sort().join()) {
      changes.push({
        kind: 'changed scopes',
        name,
        mode: undefined,
        before: `[${old.scopes.join(', ')}]`,
        after: `[${next.scopes.join(', ')}]`,
      });
    }
  }
  return changes.sort(
    (a, b) =>
      compareTokenNames(a.name, b.name) ||
      (a.mode ?? '').localeCompare(b.mode ?? '') ||
      a.kind.localeCompare(b.kind),
  );
}

/**
 * A value as a reviewer reads it: `{palette.blue.600}`, `#2569ed`, `16`, `Inter`.
 * @param {FigmaValue} value
 */
export function show(value) {
  if ('alias' in value) return `{${value.alias}}`;
  const v = normalizeValue(value.value);
  if (typeof v === 'object')
    return colorToCss({ colorSpace: 'srgb', components: [v.r, v.g, v.b], alpha: v.a });
  return String(v);
}

/**
 * The review as lines for a terminal.
 * @param {Change[]} changes
 */
export function formatReview(changes) {
  if (changes.length === 0) return ['no changes: the tokens already match Figma'];
  const label = (/** @type {Change} */ c) => (c.mode ? `${c.name} [${c.mode}]` : c.name);
  const width = Math.max(...changes.map((c) => label(c).length));
  return changes.map((c) => {
    const what =
      c.kind === 'added' ? c.after : c.kind === 'removed' ? c.before : `${c.before} → ${c.after}`;
    return `${c.kind.padEnd(19)} ${label(c).padEnd(width)}  ${what}`;
  });
}
