import { tokenRecords, type TokenRecord } from '../../src/tokens/docs';

/*
 * The pages read every value from the generated token records, never from copies, so a token
 * change shows up here (and in the visual baselines) with no docs edit.
 */

export type { TokenRecord };

/** The colour modes, in the order the token build declares them. */
export const modes = ['light', 'dark', 'high-contrast'] as const;
export type Mode = (typeof modes)[number];

export const modeTitles: Record<Mode, string> = {
  light: 'Light',
  dark: 'Dark',
  'high-contrast': 'High contrast',
};

/*
 * The build sorts records by name, which puts radius.full before radius.none and
 * interactive.danger before interactive.primary. The pages list tokens in the order the token
 * files declare them instead: the order their authors chose, and the one Figma mirrors.
 */
const sources = import.meta.glob<Record<string, unknown>>('../../tokens/**/*.tokens.json', {
  eager: true,
  import: 'default',
});
const declared = new Map<string, number>();
function collect(node: Record<string, unknown>, path: string) {
  for (const [key, child] of Object.entries(node)) {
    if (key.startsWith('$') || typeof child !== 'object' || child === null) continue;
    const name = path ? `${path}.${key}` : key;
    if ('$value' in child) {
      if (!declared.has(name)) declared.set(name, declared.size);
    } else collect(child as Record<string, unknown>, name);
  }
}
for (const file of Object.values(sources)) collect(file, '');

/** Declaration index of a token, or of the composite it was expanded from (typography parts). */
function rank(name: string): number {
  for (let path = name; path; path = path.slice(0, Math.max(path.lastIndexOf('.'), 0))) {
    const index = declared.get(path);
    if (index !== undefined) return index;
  }
  return Number.MAX_SAFE_INTEGER;
}

const records = [...tokenRecords].sort((a, b) => rank(a.name) - rank(b.name));
const byName = new Map(records.map((record) => [record.name, record]));

/** The record of one token; a missing one is a broken page, so it throws. */
export function token(name: string): TokenRecord {
  const record = byName.get(name);
  if (!record) throw new Error(`Foundations: no token named ${name}.`);
  return record;
}

/** Tokens directly under a group (`space` → space.0, space.1 …, not space.inset.md). */
export function tokensIn(group: string): TokenRecord[] {
  const depth = group.split('.').length + 1;
  return records.filter(
    (record) => record.name.startsWith(`${group}.`) && record.name.split('.').length === depth,
  );
}

/** Every token anywhere under a group. */
export function tokensUnder(group: string): TokenRecord[] {
  return records.filter((record) => record.name.startsWith(`${group}.`));
}

/** Names of the direct subgroups of a group, in declaration order (`palette` → neutral, blue …). */
export function subgroups(group: string): string[] {
  const depth = group.split('.').length;
  const names = tokensUnder(group)
    .filter((record) => record.name.split('.').length > depth + 1)
    .map((record) => record.name.split('.')[depth]!);
  return [...new Set(names)];
}

/** The last segment of a token name: `palette.blue.500` → `500`. */
export function leaf(record: TokenRecord): string {
  return record.name.slice(record.name.lastIndexOf('.') + 1);
}

/** `var(--cal-…)` for a record: the live, scheme-following value. */
export function liveValue(record: TokenRecord): string {
  return `var(${record.cssVar})`;
}

/** A token's resolved value in one mode (tokens that do not vary have one value). */
export function valueIn(record: TokenRecord, mode: Mode): string {
  return String(record.modes?.[mode] ?? record.value);
}

/** Pixels of a resolved dimension (`'24px'` → 24), for drawings that must compute with it. */
export function px(record: TokenRecord): number {
  const match = /^(-?[\d.]+)px$/.exec(String(record.value));
  if (!match) throw new Error(`Foundations: ${record.name} is ${record.value}, not a px value.`);
  return Number(match[1]);
}

/** The node at a dotted path of a token file. */
function nodeAt(file: Record<string, unknown> | undefined, path: string) {
  let node: unknown = file;
  for (const segment of path.split('.')) {
    node = (node as Record<string, unknown> | undefined)?.[segment];
  }
  return node as { $value?: unknown; $description?: unknown } | undefined;
}

/** A group's own `$description` in the token files (`palette.blue` → 'Blue ramp: …'). */
export function groupDescription(group: string): string | undefined {
  for (const file of Object.values(sources)) {
    const description = nodeAt(file, group)?.$description;
    if (typeof description === 'string') return description;
  }
  return undefined;
}

/*
 * A record's `alias` is the default (light) mode's. For the other modes the page reads the
 * alias from the mode's own source file, so a designer sees which palette step each mode uses.
 */
export function aliasIn(record: TokenRecord, mode: Mode): string | undefined {
  if (!record.modes) return record.alias;
  const value = nodeAt(sources[`../../tokens/modes/${mode}.tokens.json`], record.name)?.$value;
  return typeof value === 'string' ? /^\{(.+)\}$/.exec(value)?.[1] : undefined;
}
