// The forced-colours command of the story tests, in the pinned Chromium: the emulation must
// reach a frame inside the page (the story's), draw what Windows contrast themes draw, and go.
import { chromium, type Browser, type Frame, type Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pinnedChromium } from '../chromium.mjs';
import { emulateForcedColors } from './forcedColors.mjs';

let browser: Browser;
let page: Page;
let frame: Frame;

beforeAll(async () => {
  const { executablePath, args } = await pinnedChromium();
  browser = await chromium.launch({ executablePath, args });
  page = await browser.newPage();
  // Like the story tests: the story lives in an iframe of the runner's page.
  await page.setContent(
    `<iframe srcdoc="<p id=p style='color:#2569ed;background-color:#fde68a'>Selected</p>"></iframe>`,
  );
  const found = page.frames().find((candidate) => candidate !== page.mainFrame());
  if (!found) throw new Error('no frame');
  await found.waitForSelector('#p');
  frame = found;
});
afterAll(() => browser?.close());

const inFrame = () =>
  frame.evaluate(() => {
    const style = getComputedStyle(document.getElementById('p')!);
    return {
      matches: matchMedia('(forced-colors: active)').matches,
      color: style.color,
      background: style.backgroundColor,
    };
  });

describe('emulateForcedColors', () => {
  it('turns forced colours on in the story frame, with system colours for author ones', async () => {
    const before = await inFrame();
    expect(before).toEqual({
      matches: false,
      color: 'rgb(37, 105, 237)',
      background: 'rgb(253, 230, 138)',
    });
    await emulateForcedColors({ page }, true);
    const forced = await inFrame();
    expect(forced.matches).toBe(true);
    // The author's blue and yellow are gone: the system's text colour, no author background.
    expect(forced.color).not.toBe(before.color);
    expect(forced.background).not.toBe(before.background);
  });

  it('turns them off again', async () => {
    await emulateForcedColors({ page }, false);
    expect(await inFrame()).toEqual({
      matches: false,
      color: 'rgb(37, 105, 237)',
      background: 'rgb(253, 230, 138)',
    });
  });
});
