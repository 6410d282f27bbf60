import { describe, expect, it } from 'vitest';
import { navigate } from './navigation';

const list = (pattern: string) => [...pattern].map((char) => ({ disabled: char === 'x' }));

describe('navigate', () => {
  describe('given enabled options with disabled ones between (o = enabled, x = disabled)', () => {
    const options = list('xoxooxo');

    it('moves to the next and previous enabled option, skipping disabled ones', () => {
      expect(navigate('ArrowDown', options, 1, 3)).toBe(3);
      expect(navigate('ArrowUp', options, 3, 3)).toBe(1);
    });

    it('stays at the ends instead of wrapping', () => {
      expect(navigate('ArrowDown', options, 6, 3)).toBe(6);
      expect(navigate('ArrowUp', options, 1, 3)).toBe(1);
    });

    it('starts at the first or last enabled option when none is active', () => {
      expect(navigate('ArrowDown', options, -1, 3)).toBe(1);
      expect(navigate('ArrowUp', options, -1, 3)).toBe(6);
    });

    it('goes to the first and last enabled option with Home and End', () => {
      expect(navigate('Home', options, 4, 3)).toBe(1);
      expect(navigate('End', options, 1, 3)).toBe(6);
    });

    it('jumps a page with PageDown and PageUp, landing on an enabled option and stopping at the ends', () => {
      expect(navigate('PageDown', options, 1, 4)).toBe(4);
      expect(navigate('PageDown', options, 4, 4)).toBe(6);
      expect(navigate('PageUp', options, 6, 4)).toBe(3);
      expect(navigate('PageUp', options, 3, 10)).toBe(1);
    });

    it('ignores other keys', () => {
      expect(navigate('a', options, 1, 3)).toBeNull();
      expect(navigate('Enter', options, 1, 3)).toBeNull();
    });
  });

  it('finds nothing to move to when every option is disabled', () => {
    expect(navigate('ArrowDown', list('xxx'), -1, 3)).toBe(-1);
    expect(navigate('Home', list('xxx'), -1, 3)).toBe(-1);
  });
});
