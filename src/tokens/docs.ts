// Token data for documentation pages: every resolved value and every measured contrast pair.
// Kept out of index.ts because it weighs tens of kilobytes.
export { tokenRecords } from './generated/values.js';
export type { TokenRecord } from './generated/values.js';
export { contrastPairs } from './generated/contrast.js';
export type { ContrastPair } from './generated/contrast.js';
