import type {
  Collection,
  CollectionHeading,
  CollectionKey,
  CollectionNode,
  CollectionRow,
} from '../collection';

/** What a `filter` sees of an option: its value, its texts and whether it is disabled. */
export type ComboboxFilterOption<V extends CollectionKey = CollectionKey> = Pick<
  CollectionNode<V>,
  'value' | 'label' | 'textValue' | 'description' | 'disabled'
>;

/** Decides whether an option stays in the list for what was typed (`query`, never empty). */
export type ComboboxFilter<V extends CollectionKey = CollectionKey> = (
  option: ComboboxFilterOption<V>,
  query: string,
) => boolean;

// ASCII text compares under `sensitivity: 'base'` as it does lower-cased: the fast path keeps
// one keystroke over 10,000 options to a plain `includes` per option.
const ascii = /^[\x20-\x7e]*$/;

/**
 * The default filter: the option's `textValue` (its label unless given) contains the query,
 * compared as an `Intl.Collator` with `sensitivity: 'base'` does ("a" matches "Á" and "A"),
 * in the given locale (the page's, when undefined). The react-aria `useFilter` recipe: every
 * slice of the text as long as the query, compared by the collator.
 */
export function containsFilter<V extends CollectionKey = CollectionKey>(
  locale?: string,
): ComboboxFilter<V> {
  const collator = new Intl.Collator(locale, { usage: 'search', sensitivity: 'base' });
  return (option, query) => {
    const text = option.textValue;
    if (query.length === 0) return true;
    if (ascii.test(text) && ascii.test(query)) {
      return text.toLowerCase().includes(query.toLowerCase());
    }
    const whole = text.normalize('NFC');
    const part = query.normalize('NFC');
    for (let start = 0; start + part.length <= whole.length; start += 1) {
      if (collator.compare(part, whole.slice(start, start + part.length)) === 0) return true;
    }
    return false;
  };
}

/**
 * The options that pass `keep`, as a collection of their own: renumbered (ids, rows and
 * `aria-posinset` follow the filtered list), sections kept only when an option of theirs is,
 * and `extra` (a Combobox's "Create" option) appended last. Options keep their values, so
 * the active option and the selection survive a keystroke.
 */
export function filterCollection<V extends CollectionKey>(
  source: Collection<V>,
  keep: ((node: CollectionNode<V>) => boolean) | null,
  extra?: Omit<CollectionNode<V>, 'index' | 'row' | 'section'>,
): Collection<V> {
  if (!keep && !extra) return source;
  const options: CollectionNode<V>[] = [];
  const sections: CollectionHeading[] = [];
  const rows: CollectionRow<V>[] = [];
  const byValue = new Map<CollectionKey, CollectionNode<V>>();
  let heading: CollectionHeading | undefined;
  let from = -2;
  const push = (node: Omit<CollectionNode<V>, 'index' | 'row' | 'section'>, section: number) => {
    const copy: CollectionNode<V> = {
      ...node,
      index: options.length,
      row: rows.length,
      section,
    };
    options.push(copy);
    byValue.set(copy.value, copy);
    rows.push({ kind: 'option', node: copy });
  };
  for (const node of source.options) {
    if (keep && !keep(node)) continue;
    if (node.section !== from) {
      from = node.section;
      const original = source.sections[node.section];
      heading = original
        ? { label: original.label, index: sections.length, row: rows.length }
        : undefined;
      if (heading) {
        sections.push(heading);
        rows.push({ kind: 'heading', heading });
      }
    }
    push(node, heading ? heading.index : -1);
  }
  if (extra && !byValue.has(extra.value)) push(extra, -1);
  return {
    options,
    sections,
    rows,
    get: (value) => (value === null || value === undefined ? undefined : byValue.get(value)),
  };
}
