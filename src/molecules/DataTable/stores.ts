import { useSyncExternalStore } from 'react';
import type { DataTableSelection } from './types';

/*
 * Selection and the active cell live in small external stores rather than in the table's
 * state: each row subscribes to its own slice (`useSyncExternalStore` with a selector that
 * returns a boolean or a column index), so toggling one row re-renders that row, the bulk bar
 * and the select-all box, never the other rows or the table around them (issue #13).
 */
type Listener = () => void;

function createEmitter() {
  const listeners = new Set<Listener>();
  return {
    subscribe(listener: Listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    emit() {
      for (const listener of listeners) listener();
    },
  };
}

export interface SelectionStore {
  /** The current selection: a set of ids, or `'all'`. */
  value: ReadonlySet<string> | 'all';
  /** The row a Shift range starts from: the last row toggled without Shift. */
  anchor: string | null;
  isSelected(id: string): boolean;
  set(value: ReadonlySet<string> | 'all'): void;
  /** Replaces the value without notifying (a controlled value, during render); `emit` later. */
  sync(value: ReadonlySet<string> | 'all'): void;
  setAnchor(id: string | null): void;
  subscribe(listener: Listener): () => boolean;
  emit(): void;
}

export const toSelectionValue = (
  selection: DataTableSelection | undefined,
): ReadonlySet<string> | 'all' => (selection === 'all' ? 'all' : new Set(selection ?? []));

export function createSelectionStore(initial: DataTableSelection | undefined): SelectionStore {
  const emitter = createEmitter();
  const store: SelectionStore = {
    value: toSelectionValue(initial),
    anchor: null,
    isSelected: (id) => store.value === 'all' || store.value.has(id),
    set(value) {
      store.value = value;
      emitter.emit();
    },
    sync(value) {
      store.value = value;
    },
    setAnchor(id) {
      store.anchor = id;
    },
    subscribe: emitter.subscribe,
    emit: emitter.emit,
  };
  return store;
}

/** Whether one row is selected; re-renders its caller only when that changes. */
export function useRowSelected(store: SelectionStore, id: string): boolean {
  const read = () => store.isSelected(id);
  return useSyncExternalStore(store.subscribe, read, read);
}

/** Any derived value of the selection (a count, a tri-state), compared with `Object.is`. */
export function useSelectionValue<V>(store: SelectionStore, select: () => V): V {
  return useSyncExternalStore(store.subscribe, select, select);
}

export interface ActiveCell {
  /** The line of the body (-1: the header row). */
  row: number;
  col: number;
}

export interface ActiveStore {
  cell: ActiveCell;
  /** Set by keyboard movement: the newly active cell takes focus once rendered. */
  focusPending: boolean;
  set(cell: ActiveCell, focus: boolean): void;
  /** Whether focus should follow the active cell now; clears the request. */
  takeFocus(): boolean;
  subscribe(listener: Listener): () => boolean;
}

export function createActiveStore(): ActiveStore {
  const emitter = createEmitter();
  const store: ActiveStore = {
    cell: { row: -1, col: 0 },
    focusPending: false,
    set(cell, focus) {
      store.focusPending = focus;
      if (cell.row === store.cell.row && cell.col === store.cell.col) return;
      store.cell = cell;
      emitter.emit();
    },
    takeFocus() {
      const pending = store.focusPending;
      store.focusPending = false;
      return pending;
    },
    subscribe: emitter.subscribe,
  };
  return store;
}

/** The active column when the active cell is on this line, else -1. */
export function useActiveColumn(store: ActiveStore, row: number): number {
  const read = () => (store.cell.row === row ? store.cell.col : -1);
  return useSyncExternalStore(store.subscribe, read, read);
}
