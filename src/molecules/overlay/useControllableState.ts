import { useCallback, useRef, useState } from 'react';
import { useBrowserLayoutEffect } from '../../utils';

/**
 * A value that is controlled when `value` is defined and owned here otherwise, as React DOM's
 * `value`/`defaultValue`. `setValue` calls `onChange` either way, and skips it when nothing
 * changes (an Escape on an already closing overlay does not report a second close). The third
 * item sets the uncontrolled value without calling `onChange`: a form reset, which is not the
 * user's choice (as `useSelection`'s `restoreDefault`).
 */
export function useControllableState<T>(
  value: T | undefined,
  defaultValue: T,
  onChange?: (value: T) => void,
): [T, (next: T) => void, (next: T) => void] {
  const [own, setOwn] = useState(defaultValue);
  const controlled = value !== undefined;
  const current = controlled ? value : own;
  const latest = useRef({ current, controlled, onChange });
  // Updated after each render (before any event can run), so the setter stays stable.
  useBrowserLayoutEffect(() => {
    latest.current = { current, controlled, onChange };
  });
  const setValue = useCallback((next: T) => {
    const state = latest.current;
    if (Object.is(next, state.current)) return;
    if (!state.controlled) setOwn(next);
    state.current = next;
    state.onChange?.(next);
  }, []);
  return [current, setValue, setOwn];
}
