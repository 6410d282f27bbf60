// Figma frame renders for the drift report: from the REST API with a token, or from a folder
// of PNGs named after their node ids (offline; the tests' fixtures).
//
// GET /v1/images/:key?ids=1:2,1:3&format=png&scale=1 answers { err, images: { [id]: url | null } };
// a null means Figma could not render that node. The URLs point at Figma's image store and
// expire after 30 days, so they are downloaded at once.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

export const FIGMA_API = 'https://api.figma.com';
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
/** Ids per request: the URL stays short, and one failing batch does not lose the others' work. */
const BATCH = 50;

export class DriftInputError extends Error {}

/** `10-2.png`, `10_2.png` or `10:2.png` → `10:2`; null for another name. */
export function nodeIdOfFileName(name) {
  const match = /^(\d+)[-_:](\d+)\.png$/i.exec(name);
  return match ? `${match[1]}:${match[2]}` : null;
}

const isPng = (buffer) => buffer.subarray(0, 8).equals(PNG_SIGNATURE);

/**
 * The renders in a folder: one PNG per frame, named after its node id.
 * @param {string} dir
 * @returns {Promise<Map<string, Buffer>>}
 */
export async function readRenderFolder(dir) {
  let names;
  try {
    names = await readdir(dir);
  } catch {
    throw new DriftInputError(`--renders ${dir}: no such folder.`);
  }
  const renders = new Map();
  const problems = [];
  for (const name of names.sort()) {
    if (name.startsWith('.') || /\.md$/i.test(name)) continue;
    const nodeId = nodeIdOfFileName(name);
    if (!nodeId) {
      problems.push(`${name}: not named after a Figma node id (10-2.png for node 10:2)`);
      continue;
    }
    const buffer = await readFile(join(dir, name));
    if (!isPng(buffer)) {
      problems.push(`${name}: not a PNG`);
      continue;
    }
    if (renders.has(nodeId)) problems.push(`${name}: a second render of node ${nodeId}`);
    renders.set(nodeId, buffer);
  }
  if (problems.length) throw new DriftInputError(`--renders ${dir}:\n  ${problems.join('\n  ')}`);
  if (renders.size === 0) throw new DriftInputError(`--renders ${dir}: holds no PNG.`);
  return renders;
}

/**
 * Renders the nodes of one file through the REST API.
 * @param {{ token: string, fileKey: string, nodeIds: string[], fetch?: typeof globalThis.fetch }} options
 * @returns {Promise<Map<string, Buffer | null>>} null where Figma could not render the node
 */
export async function fetchFigmaRenders({ token, fileKey, nodeIds, fetch = globalThis.fetch }) {
  const renders = new Map();
  for (let at = 0; at < nodeIds.length; at += BATCH) {
    const ids = nodeIds.slice(at, at + BATCH);
    const url = `${FIGMA_API}/v1/images/${encodeURIComponent(fileKey)}?ids=${ids.map(encodeURIComponent).join(',')}&format=png&scale=1`;
    let response;
    try {
      response = await fetch(url, { headers: { 'X-Figma-Token': token } });
    } catch (error) {
      throw new DriftInputError(`Figma API unreachable (${/** @type {Error} */ (error).message}).`);
    }
    if (response.status === 403 || response.status === 401) {
      throw new DriftInputError(
        `Figma API refused FIGMA_TOKEN (${response.status}): it needs read access to file ${fileKey}.`,
      );
    }
    if (response.status === 404) throw new DriftInputError(`Figma API: no file ${fileKey} (404).`);
    if (!response.ok) throw new DriftInputError(`Figma API: ${response.status} for ${url}.`);
    const body = /** @type {{ err?: string | null, images?: Record<string, string | null> }} */ (
      await response.json()
    );
    if (body.err) throw new DriftInputError(`Figma API: ${body.err}.`);
    for (const id of ids) {
      const imageUrl = body.images?.[id] ?? null;
      if (!imageUrl) {
        renders.set(id, null);
        continue;
      }
      const image = await fetch(imageUrl);
      const buffer = image.ok ? Buffer.from(await image.arrayBuffer()) : null;
      if (!buffer || !isPng(buffer)) {
        throw new DriftInputError(
          `Figma's render of node ${id} could not be downloaded as a PNG (${image.status}).`,
        );
      }
      renders.set(id, buffer);
    }
  }
  return renders;
}
