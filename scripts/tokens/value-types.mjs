// What a `$value` may look like for each supported `$type`. Values are written as CSS-ready
// strings (hex colours, "16px", "150ms") rather than the DTCG 2025.10 object forms, because
// Style Dictionary 5 only partly supports those (see /work/shared/reference/TOOLCHAIN.md).
import { isPlainObject } from './load.mjs';

/**
 * @typedef {object} Reference  An alias found in a value, checked once all tokens are known.
 * @property {string} target  Token name inside the braces.
 * @property {string} type  The $type the value needs at that position.
 * @property {string} where  Position inside a composite value ('' for the whole value).
 *
 * @typedef {object} ValueCheck
 * @property {string[]} errors
 * @property {Reference[]} refs
 */

const ALIAS = /^\{([^{}]+)\}$/;
const HEX_COLOR = /^#(?:[0-9a-f]{6}|[0-9a-f]{8})$/i;
const UNSIGNED = String.raw`(?:\d+|\d*\.\d+)`;
const NUMBER = `-?${UNSIGNED}`;
const DIMENSION = new RegExp(`^${NUMBER}(px|rem|em)$`);
const DURATION = new RegExp(`^${UNSIGNED}ms$`);
const UNITLESS = new RegExp(`^${NUMBER}$`);

const SHADOW_PARTS = {
  color: 'color',
  offsetX: 'dimension',
  offsetY: 'dimension',
  blur: 'dimension',
  spread: 'dimension',
};
const TYPOGRAPHY_PARTS = {
  fontFamily: 'fontFamily',
  fontSize: 'dimension',
  fontWeight: 'fontWeight',
  lineHeight: 'number',
  letterSpacing: 'dimension',
};

/** @type {Record<string, (value: unknown, at: string, result: ValueCheck) => void>} */
const CHECKS = {
  color(value, at, result) {
    if (typeof value !== 'string' || !HEX_COLOR.test(value)) {
      fail(result, at, `invalid color ${show(value)}: use a hex string "#rrggbb" or "#rrggbbaa"`);
    }
  },

  dimension(value, at, result) {
    if (typeof value === 'string' && DIMENSION.test(value)) return;
    if (typeof value === 'number' || (typeof value === 'string' && UNITLESS.test(value))) {
      fail(
        result,
        at,
        `dimension ${show(value)} has no unit: write it as a string like "${value}px" (px, rem or em)`,
      );
    } else if (isPlainObject(value)) {
      fail(
        result,
        at,
        `dimension ${show(value)}: write it as a string like "16px"; the DTCG object form is not supported`,
      );
    } else {
      fail(
        result,
        at,
        `invalid dimension ${show(value)}: use a number with px, rem or em, e.g. "16px"`,
      );
    }
  },

  duration(value, at, result) {
    if (typeof value === 'string' && DURATION.test(value)) return;
    fail(
      result,
      at,
      `invalid duration ${show(value)}: use a non-negative number of milliseconds, e.g. "150ms"`,
    );
  },

  number(value, at, result) {
    if (typeof value === 'number' && Number.isFinite(value)) return;
    if (typeof value === 'string' && UNITLESS.test(value)) {
      fail(result, at, `number ${show(value)} is a string: write it without quotes`);
    } else {
      fail(result, at, `invalid number ${show(value)}`);
    }
  },

  // Only numbers: the DTCG weight keywords ("semi-bold", …) are not valid CSS font-weight values.
  fontWeight(value, at, result) {
    if (typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 1000) return;
    const hint =
      typeof value === 'string' && UNITLESS.test(value)
        ? ' (it is a string: remove the quotes)'
        : '';
    fail(result, at, `invalid fontWeight ${show(value)}: use a whole number from 1 to 1000${hint}`);
  },

  fontFamily(value, at, result) {
    const names = Array.isArray(value) ? value : [value];
    const valid = names.length > 0 && names.every((n) => typeof n === 'string' && n.trim() !== '');
    if (!valid)
      fail(
        result,
        at,
        `invalid fontFamily ${show(value)}: use a font name or an array of font names`,
      );
  },

  cubicBezier(value, at, result) {
    const valid =
      Array.isArray(value) &&
      value.length === 4 &&
      value.every((n) => typeof n === 'number' && Number.isFinite(n)) &&
      [value[0], value[2]].every((x) => x >= 0 && x <= 1);
    if (!valid)
      fail(
        result,
        at,
        `invalid cubicBezier ${show(value)}: use [x1, y1, x2, y2] with x1 and x2 in 0..1`,
      );
  },

  shadow(value, at, result) {
    const layers = Array.isArray(value) ? value : [value];
    if (layers.length === 0) return fail(result, at, 'a shadow array needs at least one layer');
    layers.forEach((layer, i) => {
      const layerAt = Array.isArray(value) ? `${at}[${i}]` : at;
      if (!isPlainObject(layer))
        return fail(result, layerAt, `invalid shadow layer ${show(layer)}: use an object`);
      checkParts(layer, SHADOW_PARTS, layerAt, result, ['inset']);
      if (layer.inset !== undefined && typeof layer.inset !== 'boolean') {
        fail(result, join(layerAt, 'inset'), 'inset must be true or false');
      }
      if (typeof layer.blur === 'string' && layer.blur.startsWith('-')) {
        fail(result, join(layerAt, 'blur'), 'blur cannot be negative');
      }
    });
  },

  typography(value, at, result) {
    if (!isPlainObject(value))
      return fail(result, at, `invalid typography ${show(value)}: use an object`);
    checkParts(value, TYPOGRAPHY_PARTS, at, result, []);
  },
};

export const SUPPORTED_TYPES = Object.keys(CHECKS);

/** Composite types whose parts become CSS variables of their own (`typography.body.font-size`). */
export const EXPANDED_TYPES = { typography: TYPOGRAPHY_PARTS };

/**
 * Checks a `$value` against its `$type`. Aliases are not followed here: they are returned as
 * references so the caller can check them once every token is known.
 * @param {string} type  One of SUPPORTED_TYPES.
 * @param {unknown} value
 * @returns {ValueCheck}
 */
export function checkValue(type, value) {
  /** @type {ValueCheck} */
  const result = { errors: [], refs: [] };
  checkPart(type, value, '', result);
  return result;
}

/** @param {unknown} value @returns {string | undefined} the aliased token name */
export function parseAlias(value) {
  return typeof value === 'string' ? ALIAS.exec(value)?.[1] : undefined;
}

/** @param {string} type @param {unknown} value @param {string} at @param {ValueCheck} result */
function checkPart(type, value, at, result) {
  const target = parseAlias(value);
  if (target !== undefined) {
    result.refs.push({ target, type, where: at });
  } else if (typeof value === 'string' && /[{}]/.test(value)) {
    fail(
      result,
      at,
      `${show(value)} mixes an alias with other text: an alias must be the whole value`,
    );
  } else {
    const check = CHECKS[type];
    // Callers check $type against SUPPORTED_TYPES first; reaching this is a bug in the build.
    if (!check) throw new Error(`no value check for $type "${type}"`);
    check(value, at, result);
  }
}

/**
 * @param {Record<string, unknown>} value
 * @param {Record<string, string>} parts  Required part name → its $type.
 * @param {string} at
 * @param {ValueCheck} result
 * @param {string[]} optional  Extra part names that are allowed but checked by the caller.
 */
function checkParts(value, parts, at, result, optional) {
  for (const [part, type] of Object.entries(parts)) {
    if (value[part] === undefined) fail(result, join(at, part), 'missing');
    else checkPart(type, value[part], join(at, part), result);
  }
  for (const key of Object.keys(value)) {
    if (!(key in parts) && !optional.includes(key)) fail(result, join(at, key), 'unknown property');
  }
}

/** @param {ValueCheck} result @param {string} at @param {string} message */
function fail(result, at, message) {
  result.errors.push(at ? `${at}: ${message}` : message);
}

/** @param {string} at @param {string} part */
function join(at, part) {
  return at ? `${at}.${part}` : part;
}

/** @param {unknown} value */
function show(value) {
  return JSON.stringify(value) ?? String(value);
}
