import { cssVar } from '../tokens';

/*
 * Shapes for states that forced colours (Windows contrast themes) would otherwise erase. A
 * module of its own, not sharedStyles.ts: a module-level template calling cssVar() stays in
 * every bundle that imports its module, used or not (it cost the Tabs a byte of its budget).
 */

/**
 * The invalid state under forced colours (Windows contrast themes), which drop the error colour:
 * a second line around the control's border, drawn as an outline so nothing moves. Use it
 * inside `@media (forced-colors: active)` on a selector that skips the focused control, whose
 * focus ring takes the outline (docs/CONVENTIONS.md, "Forced colours").
 */
export const forcedInvalidOutline = `
  outline: ${cssVar('border.width.thin')} solid CanvasText;
  outline-offset: ${cssVar('border.width.thin')};
`;
