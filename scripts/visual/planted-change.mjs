// The one-token change the review and release tests plant in a throw-away copy of the project,
// and the pictures it must change. `color.status.warning.fg` in the dark scheme moves by one step
// of blue: a change nobody sees, which the zero-tolerance comparison must still find. In the two
// story files the tests run, it paints Avatar's "away" dot (Status, Long Text) and Badge's
// warning variant (Variants, Overflow, Zoom 200): five pictures, all dark. (It paints the
// feedback molecules and the Foundations pages too; those files are not run, to keep the tests
// short.) When a story of these files changes what it shows, update the list here.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export const PLANTED_STORY_FILES = /** @type {const} */ ([
  'src/atoms/Avatar/Avatar.stories.tsx',
  'src/atoms/Badge/Badge.stories.tsx',
]);

/** `<story id>--<scheme>`: the pictures the change paints in those files. */
export const PLANTED_PICTURES = /** @type {const} */ ([
  'atoms-avatar--status--dark',
  'atoms-avatar--long-text--dark',
  'atoms-badge--variants--dark',
  'atoms-badge--overflow--dark',
  'atoms-badge--zoom-200--dark',
]);

/**
 * Moves dark `color.status.warning.fg` (a palette alias) one step of blue, as a literal colour.
 * @param {string} projectDir
 * @returns {Promise<{ file: string, token: string, from: string, to: string }>}
 */
export async function plantWarningColourChange(projectDir) {
  const file = 'tokens/modes/dark.tokens.json';
  const mode = JSON.parse(await readFile(join(projectDir, file), 'utf8'));
  const token = mode.color?.status?.warning?.fg;
  const alias = /^\{palette\.([\w-]+)\.(\d+)\}$/.exec(token?.$value ?? '');
  if (!alias) {
    throw new Error(`${file}: color.status.warning.fg is ${token?.$value}, not a palette alias`);
  }
  const palette = JSON.parse(
    await readFile(join(projectDir, 'tokens/primitives/palette.tokens.json'), 'utf8'),
  );
  // A DTCG 2025.10 colour: `{ colorSpace: 'srgb', components, alpha, hex }`.
  const from = palette.palette?.[alias[1] ?? '']?.[alias[2] ?? '']?.$value?.hex;
  if (!/^#[0-9a-f]{6}$/i.test(from ?? ''))
    throw new Error(`palette.${alias[1]}.${alias[2]} has hex ${from}, not #rrggbb`);
  const blue = parseInt(from.slice(5, 7), 16);
  const to = `${from.slice(0, 5)}${(blue === 255 ? 254 : blue + 1).toString(16).padStart(2, '0')}`;
  const channel = (/** @type {number} */ at) =>
    Math.round((parseInt(to.slice(at, at + 2), 16) / 255) * 10_000) / 10_000;
  token.$value = { colorSpace: 'srgb', components: [1, 3, 5].map(channel), alpha: 1, hex: to };
  await writeFile(join(projectDir, file), `${JSON.stringify(mode, null, 2)}\n`);
  return { file, token: 'color.status.warning.fg (dark)', from, to };
}
