// Broken token files must fail the build with a line naming the file and the token, and must
// leave the previous output exactly as it was.
import { spawnSync } from 'node:child_process';
import { cp, readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

import { buildTokens, TokenBuildError } from './build-tokens.mjs';
import {
  fixtureResolver,
  fixtureWith,
  makeWorkspace,
  measure,
  realTokensDir,
  removeWorkspaces,
  repoRoot,
  snapshotDir,
  srgb,
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
    files: fixtureWith(
      (f) => (f['modes/dark.tokens.json'].color.text.primary.$value = '{palette.grey}'),
    ),
    line: 'tokens: tokens/modes/dark.tokens.json: color.text.primary: unknown alias {palette.grey}',
  },
  {
    problem: 'an alias cycle',
    files: fixtureWith((f) => {
      f['semantic/spacing.tokens.json'].inset = {
        sm: { $type: 'dimension', $value: '{inset.md}', $description: 'Cycle.' },
        md: { $type: 'dimension', $value: '{inset.lg}', $description: 'Cycle.' },
        lg: { $type: 'dimension', $value: '{inset.sm}', $description: 'Cycle.' },
      };
    }),
    line: 'tokens: tokens/semantic/spacing.tokens.json: inset.lg: alias cycle: inset.lg → inset.sm → inset.md → inset.lg',
  },
  {
    problem: 'an alias to a token of another $type',
    files: fixtureWith(
      (f) => (f['semantic/spacing.tokens.json'].inset.md.$value = '{palette.white}'),
    ),
    line: 'tokens: tokens/semantic/spacing.tokens.json: inset.md: alias {palette.white} is a color token, but a dimension is needed here',
  },
  {
    problem: 'a dimension without a unit',
    files: fixtureWith((f) => (f['primitives/base.tokens.json'].space[1].$value = { value: 4 })),
    line: 'tokens: tokens/primitives/base.tokens.json: space.1: dimension {"value":4} has no unit: add "unit" (px, rem, em)',
  },
  {
    problem: 'a dimension written as a number',
    files: fixtureWith((f) => (f['primitives/base.tokens.json'].space[1].$value = '4')),
    line: 'tokens: tokens/primitives/base.tokens.json: space.1: dimension "4" has no unit: write it as { "value": 4, "unit": "px" } (px, rem, em)',
  },
  {
    problem: 'a dimension in the pre-2025.10 string form',
    files: fixtureWith((f) => (f['primitives/base.tokens.json'].space[1].$value = '4px')),
    line: 'tokens: tokens/primitives/base.tokens.json: space.1: dimension "4px" is a string: write it as { "value": 4, "unit": "px" } (DTCG 2025.10)',
  },
  {
    problem: 'a dimension in an unknown unit',
    files: fixtureWith(
      (f) => (f['primitives/base.tokens.json'].space[1].$value = measure(4, 'vh')),
    ),
    line: 'tokens: tokens/primitives/base.tokens.json: space.1: unit: invalid unit "vh": use px, rem, em',
  },
  {
    problem: 'a negative duration',
    files: fixtureWith(
      (f) =>
        (f['primitives/base.tokens.json'].motion = {
          fast: { $type: 'duration', $value: measure(-100, 'ms'), $description: 'Negative.' },
        }),
    ),
    line: 'tokens: tokens/primitives/base.tokens.json: motion.fast: invalid duration {"value":-100,"unit":"ms"}: it cannot be negative',
  },
  {
    problem: 'a number written as a string',
    files: fixtureWith((f) => (f['primitives/base.tokens.json'].opacity.disabled.$value = '0.4')),
    line: 'tokens: tokens/primitives/base.tokens.json: opacity.disabled: number "0.4" is a string: write it without quotes',
  },
  {
    problem: 'a fontWeight out of range',
    files: fixtureWith((f) => (f['primitives/base.tokens.json'].font.weight.regular.$value = 1200)),
    line: 'tokens: tokens/primitives/base.tokens.json: font.weight.regular: invalid fontWeight 1200: use a whole number from 1 to 1000',
  },
  {
    problem: 'an invalid colour',
    files: fixtureWith(
      (f) => (f['primitives/base.tokens.json'].palette.black.$value.components = [0, 0]),
    ),
    line: 'tokens: tokens/primitives/base.tokens.json: palette.black: invalid color {"colorSpace":"srgb","components":[0,0],"alpha":1,"hex":"#000000"}: "components" must be three numbers from 0 to 1',
  },
  {
    problem: 'a colour in the pre-2025.10 hex form',
    files: fixtureWith(
      (f) => (f['primitives/base.tokens.json'].palette.black.$value = '#0000001a'),
    ),
    line: 'tokens: tokens/primitives/base.tokens.json: palette.black: color "#0000001a" is a string: write it as {"colorSpace":"srgb","components":[0,0,0],"alpha":0.102,"hex":"#000000"} (DTCG 2025.10)',
  },
  {
    problem: 'a colour whose hex disagrees with its components',
    files: fixtureWith(
      (f) => (f['primitives/base.tokens.json'].palette.black.$value.hex = '#000001'),
    ),
    line: 'tokens: tokens/primitives/base.tokens.json: palette.black: hex: "#000001" does not match the components [0,0,0], which are #000000: correct one of them',
  },
  {
    problem: 'a colour space the CSS output cannot hold',
    files: fixtureWith(
      (f) => (f['primitives/base.tokens.json'].palette.black.$value.colorSpace = 'oklch'),
    ),
    line: 'tokens: tokens/primitives/base.tokens.json: palette.black: colorSpace: "oklch" is not supported: use "srgb" (the CSS output is hex)',
  },
  {
    problem: 'a token path defined in two files',
    files: {
      'primitives/extra.tokens.json': {
        palette: {
          white: {
            $type: 'color',
            $value: srgb([0.9961, 0.9961, 0.9961], '#fefefe'),
            $description: 'Again.',
          },
        },
      },
      'tokens.resolver.json': fixtureResolver([
        'primitives/base.tokens.json',
        'primitives/extra.tokens.json',
        'semantic/spacing.tokens.json',
      ]),
    },
    line: 'tokens: tokens/primitives/extra.tokens.json: palette.white: duplicate token path, already defined in tokens/primitives/base.tokens.json',
  },
  {
    problem: 'a mode without a token the other modes have',
    files: fixtureWith((f) => delete f['modes/dark.tokens.json'].color.text),
    line: 'tokens: tokens/modes/dark.tokens.json: color.text.primary: missing in mode "dark" (defined in light, high-contrast)',
  },
  {
    problem: 'a token without $type',
    files: fixtureWith((f) => delete f['primitives/base.tokens.json'].palette.white.$type),
    line: 'tokens: tokens/primitives/base.tokens.json: palette.white: missing $type (set it on the token or on a parent group)',
  },
  {
    problem: 'a token without $description',
    files: fixtureWith(
      (f) => delete f['primitives/base.tokens.json'].opacity.disabled.$description,
    ),
    line: 'tokens: tokens/primitives/base.tokens.json: opacity.disabled: missing $description',
  },
  {
    problem: 'a file that is not JSON',
    files: { 'semantic/spacing.tokens.json': '{ "inset": ' },
    line: 'tokens: tokens/semantic/spacing.tokens.json: (file): cannot parse JSON:',
  },
  {
    problem: 'a token file the resolver does not list',
    files: {
      'semantic/extra.tokens.json': { gap: { $type: 'number', $value: 1, $description: 'x' } },
    },
    line: 'tokens: tokens/semantic/extra.tokens.json: (file): not listed in tokens/tokens.resolver.json',
  },
  {
    problem: 'a token file left in the pre-2025.10 name',
    files: { 'modes/dark.json': { color: {} } },
    line: 'tokens: tokens/modes/dark.json: (file): token files are named *.tokens.json (DTCG 2025.10) and listed in tokens/tokens.resolver.json',
  },
  {
    problem: 'a resolver naming a file that does not exist',
    files: fixtureWith(
      (f) => (f['tokens.resolver.json'].sets.core.sources[1].$ref = 'semantic/spacng.tokens.json'),
    ),
    line: 'tokens: tokens/tokens.resolver.json: sets.core.sources[1]: "semantic/spacng.tokens.json" not found',
  },
  {
    problem: 'a resolver with a mode that is not configured',
    files: fixtureWith((f) => {
      const { contexts } = f['tokens.resolver.json'].modifiers.theme;
      contexts.dim = contexts.dark;
      delete contexts.dark;
    }),
    line: 'tokens: tokens/tokens.resolver.json: modifiers.theme.contexts.dim: unknown mode "dim" (modes are configured in scripts/tokens/config.mjs: light, dark, high-contrast)',
  },
  {
    problem: 'a resolver without a configured mode',
    files: fixtureWith((f) => delete f['tokens.resolver.json'].modifiers.theme.contexts.dark),
    line: 'tokens: tokens/tokens.resolver.json: modifiers.theme.contexts: mode "dark" has no token file',
  },
  {
    problem: 'a resolution order that leaves out a set',
    files: fixtureWith((f) => f['tokens.resolver.json'].resolutionOrder.shift()),
    line: 'tokens: tokens/tokens.resolver.json: resolutionOrder: must list each set and then the theme modifier once, as { "$ref": "…" }: #/sets/core, #/modifiers/theme',
  },
  {
    problem: 'a Figma scope that does not fit the variable type',
    files: fixtureWith(
      (f) =>
        (f['primitives/base.tokens.json'].palette.white.$extensions = {
          'com.figma': { scopes: ['GAP'], codeSyntax: { WEB: 'var(--cal-palette-white)' } },
        }),
    ),
    line: 'tokens: tokens/primitives/base.tokens.json: palette.white: $extensions["com.figma"].scopes: "GAP" is not a scope of a COLOR variable (ALL_SCOPES, ALL_FILLS, FRAME_FILL, SHAPE_FILL, TEXT_FILL, STROKE_COLOR, EFFECT_COLOR)',
  },
  {
    problem: 'a Figma code syntax that names another variable',
    files: fixtureWith(
      (f) =>
        (f['semantic/spacing.tokens.json'].inset.md.$extensions = {
          'com.figma': { scopes: ['GAP'], codeSyntax: { WEB: 'var(--cal-inset-medium)' } },
        }),
    ),
    line: `tokens: tokens/semantic/spacing.tokens.json: inset.md: $extensions["com.figma"].codeSyntax.WEB is "var(--cal-inset-medium)", but this token's CSS variable is var(--cal-inset-md)`,
  },
  {
    problem: 'Figma metadata on a token Figma cannot hold',
    files: fixtureWith((f) => {
      const space = f['primitives/base.tokens.json'].space[1];
      space.$value = measure(1, 'em');
      space.$extensions = {
        'com.figma': { scopes: ['GAP'], codeSyntax: { WEB: 'var(--cal-space-1)' } },
      };
    }),
    line: 'tokens: tokens/primitives/base.tokens.json: space.1: $extensions["com.figma"]: a dimension in em has no Figma variable (Figma numbers are pixels); remove the extension',
  },
  {
    problem: 'Figma metadata that differs between modes',
    files: fixtureWith((f) => {
      const figma = (scopes: string[]) => ({
        'com.figma': { scopes, codeSyntax: { WEB: 'var(--cal-color-bg-canvas)' } },
      });
      f['modes/light.tokens.json'].color.bg.canvas.$extensions = figma(['FRAME_FILL']);
      f['modes/dark.tokens.json'].color.bg.canvas.$extensions = figma(['FRAME_FILL']);
      f['modes/high-contrast.tokens.json'].color.bg.canvas.$extensions = figma(['ALL_FILLS']);
    }),
    line: 'tokens: tokens/modes/high-contrast.tokens.json: color.bg.canvas: $extensions["com.figma"] differs from mode "light": a Figma variable has the same scopes and code syntax in every mode',
  },
  {
    problem: 'a contrast pair below its minimum',
    files: fixtureWith(
      (f) => (f['modes/dark.tokens.json'].color.text.primary.$value = '{palette.black}'),
    ),
    line: 'tokens: tokens/modes/dark.tokens.json: color.text.primary: contrast 1:1 on color.bg.canvas in mode "dark" is below 4.5:1 (text)',
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
        f['primitives/base.tokens.json'].palette.black.$value = 'black';
        f['semantic/spacing.tokens.json'].inset.md.$value = '{space.3}';
      }),
    );
    expect((error as TokenBuildError).lines).toEqual([
      'tokens: tokens/primitives/base.tokens.json: palette.black: invalid color "black": use { "colorSpace": "srgb", "components": [r, g, b], "alpha": 1, "hex": "#rrggbb" }',
      'tokens: tokens/semantic/spacing.tokens.json: inset.md: unknown alias {space.3}',
    ]);
  });

  it('reports a file that cannot be parsed once, without a line for each token it holds', async () => {
    // A truncated mode file used to add "missing in mode" for each of its 58 colours and
    // "unknown alias" for the shadows that use one: 66 lines burying the one cause.
    const workspace = await makeWorkspace();
    await cp(realTokensDir, workspace.tokensDir, { recursive: true });
    const dark = join(workspace.tokensDir, 'modes/dark.tokens.json');
    const text = await readFile(dark, 'utf8');
    await writeFile(dark, text.slice(0, text.length / 2));

    const error = await buildTokens(workspace).catch((thrown: unknown) => thrown);
    expect((error as TokenBuildError).lines).toEqual([
      expect.stringMatching(
        /^tokens: tokens\/modes\/dark\.tokens\.json: \(file\): cannot parse JSON: /,
      ),
    ]);
  });

  it('still reports problems inside the other files when one cannot be parsed', async () => {
    const { error } = await buildBroken(
      fixtureWith((f) => {
        f['primitives/base.tokens.json'] = '{ "palette": {';
        f['semantic/spacing.tokens.json'].inset.md.$description = '';
      }),
    );
    const lines = (error as TokenBuildError).lines;
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(
      /^tokens: tokens\/primitives\/base\.tokens\.json: \(file\): cannot parse JSON: /,
    );
    expect(lines[1]).toBe(
      'tokens: tokens/semantic/spacing.tokens.json: inset.md: missing $description',
    );
  });

  it('reports a resolver that cannot be parsed once', async () => {
    const { error } = await buildBroken({ 'tokens.resolver.json': '{ "version": "2025.10", ' });
    expect((error as TokenBuildError).lines).toEqual([
      expect.stringMatching(
        /^tokens: tokens\/tokens\.resolver\.json: \(file\): cannot parse JSON: /,
      ),
    ]);
  });

  it('asks for a resolver when there is none', async () => {
    const workspace = await makeWorkspace(fixtureWith((f) => delete f['tokens.resolver.json']));
    const error = await buildTokens(workspace).catch((thrown: unknown) => thrown);
    expect((error as TokenBuildError).lines).toEqual([
      'tokens: tokens: (file): expected one *.resolver.json at the top of tokens/ (found none): it lists the token files and modes (see tokens/README.md)',
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
        delete f['modes/high-contrast.tokens.json'].color.bg;
        f['primitives/base.tokens.json'].space[2].$value = 8;
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
      'tokens: tokens/modes/high-contrast.tokens.json: color.bg.canvas: missing in mode "high-contrast" (defined in light, dark)',
      'tokens: tokens/primitives/base.tokens.json: space.2: dimension 8 has no unit: write it as { "value": 8, "unit": "px" } (px, rem, em)',
    ]);
    expect(run.stdout).toBe('');
  });
});
