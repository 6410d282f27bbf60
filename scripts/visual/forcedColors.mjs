// @ts-check
/**
 * The story tests' forced-colours switch (Windows contrast themes). Under
 * `forced-colors: active` the browser replaces author colours with the user's system colours
 * and drops backgrounds and box-shadows, so a state drawn only in colour (a selected option,
 * a switch's track, a focus ring made of a box-shadow) can vanish. `.storybook/vitest.setup.ts`
 * turns it on for a story that opts in (`parameters.visual.forcedColors`), takes one more
 * picture, and always turns it off again before the next story.
 *
 * Playwright emulates the media feature on the whole page, the story's frame included (the
 * hook checks `matchMedia('(forced-colors: active)')` inside the frame before its picture).
 *
 * @param {{ page: import('playwright').Page }} context
 * @param {boolean} active
 */
export async function emulateForcedColors(context, active) {
  await context.page.emulateMedia({ forcedColors: active ? 'active' : 'none' });
}
