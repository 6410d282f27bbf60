// @ts-check
/**
 * The story tests' pointer reset. A play function that clicks or hovers for real (Playwright,
 * `vitest/browser`) leaves the mouse where it pressed, and the browser keeps that position
 * for the next story in the same frame: whatever renders under it there is hovered, and its
 * picture shows a hover style no play function asked for (Breadcrumb's "more" button, after
 * CollapsedOpen's press outside its popup). `.storybook/vitest.setup.ts` calls this before
 * each story, so every story starts with the pointer outside its frame.
 *
 * @param {{ page: import('playwright').Page }} context
 */
export async function movePointerOffFrame(context) {
  const frame = await context.page.locator('iframe[data-vitest]').boundingBox();
  const viewport = context.page.viewportSize();
  if (!frame || !viewport) return;
  // Below the frame when the page has room there (it is 6,000 px tall, vitest.setup.ts's
  // tallest story), else to its right; never over it.
  const below = frame.y + frame.height + 1;
  const right = frame.x + frame.width + 1;
  if (below < viewport.height) await context.page.mouse.move(1, below);
  else if (right < viewport.width) await context.page.mouse.move(right, 1);
  else
    throw new Error('movePointerOffFrame: the test frame fills the page; no room for the pointer.');
}
