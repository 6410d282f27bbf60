// What a `$value` may look like for each supported `$type`, in the DTCG 2025.10 Format Module:
// colours are `{ colorSpace, components, alpha, hex }` objects, dimensions and durations
// `{ value, unit }` objects. The CSS text each becomes is made in dtcg-values.mjs.
import {
  DIMENSION_UNITS,
  DURATION_UNITS,
  colorFromHex,
  hexOfComponents,
  roundChannel,
} from './dtcg-values.mjs';
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
const HEX_RGB = /^#[0-9a-f]{6}$/i;
const NUMBER = String.raw`-?(?:\d+|\d*\.\d+)`;
const UNITLESS = new RegExp(`^${NUMBER}$`);
const WITH_UNIT = new RegExp(`^(${NUMBER})([a-z]+)$`);
const COLOR_PROPERTIES = ['colorSpace', 'components', 'alpha', 'hex'];
const COLOR_EXAMPLE =
  '{ "colorSpace": "srgb", "components": [r, g, b], "alpha": 1, "hex": "#rrggbb" }';

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
    if (typeof value === 'string' && HEX_COLOR.test(value)) {
      return fail(
        result,
        at,
        `color ${show(value)} is a string: write it as ${show(colorFromHex(value))} (DTCG 2025.10)`,
      );
    }
    if (!isPlainObject(value)) {
      return fail(result, at, `invalid color ${show(value)}: use ${COLOR_EXAMPLE}`);
    }
    for (const key of Object.keys(value).filter((k) => !COLOR_PROPERTIES.includes(k))) {
      fail(result, join(at, key), 'unknown property');
    }
    if (value.colorSpace !== 'srgb') {
      return fail(
        result,
        join(at, 'colorSpace'),
        `${show(value.colorSpace)} is not supported: use "srgb" (the CSS output is hex)`,
      );
    }
    const { components, alpha, hex } = value;
    if (!Array.isArray(components) || components.length !== 3 || !components.every(isChannel)) {
      return fail(
        result,
        at,
        `invalid color ${show(value)}: "components" must be three numbers from 0 to 1`,
      );
    }
    if (alpha !== undefined && !isChannel(alpha)) {
      fail(result, join(at, 'alpha'), `invalid alpha ${show(alpha)}: use a number from 0 to 1`);
    }
    const expected = hexOfComponents(components);
    if (hex !== undefined && (typeof hex !== 'string' || !HEX_RGB.test(hex))) {
      fail(
        result,
        join(at, 'hex'),
        `invalid hex ${show(hex)}: use "#rrggbb" (alpha goes in "alpha")`,
      );
    } else if (hex !== undefined && hex.toLowerCase() !== expected) {
      fail(
        result,
        join(at, 'hex'),
        `${show(hex)} does not match the components ${show(components)}, which are ${expected}: correct one of them`,
      );
    }
    const precise = [...components, alpha ?? 1].every((c) => roundChannel(c) === c);
    if (!precise) {
      fail(
        result,
        at,
        `components and alpha take at most 4 decimals (${expected} is ${show(colorFromHex(expected).components)}): more cannot change an 8-bit colour`,
      );
    }
  },

  dimension(value, at, result) {
    checkUnitValue(value, at, result, {
      type: 'dimension',
      units: DIMENSION_UNITS,
      example: 16,
      signed: true,
    });
  },

  duration(value, at, result) {
    checkUnitValue(value, at, result, {
      type: 'duration',
      units: DURATION_UNITS,
      example: 150,
      signed: false,
    });
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
      if (
        isPlainObject(layer.blur) &&
        typeof layer.blur.value === 'number' &&
        layer.blur.value < 0
      ) {
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

/**
 * A 2025.10 `{ value, unit }` object. The messages show the object to write, because the
 * commonest mistake is the pre-2025.10 string form ("16px").
 * @param {unknown} value
 * @param {string} at
 * @param {ValueCheck} result
 * @param {{ type: string, units: string[], example: number, signed: boolean }} kind
 */
function checkUnitValue(value, at, result, { type, units, example, signed }) {
  const unitList = units.join(', ');
  const shape = (/** @type {unknown} */ number, /** @type {string} */ unit) =>
    `{ "value": ${number}, "unit": "${unit}" }`;
  if (typeof value === 'number' || (typeof value === 'string' && UNITLESS.test(value))) {
    return fail(
      result,
      at,
      `${type} ${show(value)} has no unit: write it as ${shape(Number(value), units[0] ?? '')} (${unitList})`,
    );
  }
  const written = typeof value === 'string' ? WITH_UNIT.exec(value) : null;
  if (written && units.includes(written[2] ?? '')) {
    return fail(
      result,
      at,
      `${type} ${show(value)} is a string: write it as ${shape(Number(written[1]), written[2] ?? '')} (DTCG 2025.10)`,
    );
  }
  if (!isPlainObject(value)) {
    return fail(
      result,
      at,
      `invalid ${type} ${show(value)}: use ${shape(example, units[0] ?? '')} (${unitList})`,
    );
  }
  for (const key of Object.keys(value).filter((k) => k !== 'value' && k !== 'unit')) {
    fail(result, join(at, key), 'unknown property');
  }
  if (typeof value.value !== 'number' || !Number.isFinite(value.value)) {
    fail(result, at, `invalid ${type} ${show(value)}: "value" must be a number`);
  } else if (!signed && value.value < 0) {
    fail(result, at, `invalid ${type} ${show(value)}: it cannot be negative`);
  }
  if (value.unit === undefined) {
    fail(result, at, `${type} ${show(value)} has no unit: add "unit" (${unitList})`);
  } else if (typeof value.unit !== 'string' || !units.includes(value.unit)) {
    fail(result, join(at, 'unit'), `invalid unit ${show(value.unit)}: use ${unitList}`);
  }
}

/** @param {unknown} n @returns {n is number} a colour channel or alpha */
function isChannel(n) {
  return typeof n === 'number' && Number.isFinite(n) && n >= 0 && n <= 1;
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
