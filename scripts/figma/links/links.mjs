// Links back from Figma to Storybook (issue #14, section 4): for each node of figma/nodes.json
// that a Storybook page shows, a Dev Mode link ("dev resource") to that page in the Storybook
// of a released version, in the Figma file of the version's release channel.
//
// POST /v1/dev_resources creates links ({ dev_resources: [{ name, url, file_key, node_id }] });
// a node holds at most 10, and a bad node comes back in `errors[]` with a 200. So with a token
// this reads the nodes' links first, updates the one it made for an earlier version (PUT)
// rather than adding one per release, and creates the rest.
import { figmaRequest } from '../api.mjs';
import { primaryPage, storiesOfNode } from '../stories.mjs';

/** Dev resources Figma accepts on one node. */
export const MAX_LINKS_PER_NODE = 10;

/** @typedef {{ name: string, url: string, file_key: string, node_id: string, node: string }} Link */

/** Bad input for figma:links: the message says what to change. */
export class LinksError extends Error {
  name = 'LinksError';
}

const VERSION = /^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$/;

/** The address of a version's Storybook, from figma/channels.json's `storybook.url`. */
export function storybookUrl(template, version) {
  if (typeof version !== 'string' || !VERSION.test(version)) {
    throw new LinksError(
      `"${version ?? ''}" is not a released version (1.4.0, 2.0.0-beta.1): links point at the Storybook of a published version`,
    );
  }
  const url = template.replaceAll('{version}', version);
  return url.endsWith('/') ? url : `${url}/`;
}

/** Everything before `{version}`: a link whose URL starts so was made by figma:links. */
export function ownedPrefix(template) {
  return template.slice(0, template.indexOf('{version}'));
}

/**
 * The links a version should have: one per node a Storybook page shows, to that page.
 * @param {{ data: object, channel: { fileKey: string }, index: object[], version: string, templateFolders?: Record<string, string> }} options
 *   `templateFolders`: component name → folder of its template, for parts without stories
 * @returns {{ links: Array<{ name: string, url: string, file_key: string, node_id: string, node: string }>, unlinked: string[] }}
 */
export function desiredLinks({ data, channel, index, version, templateFolders = {} }) {
  const base = storybookUrl(data.storybookUrl, version);
  const links = [];
  const unlinked = [];
  const nodes = { ...data.nodes.components, ...data.nodes.frames };
  for (const [node, nodeId] of Object.entries(nodes)) {
    const page = primaryPage(storiesOfNode(index, node, { folder: templateFolders[node] }), node);
    if (!page) {
      unlinked.push(node);
      continue;
    }
    links.push({
      name: `Storybook ${version}: ${page.title}`,
      url: `${base}?path=${page.path}`,
      file_key: channel.fileKey,
      node_id: nodeId,
      node,
    });
  }
  return { links, unlinked };
}

/**
 * The body of POST /v1/dev_resources. Refuses a body that would put more than 10 links on a
 * node, counting the links it already has.
 * @param {Array<{ name: string, url: string, file_key: string, node_id: string }>} links
 * @param {Record<string, number>} [existingCounts] node id → links it has now
 */
export function postBody(links, existingCounts = {}) {
  const perNode = new Map();
  for (const link of links) {
    for (const field of ['name', 'url', 'file_key', 'node_id']) {
      if (typeof link[field] !== 'string' || link[field] === '') {
        throw new LinksError(`a link to ${link.node_id ?? 'a node'} has no ${field}`);
      }
    }
    perNode.set(link.node_id, (perNode.get(link.node_id) ?? existingCounts[link.node_id] ?? 0) + 1);
  }
  const over = [...perNode].filter(([, count]) => count > MAX_LINKS_PER_NODE);
  if (over.length > 0) {
    throw new LinksError(
      `Figma takes at most ${MAX_LINKS_PER_NODE} links per node; this would put ${over.map(([id, count]) => `${count} on ${id}`).join(', ')}`,
    );
  }
  return {
    dev_resources: links.map(({ name, url, file_key, node_id }) => ({
      name,
      url,
      file_key,
      node_id,
    })),
  };
}

/**
 * What to send, given the links the nodes have now (GET /v1/files/:key/dev_resources): create
 * a link where a node has none of ours, update ours where it points elsewhere, leave it where
 * it is right, and refuse (not send) a node that already holds 10 links.
 * @param {{ desired: Link[], existing: Array<{ id: string, name: string, url: string, node_id: string }>, prefix: string }} options
 */
export function planLinks({ desired, existing, prefix }) {
  /** @type {{ create: Link[], update: Array<Link & { id: string }>, unchanged: Link[], refused: Array<Link & { reason: string }> }} */
  const plan = { create: [], update: [], unchanged: [], refused: [] };
  for (const link of desired) {
    const onNode = existing.filter((resource) => resource.node_id === link.node_id);
    const ours = onNode.find((resource) => resource.url.startsWith(prefix));
    if (ours && ours.url === link.url && ours.name === link.name) plan.unchanged.push(link);
    else if (ours) plan.update.push({ ...link, id: ours.id });
    else if (onNode.length >= MAX_LINKS_PER_NODE) {
      plan.refused.push({
        ...link,
        reason: `it has ${onNode.length} links already, Figma's limit; remove one in Dev Mode`,
      });
    } else plan.create.push(link);
  }
  const counts = {};
  for (const resource of existing) counts[resource.node_id] = (counts[resource.node_id] ?? 0) + 1;
  return { ...plan, counts };
}

/** `errors[]` of a dev-resources answer, named by node: Figma answers 200 with them. */
export function answerErrors(answer, links) {
  if (!Array.isArray(answer?.errors)) return [];
  return answer.errors.map((error) => {
    const link = links.find((item) =>
      error.id === undefined ? item.node_id === error.node_id : item.id === error.id,
    );
    const where = link
      ? `${link.node} (node ${link.node_id})`
      : `node ${error.node_id ?? error.id ?? '?'}`;
    return `${where}: ${error.error ?? 'refused'}`;
  });
}

/**
 * Reads the nodes' links, then creates and updates ours. Returns what happened; `errors` lists
 * every link Figma refused (from `errors[]`) or this refused to send.
 */
export async function sendLinks({ desired, token, fileKey, prefix, fetch }) {
  const ids = [...new Set(desired.map((link) => link.node_id))];
  const current = await figmaRequest({
    method: 'GET',
    path: `/v1/files/${fileKey}/dev_resources?node_ids=${ids.map(encodeURIComponent).join(',')}`,
    token,
    fetch,
  });
  if (!Array.isArray(current.dev_resources)) {
    throw new LinksError(`GET dev_resources answered without a dev_resources list`);
  }
  const plan = planLinks({ desired, existing: current.dev_resources, prefix });
  const errors = plan.refused.map(
    (link) => `${link.node} (node ${link.node_id}): not sent, ${link.reason}`,
  );
  let created = [];
  if (plan.create.length > 0) {
    const answer = await figmaRequest({
      method: 'POST',
      path: '/v1/dev_resources',
      body: postBody(plan.create, plan.counts),
      token,
      fetch,
    });
    created = answer.links_created ?? [];
    errors.push(...answerErrors(answer, plan.create));
  }
  let updated = [];
  if (plan.update.length > 0) {
    const answer = await figmaRequest({
      method: 'PUT',
      path: '/v1/dev_resources',
      body: { dev_resources: plan.update.map(({ id, name, url }) => ({ id, name, url })) },
      token,
      fetch,
    });
    updated = answer.links_updated ?? [];
    errors.push(...answerErrors(answer, plan.update));
  }
  return { plan, created, updated, errors };
}
