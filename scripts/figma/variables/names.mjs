// Figma variable names are token paths with `/` for `.`: `color/bg/canvas` ↔ `color.bg.canvas`.
// A name Figma allows but a token path does not (spaces, capitals) is refused with the rule.

const SEGMENT = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/**
 * @param {string} figmaName
 * @returns {string | { error: string }} the token name, or why there is none
 */
export function tokenNameOf(figmaName) {
  const segments = figmaName.split('/');
  const bad = segments.find((segment) => !SEGMENT.test(segment));
  if (bad === undefined) return segments.join('.');
  return {
    error: `"${figmaName}" cannot be a token name: "${bad}" must be lowercase letters, digits and single hyphens (groups separated by /)`,
  };
}
