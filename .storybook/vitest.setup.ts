/*
 * Every story is a test. The storybook Vitest project renders each story in Chromium and runs
 * its play function and an axe check (addon-a11y, `test: 'error'`). This file adds, after
 * each story: a visual snapshot in every colour scheme, and axe's colour rules in the dark and
 * high-contrast schemes too. Switching schemes is one attribute on <html>, exactly as in an
 * app, so no story re-renders between the shots.
 */
import axe from 'axe-core';
import {
  afterEach,
  beforeAll,
  beforeEach,
  expect,
  inject,
  type TaskMeta,
  type TestContext,
} from 'vitest';
import { commands, page } from 'vitest/browser';
import { colorSchemes } from '../src/tokens';
import { resetDevErrors } from '../src/utils';
import { breakpointFrameWidth } from './breakpointFrames';
import { BOUNDS_TEST_ID, boundsMarker, textBoxes, visualBounds } from './visualBounds';
import { inStoryTest, stillMotionAttribute } from './stories/storyTest';
import { storyPageViewport } from './visualViewport';

declare module 'vitest/browser' {
  interface BrowserCommands {
    /** Moves the real mouse out of the story's frame (scripts/visual/pointer.mjs). */
    movePointerOffFrame: () => Promise<void>;
    /** Turns forced-colours emulation on or off for the page (scripts/visual/forcedColors.mjs). */
    emulateForcedColors: (active: boolean) => Promise<void>;
  }
}

declare module 'vitest' {
  interface TaskMeta {
    /**
     * The pictures a story took (`<story>--<scheme>`, and `<story>--forced-colors` for a story
     * that opts in) in order, and whether each matched its baseline: the review report pairs
     * the failed ones with Vitest's visual-regression artifacts, which carry paths but not
     * names, and finds baselines no story takes.
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
  /**
   * Grid breakpoints to photograph the story at (`['sm', 'xl']`), each in every scheme: the
   * frame is resized to the breakpoint's width (.storybook/breakpointFrames.ts) and the
   * pictures are named `<story>--<scheme>--<breakpoint>`. The story renders and plays in the
   * default frame first. Unset: one set of pictures at the default frame width.
   */
  breakpoints?: readonly string[];
  /**
   * Photograph the story once more under forced colours (`forced-colors: active`, Windows
   * contrast themes), where the browser swaps author colours for system colours and drops
   * backgrounds and box-shadows: `<story>--forced-colors`, in the light scheme at the default
   * frame width, after the scheme pictures. Opt in a story whose state lives in colour (a
   * selected option, checked or on, invalid, disabled, a focus ring): the picture shows
   * whether that state survives (CONTRIBUTING.md, "Visual tests"). No axe run in forced
   * colours. Not with `breakpoints` or `disable`.
   * @default false
   */
  forcedColors?: boolean;
}

interface StoryInContext {
  id: string;
  parameters: { visual?: VisualParameters; a11y?: { test?: string }; fullPage?: boolean };
}

/**
 * The rules axe runs on a whole page and a component story cannot pass: content outside
 * landmarks, one main, one h1, unique landmarks. Off for component stories (`region` is, in
 * addon-a11y too); on for `parameters.fullPage` stories (Templates/), checked on the whole
 * document in every scheme (the test runner's page, whose title and language pass too).
 */
const pageRules = {
  region: { enabled: true },
  'landmark-one-main': { enabled: true },
  'page-has-heading-one': { enabled: true },
  'landmark-unique': { enabled: true },
  'landmark-no-duplicate-main': { enabled: true },
  'landmark-no-duplicate-banner': { enabled: true },
  'landmark-no-duplicate-contentinfo': { enabled: true },
  bypass: { enabled: true },
} as const;

beforeAll(() => {
  // Play functions press real keys only under the story tests (stories/storyTest.ts).
  if (!inStoryTest) {
    throw new Error(
      'inStoryTest (.storybook/stories/storyTest.ts) is false under the story tests: play functions would skip their real-input steps.',
    );
  }
  // Deterministic pixels: no animation frames, transitions or blinking caret in a snapshot.
  // Marked, so a story that checks motion can lift it for its play function (withMotion).
  const style = document.createElement('style');
  style.setAttribute(stillMotionAttribute, '');
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

/**
 * Storybook's own hidden panels (loading, "no preview" and error, with links to its docs) come
 * before the story in <body>. axe takes the page's first link elsewhere for where content
 * starts, so it would not see a skip link as one (\`region\`): move them after the story,
 * where a real page's skip link would find nothing before it.
 */
function moveStorybookChromeLast() {
  for (const panel of document.querySelectorAll(':scope > body > [class^="sb-"]')) {
    document.body.append(panel);
  }
}

/**
 * The axe rules whose outcome a colour scheme can change: the schemes set colours only (CSS
 * variables under one `data-theme` attribute), so names, roles, structure and sizes are the
 * same DOM in each, already checked in the default scheme (by addon-a11y, or below for a
 * page). Running only these in the other schemes keeps each check that can differ and halves
 * axe's time there (about 50 ms a story on this 2-core machine).
 */
const schemeRules = ['color-contrast', 'link-in-text-block'];

async function expectNoAxeViolations(
  canvas: Element,
  where: string,
  { fullPage, coloursOnly }: { fullPage: boolean; coloursOnly: boolean },
) {
  // Overlays portal out of the canvas (into <body>): check the open ones too.
  const overlays = Array.from(document.querySelectorAll('dialog[open], [popover]:popover-open'));
  const context = { include: [canvas, ...overlays.filter((overlay) => !canvas.contains(overlay))] };
  // A page is checked as one: the whole document, so axe's page context holds (one main, h1).
  if (fullPage) moveStorybookChromeLast();
  const options: axe.RunOptions = coloursOnly
    ? { runOnly: { type: 'rule', values: schemeRules } }
    : { rules: fullPage ? pageRules : { region: { enabled: false } } };
  const result = await axe.run(fullPage ? document : context, options);
  const summary = result.violations.map(
    (violation) =>
      `${violation.id} (${violation.impact}): ${violation.help}\n  ${violation.nodes.map((node) => node.target.join(' ')).join('\n  ')}`,
  );
  expect(summary, `axe violations ${where}`).toEqual([]);
}

/**
 * Every story is an example to copy: one that makes a component report misuse (a
 * `[Callicrates] …` development message, src/utils/dev.ts) fails, with the message. The
 * messages still reach the console. A message is reported once per page, so the record of
 * what was reported is cleared before each story: every story that triggers one fails.
 */
const consoleError = console.error.bind(console);
let misuse: string[] = [];
beforeEach(() => {
  misuse = [];
  resetDevErrors();
  console.error = (...args: unknown[]) => {
    if (typeof args[0] === 'string' && args[0].startsWith('[Callicrates]')) misuse.push(args[0]);
    consoleError(...args);
  };
});
afterEach(() => {
  console.error = consoleError;
  expect(misuse, 'the story uses a component in a way it reports as misuse').toEqual([]);
});

// A real press in the last story left the mouse over this one's frame: move it out first.
beforeEach(async () => {
  await commands.movePointerOffFrame();
  // A forced-colours picture whose hook was cut short (its time limit) may have left the
  // emulation on: no story starts under it.
  if (window.matchMedia('(forced-colors: active)').matches) {
    await commands.emulateForcedColors(false);
  }
});

/**
 * This hook's own time limit. A picture that cannot settle fails after toMatchScreenshot's
 * `timeout` (15 s, vite.config.ts) with its own message, and a capture call that does not
 * answer fails in captureElement (scripts/visual/captureElement.mjs); a page story takes six
 * pictures (two breakpoints, three schemes). The limit sits above all of that, so a slow or
 * unsteady picture fails as that picture, with its diff in the review report, never as a bare
 * "Hook timed out" (CI on a loaded machine, 2026-12-02: a story's pictures outran the default
 * 30 s and the report could not say which, or why).
 */
const PICTURES_HOOK_TIMEOUT = 150_000;

/** A picture slower than this is named in the run's output, with its time. */
const SLOW_PICTURE_MS = 5_000;

/**
 * Compares the marked box (`boundsMarker`) with its baseline as `pictureName`, records the
 * outcome for the review report and keeps a mismatch to throw once every picture is taken.
 */
async function takePicture(
  storyId: string,
  pictureName: string,
  marker: { remove: () => void },
  pictures: NonNullable<TaskMeta['visualPictures']>,
  mismatches: Error[],
) {
  const picture: (typeof pictures)[number] = { name: pictureName, matched: false };
  pictures.push(picture);
  const started = performance.now();
  try {
    await expect.element(page.getByTestId(BOUNDS_TEST_ID)).toMatchScreenshot(pictureName);
    picture.matched = true;
  } catch (error) {
    picture.error = (error as Error).message;
    mismatches.push(error as Error);
  } finally {
    marker.remove();
    const took = Math.round(performance.now() - started);
    // A picture that retried until it settled, or a capture the machine was slow to answer:
    // named in the output, so a slow run says where its time went.
    if (took > SLOW_PICTURE_MS) {
      console.warn(`[visual] ${storyId}: picture ${pictureName} took ${took} ms`);
    }
  }
}

/**
 * The forced-colours picture of a story that opts in (`parameters.visual.forcedColors`): the
 * light scheme (the tokens a user's system colours replace), emulated on the whole page by
 * Playwright (scripts/visual/forcedColors.mjs), then always turned off again, so no later
 * picture or story sees it. No axe run here: axe reads the computed colours the browser
 * forces, the user's system palette, not ours, and cannot judge them; the boundaries and
 * states that must survive are checked by looking at this picture.
 */
async function forcedColoursPicture(
  storyId: string,
  name: string,
  canvas: Element,
  pictures: NonNullable<TaskMeta['visualPictures']>,
  mismatches: Error[],
) {
  document.documentElement.setAttribute('data-theme', 'light');
  await commands.emulateForcedColors(true);
  try {
    await nextFrame();
    // The emulation is the page's; the story lives in the test frame: check it arrived.
    if (!window.matchMedia('(forced-colors: active)').matches) {
      throw new Error(
        `Story ${storyId}: forced colours were emulated, but the story's frame does not match (forced-colors: active).`,
      );
    }
    // `<story>--forced-colors` (scripts/visual/screenshots.mjs, PICTURE_SCHEMES).
    await takePicture(
      storyId,
      `${name}--forced-colors`,
      boundsMarker(visualBounds(canvas)),
      pictures,
      mismatches,
    );
  } finally {
    await commands.emulateForcedColors(false);
    await nextFrame();
    if (window.matchMedia('(forced-colors: active)').matches) {
      // eslint-disable-next-line no-unsafe-finally -- a frame stuck in forced colours would spoil every later picture
      throw new Error(`Story ${storyId}: forced colours are still emulated after its picture.`);
    }
  }
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
  if (visual.forcedColors && (visual.disable || visual.breakpoints)) {
    throw new Error(
      `Story ${story.id} sets visual.forcedColors with visual.${visual.disable ? 'disable' : 'breakpoints'}: the forced-colours picture is one more picture at the default width.`,
    );
  }

  await document.fonts.ready;
  const root = document.documentElement;
  const initial = root.getAttribute('data-theme');
  const name = story.id.split('--')[1] ?? story.id;
  const frame = { width: window.innerWidth, height: window.innerHeight };
  const fullPage = story.parameters.fullPage === true;
  // Each breakpoint's width, checked before any picture is taken; `undefined`: the frame as is.
  const breakpoints = (visual.breakpoints ?? [undefined]).map((breakpoint) => ({
    breakpoint,
    width: breakpoint === undefined ? frame.width : breakpointFrameWidth(breakpoint),
  }));
  // Every scheme is compared even after one differs, so the review report (npm run review)
  // shows all of a story's changed pictures, not only the first; the test fails at the end.
  const mismatches: Error[] = [];
  const pictures: Array<{ name: string; matched: boolean; error?: string }> = [];
  // Recorded now and filled as pictures are taken, so even a hook that runs out of time
  // leaves the review report the pictures it did take.
  context.task.meta.visualPictures = pictures;
  let resized = false;
  try {
    for (const { breakpoint, width } of breakpoints) {
      if (width !== window.innerWidth) {
        // The real frame width, so media queries and matchMedia listeners follow it.
        await page.viewport(width, frame.height);
        resized = true;
        await nextFrame();
        if (window.innerWidth !== width) {
          throw new Error(
            `Story ${story.id}: the frame is ${window.innerWidth} px wide, not ${width} px.`,
          );
        }
      }
      // A screenshot covers only what the frame shows: grow it to a tall story's full height.
      const height = Math.max(
        Math.ceil(canvas.getBoundingClientRect().bottom),
        visualBounds(canvas).bottom,
      );
      const at = breakpoint ? ` at ${breakpoint}` : '';
      // The limit is the pictures': a story that takes none (Design coverage) may be taller.
      if (!visual.disable && height > storyPageViewport.height) {
        throw new Error(
          `Story ${story.id} is ${height} px tall${at}; visual tests see ${storyPageViewport.height} px (.storybook/visualViewport.ts). Split it into shorter stories.`,
        );
      }
      if (height > window.innerHeight) {
        await page.viewport(width, height);
        resized = true;
      }
      for (const scheme of colorSchemes) {
        root.setAttribute('data-theme', scheme);
        await nextFrame();
        if (!visual.disable) {
          // The story's own painted box in this scheme, not the whole frame (visualBounds.ts).
          const painted = visualBounds(canvas);
          // At a breakpoint the picture is the whole frame width: how the page fills it.
          const bounds = breakpoint
            ? { ...painted, left: 0, top: 0, right: document.documentElement.clientWidth }
            : painted;
          const marker = boundsMarker(bounds);
          if (
            scheme === 'light' &&
            inject('recordTextBoxes') &&
            !context.task.meta.visualTextBoxes
          ) {
            context.task.meta.visualTextBoxes = textBoxes(canvas, bounds);
          }
          // `<story>--<scheme>--<breakpoint>` (scripts/visual/screenshots.mjs, pictureArg).
          const pictureName = `${name}--${scheme}${breakpoint ? `--${breakpoint}` : ''}`;
          await takePicture(story.id, pictureName, marker, pictures, mismatches);
        }
        // After the picture, not before, so a frame is drawn between the scheme switch and
        // the picture with no long task in between (CONTRIBUTING.md, "A story that wobbles").
        if ((scheme !== 'light' || fullPage) && story.parameters.a11y?.test !== 'off') {
          // Every rule once (addon-a11y's run, or the page's here), colours in each scheme.
          await expectNoAxeViolations(canvas, `in the ${scheme} scheme${at}`, {
            fullPage,
            coloursOnly: scheme !== 'light',
          });
        }
      }
      if (visual.forcedColors && breakpoint === undefined) {
        await forcedColoursPicture(story.id, name, canvas, pictures, mismatches);
      }
    }
  } finally {
    if (initial === null) root.removeAttribute('data-theme');
    else root.setAttribute('data-theme', initial);
    // Back to the frame the story was rendered in, for whatever runs after this hook.
    if (resized) await page.viewport(frame.width, frame.height);
  }
  if (mismatches.length === 1) throw mismatches[0];
  if (mismatches.length > 1) {
    throw new Error(
      `${mismatches.length} pictures of ${story.id} differ from their baselines:\n\n${mismatches.map((error) => error.message).join('\n\n')}`,
    );
  }
}, PICTURES_HOOK_TIMEOUT);
