// `npm run figma:connect -- <parse|publish|unpublish> [--branch <name>] [figma CLI options]`
//
// Runs the Code Connect CLI on the templates (src/**/*.figma.ts) for the Figma file of this
// branch's release channel (scripts/figma/channel.mjs). Templates name their node as
// `// url=<figma:Button>`; this adds the substitution of each such placeholder by the node's
// URL in the channel's file (figma/nodes.json), in a config file of its own beside
// figma.config.json, so no URL is written in the repository.
//
// parse needs no token and no network. publish and unpublish need FIGMA_TOKEN (a personal
// access token with the Code Connect write scope), refuse a file that is a Figma branch
// (Code Connect maps the main file's components: publishing a branch's templates would
// replace the released library's), and send nothing without it.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  branchArgument,
  FigmaConfigError,
  loadFigmaData,
  nodeUrlOf,
  repositoryRoot,
  resolveFigmaChannel,
} from '../channel.mjs';
import { codeConnectConfig } from './templates.mjs';

const COMMANDS = ['parse', 'publish', 'unpublish'];
const NEEDS_TOKEN = new Set(['publish', 'unpublish']);

/** The placeholder a template writes in its `// url=` line for a node of figma/nodes.json. */
export function nodePlaceholder(name) {
  return `<figma:${name}>`;
}

/**
 * figma.config.json with the URL of every component node of figma/nodes.json in the
 * channel's file, for Code Connect's documentUrlSubstitutions.
 */
export function channelCodeConnectConfig({ root = repositoryRoot, channel, data }) {
  const design = data ?? loadFigmaData({ root });
  const substitutions = Object.fromEntries(
    Object.keys(design.nodes.components).map((name) => [
      nodePlaceholder(name),
      nodeUrlOf(design, channel.file, name),
    ]),
  );
  return { codeConnect: { ...codeConnectConfig(root), documentUrlSubstitutions: substitutions } };
}

/**
 * Runs `figma connect <command>` for a branch's channel. Returns the exit code.
 * @param {{ command: string, args?: string[], branch?: string, env?: NodeJS.ProcessEnv, root?: string, stdio?: 'inherit' | 'pipe' }} options
 */
export function runCodeConnect({
  command,
  args = [],
  branch,
  env = process.env,
  root = repositoryRoot,
  stdio = 'inherit',
}) {
  if (!COMMANDS.includes(command)) {
    throw new FigmaConfigError(
      `figma:connect: say what to do: ${COMMANDS.join(', ')} (got ${command ? `"${command}"` : 'nothing'})`,
    );
  }
  const data = loadFigmaData({ root });
  const channel = resolveFigmaChannel({ branch, env, root, data });
  const token = env.FIGMA_TOKEN;
  if (NEEDS_TOKEN.has(command)) {
    if (!token) {
      throw new FigmaConfigError(
        `figma:connect ${command}: FIGMA_TOKEN is not set; nothing was sent. Use a personal access token with the Code Connect write scope.`,
      );
    }
    if (channel.file.branch) {
      throw new FigmaConfigError(
        `figma:connect ${command}: the ${channel.channel} channel follows a Figma branch of ${channel.file.key}; Code Connect publishes to the main file, over the released templates. Publish once the branch is merged, or give the channel a file of its own in figma/channels.json.`,
      );
    }
  }
  const config = channelCodeConnectConfig({ root, channel, data });
  const directory = mkdtempSync(join(tmpdir(), 'callicrates-figma-connect-'));
  try {
    const configFile = join(directory, 'figma.config.json');
    writeFileSync(configFile, `${JSON.stringify(config, null, 2)}\n`);
    console.error(
      `figma:connect: ${command} for the ${channel.channel} channel (branch ${channel.branch ?? 'unknown'}, from ${channel.source}): ${channel.fileUrl}`,
    );
    const childEnv = { ...env };
    delete childEnv.FIGMA_TOKEN;
    if (NEEDS_TOKEN.has(command)) childEnv.FIGMA_ACCESS_TOKEN = token;
    const result = spawnSync(
      process.execPath,
      [
        join(root, 'node_modules/@figma/code-connect/bin/figma'),
        'connect',
        command,
        '--config',
        configFile,
        '--dir',
        root,
        '--skip-update-check',
        '--exit-on-unreadable-files',
        ...args,
      ],
      { cwd: root, env: childEnv, stdio, encoding: 'utf8' },
    );
    if (result.error) throw result.error;
    return { status: result.status ?? 1, stdout: result.stdout, stderr: result.stderr };
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [command, ...rest] = process.argv.slice(2);
  try {
    const branch = branchArgument(rest);
    const args = rest.filter((arg, index) => arg !== '--branch' && rest[index - 1] !== '--branch');
    const { status } = runCodeConnect({ command, args, branch });
    process.exit(status);
  } catch (error) {
    console.error(`figma: ${error.message}`);
    process.exit(1);
  }
}
