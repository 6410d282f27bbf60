import { act, renderHook } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { useSelection, type SelectionOptions } from './useSelection';

function setup<V extends string | number>(options: SelectionOptions<V>) {
  return renderHook((props: SelectionOptions<V>) => useSelection(props), { initialProps: options });
}

describe('useSelection', () => {
  describe('given a single selection, uncontrolled', () => {
    it('replaces the value and reports it as a value, not a list', () => {
      const onValueChange = vi.fn();
      const { result } = setup<string>({
        multiple: false,
        value: undefined,
        defaultValue: 'a',
        onValueChange,
      });
      expect(result.current.values).toEqual(['a']);
      act(() => result.current.choose('b'));
      expect(result.current.values).toEqual(['b']);
      expect(result.current.selected.has('b')).toBe(true);
      expect(onValueChange).toHaveBeenLastCalledWith('b');
    });

    it('does not report choosing the chosen value again', () => {
      const onValueChange = vi.fn();
      const { result } = setup({
        multiple: false,
        value: undefined,
        defaultValue: 'a',
        onValueChange,
      });
      act(() => result.current.choose('a'));
      expect(onValueChange).not.toHaveBeenCalled();
    });

    it('reports a clear as null, and restores the default silently', () => {
      const onValueChange = vi.fn();
      const { result } = setup({
        multiple: false,
        value: undefined,
        defaultValue: 1,
        onValueChange,
      });
      act(() => result.current.replace([]));
      expect(onValueChange).toHaveBeenLastCalledWith(null);
      expect(result.current.values).toEqual([]);
      act(() => result.current.restoreDefault());
      expect(result.current.values).toEqual([1]);
      expect(onValueChange).toHaveBeenCalledTimes(1);
    });
  });

  describe('given a multiple selection', () => {
    it('toggles values in the order they were chosen and reports the list', () => {
      const onValueChange = vi.fn();
      const { result } = setup<string>({
        multiple: true,
        value: undefined,
        defaultValue: [],
        onValueChange,
      });
      act(() => result.current.choose('b'));
      act(() => result.current.choose('a'));
      expect(result.current.values).toEqual(['b', 'a']);
      act(() => result.current.choose('b'));
      expect(result.current.values).toEqual(['a']);
      expect(onValueChange).toHaveBeenLastCalledWith(['a']);
    });

    it('follows a controlled value and only reports what the user asked for', () => {
      const onValueChange = vi.fn();
      const { result, rerender } = setup<number>({
        multiple: true,
        value: [1],
        defaultValue: undefined,
        onValueChange,
      });
      act(() => result.current.choose(2));
      expect(onValueChange).toHaveBeenLastCalledWith([1, 2]);
      expect(result.current.values).toEqual([1]);
      rerender({ multiple: true, value: [1, 2], defaultValue: undefined, onValueChange });
      expect([...result.current.selected]).toEqual([1, 2]);
    });
  });
});
