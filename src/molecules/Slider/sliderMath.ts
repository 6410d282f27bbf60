/*
 * The arithmetic of a slider, kept pure so it is tested without a DOM: decimal-safe steps
 * (0.1 + 0.2 must land on 0.3), the grid counted from `min`, and each thumb's bounds in a range.
 */

/** Decimal places of a number, including exponent notation (`1e-7` has 7). */
export function decimals(value: number): number {
  const [mantissa = '', exponent] = String(value).split('e-');
  const fraction = mantissa.split('.')[1]?.length ?? 0;
  return fraction + (exponent ? Number(exponent) : 0);
}

const roundTo = (value: number, digits: number) => Number(value.toFixed(Math.min(digits, 20)));

export const clamp = (value: number, low: number, high: number) =>
  Math.min(Math.max(value, low), high);

/**
 * The nearest value on the grid `min + k × step`, inside [min, max]. When `max` is off the
 * grid the last reachable value is the largest grid value under it, as a native range input.
 */
export function snap(value: number, min: number, max: number, step: number): number {
  const digits = Math.max(decimals(step), decimals(min));
  const last = roundTo(min + Math.floor(roundTo((max - min) / step, 10)) * step, digits);
  const steps = Math.round(roundTo((value - min) / step, 10));
  return clamp(roundTo(min + steps * step, digits), min, last);
}

/** Where a value sits along the track, from 0 (min) to 1 (max). */
export const fractionOf = (value: number, min: number, max: number) =>
  max > min ? clamp((value - min) / (max - min), 0, 1) : 0;

/** The default PageUp/PageDown amount: a tenth of the range, a whole number of steps (at least one). */
export const defaultPageStep = (min: number, max: number, step: number) =>
  Math.max(1, Math.round((max - min) / 10 / step)) * step;

/**
 * The values one thumb may take: between its neighbours, kept `gap` apart (a range cannot
 * cross), and inside [min, max].
 */
export function thumbBounds(
  values: readonly number[],
  index: number,
  min: number,
  max: number,
  gap: number,
): [number, number] {
  const before = values[index - 1];
  const after = values[index + 1];
  const low = before === undefined ? min : Math.min(before + gap, max);
  const high = after === undefined ? max : Math.max(after - gap, min);
  return [low, Math.max(low, high)];
}

/** The thumb a press at `value` should move: the nearest, and between equal ones the side pressed. */
export function nearestThumb(values: readonly number[], value: number): number {
  let best = 0;
  values.forEach((thumb, index) => {
    const distance = Math.abs(thumb - value);
    const bestDistance = Math.abs((values[best] ?? 0) - value);
    if (distance < bestDistance || (distance === bestDistance && value > thumb)) best = index;
  });
  return best;
}
