// @ts-check
/**
 * The story tests' screenshot: Vitest's `toMatchScreenshot` asks the Playwright provider for
 * a picture of one element (`__vitest_takeScreenshot`); this command takes that picture in one
 * Chrome DevTools call instead.
 *
 * Why: Playwright's element screenshot prepares the page for every picture. It injects a
 * style into every frame to stop animations and hide the caret, waits for fonts and for the
 * element to hold still, scrolls it into view, then removes the style, which makes the
 * browser restyle and repaint the whole page twice more. In the software rasteriser of the
 * pinned Chromium that was about half of each capture (150 ms against 75 ms on this 2-core
 * machine), and the story project takes about 2,300 pictures. The setup
 * (.storybook/vitest.setup.ts) already does each of those steps once per story: animations
 * and the caret are off for the whole run, fonts are awaited and the frame is painted before
 * the first picture. Vitest's matcher still decides what a picture is: it retries until two
 * captures agree, and compares with the baseline at zero tolerance, so a capture taken too
 * early can only fail or retry, never pass wrongly.
 *
 * The clip is the element's box in page coordinates rounded outwards to whole pixels, as
 * Playwright rounds it (`enclosingIntRect`), so the pictures are the same bytes.
 */

/** @typedef {import('playwright').Page} Page */
/** @typedef {import('playwright').CDPSession} CDPSession */
/** @typedef {{ x: number, y: number, width: number, height: number }} Rect */

/**
 * How long one browser call of a capture may take. Vitest's matcher gives up on a picture that
 * does not settle (its `timeout`), but only between captures: a call that never answers would
 * hold the story until its hook's time ran out, with nothing said of where. This names the call.
 */
export const CAPTURE_CALL_TIMEOUT = 10_000;

/**
 * @template T
 * @param {Promise<T>} call
 * @param {string} what the call, for the error
 * @param {number} [ms]
 * @returns {Promise<T>} the call's result, or a rejection naming it after `ms`
 */
export async function withinTime(call, what, ms = CAPTURE_CALL_TIMEOUT) {
  /** @type {ReturnType<typeof setTimeout> | undefined} */
  let timer;
  const late = new Promise((_, reject) => {
    timer = setTimeout(
      () =>
        reject(
          new Error(
            `captureElement: ${what} did not answer in ${ms} ms (the story's frame busy, or the browser hung).`,
          ),
        ),
      ms,
    );
  });
  try {
    return /** @type {T} */ (await Promise.race([call, late]));
  } finally {
    clearTimeout(timer);
  }
}

/** One DevTools session per page, opened on the first picture. */
const sessions = new WeakMap(/** @type {Array<[Page, Promise<CDPSession>]>} */ ([]));

/**
 * @param {Rect} rect
 * @returns {Rect} the smallest whole-pixel rectangle holding `rect` (Playwright's rounding).
 */
export function enclosingIntRect(rect) {
  const x = Math.floor(rect.x + 1e-3);
  const y = Math.floor(rect.y + 1e-3);
  const right = Math.ceil(rect.x + rect.width - 1e-3);
  const bottom = Math.ceil(rect.y + rect.height - 1e-3);
  return { x, y, width: right - x, height: bottom - y };
}

/**
 * What the story setup asks for: an element's picture, not saved, no mask, the page's own
 * background, at the device's scale. Anything else is a new use to support here on purpose,
 * not a picture taken differently without a word.
 * @param {Record<string, unknown>} options
 */
function unsupported(options) {
  if (typeof options.element !== 'string') return 'a picture of the whole page';
  if (options.save) return '`save`';
  if (Array.isArray(options.mask) && options.mask.length > 0) return '`mask`';
  if (options.omitBackground) return '`omitBackground`';
  if (options.fullPage) return '`fullPage`';
  if (options.scale !== undefined && options.scale !== 'device') return '`scale`';
  return undefined;
}

/**
 * `__vitest_takeScreenshot` for the storybook project (vite.config.ts `browser.commands`).
 * @param {{ page: Page, iframe: import('playwright').FrameLocator }} context
 * @param {string} _name
 * @param {Record<string, unknown>} options
 * @returns {Promise<{ buffer: Buffer, path: string }>}
 */
export async function captureElement(context, _name, options) {
  const missing = unsupported(options);
  if (missing) {
    throw new Error(
      `captureElement (scripts/visual/captureElement.mjs) takes element pictures only; it was asked for ${missing}. Support it there first.`,
    );
  }
  const locator = context.iframe.locator(/** @type {string} */ (options.element));
  // Playwright scrolls the story's frame until the element is in view, which moves what is
  // fixed to the frame's edges (a bottom Drawer, a Toast) against the rest: for an element
  // that is not wholly in view, its own screenshot is the only way to the same picture.
  const inView = await locator.evaluate(
    (element) => {
      const { top, left, bottom, right } = element.getBoundingClientRect();
      const view = element.ownerDocument.documentElement;
      return top >= 0 && left >= 0 && bottom <= view.clientHeight && right <= view.clientWidth;
    },
    undefined,
    { timeout: CAPTURE_CALL_TIMEOUT },
  );
  if (!inView) {
    const screenshotOptions = { ...options };
    delete screenshotOptions.element;
    return {
      buffer: await locator.screenshot({ ...screenshotOptions, timeout: CAPTURE_CALL_TIMEOUT }),
      path: '',
    };
  }
  const box = await locator.boundingBox({ timeout: CAPTURE_CALL_TIMEOUT });
  if (!box || box.width === 0 || box.height === 0) {
    throw new Error(`captureElement: ${String(options.element)} has no box to photograph.`);
  }
  let session = sessions.get(context.page);
  if (!session) {
    session = context.page.context().newCDPSession(context.page);
    sessions.set(context.page, session);
  }
  const cdp = await withinTime(session, 'opening a DevTools session');
  // The box is in viewport coordinates; the clip is in the page's.
  const { cssVisualViewport, cssLayoutViewport } = await withinTime(
    cdp.send('Page.getLayoutMetrics'),
    'Page.getLayoutMetrics',
  );
  const clip = enclosingIntRect({
    ...box,
    x: box.x + cssVisualViewport.pageX,
    y: box.y + cssVisualViewport.pageY,
  });
  const { data } = await withinTime(
    cdp.send('Page.captureScreenshot', {
      format: 'png',
      clip: { ...clip, scale: 1 },
      // As Playwright: only a box larger than the viewport is drawn beyond it.
      captureBeyondViewport:
        box.width > cssLayoutViewport.clientWidth || box.height > cssLayoutViewport.clientHeight,
    }),
    'Page.captureScreenshot',
  );
  return { buffer: Buffer.from(data, 'base64'), path: '' };
}

/**
 * The Playwright provider with its element screenshot replaced by `captureElement`. The
 * provider registers its commands when Vitest makes it, over any of the config's
 * `browser.commands`; so the replacement is registered right after.
 * @template {{ providerFactory: (project: any) => unknown }} Provider
 * @param {Provider} provider
 * @returns {Provider}
 */
export function withElementCapture(provider) {
  return {
    ...provider,
    providerFactory(project) {
      const instance = provider.providerFactory(project);
      project.browser.registerCommand('__vitest_takeScreenshot', captureElement);
      return instance;
    },
  };
}
