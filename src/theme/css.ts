import { serializeStyles } from '@emotion/serialize';

/*
 * Emotion's `css`, without Emotion's runtime. `@emotion/react` re-exports the same function,
 * but its entry module also pulls in the cache, the sheet, React glue and a second stylis
 * for their side effects: 6.6 KiB gzipped that our styles never run (docs/PERFORMANCE.md).
 * The serialiser is the part we use: it turns a template or style object into
 * `{ name, styles }` at import, and `defineStyles` does the rest.
 */

/*
 * The public types are our own, the same shapes as @emotion/serialize's: its declarations
 * import @emotion/utils', which import @emotion/sheet, a package nothing installs unless the
 * app has @emotion/react (an optional peer). With `skipLibCheck: false` an app without Emotion
 * would fail to type-check on that chain.
 */

/** Serialised styles, as `css` returns them and `defineStyles` takes them. */
export interface SerializedStyles {
  name: string;
  styles: string;
  next?: SerializedStyles | undefined;
}

/** A style object: properties and nested selectors (`'&:hover'`, `'@media …'`). */
export interface CSSObject {
  readonly [propertyOrSelector: string]: CSSInterpolation;
}

/** What a `css` template interpolates, or a style list holds. */
export type CSSInterpolation =
  | string
  | number
  | boolean
  | null
  | undefined
  | SerializedStyles
  | CSSObject
  | readonly CSSInterpolation[];

/**
 * Serialises static styles, written as a tagged template or as style objects, for
 * `defineStyles`. Same syntax and output as Emotion's `css`.
 *
 * @example
 * const badge = defineStyles(css`
 *   label: badge;
 *   color: ${cssVar('color.text.primary')};
 * `);
 */
export function css(template: TemplateStringsArray, ...args: CSSInterpolation[]): SerializedStyles;
export function css(...args: CSSInterpolation[]): SerializedStyles;
export function css(...args: Array<TemplateStringsArray | CSSInterpolation>): SerializedStyles {
  return serializeStyles(args as Parameters<typeof serializeStyles>[0]);
}
