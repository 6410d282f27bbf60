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
