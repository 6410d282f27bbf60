/**
 * The one place the Figma file is named. Stories link their frames with `figma('12-34')`,
 * so moving to another file (or a branch of it) is a one-line change here.
 */
export const FIGMA_FILE_URL = 'https://www.figma.com/design/c4LL1cR4t3s0000DesignSys/Callicrates';

/** `parameters.design` for addon-designs: the Figma frame with the given node id. */
export function figma(nodeId: string) {
  return { type: 'figma', url: `${FIGMA_FILE_URL}?node-id=${nodeId}` } as const;
}
