import { useEffect, useRef, useState } from 'react';
import type { CollectionItem, CollectionKey } from './collection';

/** What `loadOptions` is given besides the query. */
export interface LoadOptionsContext {
  /** Aborted when a newer query (or unmounting, or closing) makes this request stale. */
  signal: AbortSignal;
}

/** Fetches the options for what was typed; may reject (the error state) or be aborted. */
export type LoadOptions<V extends CollectionKey> = (
  query: string,
  context: LoadOptionsContext,
) => Promise<ReadonlyArray<CollectionItem<V>>>;

export type AsyncStatus = 'idle' | 'loading' | 'error';

export interface AsyncOptions<V extends CollectionKey> {
  /** The last options loaded, or undefined before the first load. */
  items: ReadonlyArray<CollectionItem<V>> | undefined;
  status: AsyncStatus;
}

/**
 * Loads options for a query after `debounce` ms of quiet, while `enabled` (the list is open).
 * Each new query aborts the request before it (AbortController), so a slow answer to an old
 * query never replaces the newer one's; a rejection that is not an abort is the error state.
 * The same query is not fetched twice in a row (opening, closing and reopening reuses it).
 */
export function useAsyncOptions<V extends CollectionKey>(
  loadOptions: LoadOptions<V> | undefined,
  query: string,
  enabled: boolean,
  debounce: number,
): AsyncOptions<V> {
  const [state, setState] = useState<AsyncOptions<V> & { query?: string }>({
    items: undefined,
    status: 'idle',
  });
  const latest = useRef(loadOptions);
  useEffect(() => {
    latest.current = loadOptions;
  });
  const active = Boolean(loadOptions) && enabled;
  const fresh = state.query === query && state.status !== 'error';

  useEffect(() => {
    if (!active || fresh) return;
    const controller = new AbortController();
    const timer = setTimeout(
      () => {
        const load = latest.current;
        if (!load) return;
        let request: Promise<ReadonlyArray<CollectionItem<V>>>;
        try {
          request = Promise.resolve(load(query, { signal: controller.signal }));
        } catch (error) {
          request = Promise.reject(error);
        }
        request.then(
          (items) => {
            if (controller.signal.aborted) return;
            setState({ items: Array.isArray(items) ? items : [], status: 'idle', query });
          },
          () => {
            if (controller.signal.aborted) return;
            setState((previous) => ({ ...previous, status: 'error', query }));
          },
        );
      },
      Math.max(0, debounce),
    );
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
    // `fresh` is derived from state this effect sets: re-running on it would loop.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [active, query, debounce]);

  // Closed before an answer came: the request was aborted, so nothing is loading.
  const status = active
    ? fresh
      ? 'idle'
      : state.status === 'error' && state.query === query
        ? 'error'
        : 'loading'
    : 'idle';
  return { items: state.items, status };
}
