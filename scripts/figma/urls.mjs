// Figma URLs from a file and a node id, and nothing else: no Node API, so Storybook's
// preview (.storybook/design.ts) builds its links with the same code as the scripts.

/** A node id as the REST API writes it: `10:2` (URLs write `10-2`). */
const NODE_ID = /^\d+:\d+$/;

/** Whether `id` is a node id in the API's form, `10:2`. */
export function isNodeId(id) {
  return typeof id === 'string' && NODE_ID.test(id);
}

/**
 * The URL of a design file, or of a Figma branch of it (`file.branch`). The name part is
 * cosmetic for Figma, but kept readable: spaces become hyphens, as Figma writes it.
 * @param {{ key: string, branch?: string, name: string }} file
 */
export function figmaFileUrl(file) {
  const branch = file.branch ? `/branch/${file.branch}` : '';
  const name = encodeURIComponent(file.name.trim().replace(/\s+/g, '-'));
  return `https://www.figma.com/design/${file.key}${branch}/${name}`;
}

/**
 * The URL of one node of a design file: `…?node-id=10-2` for node `10:2`.
 * @param {{ key: string, branch?: string, name: string }} file
 * @param {string} nodeId
 */
export function figmaNodeUrl(file, nodeId) {
  if (!isNodeId(nodeId)) {
    throw new Error(`figma: "${nodeId}" is not a node id; write it as the API does, e.g. "10:2"`);
  }
  return `${figmaFileUrl(file)}?node-id=${nodeId.replace(':', '-')}`;
}

/** The key the REST API takes for a file: a Figma branch has a key of its own. */
export function apiFileKey(file) {
  return file.branch ?? file.key;
}
