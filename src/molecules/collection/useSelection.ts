import { useMemo, useState } from 'react';
import type { CollectionKey } from './collection';

/** What a single-selection list holds: one value, or `null` for none. */
export type SingleValue<V extends CollectionKey> = V | null;
/** What a multiple-selection list holds: the chosen values, in the order they were chosen. */
export type MultipleValue<V extends CollectionKey> = V[];

export interface SelectionOptions<V extends CollectionKey> {
  multiple: boolean;
  /** Controlled value: `V | null` (single) or `V[]` (multiple). */
  value: SingleValue<V> | MultipleValue<V> | undefined;
  defaultValue: SingleValue<V> | MultipleValue<V> | undefined;
  onValueChange?: ((value: never) => void) | undefined;
}

export interface Selection<V extends CollectionKey> {
  /** The chosen values as a list (one or none for a single selection). */
  values: readonly V[];
  /** The same as a set: `has()` in constant time, whatever the number chosen (Primer issue 7497). */
  selected: ReadonlySet<V>;
  /** Single: chooses the value. Multiple: adds or removes it. */
  choose(value: V): void;
  /** Replaces the whole selection (a multiple list's "select all", a clear). */
  replace(values: readonly V[]): void;
  /** Sets the uncontrolled value back to the default, without `onValueChange` (form reset). */
  restoreDefault(): void;
}

/** The value as a list; a single list given an array keeps its first item (misuse, reported). */
const toList = <V extends CollectionKey>(
  value: SingleValue<V> | MultipleValue<V> | undefined,
  multiple: boolean,
): readonly V[] => {
  const list = value === undefined || value === null ? [] : Array.isArray(value) ? value : [value];
  return multiple ? list : list.slice(0, 1);
};

/**
 * The selection manager every list shares: single or multiple, controlled (`value`) or
 * uncontrolled (`defaultValue`), reporting `onValueChange` with the shape the mode uses
 * (`V | null`, or `V[]`). The list of values is the truth; the set is derived for lookups.
 */
export function useSelection<V extends CollectionKey>({
  multiple,
  value,
  defaultValue,
  onValueChange,
}: SelectionOptions<V>): Selection<V> {
  const initial = toList(defaultValue, multiple);
  // Memoised on the given value, so an unchanged controlled value keeps its set.
  const controlled = useMemo(
    () => (value === undefined ? undefined : toList(value, multiple)),
    [value, multiple],
  );
  const [values, setValues, setOwn] = useListState(controlled, initial, (next) =>
    onValueChange?.((multiple ? next : (next[0] ?? null)) as never),
  );
  const selected = useMemo(() => new Set(values), [values]);

  return {
    values,
    selected,
    choose(choice) {
      if (!multiple) setValues([choice]);
      else if (selected.has(choice)) setValues(values.filter((item) => item !== choice));
      else setValues([...values, choice]);
    },
    replace: (next) => setValues(multiple ? [...next] : next.slice(0, 1)),
    restoreDefault: () => setOwn(initial),
  };
}

/**
 * A controllable list of values: a new array with the same items counts as no change (no
 * `onValueChange` for choosing the chosen value again). The third item sets the uncontrolled
 * value without reporting it.
 */
function useListState<V>(
  value: readonly V[] | undefined,
  defaultValue: readonly V[],
  onChange: (value: V[]) => void,
): [readonly V[], (next: readonly V[]) => void, (next: readonly V[]) => void] {
  const [own, setOwn] = useState(defaultValue);
  const current = value ?? own;
  const set = (next: readonly V[]) => {
    if (next.length === current.length && next.every((item, i) => item === current[i])) return;
    if (value === undefined) setOwn(next);
    onChange([...next]);
  };
  return [current, set, setOwn];
}

/** The selection props of a single-selection list (the default). */
export interface SingleSelectionProps<V extends CollectionKey> {
  /**
   * Lets the user choose several options; the value is then a list.
   * @default false
   */
  multiple?: false;
  /** The chosen option's value (controlled); `null` for none. Pair it with `onValueChange`. */
  value?: V | null;
  /**
   * The value chosen at first (uncontrolled); `form.reset()` returns to it without calling
   * `onValueChange` (a reset is not the user's choice).
   * @default null
   */
  defaultValue?: V | null;
  /** Called with the value the user chose (`null` when cleared). */
  onValueChange?: (value: V | null) => void;
}

/** The selection props of a multiple-selection list. */
export interface MultipleSelectionProps<V extends CollectionKey> {
  /** Lets the user choose several options; the value is a list. */
  multiple: true;
  /** The chosen values (controlled), in the order chosen. Pair it with `onValueChange`. */
  value?: V[];
  /**
   * The values chosen at first (uncontrolled); `form.reset()` returns to them without calling
   * `onValueChange` (a reset is not the user's choice).
   * @default []
   */
  defaultValue?: V[];
  /** Called with the chosen values after each change. */
  onValueChange?: (value: V[]) => void;
}

/** Single (`V | null`) or multiple (`V[]`, with `multiple`) selection. */
export type SelectionProps<V extends CollectionKey> =
  SingleSelectionProps<V> | MultipleSelectionProps<V>;
