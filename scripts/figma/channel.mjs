// Which Figma file the code on this branch follows (issue #14, "Versions in step").
//
// semantic-release publishes each release branch of .releaserc.json on a channel; the
// design of each channel lives in its own Figma file (or a Figma branch of one), named in
// figma/channels.json. Storybook's design links, Code Connect, `figma:links` and
// `figma:export` all call resolveFigmaChannel(), so they always agree on the file.
//
//   node scripts/figma/channel.mjs [--branch <name>]   prints what it resolves, as JSON
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import micromatch from 'micromatch';
import { apiFileKey, figmaFileUrl, figmaNodeUrl, isNodeId } from './urls.mjs';

export const repositoryRoot = resolve(fileURLToPath(new URL('../..', import.meta.url)));

/** Bad design configuration: the message names the file and the entry. */
export class FigmaConfigError extends Error {
  name = 'FigmaConfigError';
}

const FILE_KEY = /^[A-Za-z0-9]+$/;
const COMPONENT_NAME = /^[A-Z][A-Za-z0-9]*$/;

function readJson(root, relativePath) {
  const path = join(root, relativePath);
  let text;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new FigmaConfigError(`${relativePath}: cannot read it (is this the repository root?)`);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new FigmaConfigError(`${relativePath}: not valid JSON (${error.message})`);
  }
}

function isObject(value) {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `.releaserc.json` branches as `{ name, channel?, prerelease? }`, in their order. */
function releaseBranchesOf(releaserc) {
  if (!isObject(releaserc) || !Array.isArray(releaserc.branches)) {
    throw new FigmaConfigError('.releaserc.json: no `branches` array');
  }
  return releaserc.branches.map((branch, index) => {
    const entry = typeof branch === 'string' ? { name: branch } : branch;
    if (!isObject(entry) || typeof entry.name !== 'string' || entry.name === '') {
      throw new FigmaConfigError(`.releaserc.json: branches[${index}] has no name`);
    }
    return entry;
  });
}

function isPattern(name) {
  return micromatch.scan(name).isGlob;
}

function validateNodes(nodes) {
  const where = 'figma/nodes.json';
  if (!isObject(nodes) || !isObject(nodes.components) || !isObject(nodes.frames)) {
    throw new FigmaConfigError(`${where}: needs the objects "components" and "frames"`);
  }
  const owners = new Map();
  for (const group of ['components', 'frames']) {
    for (const [name, id] of Object.entries(nodes[group])) {
      if (group === 'components' && !COMPONENT_NAME.test(name)) {
        throw new FigmaConfigError(
          `${where}: components["${name}"]: a component is named as its export (PascalCase)`,
        );
      }
      if (!isNodeId(id)) {
        throw new FigmaConfigError(
          `${where}: ${group}["${name}"]: "${id}" is not a node id; write it as the API does, e.g. "10:2"`,
        );
      }
      if (owners.has(id)) {
        throw new FigmaConfigError(
          `${where}: ${group}["${name}"]: node ${id} is already "${owners.get(id)}"; each name has its own node`,
        );
      }
      if (name in nodes.components && name in nodes.frames) {
        throw new FigmaConfigError(`${where}: "${name}" is both a component and a frame`);
      }
      owners.set(id, name);
    }
  }
  return { components: { ...nodes.components }, frames: { ...nodes.frames } };
}

function validateChannels(config, releaseBranches) {
  const where = 'figma/channels.json';
  if (!isObject(config) || !isObject(config.files) || !isObject(config.channels)) {
    throw new FigmaConfigError(`${where}: needs the objects "files" and "channels"`);
  }
  const fileIds = Object.keys(config.files);
  for (const [id, file] of Object.entries(config.files)) {
    if (!isObject(file) || typeof file.key !== 'string' || !FILE_KEY.test(file.key)) {
      throw new FigmaConfigError(
        `${where}: files["${id}"].key must be the file key from its URL (letters and digits)`,
      );
    }
    if (
      file.branch !== undefined &&
      (typeof file.branch !== 'string' || !FILE_KEY.test(file.branch))
    ) {
      throw new FigmaConfigError(
        `${where}: files["${id}"].branch must be the branch key from its URL (letters and digits)`,
      );
    }
    if (typeof file.name !== 'string' || file.name.trim() === '') {
      throw new FigmaConfigError(`${where}: files["${id}"].name is missing`);
    }
  }
  const names = releaseBranches.map((branch) => branch.name);
  for (const name of names) {
    if (!(name in config.channels)) {
      throw new FigmaConfigError(
        `${where}: channels has no entry for the release branch "${name}" of .releaserc.json; name its Figma file (${fileIds.join(', ')})`,
      );
    }
  }
  for (const [name, fileId] of Object.entries(config.channels)) {
    const known =
      names.includes(name) ||
      releaseBranches.some(
        (branch) => isPattern(branch.name) && micromatch.isMatch(name, branch.name),
      );
    if (!known) {
      throw new FigmaConfigError(
        `${where}: channels["${name}"]: no release branch of .releaserc.json is or matches "${name}"`,
      );
    }
    if (!fileIds.includes(fileId)) {
      throw new FigmaConfigError(
        `${where}: channels["${name}"]: names the file "${fileId}", which is not in files (${fileIds.join(', ')})`,
      );
    }
  }
  if (!names.includes(config.defaultBranch)) {
    throw new FigmaConfigError(
      `${where}: defaultBranch "${config.defaultBranch}" is not a release branch of .releaserc.json (${names.join(', ')})`,
    );
  }
  const storybookUrl = config.storybook?.url;
  if (typeof storybookUrl !== 'string' || !/^https:\/\/.+\{version\}/.test(storybookUrl)) {
    throw new FigmaConfigError(
      `${where}: storybook.url must be an https URL with {version} where the release goes`,
    );
  }
  return config;
}

/**
 * The design configuration, checked: node ids (figma/nodes.json), files and channels
 * (figma/channels.json) against the release branches of .releaserc.json.
 * @param {{ root?: string }} [options]
 */
export function loadFigmaData({ root = repositoryRoot } = {}) {
  const releaseBranches = releaseBranchesOf(readJson(root, '.releaserc.json'));
  const nodes = validateNodes(readJson(root, 'figma/nodes.json'));
  const config = validateChannels(readJson(root, 'figma/channels.json'), releaseBranches);
  return {
    nodes,
    files: config.files,
    channels: config.channels,
    defaultBranch: config.defaultBranch,
    storybookUrl: config.storybook.url,
    releaseBranches,
  };
}

/**
 * The branch being built, and where that came from. `FIGMA_BRANCH` overrides; a pull request
 * follows the branch it targets (`GITHUB_BASE_REF`); a pushed branch its name; a checkout its
 * git branch. A detached checkout without CI variables has none.
 */
export function detectBranch({ env = process.env, cwd = repositoryRoot } = {}) {
  if (env.FIGMA_BRANCH) return { branch: env.FIGMA_BRANCH, source: 'FIGMA_BRANCH' };
  if (env.GITHUB_BASE_REF) return { branch: env.GITHUB_BASE_REF, source: 'GITHUB_BASE_REF' };
  if (env.GITHUB_REF_NAME && env.GITHUB_REF_TYPE !== 'tag') {
    return { branch: env.GITHUB_REF_NAME, source: 'GITHUB_REF_NAME' };
  }
  try {
    const branch = execFileSync('git', ['rev-parse', '--abbrev-ref', 'HEAD'], {
      cwd,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
    if (branch && branch !== 'HEAD') return { branch, source: 'git' };
  } catch {
    // Not a git checkout (a tarball, a copy): fall through to the default.
  }
  return { branch: null, source: 'none' };
}

/** The channels entry a branch name falls under, or null for a branch that never releases. */
function channelEntryOf(data, branch) {
  if (branch === null) return null;
  if (branch in data.channels) {
    const releaseBranch = data.releaseBranches.find(
      (entry) =>
        entry.name === branch || (isPattern(entry.name) && micromatch.isMatch(branch, entry.name)),
    );
    return { entry: branch, releaseBranch: releaseBranch.name };
  }
  const releaseBranch = data.releaseBranches.find(
    (entry) => isPattern(entry.name) && micromatch.isMatch(branch, entry.name),
  );
  return releaseBranch ? { entry: releaseBranch.name, releaseBranch: releaseBranch.name } : null;
}

/**
 * The Figma file of a branch's release channel. A branch that never releases (a feature
 * branch) follows `defaultBranch`, and says so (`isReleaseBranch: false`).
 * @param {{ branch?: string, env?: Record<string, string | undefined>, root?: string, data?: ReturnType<typeof loadFigmaData> }} [options]
 */
export function resolveFigmaChannel({
  branch,
  env = process.env,
  root = repositoryRoot,
  data,
} = {}) {
  const design = data ?? loadFigmaData({ root });
  const detected =
    branch === undefined ? detectBranch({ env, cwd: root }) : { branch, source: '--branch' };
  if (detected.branch !== null && detected.branch.trim() === '') {
    throw new FigmaConfigError(`${detected.source}: an empty branch name`);
  }
  const own = channelEntryOf(design, detected.branch);
  const match = own ?? channelEntryOf(design, design.defaultBranch);
  const fileId = design.channels[match.entry];
  const file = design.files[fileId];
  return {
    branch: detected.branch,
    source: detected.source,
    isReleaseBranch: own !== null,
    releaseBranch: match.releaseBranch,
    channel: match.entry,
    fileId,
    file,
    fileKey: apiFileKey(file),
    fileUrl: figmaFileUrl(file),
  };
}

/** The URL of a named node (a component or a frame of figma/nodes.json) in a channel's file. */
export function nodeUrlOf(data, file, name) {
  const id = data.nodes.components[name] ?? data.nodes.frames[name];
  if (id === undefined) {
    throw new FigmaConfigError(`figma/nodes.json: no node named "${name}"`);
  }
  return figmaNodeUrl(file, id);
}

/** `--branch x` from an argument list, or undefined. */
export function branchArgument(args) {
  const index = args.indexOf('--branch');
  if (index === -1) return undefined;
  const value = args[index + 1];
  if (value === undefined || value.startsWith('--')) {
    throw new FigmaConfigError('--branch needs a branch name');
  }
  return value;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    const resolved = resolveFigmaChannel({ branch: branchArgument(process.argv.slice(2)) });
    console.log(JSON.stringify(resolved, null, 2));
  } catch (error) {
    console.error(`figma: ${error.message}`);
    process.exit(1);
  }
}
