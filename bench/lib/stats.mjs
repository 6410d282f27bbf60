// @ts-check

/** The q-quantile (0..1) of `values`, linearly interpolated; NaN when there are none. */
export function quantile(/** @type {number[]} */ values, /** @type {number} */ q) {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const at = (sorted.length - 1) * q;
  const low = Math.floor(at);
  const high = Math.ceil(at);
  return (sorted[low] ?? NaN) + ((sorted[high] ?? NaN) - (sorted[low] ?? NaN)) * (at - low);
}

/**
 * @typedef {object} Summary
 * @property {number} n
 * @property {number} median
 * @property {number} p25
 * @property {number} p75
 * @property {number} min
 * @property {number} max
 */

/** @returns {Summary} */
export function summarize(/** @type {number[]} */ values) {
  return {
    n: values.length,
    median: quantile(values, 0.5),
    p25: quantile(values, 0.25),
    p75: quantile(values, 0.75),
    min: quantile(values, 0),
    max: quantile(values, 1),
  };
}

/**
 * Rotates `list` by `by` places, so interleaved subjects take turns going first.
 * @template T
 * @param {readonly T[]} list
 * @param {number} by
 * @returns {T[]}
 */
export function rotate(list, by) {
  const shift = ((by % list.length) + list.length) % list.length;
  return [...list.slice(shift), ...list.slice(0, shift)];
}
