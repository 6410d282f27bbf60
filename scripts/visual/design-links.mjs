// Links from a story to its design and to itself in Storybook, for every report: the review
// report, the visual changelog of a release and the drift report.
import { access } from 'node:fs/promises';
import { join } from 'node:path';
import { build } from 'esbuild';
import { storybookThemeOf } from './screenshots.mjs';

/**
 * @typedef {object} FigmaFrame
 * @property {string} url the frame's URL in the Figma file
 * @property {string} fileKey the file key of the REST API (`/v1/images/:key`)
 * @property {string} nodeId the node id as the API writes it (`10:2`)
 */

/**
 * THE adapter: the Figma frame of a story, or null. Every report asks this one function.
 * It reads the story's `parameters.design` (addon-designs' `{ type: 'figma', url }`, or a list
 * of tabs, the first Figma one), as `.storybook/design.ts` `figmaDesign('Button')` writes it from
 * the node ids of `figma/nodes.json` in the default channel's file.
 *
 * @param {{ id: string, design?: unknown }} story a story of the story index
 * @returns {FigmaFrame | null}
 */
export function figmaFrameOf(story) {
  const designs = Array.isArray(story.design) ? story.design : [story.design];
  for (const design of designs) {
    if (!design || typeof design !== 'object') continue;
    const { type, url } = /** @type {{ type?: unknown, url?: unknown }} */ (design);
    if (type !== 'figma' && type !== 'figspec') continue;
    const frame = typeof url === 'string' ? parseFigmaUrl(url) : null;
    if (frame) return frame;
  }
  return null;
}

/**
 * `https://www.figma.com/design/<key>/<name>?node-id=10-2` → its file key and node id.
 * @param {string} url
 * @returns {FigmaFrame | null}
 */
export function parseFigmaUrl(url) {
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (!/(^|\.)figma\.com$/.test(parsed.hostname)) return null;
  const key = /^\/(?:design|file|proto)\/([A-Za-z0-9]+)/.exec(parsed.pathname)?.[1];
  const node = parsed.searchParams.get('node-id');
  if (!key || !node || !/^\d+[-:]\d+$/.test(node)) return null;
  return { url, fileKey: key, nodeId: node.replace('-', ':') };
}

/**
 * A story in a Storybook: its canvas in the given colour scheme (the toolbar's `theme` global,
 * `.storybook/preview.tsx`). For the forced-colours picture, the light theme: Storybook has no
 * forced-colours toggle (screenshots.mjs, storybookThemeOf).
 * @param {string} base Storybook's address, e.g. `http://localhost:6006/`
 * @param {string} storyId
 * @param {string} [scheme]
 */
export function storybookStoryUrl(base, storyId, scheme) {
  const url = new URL(base);
  url.searchParams.set('path', `/story/${storyId}`);
  if (scheme) url.searchParams.set('globals', `theme:${storybookThemeOf(scheme)}`);
  // Storybook reads `path=/story/…` and `globals=theme:dark` unencoded.
  return url.toString().replace(/%2F/g, '/').replace(/%3A/g, ':');
}

/** `npm start` serves Storybook here. */
export const LOCAL_STORYBOOK_URL = 'http://localhost:6006/';

/**
 * Where the release workflow deploys a version's Storybook (.github/workflows/release.yml:
 * the `gh-pages` branch, folder `v<version>/`), from package.json's repository URL.
 * @param {string} repositoryUrl e.g. `git+https://github.com/callicrates/callicrates.git`
 * @param {string} version
 */
export function deployedStorybookUrl(repositoryUrl, version) {
  const match = /github\.com[/:]([^/]+)\/([^/.]+)(\.git)?$/.exec(repositoryUrl);
  if (!match) return null;
  const [, owner = '', repository = ''] = match;
  return `https://${owner.toLowerCase()}.github.io/${repository}/v${version}/`;
}

/** @type {Map<string, Promise<Record<string, unknown>>>} */
const helperCache = new Map();

/**
 * The exports of `.storybook/design.ts` (`figmaDesign()`), so a story's `figmaDesign('Button')`
 * is evaluated by the same function Storybook runs, with the node ids and channel files it
 * imports. Bundled with esbuild; an empty object without the file.
 * @param {string} root the repository
 * @returns {Promise<Record<string, unknown>>}
 */
export function loadDesignHelpers(root) {
  const file = join(root, '.storybook', 'design.ts');
  let loading = helperCache.get(file);
  if (!loading) {
    loading = (async () => {
      try {
        await access(file);
      } catch {
        return {};
      }
      const { outputFiles } = await build({
        entryPoints: [file],
        bundle: true,
        write: false,
        format: 'esm',
        platform: 'node',
        logLevel: 'silent',
      });
      const code = outputFiles[0]?.text ?? '';
      return import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
    })();
    helperCache.set(file, loading);
  }
  return loading;
}
