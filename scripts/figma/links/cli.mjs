// `npm run figma:links -- --version <x.y.z> [--branch <name>] [--out <file>]`
//
// Builds the POST /v1/dev_resources body that links each Figma node of figma/nodes.json to its
// page in the Storybook of that version (docs/RELEASING.md: every release deploys one), in the
// Figma file of the branch's release channel. With FIGMA_TOKEN (scope
// file_dev_resources:write and :read) it sends it; without, it writes it to a file
// (figma/out/dev-resources.json unless --out says otherwise). The version defaults to
// STORYBOOK_RELEASE_VERSION, as the release workflow sets it.
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadFigmaData, repositoryRoot, resolveFigmaChannel } from '../channel.mjs';
import { templateFiles, templateName } from '../connect/templates.mjs';
import { storyIndex } from '../stories.mjs';
import { desiredLinks, LinksError, ownedPrefix, postBody, sendLinks } from './links.mjs';

export const DEFAULT_OUT = 'figma/out/dev-resources.json';
const OPTIONS = new Set(['--version', '--branch', '--out']);

function parseArgs(args) {
  const options = {};
  for (let index = 0; index < args.length; index += 2) {
    const [flag, value] = [args[index], args[index + 1]];
    if (!OPTIONS.has(flag)) {
      throw new LinksError(`unknown argument "${flag}"; use --version, --branch, --out`);
    }
    if (value === undefined || value.startsWith('--'))
      throw new LinksError(`${flag} needs a value`);
    options[flag.slice(2)] = value;
  }
  return options;
}

function writeAtomically(path, text) {
  mkdirSync(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, text);
  renameSync(temporary, path);
}

/**
 * The command, testable: returns the exit code; writes nothing and sends nothing until every
 * input is checked.
 * @param {{ args?: string[], env?: NodeJS.ProcessEnv, root?: string, fetch?: typeof globalThis.fetch, index?: ReturnType<typeof storyIndex>, log?: (line: string) => void, error?: (line: string) => void }} options
 *   `index`: the story index, when the caller has read it already
 */
export async function runLinks({
  args = [],
  env = process.env,
  root = repositoryRoot,
  fetch = globalThis.fetch,
  index: knownIndex,
  log = console.log,
  error = console.error,
} = {}) {
  try {
    const options = parseArgs(args);
    const version = options.version ?? env.STORYBOOK_RELEASE_VERSION;
    if (!version) {
      throw new LinksError(
        'say which released version to link: --version 1.4.0 (or STORYBOOK_RELEASE_VERSION)',
      );
    }
    const data = loadFigmaData({ root });
    const channel = resolveFigmaChannel({ branch: options.branch, env, root, data });
    const templateFolders = Object.fromEntries(
      templateFiles(root).map((file) => [templateName(file), dirname(file)]),
    );
    const index = knownIndex ?? storyIndex(root);
    const broken = index.flatMap((entry) =>
      entry.problems.map((problem) => `${entry.file}: ${problem}`),
    );
    if (broken.length > 0) throw new LinksError(`story design links: ${broken.join('; ')}`);
    const { links, unlinked } = desiredLinks({ data, channel, index, version, templateFolders });
    const body = postBody(links);
    const where = `${channel.channel} channel, ${channel.file.name} (${channel.fileKey})`;
    if (unlinked.length > 0) log(`figma:links: no Storybook page shows ${unlinked.join(', ')}`);

    const token = env.FIGMA_TOKEN;
    if (!token) {
      const out = resolve(root, options.out ?? DEFAULT_OUT);
      writeAtomically(out, `${JSON.stringify(body, null, 2)}\n`);
      log(
        `figma:links: FIGMA_TOKEN is not set, so nothing was sent; the POST /v1/dev_resources body for ${links.length} nodes (${where}, Storybook ${version}) is in ${out}`,
      );
      return 0;
    }
    if (!channel.isReleaseBranch && options.branch === undefined) {
      throw new LinksError(
        `branch ${channel.branch ?? '(none)'} does not release, so it has no Storybook of its own to link; pass --branch with the release branch`,
      );
    }
    const result = await sendLinks({
      desired: links,
      token,
      fileKey: channel.fileKey,
      prefix: ownedPrefix(data.storybookUrl),
      fetch,
    });
    log(
      `figma:links: ${where}, Storybook ${version}: ${result.plan.create.length} created, ${result.plan.update.length} updated, ${result.plan.unchanged.length} already right`,
    );
    if (result.errors.length > 0) {
      error(
        `figma:links: Figma did not take ${result.errors.length}:\n  ${result.errors.join('\n  ')}`,
      );
      return 1;
    }
    return 0;
  } catch (failure) {
    error(`figma:links: ${failure.message}`);
    return 1;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exit(await runLinks({ args: process.argv.slice(2) }));
}
