// Finds the Chromium that browser tests drive. Playwright cannot download its own
// browser here, so we use an installed one: CHROMIUM_PATH wins, then the usual places.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const candidates = [
  process.env.CHROMIUM_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

/** Flags that work headless as root and keep screenshots pixel-stable. */
export const chromiumArgs = [
  '--no-sandbox',
  '--headless',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--font-render-hinting=none',
  '--force-color-profile=srgb',
  '--hide-scrollbars',
];

const HOW_TO_GET_ONE = `No Chromium found for the browser tests.
  Debian/Ubuntu: sudo apt-get install -y chromium fonts-dejavu-core fonts-liberation
  macOS:         brew install --cask chromium
  Or point CHROMIUM_PATH at any Chrome/Chromium binary: CHROMIUM_PATH=/path/to/chrome npm test`;

/** @returns {string} the path of an installed Chromium; throws with install advice when none is found. */
export function findChromium() {
  const found = candidates.find((path) => path && existsSync(path));
  if (!found) throw new Error(HOW_TO_GET_ONE);
  return found;
}

if (process.argv[1] === fileURLToPath(import.meta.url) && process.argv.includes('--check')) {
  try {
    console.log(`chromium: ${findChromium()}`);
  } catch (error) {
    console.error(/** @type {Error} */ (error).message);
    process.exit(1);
  }
}
