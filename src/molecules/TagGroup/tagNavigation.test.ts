import { describe, expect, it } from 'vitest';
import { focusAfterRemoval, tagTarget } from './tagNavigation';

const none = () => false;
const second = (index: number) => index === 1;

describe('tagTarget', () => {
  it('moves forward and back with the arrows, and stops at the ends', () => {
    expect(tagTarget('ArrowRight', 3, 0, none, false)).toBe(1);
    expect(tagTarget('ArrowDown', 3, 1, none, false)).toBe(2);
    expect(tagTarget('ArrowRight', 3, 2, none, false)).toBe(2);
    expect(tagTarget('ArrowLeft', 3, 2, none, false)).toBe(1);
    expect(tagTarget('ArrowUp', 3, 0, none, false)).toBe(0);
  });
  it('mirrors left and right in right-to-left', () => {
    expect(tagTarget('ArrowLeft', 3, 0, none, true)).toBe(1);
    expect(tagTarget('ArrowRight', 3, 1, none, true)).toBe(0);
    expect(tagTarget('ArrowDown', 3, 0, none, true)).toBe(1);
  });
  it('goes to the first and last enabled items with Home and End', () => {
    const first = (index: number) => index === 0;
    expect(tagTarget('Home', 3, 2, first, false)).toBe(1);
    expect(tagTarget('End', 3, 0, (index) => index === 2, false)).toBe(1);
  });
  it('skips disabled items and ignores other keys', () => {
    expect(tagTarget('ArrowRight', 3, 0, second, false)).toBe(2);
    expect(tagTarget('ArrowLeft', 3, 2, second, false)).toBe(0);
    expect(tagTarget('Enter', 3, 0, none, false)).toBeNull();
  });
});

describe('focusAfterRemoval', () => {
  it('prefers the item that took the place, then the one before', () => {
    expect(focusAfterRemoval(1, 3, none)).toBe(1);
    expect(focusAfterRemoval(3, 3, none)).toBe(2);
    expect(focusAfterRemoval(0, 2, (index) => index === 0)).toBe(1);
    expect(focusAfterRemoval(1, 2, second)).toBe(0);
  });
  it('says -1 when nothing focusable is left', () => {
    expect(focusAfterRemoval(0, 0, none)).toBe(-1);
    expect(focusAfterRemoval(0, 1, () => true)).toBe(-1);
  });
});
