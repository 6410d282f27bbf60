// `$extensions["com.figma"]` on a token: the metadata its Figma variable carries (npm run
// figma:export). `scopes` says which properties a designer may bind the variable to, `codeSyntax`
// what Dev Mode shows for it. Checked here so a wrong scope or a stale variable name fails the
// token build, not a later request to Figma.
import { PREFIX } from './config.mjs';
import { isPlainObject } from './load.mjs';

export const FIGMA_EXTENSION = 'com.figma';

/** Figma's variable scopes, by the variable's resolved type (Figma's VariableScope). */
export const FIGMA_SCOPES = {
  COLOR: [
    'ALL_SCOPES',
    'ALL_FILLS',
    'FRAME_FILL',
    'SHAPE_FILL',
    'TEXT_FILL',
    'STROKE_COLOR',
    'EFFECT_COLOR',
  ],
  FLOAT: [
    'ALL_SCOPES',
    'TEXT_CONTENT',
    'CORNER_RADIUS',
    'WIDTH_HEIGHT',
    'GAP',
    'STROKE_FLOAT',
    'EFFECT_FLOAT',
    'OPACITY',
    'FONT_WEIGHT',
    'FONT_SIZE',
    'LINE_HEIGHT',
    'LETTER_SPACING',
    'PARAGRAPH_SPACING',
    'PARAGRAPH_INDENT',
  ],
  STRING: ['ALL_SCOPES', 'TEXT_CONTENT', 'FONT_FAMILY', 'FONT_STYLE'],
};

const CODE_SYNTAX_PLATFORMS = ['WEB', 'ANDROID', 'iOS'];

/**
 * The Figma variable type a token becomes, or why it cannot be one. Figma numbers have no unit
 * and bind as pixels, so only px dimensions qualify; a font stack becomes its first family.
 * @param {string | undefined} type
 * @param {unknown} value  A literal value; aliases take the type of their target (undefined).
 * @returns {{ figmaType: keyof typeof FIGMA_SCOPES } | { reason: string }}
 */
export function figmaTypeOf(type, value) {
  switch (type) {
    case 'color':
      return { figmaType: 'COLOR' };
    case 'number':
    case 'fontWeight':
      return { figmaType: 'FLOAT' };
    case 'fontFamily':
      return { figmaType: 'STRING' };
    case 'dimension':
      return isPlainObject(value) && value.unit !== 'px'
        ? {
            reason: `a dimension in ${String(value.unit)} has no Figma variable (Figma numbers are pixels)`,
          }
        : { figmaType: 'FLOAT' };
    default:
      return { reason: `a ${type} token has no Figma variable type` };
  }
}

/** `var(--cal-color-bg-canvas)` for `['color', 'bg', 'canvas']`. @param {string[]} path */
export function webCodeSyntax(path) {
  return `var(--${[PREFIX, ...path].join('-')})`;
}

/**
 * Problems with a token's `com.figma` extension (none when it has none).
 * @param {{ path: string[], type: string | undefined, value: unknown, extensions: unknown }} token
 * @returns {string[]}
 */
export function checkFigmaExtension({ path, type, value, extensions }) {
  if (!isPlainObject(extensions) || extensions[FIGMA_EXTENSION] === undefined) return [];
  const at = `$extensions["${FIGMA_EXTENSION}"]`;
  const figma = extensions[FIGMA_EXTENSION];
  if (!isPlainObject(figma)) return [`${at} must be an object with "scopes" and "codeSyntax"`];
  const errors = Object.keys(figma)
    .filter((key) => key !== 'scopes' && key !== 'codeSyntax')
    .map(
      (key) => `${at}.${key}: unknown property (Figma metadata here is "scopes" and "codeSyntax")`,
    );

  const kind = figmaTypeOf(type, value);
  if ('reason' in kind) return [...errors, `${at}: ${kind.reason}; remove the extension`];
  const allowed = FIGMA_SCOPES[kind.figmaType];
  if (!Array.isArray(figma.scopes)) {
    errors.push(`${at}.scopes must be a list of Figma scopes ([] hides the variable from pickers)`);
  } else {
    for (const scope of figma.scopes) {
      if (!allowed.includes(scope)) {
        errors.push(
          `${at}.scopes: ${JSON.stringify(scope)} is not a scope of a ${kind.figmaType} variable (${allowed.join(', ')})`,
        );
      }
    }
    if (new Set(figma.scopes).size !== figma.scopes.length)
      errors.push(`${at}.scopes lists a scope twice`);
  }

  const expected = webCodeSyntax(path);
  const syntax = figma.codeSyntax;
  if (!isPlainObject(syntax)) {
    errors.push(`${at}.codeSyntax must be { "WEB": "${expected}" }`);
  } else {
    for (const platform of Object.keys(syntax).filter((p) => !CODE_SYNTAX_PLATFORMS.includes(p))) {
      errors.push(
        `${at}.codeSyntax.${platform}: unknown platform (${CODE_SYNTAX_PLATFORMS.join(', ')})`,
      );
    }
    if (syntax.WEB !== expected) {
      errors.push(
        `${at}.codeSyntax.WEB is ${JSON.stringify(syntax.WEB)}, but this token's CSS variable is ${expected}`,
      );
    }
  }
  return errors;
}

/**
 * The `com.figma` metadata of a checked token, or undefined when it has none.
 * @param {unknown} extensions
 * @returns {{ scopes: string[], codeSyntax: Record<string, string> } | undefined}
 */
export function figmaMetadata(extensions) {
  const figma = isPlainObject(extensions) ? extensions[FIGMA_EXTENSION] : undefined;
  return isPlainObject(figma)
    ? /** @type {{ scopes: string[], codeSyntax: Record<string, string> }} */ (figma)
    : undefined;
}
