// Broken token files must fail the build with a line naming the file and the token, and must
// leave the previous output exactly as it was.
import { spawnSync } from 'node:child_process';
import { readdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

import { buildTokens, TokenBuildError } from './build-tokens.mjs';
import {
  fixtureWith,
  makeWorkspace,
  removeWorkspaces,
  repoRoot,
  snapshotDir,
  validFixture,
  writeTokenFiles,
  type TokenFiles,
} from './test-support.js';

afterAll(removeWorkspaces);

/** Builds the valid fixture, then the broken files over it; returns the error and both snapshots. */
async function buildBroken(broken: TokenFiles) {
  const workspace = await makeWorkspace(validFixture());
  await buildTokens(workspace);
  const before = await snapshotDir(workspace.outDir);

  await writeTokenFiles(workspace.tokensDir, broken);
  const error: unknown = await buildTokens(workspace).then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  const after = await snapshotDir(workspace.outDir);
  const leftovers = (await readdir(dirname(workspace.outDir))).filter(
    (name) => name !== 'generated',
  );
  return { error, before, after, leftovers, workspace };
}

const cases: { problem: string; files: TokenFiles; line: string }[] = [
  {
    problem: 'an unknown alias',
    files: fixtureWith((f) => (f['modes/dark.json'].color.text.primary.$value = '{palette.grey}')),
    line: 'tokens: tokens/modes/dark.json: color.text.primary: unknown alias {palette.grey}',
  },
  {
    problem: 'an alias cycle',
    files: fixtureWith((f) => {
      f['semantic/spacing.json'].inset = {
        sm: { $type: 'dimension', $value: '{inset.md}', $description: 'Cycle.' },
        md: { $type: 'dimension', $value: '{inset.lg}', $description: 'Cycle.' },
        lg: { $type: 'dimension', $value: '{inset.sm}', $description: 'Cycle.' },
      };
    }),
    line: 'tokens: tokens/semantic/spacing.json: inset.lg: alias cycle: inset.lg → inset.sm → inset.md → inset.lg',
  },
  {
    problem: 'an alias to a token of another $type',
    files: fixtureWith((f) => (f['semantic/spacing.json'].inset.md.$value = '{palette.white}')),
    line: 'tokens: tokens/semantic/spacing.json: inset.md: alias {palette.white} is a color token, but a dimension is needed here',
  },
  {
    problem: 'a dimension without a unit',
    files: fixtureWith((f) => (f['primitives/base.json'].space[1].$value = '4')),
    line: 'tokens: tokens/primitives/base.json: space.1: dimension "4" has no unit: write it as a string like "4px" (px, rem or em)',
  },
  {
    problem: 'a number written as a string',
    files: fixtureWith((f) => (f['primitives/base.json'].opacity.disabled.$value = '0.4')),
    line: 'tokens: tokens/primitives/base.json: opacity.disabled: number "0.4" is a string: write it without quotes',
  },
  {
    problem: 'a fontWeight out of range',
    files: fixtureWith((f) => (f['primitives/base.json'].font.weight.regular.$value = 1200)),
    line: 'tokens: tokens/primitives/base.json: font.weight.regular: invalid fontWeight 1200: use a whole number from 1 to 1000',
  },
  {
    problem: 'an invalid colour',
    files: fixtureWith((f) => (f['primitives/base.json'].palette.black.$value = '#00000')),
    line: 'tokens: tokens/primitives/base.json: palette.black: invalid color "#00000": use a hex string "#rrggbb" or "#rrggbbaa"',
  },
  {
    problem: 'a token path defined in two files',
    files: {
      'primitives/extra.json': {
        palette: { white: { $type: 'color', $value: '#fefefe', $description: 'Again.' } },
      },
    },
    line: 'tokens: tokens/primitives/extra.json: palette.white: duplicate token path, already defined in tokens/primitives/base.json',
  },
  {
    problem: 'a mode without a token the other modes have',
    files: fixtureWith((f) => delete f['modes/dark.json'].color.text),
    line: 'tokens: tokens/modes/dark.json: color.text.primary: missing in mode "dark" (defined in light, high-contrast)',
  },
  {
    problem: 'a token without $type',
    files: fixtureWith((f) => delete f['primitives/base.json'].palette.white.$type),
    line: 'tokens: tokens/primitives/base.json: palette.white: missing $type (set it on the token or on a parent group)',
  },
  {
    problem: 'a token without $description',
    files: fixtureWith((f) => delete f['primitives/base.json'].opacity.disabled.$description),
    line: 'tokens: tokens/primitives/base.json: opacity.disabled: missing $description',
  },
  {
    problem: 'a file that is not JSON',
    files: { 'semantic/spacing.json': '{ "inset": ' },
    line: 'tokens: tokens/semantic/spacing.json: (file): cannot parse JSON:',
  },
  {
    problem: 'a contrast pair below its minimum',
    files: fixtureWith((f) => (f['modes/dark.json'].color.text.primary.$value = '{palette.black}')),
    line: 'tokens: tokens/modes/dark.json: color.text.primary: contrast 1:1 on color.bg.canvas in mode "dark" is below 4.5:1 (text)',
  },
];

describe('buildTokens on invalid token files', () => {
  it.each(cases)('reports $problem and keeps the previous output', async ({ files, line }) => {
    const { error, before, after, leftovers } = await buildBroken(files);

    expect(error).toBeInstanceOf(TokenBuildError);
    const lines = (error as TokenBuildError).lines;
    expect(lines.some((l) => l.startsWith(line))).toBe(true);
    expect(after).toEqual(before);
    expect(leftovers).toEqual([]);
  });

  it('reports every problem in one run, not just the first', async () => {
    const { error } = await buildBroken(
      fixtureWith((f) => {
        f['primitives/base.json'].palette.black.$value = 'black';
        f['semantic/spacing.json'].inset.md.$value = '{space.3}';
      }),
    );
    expect((error as TokenBuildError).lines).toEqual([
      'tokens: tokens/primitives/base.json: palette.black: invalid color "black": use a hex string "#rrggbb" or "#rrggbbaa"',
      'tokens: tokens/semantic/spacing.json: inset.md: unknown alias {space.3}',
    ]);
  });

  it('accepts a $type inherited from a group', async () => {
    const workspace = await makeWorkspace(validFixture());
    const result = await buildTokens(workspace);
    expect(result.tokenNames).toContain('space.1');
  });
});

describe('npm run tokens (build.mjs)', () => {
  it('prints one line per problem on stderr and exits with status 1', async () => {
    const workspace = await makeWorkspace(
      fixtureWith((f) => {
        delete f['modes/high-contrast.json'].color.bg;
        f['primitives/base.json'].space[2].$value = 8;
      }),
    );
    const run = spawnSync(
      process.execPath,
      [
        join(repoRoot, 'scripts/tokens/build.mjs'),
        '--tokens',
        workspace.tokensDir,
        '--out',
        workspace.outDir,
      ],
      { encoding: 'utf8' },
    );

    expect(run.status).toBe(1);
    expect(run.stderr.trim().split('\n')).toEqual([
      'tokens: tokens/modes/high-contrast.json: color.bg.canvas: missing in mode "high-contrast" (defined in light, dark)',
      'tokens: tokens/primitives/base.json: space.2: dimension 8 has no unit: write it as a string like "8px" (px, rem or em)',
    ]);
    expect(run.stdout).toBe('');
  });
});
