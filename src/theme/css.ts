import type { CSSInterpolation, SerializedStyles } from '@emotion/serialize';
import { serializeStyles } from '@emotion/serialize';

/*
 * Emotion's `css`, without Emotion's runtime. `@emotion/react` re-exports the same function,
 * but its entry module also pulls in the cache, the sheet, React glue and a second stylis
 * for their side effects: 6.6 KiB gzipped that our styles never run (docs/PERFORMANCE.md).
 * The serialiser is the part we use: it turns a template or style object into
 * `{ name, styles }` at import, and `defineStyles` does the rest.
 */

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
  return serializeStyles(args);
}

export type { SerializedStyles };
