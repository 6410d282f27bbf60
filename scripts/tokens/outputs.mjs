// Turns the formatted layers into the contents of every generated file, in memory.
import { MODES, OUTPUT_FILES } from './config.mjs';
import { measureContrast } from './contrast.mjs';
import { renderCss } from './emit-css.mjs';
import {
  renderContrast,
  renderCssModule,
  renderNames,
  renderValues,
  renderVars,
} from './emit-ts.mjs';
import { expandComposites } from './expand.mjs';
import { modeDependentTokens } from './references.mjs';
import { compareTokenNames } from './sort.mjs';
import { cssVariableName } from './style-dictionary.mjs';
import { parseAlias } from './value-types.mjs';

/**
 * @typedef {import('./validate.mjs').CheckedToken} CheckedToken
 * @typedef {import('./expand.mjs').OutputToken} OutputToken
 * @typedef {import('./style-dictionary.mjs').FormattedToken} FormattedToken
 * @typedef {import('./contrast.mjs').ContrastPair} ContrastPair
 */

/**
 * @param {object} input
 * @param {Map<string, CheckedToken[]>} input.layers  mode → core and mode tokens (all modes)
 * @param {Map<string, Map<string, FormattedToken>>} input.formatted  mode → name → output
 * @param {ContrastPair[]} input.pairs
 * @param {import('./errors.mjs').TokenProblem[]} problems  Receives contrast failures.
 */
export function renderOutputs({ layers, formatted, pairs }, problems) {
  const defaultMode = MODES[0].name;
  const defaultLayer = /** @type {CheckedToken[]} */ (layers.get(defaultMode));
  const modeDependent = modeDependentTokens(defaultLayer);
  /** @param {OutputToken} token Declared per mode: mode tokens and core tokens aliasing them. */
  const variesByMode = (token) =>
    token.mode !== undefined || modeDependent.has(token.composite ?? token.name);
  /** @param {string} mode @param {string} name */
  const output = (mode, name) => /** @type {FormattedToken} */ (formatted.get(mode)?.get(name));

  const tokens = expandComposites(defaultLayer).sort((a, b) => compareTokenNames(a.name, b.name));
  const names = tokens.map((t) => t.name);
  const cssVar = (/** @type {string} */ name) => `--${cssVariableName(name.split('.'))}`;

  const css = renderCss({
    core: tokens
      .filter((t) => !variesByMode(t))
      .map((t) => output(defaultMode, t.name).declaration),
    modes: MODES.map((mode) => ({
      mode,
      declarations: tokens.filter(variesByMode).map((t) => output(mode.name, t.name).declaration),
    })),
  });

  const records = tokens.map((token) => {
    const alias = parseAlias(token.value);
    return {
      name: token.name,
      cssVar: cssVar(token.name),
      type: token.type ?? '',
      description: token.description ?? '',
      file: token.file,
      value: output(defaultMode, token.name).value,
      ...(alias === undefined ? {} : { alias }),
      ...(variesByMode(token)
        ? {
            modes: Object.fromEntries(
              MODES.map((m) => [m.name, String(output(m.name, token.name).value)]),
            ),
          }
        : {}),
    };
  });

  const colorsByMode = new Map(
    MODES.map((mode) => [
      mode.name,
      new Map(
        expandComposites(/** @type {CheckedToken[]} */ (layers.get(mode.name)))
          .filter((t) => t.type === 'color')
          .map((t) => [t.name, { value: output(mode.name, t.name).value, file: t.file }]),
      ),
    ]),
  );
  const measured = measureContrast(pairs, colorsByMode, problems);

  const typographyRoles = defaultLayer
    .filter((t) => t.type === 'typography' && t.path[0] === 'typography')
    .map((t) => t.path.slice(1).join('.'))
    .sort(compareTokenNames);

  return {
    names,
    contrastPairs: measured,
    files: {
      [OUTPUT_FILES.css]: css,
      [OUTPUT_FILES.cssModule]: renderCssModule(css),
      [OUTPUT_FILES.names]: renderNames(names, typographyRoles),
      [OUTPUT_FILES.vars]: renderVars(names, cssVar),
      [OUTPUT_FILES.values]: renderValues(records),
      [OUTPUT_FILES.contrast]: renderContrast(measured),
    },
  };
}
