import type { ReactNode } from 'react';
import { devError } from '../../utils';
import type { CollectionKey } from '../collection';

/** What choosing an item does: run an action, toggle a check, or pick one of a group. */
export const menuItemKinds = ['action', 'checkbox', 'radio'] as const;
export type MenuItemKind = (typeof menuItemKinds)[number];

/**
 * One item of a menu. The fields it shares with a list option (`value`, `label`,
 * `description`, `disabled`, `textValue`) mean the same as in Select and ListBox.
 */
export interface MenuItem<V extends CollectionKey = CollectionKey> {
  /** What the item stands for: passed to `onAction`, kept in `value` when checked. Unique. */
  value: V;
  /** The text shown; also what type-ahead matches, unless `textValue` is given. */
  label: string;
  /** A second line under the label, read as the item's description. */
  description?: string;
  /** Shown, but cannot be chosen and is skipped by the keyboard (as in Select and ListBox). */
  disabled?: boolean;
  /** What type-ahead matches, when it is not the label. */
  textValue?: string;
  /**
   * `action` (a `menuitem`), `checkbox` (a `menuitemcheckbox`: choosing toggles it) or
   * `radio` (a `menuitemradio`: choosing checks it and unchecks the other radio items of its
   * section, or of the items outside any section at the same level).
   * @default 'action'
   */
  kind?: MenuItemKind;
  /** A decorative icon before the label. */
  icon?: ReactNode;
  /**
   * A keyboard shortcut shown at the item's end, as text ("Ctrl+S", "⌘S"). The menu does not
   * listen for it: the application does. Unless `keyshortcuts` is given, it is also the
   * item's `aria-keyshortcuts`, in ARIA's key names: modifiers `Ctrl`, `Control` or `⌃`
   * (`Control`), `Cmd`, `Command` or `⌘` (`Meta`), `Alt`, `Option` or `⌥` (`Alt`), `Shift` or
   * `⇧` (`Shift`), in any case, each followed by `+` or by nothing, then one key: a printable
   * ASCII character or F1 to F24 ("Ctrl+S" → `Control+S`, "⇧⌘P" → `Shift+Meta+P`). Text it
   * cannot map ("Del", "⌘⌫", "Strg+S", spaces around `+`) writes no `aria-keyshortcuts`, never
   * a wrong one: say it with `keyshortcuts`.
   */
  shortcut?: string;
  /**
   * The item's `aria-keyshortcuts`, in ARIA's syntax ("Control+S", "Delete"; several apart by
   * spaces). It always wins over the one read from `shortcut`; `''` writes none.
   */
  keyshortcuts?: string;
  /** Makes the item a link (`<a role="menuitem">`): Enter or a press follows it. */
  href?: string;
  /** The link's `target`. */
  target?: string;
  /** The link's `rel`. */
  rel?: string;
  /**
   * Whether choosing this item closes the menu. Overrides the menu's `closeOnSelect`.
   * @default the menu's `closeOnSelect`, else `false` for checkbox items and `true` otherwise
   */
  closeOnSelect?: boolean;
  /** A submenu: this item opens it (ArrowRight, ArrowLeft in RTL, Enter, Space, hover). */
  items?: ReadonlyArray<MenuEntry<V>>;
}

/** A titled group of items (`role="group"` named by its heading). */
export interface MenuSection<V extends CollectionKey = CollectionKey> {
  /** The heading shown above the group; also the group's accessible name. */
  label: string;
  items: ReadonlyArray<MenuItem<V>>;
}

/** A line between items or sections (`role="separator"`). */
export interface MenuSeparator {
  separator: true;
}

/** What a menu's `items` hold, in display order. */
export type MenuEntry<V extends CollectionKey = CollectionKey> =
  MenuItem<V> | MenuSection<V> | MenuSeparator;

/** An item as a menu level uses it: normalised, with its position among the level's items. */
export interface MenuNode<V extends CollectionKey = CollectionKey> {
  item: MenuItem<V>;
  value: V;
  kind: MenuItemKind;
  disabled: boolean;
  textValue: string;
  /** Position among the level's items (focus order). */
  index: number;
  /** The radio group it belongs to: its section's index, or -1 outside any. */
  group: number;
  /** Its submenu's entries, when it opens one (`item.items` when that is an array). */
  items?: ReadonlyArray<MenuEntry<V>>;
}

/** A rendered row of a level: an item, a section with its items, or a separator. */
export type MenuRow<V extends CollectionKey = CollectionKey> =
  | { type: 'item'; node: MenuNode<V> }
  | { type: 'section'; label: string; index: number; nodes: MenuNode<V>[] }
  | { type: 'separator'; index: number };

export interface MenuLevel<V extends CollectionKey = CollectionKey> {
  rows: MenuRow<V>[];
  /** Every item of the level, in display order. */
  nodes: MenuNode<V>[];
}

const isKey = (value: unknown): value is CollectionKey =>
  typeof value === 'string' || (typeof value === 'number' && !Number.isNaN(value));

const isSeparator = (entry: object): entry is MenuSeparator =>
  (entry as MenuSeparator).separator === true;
const isSection = <V extends CollectionKey>(entry: object): entry is MenuSection<V> =>
  !('value' in entry) && Array.isArray((entry as MenuSection<V>).items);

const levels = new WeakMap<object, MenuLevel>();

/**
 * The model of one menu level, built once per `items` array and cached with it. Bad input
 * never throws: an item without a string or number `value`, or with a value already used in
 * the level, is left out and reported in development.
 */
export function menuLevel<V extends CollectionKey>(
  entries: ReadonlyArray<MenuEntry<V>>,
): MenuLevel<V> {
  if (!Array.isArray(entries)) return { rows: [], nodes: [] };
  const cached = levels.get(entries) as MenuLevel<V> | undefined;
  if (cached) return cached;
  const rows: MenuRow<V>[] = [];
  const nodes: MenuNode<V>[] = [];
  const seen = new Set<CollectionKey>();
  let sections = 0;

  const add = (item: MenuItem<V>, group: number): MenuNode<V> | null => {
    if (typeof item !== 'object' || item === null || !isKey(item.value)) {
      if (typeof process !== 'undefined' && process.env.NODE_ENV !== 'production') {
        devError(
          'Menu',
          `an item needs a \`value\` that is a string or a number; got ${String(
            (item as { value?: unknown } | null)?.value,
          )}. It is left out.`,
        );
      }
      return null;
    }
    if (seen.has(item.value)) {
      if (typeof process !== 'undefined' && process.env.NODE_ENV !== 'production') {
        devError(
          'Menu',
          `two items have the value ${JSON.stringify(item.value)}; values must be unique. The second is left out.`,
        );
      }
      return null;
    }
    seen.add(item.value);
    const label = String(item.label ?? item.value);
    const kind = menuItemKinds.includes(item.kind as MenuItemKind) ? item.kind! : 'action';
    const node: MenuNode<V> = {
      item,
      value: item.value,
      kind,
      disabled: Boolean(item.disabled),
      textValue: item.textValue ?? label,
      index: nodes.length,
      group,
      items: Array.isArray(item.items) ? item.items : undefined,
    };
    nodes.push(node);
    return node;
  };

  for (const entry of entries) {
    if (typeof entry !== 'object' || entry === null) {
      add(entry as MenuItem<V>, -1);
    } else if (isSeparator(entry)) {
      rows.push({ type: 'separator', index: rows.length });
    } else if (isSection<V>(entry)) {
      const index = sections;
      sections += 1;
      // isSection checked that `items` is an array.
      const sectionNodes = entry.items
        .map((item) => add(item, index))
        .filter((node): node is MenuNode<V> => node !== null);
      rows.push({ type: 'section', label: String(entry.label ?? ''), index, nodes: sectionNodes });
    } else {
      const node = add(entry, -1);
      if (node) rows.push({ type: 'item', node });
    }
  }
  const level = { rows, nodes };
  levels.set(entries, level as MenuLevel);
  return level;
}

/**
 * The checked values after choosing `node`: a checkbox toggles; a radio item becomes the one
 * checked value of its group (the other radio items of its section, or of the level's items
 * outside sections, are unchecked). Actions leave the values as they are.
 */
export function checkedAfter<V extends CollectionKey>(
  values: readonly V[],
  node: MenuNode<V>,
  level: MenuLevel<V>,
): V[] {
  if (node.kind === 'checkbox') {
    return values.includes(node.value)
      ? values.filter((value) => value !== node.value)
      : [...values, node.value];
  }
  if (node.kind === 'radio') {
    const group = level.nodes
      .filter((other) => other.kind === 'radio' && other.group === node.group)
      .map((other) => other.value);
    return [...values.filter((value) => !group.includes(value)), node.value];
  }
  return [...values];
}

/**
 * The index of the next enabled item after `from` in `step`'s direction, wrapping round the
 * ends (the APG menu wraps), or -1 when none is enabled. From -1, ArrowDown finds the first.
 */
export function nextEnabled(
  nodes: ReadonlyArray<{ disabled: boolean }>,
  from: number,
  step: 1 | -1,
): number {
  const count = nodes.length;
  const start = from < 0 || from >= count ? (step === 1 ? -1 : count) : from;
  for (let moved = 1; moved <= count; moved += 1) {
    const index = (((start + step * moved) % count) + count) % count;
    if (!nodes[index]?.disabled) return index;
  }
  return -1;
}
