// How the token tiers become Figma variable collections: a decision, kept in one place.
import { MODES } from '../../tokens/config.mjs';

/**
 * @typedef {object} CollectionConfig
 * @property {string} name  The collection's name in Figma.
 * @property {string[]} groups  Top-level token groups whose variables it holds.
 * @property {boolean} themed  One Figma mode per colour mode (else a single mode).
 */

/** @type {readonly CollectionConfig[]} */
export const COLLECTIONS = [
  { name: 'Primitives', groups: ['palette'], themed: false },
  { name: 'Semantic colours', groups: ['color'], themed: true },
  { name: 'Sizes', groups: ['space', 'size', 'radius', 'border', 'focus', 'grid'], themed: false },
  { name: 'Typography', groups: ['font'], themed: false },
];

/** The Figma mode of each colour mode, as a designer reads it. */
export const FIGMA_MODE_NAMES = Object.fromEntries(
  MODES.map((mode) => [mode.name, titleCase(mode.name)]),
);

/** The one mode of a collection whose values do not change with the colour mode. */
export const SINGLE_MODE = 'Value';

/** @param {string} name  `high-contrast` → `High contrast` */
function titleCase(name) {
  const words = name.split('-').join(' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** @param {string[]} path @returns {CollectionConfig | undefined} */
export function collectionOf(path) {
  return COLLECTIONS.find((c) => c.groups.includes(path[0] ?? ''));
}

/** Figma mode names of a collection, default first. @param {CollectionConfig} collection */
export function figmaModes(collection) {
  return collection.themed ? MODES.map((m) => FIGMA_MODE_NAMES[m.name] ?? m.name) : [SINGLE_MODE];
}

/** The colour mode of a Figma mode name, or undefined. @param {string} figmaMode */
export function tokenModeOf(figmaMode) {
  return Object.entries(FIGMA_MODE_NAMES).find(([, name]) => name === figmaMode)?.[0];
}

/** `color.bg.canvas` → `color/bg/canvas`, the Figma variable name (groups are folders there). */
export function variableName(/** @type {string} */ tokenName) {
  return tokenName.split('.').join('/');
}
