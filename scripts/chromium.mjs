// The browsers the tests drive. Playwright cannot download its own browser here, so:
// - story tests and their screenshots use the pinned Chromium that `npm ci` installs from the
//   lockfile (@sparticuz/chromium), so every machine draws the same pixels;
// - what needs a full desktop browser (the release test's consumer app, the benchmark) uses an
//   installed Chromium: CHROMIUM_PATH wins, then the usual places.
import { existsSync, readFileSync } from 'node:fs';
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

/** Flags every test browser takes: quiet, headless as root, colours and fonts as drawn. */
const commonArgs = [
  '--no-sandbox',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--font-render-hinting=none',
  '--force-color-profile=srgb',
  '--hide-scrollbars',
];

/** Flags for an installed Chromium (the release test's consumer app, the benchmark). */
export const chromiumArgs = [...commonArgs, '--headless', '--disable-gpu'];

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

/**
 * Flags for the pinned screenshot browser. Not `@sparticuz/chromium`'s own `args`: those carry
 * `--single-process` and `--disable-web-security`, which a test browser must not take.
 * SwiftShader rasterises in software, the same on every machine.
 */
export const pinnedChromiumArgs = [
  ...commonArgs,
  '--use-gl=angle',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
];

/** The folder whose fonts.conf is the only font configuration the pinned browser reads. */
const fontconfigDir = fileURLToPath(new URL('../.storybook/fontconfig', import.meta.url));

/**
 * The pinned Chromium that draws every visual baseline: the headless shell inside
 * `@sparticuz/chromium` (exact version in package.json), unpacked to the temp folder on first
 * use. Its fonts come from the lockfile too (.storybook/fontconfig/fonts.conf).
 *
 * @returns {Promise<{ executablePath: string, version: string, args: string[] }>}
 */
export async function pinnedChromium() {
  if (process.platform !== 'linux' || process.arch !== 'x64') {
    throw new Error(
      `The pinned screenshot Chromium runs on Linux x64 only (this is ${process.platform}-${process.arch}). ` +
        'Run the story tests in a Linux x64 container, or set CHROMIUM_PATH to run them against your own ' +
        'Chromium: behaviour and axe checks hold, but its pixels will not match the baselines.',
    );
  }
  // Before the package loads: it sets FONTCONFIG_PATH only where none is set.
  process.env.FONTCONFIG_PATH = fontconfigDir;
  const { default: chromium } = await import('@sparticuz/chromium');
  // The package exports no package.json: read the lockfile-installed copy's.
  const manifest = new URL('../node_modules/@sparticuz/chromium/package.json', import.meta.url);
  const { version } = JSON.parse(readFileSync(manifest, 'utf8'));
  return { executablePath: await chromium.executablePath(), version, args: pinnedChromiumArgs };
}

if (process.argv[1] === fileURLToPath(import.meta.url) && process.argv.includes('--check')) {
  try {
    const pinned = await pinnedChromium();
    console.log(
      `chromium: pinned @sparticuz/chromium ${pinned.version} (${pinned.executablePath})`,
    );
  } catch (error) {
    console.error(/** @type {Error} */ (error).message);
    process.exit(1);
  }
}
