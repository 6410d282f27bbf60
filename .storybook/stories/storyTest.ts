/**
 * Whether the story is playing under the story tests (Vitest's browser mode, the storybook
 * project in vite.config.ts) rather than in the Storybook UI. A play function presses real
 * keys and clicks for real (Playwright, `vitest/browser`) only there: the UI has no real input
 * to drive.
 *
 * Not `import.meta.env.VITEST`: the story tests do not define it, so a play function that
 * checked it returned early and its real-input steps never ran. Vitest sets the mode to
 * `test`; Storybook's own dev server and build do not. `.storybook/vitest.setup.ts` fails the
 * run if this is ever false there, so no play function can skip its steps unnoticed again.
 */
export const inStoryTest = import.meta.env.MODE === 'test';

/**
 * Marks the `<style>` with which `.storybook/vitest.setup.ts` stills every animation and
 * transition under the story tests (0 s), so pictures are deterministic.
 */
export const stillMotionAttribute = 'data-still-motion';

/**
 * Lets animations and transitions run at their real durations, for a play function that
 * checks motion itself: takes away the test runner's override and returns a function that
 * puts it back. Call that in a `finally`, before the play function ends, so the pictures
 * taken after it are still. Does nothing outside the story tests (there is no override).
 */
export function withMotion(): () => void {
  // Put back where it was, not appended: its place in the cascade must not change for the
  // stories that run after this one.
  const still = Array.from(
    document.querySelectorAll(`style[${stillMotionAttribute}]`),
    (style) => ({
      style,
      parent: style.parentNode,
      next: style.nextSibling,
    }),
  );
  for (const { style } of still) style.remove();
  return () => {
    for (const { style, parent, next } of still.reverse()) parent?.insertBefore(style, next);
  };
}
