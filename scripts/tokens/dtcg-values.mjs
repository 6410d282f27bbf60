// DTCG 2025.10 value objects and the CSS text they become. Tokens are authored as objects
// (`{ "value": 16, "unit": "px" }`, `{ "colorSpace": "srgb", "components": […], … }`); Style
// Dictionary receives the CSS strings made here, because it reads neither duration objects nor the
// colour objects inside a shadow the way CSS needs them (docs/ARCHITECTURE.md, "Tokens").
// Callers validate first (value-types.mjs): these functions assume well-formed values.
import { isPlainObject } from './load.mjs';

/**
 * @typedef {{ colorSpace: 'srgb', components: [number, number, number], alpha?: number, hex?: string }} ColorValue
 * @typedef {{ value: number, unit: string }} UnitValue  A dimension or a duration.
 */

/** Units a `dimension` may use. 2025.10 lists px and rem; em is our documented extension. */
export const DIMENSION_UNITS = ['px', 'rem', 'em'];
export const DURATION_UNITS = ['ms', 's'];

/** Decimals kept for colour components and alpha: enough for every 8-bit value to round-trip. */
const CHANNEL_DECIMALS = 4;

/** @param {number} channel 0–1 @returns {string} two lowercase hex digits */
function hexByte(channel) {
  return Math.round(Math.min(1, Math.max(0, channel)) * 255)
    .toString(16)
    .padStart(2, '0');
}

/** `#rrggbb` of an sRGB colour's components (the alpha is not part of the 2025.10 `hex`). */
export function hexOfComponents(/** @type {readonly number[]} */ components) {
  return `#${components.map(hexByte).join('')}`;
}

/**
 * The CSS colour: `#rrggbb`, or `#rrggbbaa` when it is translucent.
 * @param {ColorValue} color
 */
export function colorToCss(color) {
  const alpha = color.alpha ?? 1;
  const hex = hexOfComponents(color.components);
  return alpha === 1 ? hex : `${hex}${hexByte(alpha)}`;
}

/**
 * `#rrggbb` or `#rrggbbaa` as a 2025.10 colour object, components rounded so that each
 * byte converts back exactly.
 * @param {string} hex
 * @returns {ColorValue}
 */
export function colorFromHex(hex) {
  const bytes = hex
    .slice(1)
    .match(/../g)
    ?.map((pair) => Number.parseInt(pair, 16) / 255);
  if (!bytes || (bytes.length !== 3 && bytes.length !== 4))
    throw new Error(`not a hex colour: ${hex}`);
  const [r = 0, g = 0, b = 0, alpha = 1] = bytes.map(roundChannel);
  return { colorSpace: 'srgb', components: [r, g, b], alpha, hex: hexOfComponents([r, g, b]) };
}

/** @param {number} channel */
export function roundChannel(channel) {
  return Number(channel.toFixed(CHANNEL_DECIMALS));
}

/** `{ value: 16, unit: 'px' }` → `16px`. @param {UnitValue} value */
export function unitValueToCss(value) {
  return `${value.value}${value.unit}`;
}

/**
 * A validated `$value` of the given `$type` as CSS-ready data: colours, dimensions and durations
 * become strings, the parts of shadows and typography likewise; aliases and every other type are
 * returned as they are.
 * @param {string | undefined} type
 * @param {unknown} value
 * @returns {unknown}
 */
export function toCssValue(type, value) {
  if (typeof value === 'string') return value; // an alias
  switch (type) {
    case 'color':
      return colorToCss(/** @type {ColorValue} */ (value));
    case 'dimension':
    case 'duration':
      return unitValueToCss(/** @type {UnitValue} */ (value));
    case 'shadow':
      return Array.isArray(value) ? value.map(shadowLayerToCss) : shadowLayerToCss(value);
    case 'typography':
      return partsToCss(value, TYPOGRAPHY_PART_TYPES);
    default:
      return value;
  }
}

const SHADOW_PART_TYPES = {
  color: 'color',
  offsetX: 'dimension',
  offsetY: 'dimension',
  blur: 'dimension',
  spread: 'dimension',
};
const TYPOGRAPHY_PART_TYPES = { fontSize: 'dimension', letterSpacing: 'dimension' };

/** @param {unknown} layer */
function shadowLayerToCss(layer) {
  return partsToCss(layer, SHADOW_PART_TYPES);
}

/** @param {unknown} value @param {Record<string, string>} partTypes */
function partsToCss(value, partTypes) {
  if (!isPlainObject(value)) return value;
  return Object.fromEntries(
    Object.entries(value).map(([part, partValue]) => [
      part,
      part in partTypes ? toCssValue(partTypes[part], partValue) : partValue,
    ]),
  );
}
