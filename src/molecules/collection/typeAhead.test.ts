import { describe, expect, it } from 'vitest';
import { createTypeAhead, isTypeAheadKey, TYPE_AHEAD_TIMEOUT } from './typeAhead';

const options = ['Athens', 'Argos', 'Épidaure', 'Eretria', 'New York', 'Nemea', 'Naxos'].map(
  (textValue) => ({ textValue, disabled: textValue === 'Nemea' }),
);

function setup() {
  let time = 0;
  const typeAhead = createTypeAhead(() => time);
  return {
    typeAhead,
    wait: (ms: number) => {
      time += ms;
    },
  };
}

describe('createTypeAhead', () => {
  it('moves to the next option starting with a typed character, after the active one and round the end', () => {
    const { typeAhead, wait } = setup();
    expect(typeAhead.type('a', options, -1)).toBe(0);
    wait(TYPE_AHEAD_TIMEOUT + 1);
    expect(typeAhead.type('a', options, 0)).toBe(1);
    wait(TYPE_AHEAD_TIMEOUT + 1);
    expect(typeAhead.type('a', options, 1)).toBe(0);
  });

  it('narrows the search while characters come quickly, keeping a still-matching option', () => {
    const { typeAhead, wait } = setup();
    expect(typeAhead.type('n', options, -1)).toBe(4);
    wait(200);
    expect(typeAhead.type('e', options, 4)).toBe(4);
    wait(200);
    expect(typeAhead.type('w', options, 4)).toBe(4);
    expect(typeAhead.type(' ', options, 4)).toBe(4);
    expect(typeAhead.type('y', options, 4)).toBe(4);
  });

  it('cycles through the options starting with a repeated character', () => {
    const { typeAhead } = setup();
    expect(typeAhead.type('n', options, -1)).toBe(4);
    expect(typeAhead.type('n', options, 4)).toBe(6);
    expect(typeAhead.type('n', options, 6)).toBe(4);
  });

  it('ignores case and accents, and skips disabled options', () => {
    const { typeAhead, wait } = setup();
    expect(typeAhead.type('E', options, -1)).toBe(2);
    wait(TYPE_AHEAD_TIMEOUT + 1);
    expect(typeAhead.type('n', options, 4)).toBe(6);
  });

  it('finds nothing for a search no option starts with, and starts over after the timeout', () => {
    const { typeAhead, wait } = setup();
    expect(typeAhead.type('a', options, -1)).toBe(0);
    expect(typeAhead.type('z', options, 0)).toBe(-1);
    expect(typeAhead.searching()).toBe(true);
    wait(TYPE_AHEAD_TIMEOUT + 1);
    expect(typeAhead.searching()).toBe(false);
    expect(typeAhead.type('e', options, 0)).toBe(2);
    typeAhead.reset();
    expect(typeAhead.searching()).toBe(false);
  });
});

describe('isTypeAheadKey', () => {
  it('accepts printable characters without Ctrl, Meta or Alt', () => {
    const key = (key: string, extra = {}) => ({
      key,
      ctrlKey: false,
      metaKey: false,
      altKey: false,
      ...extra,
    });
    expect(isTypeAheadKey(key('a'))).toBe(true);
    expect(isTypeAheadKey(key(' '))).toBe(true);
    expect(isTypeAheadKey(key('ArrowDown'))).toBe(false);
    expect(isTypeAheadKey(key('a', { ctrlKey: true }))).toBe(false);
    expect(isTypeAheadKey(key('a', { metaKey: true }))).toBe(false);
  });
});
