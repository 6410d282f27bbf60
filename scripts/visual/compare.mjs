// Counts the pixels that differ between two PNGs exactly as the story tests do: the same
// comparator (@blazediff/core, the pixelmatch port Vitest's `pixelmatch` comparator runs; the
// version is pinned to @vitest/browser's and tested equal), the same decoder (pngjs) and the
// same options (scripts/visual/screenshots.mjs `screenshotTolerance`: threshold 0, anti-aliasing
// pixels ignored). So "1,234 pixels differ" in a report is the number the test failed with.
//
// Vitest compares only pictures of one size and writes no diff when the size changed; a review
// needs one anyway, so pictures of different sizes are compared on the canvas that holds both,
// top-left aligned, where a pixel only one picture covers counts as changed.
import { diff } from '@blazediff/core';
import { PNG } from 'pngjs';
import { screenshotTolerance } from './screenshots.mjs';

/** Colours of the diff image: pixelmatch's red for a change, yellow for anti-aliasing. */
const DIFF_COLOURS = { diffColor: /** @type {[number, number, number]} */ ([255, 0, 0]) };
/** Outside a smaller picture: a colour no story uses, so the padding shows as a change. */
const PADDING = [255, 0, 255, 255];

/**
 * @typedef {object} Comparison
 * @property {number} changedPixels pixels that differ (anti-aliasing pixels not counted)
 * @property {number} totalPixels pixels of the canvas compared (both pictures' union)
 * @property {number} ratio changedPixels / totalPixels
 * @property {{ width: number, height: number }} referenceSize
 * @property {{ width: number, height: number }} actualSize
 * @property {boolean} sizeChanged
 * @property {Buffer | null} diffPng the diff image (faded reference, red where pixels differ),
 *   or null when nothing differs
 */

/** @param {Buffer} buffer @param {string} what */
export function decodePng(buffer, what) {
  try {
    return PNG.sync.read(buffer);
  } catch (error) {
    throw new Error(`${what}: not a readable PNG (${/** @type {Error} */ (error).message})`);
  }
}

/**
 * Encodes RGBA pixels as a PNG.
 * @param {number} width
 * @param {number} height
 * @param {Uint8Array} data width × height × 4 bytes
 * @param {{ deflateLevel?: number }} [options] the zlib level: same pixels, other bytes
 */
export function encodePng(width, height, data, { deflateLevel = 9 } = {}) {
  const png = new PNG({ width, height });
  png.data.set(data);
  return PNG.sync.write(png, { deflateLevel });
}

/** Copies `png` onto a `width`×`height` canvas filled with the padding colour. */
function padTo(png, width, height) {
  if (png.width === width && png.height === height) return png.data;
  const data = Buffer.alloc(width * height * 4);
  for (let i = 0; i < data.length; i += 4) data.set(PADDING, i);
  for (let y = 0; y < png.height; y += 1) {
    png.data.copy(data, y * width * 4, y * png.width * 4, (y + 1) * png.width * 4);
  }
  return data;
}

/**
 * Compares a reference and an actual picture.
 * @param {Buffer} reference PNG bytes
 * @param {Buffer} actual PNG bytes
 * @param {{ names?: [string, string], withDiff?: boolean }} [options] names for error messages
 * @returns {Comparison}
 */
export function comparePngs(
  reference,
  actual,
  { names = ['reference', 'actual'], withDiff = true } = {},
) {
  const a = decodePng(reference, names[0]);
  const b = decodePng(actual, names[1]);
  const width = Math.max(a.width, b.width);
  const height = Math.max(a.height, b.height);
  const sizeChanged = a.width !== b.width || a.height !== b.height;
  const output = withDiff ? Buffer.alloc(width * height * 4) : undefined;
  const changedPixels = diff(
    padTo(a, width, height),
    padTo(b, width, height),
    output,
    width,
    height,
    {
      threshold: screenshotTolerance.threshold,
      includeAA: false,
      ...DIFF_COLOURS,
    },
  );
  let diffPng = null;
  if (output && changedPixels > 0) {
    const png = new PNG({ width, height });
    output.copy(png.data);
    diffPng = PNG.sync.write(png);
  }
  const totalPixels = width * height;
  return {
    changedPixels,
    totalPixels,
    ratio: totalPixels === 0 ? 0 : changedPixels / totalPixels,
    referenceSize: { width: a.width, height: a.height },
    actualSize: { width: b.width, height: b.height },
    sizeChanged,
    diffPng,
  };
}

/** `1234` → `1,234`; the ratio as a percentage with enough digits to never read 0 % for a change. */
export function formatPixels(changedPixels, ratio) {
  const count = changedPixels.toLocaleString('en-US');
  const percent = ratio * 100;
  const digits =
    percent === 0 || percent >= 1 ? 2 : Math.min(6, 1 - Math.floor(Math.log10(percent)));
  return `${count} px (${percent.toFixed(digits)} %)`;
}
