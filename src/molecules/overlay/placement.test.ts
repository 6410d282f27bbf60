import { describe, expect, it } from 'vitest';
import { toLogicalPlacement, toPhysicalPlacement } from './placement';

describe('placement', () => {
  it('maps logical sides to physical ones, mirrored in RTL', () => {
    expect(toPhysicalPlacement('start', false)).toBe('left');
    expect(toPhysicalPlacement('start', true)).toBe('right');
    expect(toPhysicalPlacement('end-start', true)).toBe('left-start');
    expect(toPhysicalPlacement('bottom-end', true)).toBe('bottom-end');
  });

  it('reports the placement used in logical terms', () => {
    expect(toLogicalPlacement('right', false)).toBe('end');
    expect(toLogicalPlacement('right-end', true)).toBe('start-end');
    expect(toLogicalPlacement('top-start', true)).toBe('top-start');
  });
});
