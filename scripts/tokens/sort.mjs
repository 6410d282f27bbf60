/**
 * Orders token names segment by segment, numbers numerically: `palette.blue.50` before
 * `palette.blue.100`, `space.2` before `space.10`. Plain code-unit comparison otherwise, so the
 * order never depends on the machine's locale.
 * @param {string} a
 * @param {string} b
 */
export function compareTokenNames(a, b) {
  const left = a.split('.');
  const right = b.split('.');
  for (let i = 0; i < Math.min(left.length, right.length); i++) {
    const order = compareSegments(left[i] ?? '', right[i] ?? '');
    if (order !== 0) return order;
  }
  return left.length - right.length;
}

/** @param {string} a @param {string} b */
function compareSegments(a, b) {
  const numeric = /^\d+$/;
  if (numeric.test(a) && numeric.test(b)) return Number(a) - Number(b);
  if (numeric.test(a) !== numeric.test(b)) return numeric.test(a) ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}
