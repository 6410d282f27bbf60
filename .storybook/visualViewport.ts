/**
 * The Playwright page the story tests run in. Vitest scales its test frame down to fit this
 * page, and a scaled frame gives scaled, resampled screenshots; so the page is wider than the
 * frame (1200 px, set by addon-vitest) and tall enough for the tallest story, which
 * `vitest.setup.ts` grows the frame to before taking its pictures.
 */
export const storyPageViewport = { width: 1280, height: 6000 } as const;
