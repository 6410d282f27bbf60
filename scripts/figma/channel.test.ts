// Versions in step (issue #14, section 5): each release branch of .releaserc.json follows the
// Figma file of its channel, and Storybook, Code Connect and figma:links all ask the same
// resolver.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { figmaDesign, figmaChannel } from '../../.storybook/design';
import {
  branchArgument,
  detectBranch,
  FigmaConfigError,
  loadFigmaData,
  nodeUrlOf,
  repositoryRoot,
  resolveFigmaChannel,
} from './channel.mjs';
import { channelCodeConnectConfig, runCodeConnect } from './connect/cli.mjs';
import { figmaStorybookConfig } from './storybook.mjs';
import { apiFileKey, figmaFileUrl, figmaNodeUrl } from './urls.mjs';

const root = repositoryRoot;
const releaserc = JSON.parse(readFileSync(join(root, '.releaserc.json'), 'utf8'));
const releaseBranches: string[] = releaserc.branches.map((branch: string | { name: string }) =>
  typeof branch === 'string' ? branch : branch.name,
);

/**
 * The intended file of every release branch, with branch names it covers. A branch added to
 * .releaserc.json fails the first test until it is given a file here and in channels.json.
 */
const expected: Record<string, { branches: string[]; file: string }> = {
  '+([0-9])?(.{+([0-9]),x}).x': { branches: ['1.x', '12.x', '1.4.x'], file: 'released' },
  main: { branches: ['main'], file: 'released' },
  next: { branches: ['next'], file: 'released' },
  'next-major': { branches: ['next-major'], file: 'next-major' },
  beta: { branches: ['beta'], file: 'next-major' },
  alpha: { branches: ['alpha'], file: 'next-major' },
};

let scratch: string | undefined;
afterEach(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
  scratch = undefined;
});

/** A configuration file as parsed JSON: each case below changes one entry, any entry. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- arbitrary JSON, edited per case
type Json = Record<string, any>;

/** A copy of the configuration with one file changed, to see what the resolver makes of it. */
function withConfig(file: string, change: (json: Json) => void) {
  scratch = mkdtempSync(join(tmpdir(), 'callicrates-figma-channel-'));
  cpSync(join(root, 'figma'), join(scratch, 'figma'), { recursive: true });
  cpSync(join(root, '.releaserc.json'), join(scratch, '.releaserc.json'));
  const path = join(scratch, file);
  const json = JSON.parse(readFileSync(path, 'utf8'));
  change(json);
  writeFileSync(path, JSON.stringify(json));
  return scratch;
}

describe('the Figma file of each release branch', () => {
  it('has an expectation for every branch of .releaserc.json', () => {
    expect(Object.keys(expected).sort()).toEqual([...releaseBranches].sort());
  });

  for (const [releaseBranch, { branches, file }] of Object.entries(expected)) {
    for (const branch of branches) {
      it(`${branch} (.releaserc "${releaseBranch}") follows the ${file} file`, () => {
        const channel = resolveFigmaChannel({ root, branch });
        expect(channel.fileId).toBe(file);
        expect(channel.isReleaseBranch).toBe(true);
        expect(channel.releaseBranch).toBe(releaseBranch);
        const data = loadFigmaData({ root });
        expect(channel.fileKey).toBe(data.files[file]!.key);
        expect(channel.fileUrl).toBe(figmaFileUrl(data.files[file]!));
      });
    }
  }

  it('gives the released and the next major their own files', () => {
    const released = resolveFigmaChannel({ root, branch: 'main' });
    const next = resolveFigmaChannel({ root, branch: 'next-major' });
    expect(next.fileKey).not.toBe(released.fileKey);
  });

  it('follows the default branch on a branch that does not release, and says so', () => {
    for (const branch of ['feature/figma', 'renovate/vite-8', '1.y', 'x.1.x']) {
      const channel = resolveFigmaChannel({ root, branch });
      expect(channel.isReleaseBranch, branch).toBe(false);
      expect(channel.channel).toBe('main');
      expect(channel.fileId).toBe('released');
    }
  });

  it('lets an exact maintenance branch override its pattern (an archived major)', () => {
    const dir = withConfig('figma/channels.json', (json) => {
      json.files.v1 = { key: 'c4LL1cR4t3sVersion1000', name: 'Callicrates 1' };
      json.channels['1.x'] = 'v1';
    });
    expect(resolveFigmaChannel({ root: dir, branch: '1.x' })).toMatchObject({
      fileId: 'v1',
      channel: '1.x',
      releaseBranch: '+([0-9])?(.{+([0-9]),x}).x',
    });
    expect(resolveFigmaChannel({ root: dir, branch: '2.x' }).fileId).toBe('released');
  });

  it('addresses a Figma branch by its own key', () => {
    const file = { key: 'c4LL1cR4t3s0000DesignSys', branch: 'Br4nchKey', name: 'Callicrates Next' };
    expect(figmaFileUrl(file)).toBe(
      'https://www.figma.com/design/c4LL1cR4t3s0000DesignSys/branch/Br4nchKey/Callicrates-Next',
    );
    expect(figmaNodeUrl(file, '10:2')).toMatch(/\/Callicrates-Next\?node-id=10-2$/);
    expect(apiFileKey(file)).toBe('Br4nchKey');
  });
});

describe('where the branch comes from', () => {
  it('prefers FIGMA_BRANCH, then a pull request target, then the pushed branch, then git', () => {
    expect(detectBranch({ env: { FIGMA_BRANCH: 'next', GITHUB_REF_NAME: 'main' } })).toEqual({
      branch: 'next',
      source: 'FIGMA_BRANCH',
    });
    expect(
      detectBranch({ env: { GITHUB_BASE_REF: 'next-major', GITHUB_REF_NAME: '42/merge' } }),
    ).toEqual({ branch: 'next-major', source: 'GITHUB_BASE_REF' });
    expect(detectBranch({ env: { GITHUB_REF_NAME: 'beta', GITHUB_REF_TYPE: 'branch' } })).toEqual({
      branch: 'beta',
      source: 'GITHUB_REF_NAME',
    });
    // A tag names a version, not a channel.
    expect(
      detectBranch({ env: { GITHUB_REF_NAME: 'v1.2.0', GITHUB_REF_TYPE: 'tag' } }).source,
    ).not.toBe('GITHUB_REF_NAME');
  });

  it('reads the git branch of a checkout, and nothing outside one', () => {
    expect(detectBranch({ env: {}, cwd: root }).source).toMatch(/^(git|none)$/);
    scratch = mkdtempSync(join(tmpdir(), 'callicrates-not-git-'));
    expect(detectBranch({ env: {}, cwd: scratch })).toEqual({ branch: null, source: 'none' });
  });

  it('takes --branch from the command line, and refuses one without a name', () => {
    expect(branchArgument(['parse', '--branch', 'next-major'])).toBe('next-major');
    expect(branchArgument(['parse'])).toBeUndefined();
    expect(() => branchArgument(['parse', '--branch'])).toThrow(/needs a branch name/);
    expect(() => resolveFigmaChannel({ root, branch: ' ' })).toThrow(/empty branch name/);
  });
});

describe('one resolver for every consumer', () => {
  it("gives Storybook the channel's file, for the deployed design links", () => {
    for (const [branch, file] of [
      ['main', 'released'],
      ['next-major', 'next-major'],
    ] as const) {
      const storybook = figmaStorybookConfig({ root, env: { FIGMA_BRANCH: branch } });
      const defined = JSON.parse(storybook.define.__CALLICRATES_FIGMA__);
      expect(defined.file).toEqual(loadFigmaData({ root }).files[file]);
      expect(storybook.plugins.map((plugin) => plugin.name)).toEqual(['callicrates:figma']);
    }
  });

  it("links stories to the default branch's file where Storybook chose none", () => {
    const data = loadFigmaData({ root });
    expect(figmaChannel.channel).toBe(data.defaultBranch);
    expect(figmaDesign('Button')).toEqual({
      type: 'figma',
      url: nodeUrlOf(data, data.files.released!, 'Button'),
    });
    expect(figmaDesign('Foundations/Colours').url).toMatch(/\?node-id=1-2$/);
  });

  it("gives Code Connect every component node in the channel's file", () => {
    const data = loadFigmaData({ root });
    const channel = resolveFigmaChannel({ root, data, branch: 'next-major' });
    const config = channelCodeConnectConfig({ root, channel, data });
    const substitutions = config.codeConnect.documentUrlSubstitutions;
    expect(Object.keys(substitutions).sort()).toEqual(
      Object.keys(data.nodes.components)
        .map((name) => `<figma:${name}>`)
        .sort(),
    );
    expect(substitutions['<figma:Button>']).toBe(
      'https://www.figma.com/design/c4LL1cR4t3sNextMajor0000/Callicrates-Next?node-id=10-2',
    );
    expect(config.codeConnect.include).toEqual(['src/**/*.figma.ts']);
  });

  it('refuses to publish Code Connect without a token, or to a Figma branch', () => {
    expect(() => runCodeConnect({ command: 'publish', branch: 'main', env: {} })).toThrow(
      /FIGMA_TOKEN is not set; nothing was sent/,
    );
    const dir = withConfig('figma/channels.json', (json) => {
      json.files['next-major'].branch = 'Br4nchKey';
    });
    expect(() =>
      runCodeConnect({
        command: 'publish',
        branch: 'next-major',
        env: { FIGMA_TOKEN: 't' },
        root: dir,
      }),
    ).toThrow(/Figma branch/);
    expect(() => runCodeConnect({ command: 'push', env: {} })).toThrow(/parse, publish, unpublish/);
  });
});

describe('bad configuration is refused, naming the entry', () => {
  const cases: Array<[string, string, (json: Json) => void, RegExp]> = [
    [
      'a release branch with no file',
      'figma/channels.json',
      (json) => delete json.channels.beta,
      /no entry for the release branch "beta"/,
    ],
    [
      'a file that does not exist',
      'figma/channels.json',
      (json) => (json.channels.next = 'nope'),
      /channels\["next"\]: names the file "nope"/,
    ],
    [
      'a channel for a branch that does not release',
      'figma/channels.json',
      (json) => (json.channels['feature/x'] = 'released'),
      /no release branch of .releaserc.json is or matches "feature\/x"/,
    ],
    [
      'a file key that is not one',
      'figma/channels.json',
      (json) => (json.files.released.key = 'https://www.figma.com/design/abc'),
      /files\["released"\].key must be the file key/,
    ],
    [
      'a default branch that does not release',
      'figma/channels.json',
      (json) => (json.defaultBranch = 'develop'),
      /defaultBranch "develop"/,
    ],
    [
      'a Storybook URL without the version',
      'figma/channels.json',
      (json) => (json.storybook.url = 'https://callicrates.github.io/'),
      /storybook.url/,
    ],
    [
      'a node id written as in a URL',
      'figma/nodes.json',
      (json) => (json.components.Button = '10-2'),
      /components\["Button"\]: "10-2" is not a node id/,
    ],
    [
      'two names on one node',
      'figma/nodes.json',
      (json) => (json.components.Tag = json.components.Badge),
      /node 10:100 is already "Badge"/,
    ],
  ];
  it.each(cases)('%s', (_, file, change, message) => {
    const dir = withConfig(file, change);
    expect(() => loadFigmaData({ root: dir })).toThrow(FigmaConfigError);
    expect(() => loadFigmaData({ root: dir })).toThrow(message);
  });

  it('reports a file that is not JSON', () => {
    scratch = mkdtempSync(join(tmpdir(), 'callicrates-figma-channel-'));
    cpSync(join(root, 'figma'), join(scratch, 'figma'), { recursive: true });
    cpSync(join(root, '.releaserc.json'), join(scratch, '.releaserc.json'));
    writeFileSync(join(scratch, 'figma/nodes.json'), '{ "components": ');
    expect(() => loadFigmaData({ root: scratch! })).toThrow(/figma\/nodes.json: not valid JSON/);
  });
});
