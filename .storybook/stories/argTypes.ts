/*
 * Pieces of the `meta` every component's stories repeat. The Figma link and the docs
 * description stay written out in each file: they are what a reader of the file looks for.
 */

/** The sizes every control has, `size.control.*` in the tokens; the first is the smallest. */
export const controlSizes = ['sm', 'md', 'lg'] as const;

/** An argType whose control is one row of radio buttons: for short unions (`size`, `variant`). */
export function inlineRadio<const Option extends string>(options: readonly Option[]) {
  return { control: 'inline-radio', options } as const;
}
