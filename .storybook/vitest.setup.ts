/*
 * Every story is a test. The storybook Vitest project renders each story in Chromium and runs
 * its play function and an axe check (addon-a11y, `test: 'error'`). This file adds, after
 * each story: a visual snapshot in every colour scheme, and an axe check in the dark and
 * high-contrast schemes too. Switching schemes is one attribute on <html>, exactly as in an
 * app, so no story re-renders between the shots.
 */
import axe from 'axe-core';
import { afterEach, beforeAll, expect, inject, type TestContext } from 'vitest';
import { page } from 'vitest/browser';
import { colorSchemes } from '../src/tokens';
import { BOUNDS_TEST_ID, boundsMarker, textBoxes, visualBounds } from './visualBounds';
import { storyPageViewport } from './visualViewport';

declare module 'vitest' {
  interface TaskMeta {
    /**
     * The pictures a story took (`<story>--<scheme>`) in order, and whether each matched its
     * baseline: the review report pairs the failed ones with Vitest's visual-regression
     * artifacts, which carry paths but not names, and finds baselines no story takes.
     */
    visualPictures?: Array<{ name: string; matched: boolean; error?: string }>;
    /** Where the light picture shows text, for `npm run drift` (only when it asks). */
    visualTextBoxes?: Array<{ left: number; top: number; right: number; bottom: number }>;
  }
  interface ProvidedContext {
    /** Set by `npm run drift` (vite.config.ts `provide`): record where each story draws text. */
    recordTextBoxes: boolean;
  }
}

interface VisualParameters {
  /** Skip the visual snapshot. Needs `reason`: the opt-out is read in review. */
  disable?: boolean;
  reason?: string;
}

interface StoryInContext {
  id: string;
  parameters: { visual?: VisualParameters; a11y?: { test?: string } };
}

beforeAll(() => {
  // Deterministic pixels: no animation frames, transitions or blinking caret in a snapshot.
  const style = document.createElement('style');
  // `::details-content` too: Disclosure and Accordion animate their height there. And
  // `::backdrop`: a dialog's scrim fades in; how the browser finishes that fade (its layer
  // kept or dropped) moved the drawer's shadow over it by one level in some runs.
  style.textContent = `*,*::before,*::after,*::details-content,*::backdrop{animation-duration:0s!important;animation-delay:0s!important;transition-duration:0s!important;transition-delay:0s!important;caret-color:transparent!important}`;
  document.head.append(style);
});

const nextFrame = () =>
  new Promise<void>((resolve) =>
    requestAnimationFrame(() => requestAnimationFrame(() => resolve())),
  );

async function expectNoAxeViolations(canvas: Element, scheme: string) {
  // Overlays portal out of the canvas (into <body>): check the open ones too.
  const overlays = Array.from(document.querySelectorAll('dialog[open], [popover]:popover-open'));
  const context = { include: [canvas, ...overlays.filter((overlay) => !canvas.contains(overlay))] };
  const result = await axe.run(context, { rules: { region: { enabled: false } } });
  const summary = result.violations.map(
    (violation) =>
      `${violation.id} (${violation.impact}): ${violation.help}\n  ${violation.nodes.map((node) => node.target.join(' ')).join('\n  ')}`,
  );
  expect(summary, `axe violations in the ${scheme} scheme`).toEqual([]);
}

afterEach(async (context: TestContext & { story?: StoryInContext }) => {
  const story = context.story;
  if (!story || context.task.result?.state === 'fail') return;
  const canvas = document.querySelector('[data-story-canvas]');
  if (!canvas) throw new Error(`Story ${story.id} rendered no [data-story-canvas] element.`);

  const visual = story.parameters.visual ?? {};
  if (visual.disable && !visual.reason) {
    throw new Error(`Story ${story.id} skips its visual test without parameters.visual.reason.`);
  }
  // Zero tolerance, with no way round it: a story that wobbles has a cause to fix.
  if ('allowedMismatchedPixels' in visual) {
    throw new Error(`Story ${story.id} sets visual.allowedMismatchedPixels: no story may.`);
  }

  await document.fonts.ready;
  const root = document.documentElement;
  const initial = root.getAttribute('data-theme');
  const name = story.id.split('--')[1] ?? story.id;
  const frame = { width: window.innerWidth, height: window.innerHeight };
  // A screenshot covers only what the frame shows: grow it to a tall story's full height.
  const height = Math.max(
    Math.ceil(canvas.getBoundingClientRect().bottom),
    visualBounds(canvas).bottom,
  );
  // The limit is the pictures': a story that takes none (Design coverage) may be taller.
  if (!visual.disable && height > storyPageViewport.height) {
    throw new Error(
      `Story ${story.id} is ${height} px tall; visual tests see ${storyPageViewport.height} px (.storybook/visualViewport.ts). Split it into shorter stories.`,
    );
  }
  if (height > frame.height) await page.viewport(frame.width, height);
  // Every scheme is compared even after one differs, so the review report (npm run review)
  // shows all of a story's changed pictures, not only the first; the test fails at the end.
  const mismatches: Error[] = [];
  const pictures: Array<{ name: string; matched: boolean; error?: string }> = [];
  try {
    for (const scheme of colorSchemes) {
      root.setAttribute('data-theme', scheme);
      await nextFrame();
      if (scheme !== 'light' && story.parameters.a11y?.test !== 'off') {
        await expectNoAxeViolations(canvas, scheme);
      }
      if (!visual.disable) {
        // The story's own painted box in this scheme, not the whole frame (visualBounds.ts).
        const bounds = visualBounds(canvas);
        const marker = boundsMarker(bounds);
        if (scheme === 'light' && inject('recordTextBoxes')) {
          context.task.meta.visualTextBoxes = textBoxes(canvas, bounds);
        }
        const picture: (typeof pictures)[number] = { name: `${name}--${scheme}`, matched: false };
        pictures.push(picture);
        try {
          await expect.element(page.getByTestId(BOUNDS_TEST_ID)).toMatchScreenshot(picture.name);
          picture.matched = true;
        } catch (error) {
          picture.error = (error as Error).message;
          mismatches.push(error as Error);
        } finally {
          marker.remove();
        }
      }
    }
  } finally {
    if (initial === null) root.removeAttribute('data-theme');
    else root.setAttribute('data-theme', initial);
    if (height > frame.height) await page.viewport(frame.width, frame.height);
    // The pictures this story took, for the review report: a baseline no story took is orphaned.
    context.task.meta.visualPictures = pictures;
  }
  if (mismatches.length === 1) throw mismatches[0];
  if (mismatches.length > 1) {
    throw new Error(
      `${mismatches.length} pictures of ${story.id} differ from their baselines:\n\n${mismatches.map((error) => error.message).join('\n\n')}`,
    );
  }
});
