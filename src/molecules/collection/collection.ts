import { devError } from '../../utils';

/** What identifies an option: its `value`, a string or a number (never an index). */
export type CollectionKey = string | number;

/** One choice in a list. */
export interface CollectionOption<V extends CollectionKey = CollectionKey> {
  /** What the option stands for: submitted with a form, passed to `onValueChange`. Unique. */
  value: V;
  /** The text shown; also what type-ahead matches, unless `textValue` is given. */
  label: string;
  /** A second line under the label, read after it as the option's description. */
  description?: string;
  /** Shown, but cannot be chosen and is skipped by the keyboard. */
  disabled?: boolean;
  /** What type-ahead (and a Combobox filter) matches, when it is not the label. */
  textValue?: string;
}

/** A titled group of options. */
export interface CollectionSection<V extends CollectionKey = CollectionKey> {
  /** The heading of the group; also the group's accessible name. */
  label: string;
  /** The options of the group: objects, or bare values that are their own label. */
  options: ReadonlyArray<CollectionOption<V> | V>;
}

/**
 * What a list takes: options, bare values (`'Athens'`, `42`: the value is its own label),
 * and sections of them, in display order.
 */
export type CollectionItem<V extends CollectionKey = CollectionKey> =
  V | CollectionOption<V> | CollectionSection<V>;

/** An option as the list uses it: normalised, with its place in the list. */
export interface CollectionNode<V extends CollectionKey = CollectionKey> {
  value: V;
  label: string;
  description: string | undefined;
  disabled: boolean;
  /** The text type-ahead matches. */
  textValue: string;
  /** Its position among all options (not rows): stable ids and `aria-posinset` come from it. */
  index: number;
  /** Its row: what the virtual window counts (section headings take rows too). */
  row: number;
  /** The index of its section in `sections`, or -1 outside any. */
  section: number;
}

export interface CollectionHeading {
  label: string;
  /** Its index in `sections`. */
  index: number;
  row: number;
}

/** A row of the rendered list: a section heading or an option. */
export type CollectionRow<V extends CollectionKey = CollectionKey> =
  { kind: 'heading'; heading: CollectionHeading } | { kind: 'option'; node: CollectionNode<V> };

export interface Collection<V extends CollectionKey = CollectionKey> {
  /** Every option in display order. */
  options: ReadonlyArray<CollectionNode<V>>;
  sections: ReadonlyArray<CollectionHeading>;
  rows: ReadonlyArray<CollectionRow<V>>;
  /** The option with that value, or undefined. */
  get(value: V | null | undefined): CollectionNode<V> | undefined;
}

const isKey = (value: unknown): value is CollectionKey =>
  typeof value === 'string' || (typeof value === 'number' && !Number.isNaN(value));

const isSection = <V extends CollectionKey>(
  item: CollectionItem<V>,
): item is CollectionSection<V> =>
  typeof item === 'object' &&
  item !== null &&
  Array.isArray((item as { options?: unknown }).options);

/**
 * Builds the model every list shares (ListBox, Select; Combobox, Menu and Filter next) from
 * what the caller passed: options in order with their rows, the section headings between
 * them, and a value lookup. Keys are the values themselves (`1` and `'1'` are two options).
 *
 * Bad input never throws: an option without a string or number `value`, or a second option
 * with a value already used, is left out and reported once in development.
 */
export function createCollection<V extends CollectionKey>(
  items: ReadonlyArray<CollectionItem<V>>,
  component: string,
): Collection<V> {
  const options: CollectionNode<V>[] = [];
  const sections: CollectionHeading[] = [];
  const rows: CollectionRow<V>[] = [];
  const byValue = new Map<CollectionKey, CollectionNode<V>>();

  const add = (item: CollectionOption<V> | V, section: number) => {
    const option = typeof item === 'object' && item !== null ? item : undefined;
    const value = option ? option.value : item;
    if (!isKey(value)) {
      // Inline NODE_ENV checks: production bundles drop the message text (see toastStore.ts).
      if (typeof process !== 'undefined' && process.env.NODE_ENV !== 'production') {
        devError(
          component,
          `an option needs a \`value\` that is a string or a number; got ${String(value)}. It is left out.`,
        );
      }
      return;
    }
    if (byValue.has(value)) {
      if (typeof process !== 'undefined' && process.env.NODE_ENV !== 'production') {
        devError(
          component,
          `two options have the value ${JSON.stringify(value)}; values must be unique. The second is left out.`,
        );
      }
      return;
    }
    const label = option ? String(option.label ?? value) : String(value);
    const node: CollectionNode<V> = {
      value: value as V,
      label,
      description: option?.description || undefined,
      disabled: Boolean(option?.disabled),
      textValue: option?.textValue ?? label,
      index: options.length,
      row: rows.length,
      section,
    };
    options.push(node);
    byValue.set(value, node);
    rows.push({ kind: 'option', node });
  };

  for (const item of items) {
    if (isSection(item)) {
      const heading = { label: String(item.label ?? ''), index: sections.length, row: rows.length };
      if (
        typeof process !== 'undefined' &&
        process.env.NODE_ENV !== 'production' &&
        !heading.label
      ) {
        devError(component, 'a section needs a `label`: it names the group.');
      }
      sections.push(heading);
      rows.push({ kind: 'heading', heading });
      for (const option of item.options) add(option, heading.index);
    } else {
      add(item, -1);
    }
  }

  return {
    options,
    sections,
    rows,
    get: (value) => (value === null || value === undefined ? undefined : byValue.get(value)),
  };
}

/**
 * The label of the option with that value, without building the collection: a closed Select
 * of 10,000 options shows its value's label for the price of one scan, not 10,000 objects.
 */
export function findOption<V extends CollectionKey>(
  items: ReadonlyArray<CollectionItem<V>>,
  value: V,
): CollectionOption<V> | undefined {
  for (const item of items) {
    if (isSection(item)) {
      const found = findOption(item.options, value);
      if (found) return found;
    } else if (typeof item === 'object' && item !== null) {
      if (item.value === value) return item;
    } else if (item === value) {
      return { value: item, label: String(item) };
    }
  }
  return undefined;
}
