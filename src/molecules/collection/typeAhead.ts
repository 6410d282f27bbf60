/** How long after the last key a type-ahead search goes on (react-aria and the APG use 1 s). */
export const TYPE_AHEAD_TIMEOUT = 1000;

interface Searchable {
  textValue: string;
  disabled: boolean;
}

export interface TypeAhead {
  /**
   * Adds a typed character and returns the index of the option to make active, or -1 when
   * none matches (the active option then stays).
   */
  type(character: string, options: ReadonlyArray<Searchable>, active: number): number;
  /** Whether a search is going on: a Space typed now belongs to it ("New York"). */
  searching(): boolean;
  reset(): void;
}

/** Whether a key press types a character (not Space alone, not a shortcut). */
export function isTypeAheadKey(event: {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
}): boolean {
  return event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey;
}

/**
 * Type-ahead as the APG describes it. One character moves to the next option starting with
 * it, after the active one and round the end; more characters typed quickly narrow the search
 * ("ne" then "new york"), keeping the active option while it still matches; the same
 * character repeated ("ppp") cycles through the options starting with it. Matching ignores
 * case and accents (an `Intl.Collator` at base sensitivity: "e" finds "Épidaure"). Disabled
 * options are skipped. Time is read from the clock passed in, so tests need no timers.
 */
export function createTypeAhead(now: () => number = Date.now): TypeAhead {
  let search = '';
  let last = -Infinity;
  let collator: Intl.Collator | undefined;

  const matches = (text: string, query: string) => {
    collator ??= new Intl.Collator(undefined, { usage: 'search', sensitivity: 'base' });
    return collator.compare(text.slice(0, query.length), query) === 0;
  };

  /** The first enabled match from `start`, going round the end once. */
  const find = (options: ReadonlyArray<Searchable>, query: string, start: number) => {
    const count = options.length;
    for (let step = 0; step < count; step += 1) {
      const index = (((start + step) % count) + count) % count;
      const option = options[index];
      if (option && !option.disabled && matches(option.textValue, query)) return index;
    }
    return -1;
  };

  return {
    type(character, options, active) {
      const time = now();
      if (time - last > TYPE_AHEAD_TIMEOUT) search = '';
      last = time;
      search += character;
      if (search.length === 1) return find(options, search, active + 1);
      const found = find(options, search, Math.max(active, 0));
      if (found !== -1) return found;
      const repeated = [...search].every((char) => char === search[0]);
      return repeated ? find(options, character, active + 1) : -1;
    },
    searching: () => search !== '' && now() - last <= TYPE_AHEAD_TIMEOUT,
    reset() {
      search = '';
      last = -Infinity;
    },
  };
}
