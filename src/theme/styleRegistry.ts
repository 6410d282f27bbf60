import type { SerializedStyles } from './css';
import { compile, serialize, stringify } from 'stylis';

/*
 * The style engine. Components author static styles with `css` (Emotion's serialiser, see
 * ./css.ts) once per module; `defineStyles` turns them into one class name at import time and keeps the compiled CSS
 * in a registry. `<ThemeProvider>` renders the registry as a single <style> element, on the
 * server and in the browser alike. So a render costs a constant class name — no style
 * serialisation, no cache lookup, no extra component per element — and a server-rendered
 * page carries each rule exactly once. Themes switch through CSS variables (tokens), never
 * by regenerating styles.
 *
 * Cascade layers keep overrides predictable: everything we emit sits in `callicrates.*`
 * layers, so any unlayered CSS a product team writes wins without specificity fights.
 * The registry fills the tokens and components layers. The base layer (reset, base
 * typography) is `<GlobalStyles>`'s own <style> element: an app opts in by rendering it, which
 * a rule registered here at import could not offer.
 */

const LAYER_ORDER = '@layer callicrates.tokens, callicrates.base, callicrates.components;';

type Layer = 'tokens' | 'components';

const layers: Record<Layer, Map<string, string>> = {
  tokens: new Map(),
  components: new Map(),
};
const listeners = new Set<() => void>();
let sheetText: string | null = null;

function add(layer: Layer, key: string, cssText: string): void {
  if (layers[layer].get(key) === cssText) return;
  layers[layer].set(key, cssText);
  sheetText = null;
  for (const listener of listeners) listener();
}

// Emotion keeps `label:` declarations in the style text; they name the class, not the look.
const LABEL = /label:\s*([^;{}]+);?/g;

// The styles each label was first given: a label names one rule, so its class can be short.
const labelled = new Map<string, string>();

/*
 * `cal-<label>` when the block has one label no other block uses: short in server HTML,
 * stable for devtools and product overrides. Labels are unique across the library
 * (src/test/styleLabels.test.ts); a block without one, with several, or reusing a label
 * with other styles (a product's own rule, or a module re-run by hot reload) falls back to
 * Emotion's hashed name, which cannot collide.
 */
function classNameFor(styles: SerializedStyles): string {
  const labels = [...styles.styles.matchAll(LABEL)].map((match) => match[1]?.trim() ?? '');
  const label = labels.length === 1 ? labels[0] : undefined;
  if (label) {
    const owner = labelled.get(label);
    if (owner === undefined) labelled.set(label, styles.styles);
    if (owner === undefined || owner === styles.styles) return `cal-${label}`;
  }
  return `cal-${styles.name}`;
}

function compileRule(selector: string, styles: string): string {
  return serialize(compile(`${selector}{${styles.replace(LABEL, '')}}`), stringify);
}

/**
 * Registers a component's static styles and returns the class name that applies them.
 * Call it at module level, never during render.
 *
 * @example
 * const root = defineStyles(css`label: button; color: ${cssVar('color.text.primary')};`);
 */
export function defineStyles(styles: SerializedStyles): string {
  const className = classNameFor(styles);
  add('components', className, compileRule(`.${className}`, styles.styles));
  return className;
}

/** Registers raw CSS that is already final (the generated token variables). */
export function defineTokenStyles(key: string, cssText: string): void {
  add('tokens', key, cssText);
}

/** All registered CSS, layered, as the text of one <style> element. */
export function getStyleSheetText(): string {
  if (sheetText !== null) return sheetText;
  let text = LAYER_ORDER;
  for (const [layer, rules] of Object.entries(layers)) {
    if (rules.size === 0) continue;
    text += `@layer callicrates.${layer}{${[...rules.values()].join('')}}`;
  }
  sheetText = text;
  return text;
}

/** Calls `listener` whenever a newly imported module (e.g. a lazy component) adds styles. */
export function subscribeToStyleSheet(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
