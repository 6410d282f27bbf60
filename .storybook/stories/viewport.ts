import type { Breakpoint } from '../../src/atoms/Grid/breakpoints';
import { breakpointNames } from '../../src/atoms/Grid/breakpoints';
import { tokenRecords } from '../../src/tokens/generated/values';

/*
 * A story may be opened at any width: in the test runner's 1200px frame, in a designer's
 * full-width browser, on a phone. A play function that measures layout must expect the values
 * of the breakpoint the window is actually at, read from the tokens, never one breakpoint's
 * numbers written into the story.
 */

/** A dimension token's value in CSS pixels, from the token table (`grid.margin.lg` → 40). */
export function tokenPixels(name: string): number {
  const record = tokenRecords.find((item) => item.name === name);
  const value = record ? String(record.value) : '';
  if (!/^-?\d+(\.\d+)?px$/.test(value)) {
    throw new Error(`Token ${name} is not a pixel dimension (found ${value || 'no token'}).`);
  }
  return parseFloat(value);
}

/** A number token's value (`grid.columns.md` → 12). */
export function tokenNumber(name: string): number {
  const value = tokenRecords.find((item) => item.name === name)?.value;
  if (typeof value !== 'number') throw new Error(`Token ${name} is not a number.`);
  return value;
}

/**
 * The grid breakpoint the story's window is at: the widest `grid.breakpoint.*` whose minimum
 * `window.innerWidth` reaches (the width min-width media queries compare, scrollbar included).
 */
export function viewportBreakpoint(): Breakpoint {
  let current: Breakpoint = 'xs';
  for (const name of breakpointNames) {
    if (window.innerWidth >= tokenPixels(`grid.breakpoint.${name}`)) current = name;
  }
  return current;
}
