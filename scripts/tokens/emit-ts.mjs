// The TypeScript modules in src/tokens/generated/. Each is plain data plus its types, so the
// bundler can drop whichever a consumer does not import.
import { GENERATED_NOTICE, MODES } from './config.mjs';

const HEADER = `// ${GENERATED_NOTICE}\n`;

/**
 * @typedef {object} TokenRecord  Mirrors the TokenRecord interface written to values.ts.
 * @property {string} name
 * @property {string} cssVar
 * @property {string} type
 * @property {string} description
 * @property {string} file
 * @property {string | number} value
 * @property {string} [alias]
 * @property {Record<string, string>} [modes]
 */

/** @param {string[]} names @param {string[]} typographyRoles */
export function renderNames(names, typographyRoles) {
  return `${HEADER}
/** Every token that becomes a CSS variable, as a dot-separated path (composites expanded). */
export type TokenName =${union(names)};

/** The typography.* composites; typographyStyles(role) applies one. */
export type TypographyRole =${union(typographyRoles)};
`;
}

/**
 * @param {string[]} names  Sorted token names.
 * @param {(name: string) => string} cssVar  Token name → \`--cal-…\`.
 */
export function renderVars(names, cssVar) {
  /** @typedef {{ [key: string]: Tree | string }} Tree */
  /** @type {Tree} */
  const tree = {};
  for (const name of names) {
    const groups = name.split('.');
    const leaf = /** @type {string} */ (groups.pop());
    let node = tree;
    for (const segment of groups) node = /** @type {Tree} */ (node[segment] ??= {});
    node[leaf] = `var(${cssVar(name)})`;
  }
  /** @param {Tree} node @param {string} indent @returns {string} */
  const render = (node, indent) => {
    const inner = `${indent}  `;
    const entries = Object.entries(node).map(([key, value]) => {
      const rendered = typeof value === 'string' ? quote(value) : render(value, inner);
      return `${inner}${propertyKey(key)}: ${rendered},`;
    });
    return `{\n${entries.join('\n')}\n${indent}}`;
  };
  return `${HEADER}
/** Every token as a \`var(--cal-…)\` reference, nested by path: \`vars.color.bg.canvas\`. */
export const vars = ${render(tree, '')} as const;
`;
}

/** @param {TokenRecord[]} records */
export function renderValues(records) {
  const modeKeys = MODES.map((m) => `${propertyKey(m.name)}: string`).join('; ');
  return `${HEADER}
/** One CSS variable's token with its resolved value, for documentation pages. */
export interface TokenRecord {
  /** Dot-separated token path, e.g. \`color.bg.canvas\`. */
  name: string;
  /** CSS custom property, e.g. \`--cal-color-bg-canvas\`. */
  cssVar: string;
  /** DTCG $type (of the part, for expanded composites). */
  type: string;
  description: string;
  /** Token file that defines it; for mode tokens, the file of the default mode (${MODES[0].name}). */
  file: string;
  /** Resolved CSS value in the default mode; numbers stay numbers. */
  value: string | number;
  /** The token this one aliases directly, if any. */
  alias?: string;
  /** Resolved value in each mode, present on tokens whose value differs by mode. */
  modes?: { ${modeKeys} };
}

export const tokenRecords: readonly TokenRecord[] = [
${records.map((record) => `  ${JSON.stringify(record)},`).join('\n')}
];
`;
}

/** @param {import('./contrast.mjs').MeasuredPair[]} pairs */
export function renderContrast(pairs) {
  const modeKeys = MODES.map((m) => `${propertyKey(m.name)}: number`).join('; ');
  return `${HEADER}
/**
 * A foreground/background colour pair from tokens/contrast-pairs.json with its WCAG 2.x contrast
 * ratio in each mode (rounded down to 2 decimals). \`required\` is the minimum for the kind:
 * text 4.5, large-text 3, ui 3, exempt 1 (not enforced; see \`reason\`).
 */
export interface ContrastPair {
  fg: string;
  bg: string;
  kind: 'text' | 'large-text' | 'ui' | 'exempt';
  reason?: string;
  ratios: { ${modeKeys} };
  required: number;
}

export const contrastPairs: readonly ContrastPair[] = [
${pairs.map((pair) => `  ${JSON.stringify(pair)},`).join('\n')}
];
`;
}

/**
 * tokens.css without its comment and layout whitespace: the ThemeProvider ships this string
 * in every bundle, where each byte counts against the Button budget (bench/budgets.json).
 * @param {string} css
 */
export function compactCss(css) {
  return css
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s*\n\s*/g, '')
    .replace(/\s*([{};:,])\s*/g, '$1');
}

/** @param {string} css */
export function renderCssModule(css) {
  return `${HEADER}
/** The contents of tokens.css, compacted, for injecting into a document without a CSS loader. */
export const tokensCss: string = ${JSON.stringify(compactCss(css))};
`;
}

/** @param {string[]} members */
function union(members) {
  return members.length === 0 ? ' never' : members.map((m) => `\n  | ${quote(m)}`).join('');
}

/** Token names and CSS values never contain quotes or backslashes (names are validated). */
function quote(/** @type {string} */ text) {
  return `'${text}'`;
}

/** @param {string} key */
function propertyKey(key) {
  return /^[A-Za-z_$][\w$]*$/.test(key) || /^(0|[1-9]\d*)$/.test(key) ? key : quote(key);
}
