import type { CollectionKey, LoadOptions } from '../molecules/collection';

/** An option a fake server answers with. */
export interface FakeServerOption<V extends CollectionKey> {
  value: V;
  label: string;
}

/**
 * A deterministic `loadOptions` for async stories and tests (Combobox, Filter): it answers
 * after `latency` ms with the options whose label contains the query (case ignored), or
 * rejects when `failWhen(query)` says so, and honours the abort signal (a stale request
 * rejects with the signal's reason and never answers). No network, no randomness.
 */
export function fakeServer<V extends CollectionKey>(
  options: ReadonlyArray<FakeServerOption<V>>,
  latency: number,
  failWhen: (query: string) => boolean = () => false,
): LoadOptions<V> {
  return (query, { signal }) =>
    new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        if (failWhen(query)) reject(new Error('The server is down'));
        else {
          const needle = query.toLowerCase();
          resolve(options.filter((option) => option.label.toLowerCase().includes(needle)));
        }
      }, latency);
      signal.addEventListener('abort', () => {
        clearTimeout(timer);
        reject(signal.reason);
      });
    });
}
