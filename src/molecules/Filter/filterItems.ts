import type { CollectionItem, CollectionKey, CollectionOption } from '../collection';

/** Case and accents ignored: "athe" finds "Athènes", as type-ahead does. */
const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase();

const textOf = <V extends CollectionKey>(item: CollectionOption<V> | V) =>
  typeof item === 'object' && item !== null
    ? (item.textValue ?? String(item.label ?? item.value))
    : String(item);

/**
 * The options whose text (the label, or `textValue`) contains the query, in their order;
 * sections keep their heading while one of their options matches. An empty query returns
 * the same array, so the list's cached collection is reused.
 */
export function filterItems<V extends CollectionKey>(
  items: ReadonlyArray<CollectionItem<V>>,
  query: string,
): ReadonlyArray<CollectionItem<V>> {
  const needle = fold(query.trim());
  if (!needle) return items;
  const matches = (item: CollectionOption<V> | V) => fold(textOf(item)).includes(needle);
  const found: CollectionItem<V>[] = [];
  for (const item of items) {
    if (
      typeof item === 'object' &&
      item !== null &&
      Array.isArray((item as { options?: unknown }).options)
    ) {
      const section = item as { label: string; options: ReadonlyArray<CollectionOption<V> | V> };
      const options = section.options.filter(matches);
      if (options.length > 0) found.push({ label: section.label, options });
    } else if (matches(item as CollectionOption<V> | V)) {
      found.push(item);
    }
  }
  return found;
}
