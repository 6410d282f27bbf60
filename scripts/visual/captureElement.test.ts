// The story tests' one-call screenshot must give Playwright's pictures, pixel for pixel: the
// baselines were drawn by Playwright's element screenshot and are compared at zero tolerance.
import { chromium, type Browser, type Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pinnedChromium } from '../chromium.mjs';
import {
  captureElement,
  enclosingIntRect,
  withElementCapture,
  withinTime,
} from './captureElement.mjs';
import { decodePng } from './compare.mjs';

describe('enclosingIntRect', () => {
  it('rounds a box outwards to whole pixels, as Playwright does', () => {
    expect(enclosingIntRect({ x: 10.4, y: 20.6, width: 100.2, height: 50.3 })).toEqual({
      x: 10,
      y: 20,
      width: 101,
      height: 51,
    });
    // Within a thousandth of a pixel counts as on it (floating-point layout noise).
    expect(enclosingIntRect({ x: 9.9995, y: 0, width: 10.0005, height: 1.0004 })).toEqual({
      x: 10,
      y: 0,
      width: 10,
      height: 1,
    });
  });
});

describe('withinTime', () => {
  it('passes a call’s answer through', async () => {
    await expect(withinTime(Promise.resolve(7), 'a call', 50)).resolves.toBe(7);
  });

  it('fails a call that does not answer in time, naming it', async () => {
    const never = new Promise<never>(() => {});
    await expect(withinTime(never, 'Page.captureScreenshot', 20)).rejects.toThrow(
      'captureElement: Page.captureScreenshot did not answer in 20 ms',
    );
  });

  it('keeps a failing call’s own error', async () => {
    await expect(withinTime(Promise.reject(new Error('gone')), 'a call', 50)).rejects.toThrow(
      'gone',
    );
  });
});

describe('withElementCapture', () => {
  it('replaces the screenshot command the provider registers as it is made', () => {
    const registered = new Map<string, unknown>();
    const project = {
      browser: {
        registerCommand: (name: string, command: unknown) => registered.set(name, command),
      },
    };
    const provider = withElementCapture({
      name: 'playwright',
      providerFactory(made: typeof project) {
        made.browser.registerCommand('__vitest_takeScreenshot', 'playwright’s own');
        return 'instance';
      },
    });
    expect(provider.name).toBe('playwright');
    expect(provider.providerFactory(project)).toBe('instance');
    expect(registered.get('__vitest_takeScreenshot')).toBe(captureElement);
  });
});

describe('captureElement in the pinned Chromium', () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    const { executablePath, args } = await pinnedChromium();
    browser = await chromium.launch({ executablePath, args });
    page = await browser.newPage({ viewport: { width: 800, height: 1200 } });
    // As in Vitest: the story in an iframe of the runner's page, at a fractional offset, with
    // text, a border, a shadow and a gradient, scrolled a little.
    await page.setContent(`
      <style>body { margin: 0; height: 3000px } iframe { border: 0; margin: 13.5px 7.25px; width: 600px; height: 500px }</style>
      <iframe data-testid="frame" srcdoc='
        <body style="margin:0;font:15px sans-serif">
          <div style="height:37.3px"></div>
          <div data-testid="box" style="margin-left:11.6px;width:211.7px;padding:9px;border:1px solid #445;border-radius:7px;box-shadow:0 3px 9px rgb(0 0 0 / 0.3);background:linear-gradient(90deg,#fafafa,#dde)">
            Orders <b>1,204</b> <button>Export</button>
          </div>
        </body>'></iframe>`);
    await page.evaluate(() => window.scrollTo(0, 5));
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  const decode = (buffer: Buffer) => decodePng(buffer, 'the picture');
  // What Vitest's matcher passes (its defaults): the fallback hands them to Playwright.
  const vitestScreenshotOptions = {
    save: false,
    scale: 'device',
    animations: 'disabled',
    caret: 'hide',
  } as const;

  it('takes the same pixels as Playwright’s element screenshot', async () => {
    const iframe = page.frameLocator('[data-testid="frame"]');
    const locator = iframe.locator('[data-testid="box"]');
    const playwrights = decode(await locator.screenshot({ animations: 'disabled', caret: 'hide' }));
    const { buffer } = await captureElement({ page, iframe }, 'box', {
      element: '[data-testid="box"]',
      ...vitestScreenshotOptions,
    });
    const ours = decode(buffer);
    expect([ours.width, ours.height]).toEqual([playwrights.width, playwrights.height]);
    expect(Buffer.compare(ours.data, playwrights.data)).toBe(0);
  });

  it('takes Playwright’s picture of an element partly out of its frame’s view', async () => {
    // Playwright scrolls the frame first, which moves a fixed bar against the content. Bands
    // of flat colour, one every 50 px, show any vertical shift; a gradient did too, but the GPU
    // rasteriser drew it differently now and then between two pictures (CI, 2026-12-02).
    const iframe = page.frameLocator('[data-testid="frame"]');
    await iframe.locator('body').evaluate((body) => {
      const bands = Array.from(
        { length: 14 },
        (_, index) => `<div style="height:50px;background:hsl(${index * 25} 60% 70%)"></div>`,
      ).join('');
      body.insertAdjacentHTML(
        'beforeend',
        `<div data-testid="tall" style="height:700px">${bands}<div style="position:fixed;bottom:0;inset-inline:0;height:40px;background:#c33">Fixed</div></div>`,
      );
    });
    const locator = iframe.locator('[data-testid="tall"]');
    // Both pictures start from the same scroll position (Playwright's scroll moves it).
    const scrollTop = () =>
      locator.evaluate((element) => element.ownerDocument.defaultView?.scrollTo(0, 0));
    await scrollTop();
    const { buffer } = await captureElement({ page, iframe }, 'tall', {
      element: '[data-testid="tall"]',
      ...vitestScreenshotOptions,
    });
    await scrollTop();
    const playwrights = decode(await locator.screenshot({ animations: 'disabled', caret: 'hide' }));
    const ours = decode(buffer);
    expect([ours.width, ours.height]).toEqual([playwrights.width, playwrights.height]);
    expect(Buffer.compare(ours.data, playwrights.data)).toBe(0);
  });

  it('names the option it was asked for and does not support', async () => {
    const iframe = page.frameLocator('[data-testid="frame"]');
    await expect(
      captureElement({ page, iframe }, 'box', { element: '[data-testid="box"]', save: true }),
    ).rejects.toThrow(/element pictures only; it was asked for `save`/);
    await expect(captureElement({ page, iframe }, 'page', {})).rejects.toThrow(
      /a picture of the whole page/,
    );
  });
});
