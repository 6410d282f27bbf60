// figma:export and figma:import, end to end on fixtures shaped like Figma's responses: the round
// trip is the identity, a designer's edits come back as the right review and token diff, and
// anything that would break the tokens, or cannot be read, is refused with nothing written.
import { readFile, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';

import {
  makeWorkspace,
  realTokensDir,
  removeWorkspaces,
  snapshotDir,
  type Workspace,
} from '../../tokens/test-support.js';
import { formatTokenFile } from '../../tokens/token-json.mjs';
import type { CommandIO } from './cli.mjs';
import { figmaExport } from './export.mjs';
import { figmaImport } from './import.mjs';
import {
  exportedFixtureFile,
  FakeFigmaFile,
  figmaFixture,
  fixturesDir,
  realTokensWorkspace,
} from './test-support.js';

/* eslint-disable @typescript-eslint/no-explicit-any -- tests edit Figma responses as plain JSON */

afterAll(removeWorkspaces);
afterEach(() => vi.unstubAllGlobals());

interface Run {
  status: number;
  out: string[];
  err: string[];
}

async function run(
  command: (io: CommandIO) => Promise<number>,
  argv: string[],
  env: Record<string, string> = {},
  cwd?: string,
): Promise<Run> {
  const out: string[] = [];
  const err: string[] = [];
  const status = await command({
    argv,
    env,
    log: (line) => out.push(line),
    error: (line) => err.push(line),
    cwd,
  });
  return { status, out, err };
}

/** The review lines of an import, without the leading spaces. */
const review = (result: Run) => result.out.filter((l) => l.startsWith('  ')).map((l) => l.trim());
const squash = (line: string) => line.replace(/\s+/g, ' ');

/** The fixture tokens, written as the repository writes token files. */
async function fixtureWorkspace(): Promise<Workspace> {
  const files = figmaFixture();
  for (const [name, tree] of Object.entries(files)) {
    if (name.endsWith('.tokens.json')) files[name] = await formatTokenFile(tree);
  }
  return makeWorkspace(files);
}

const fixture = (name: string) => join(fixturesDir, name);
const json = async (path: string) => JSON.parse(await readFile(path, 'utf8'));

describe('export then import', () => {
  // Three token builds, an export and an import of ~240 variables: seconds on a busy 2-core
  // machine, so more than Vitest's default 5 s (a time limit, not a tolerance).
  it(
    'is the identity on the real tokens, and a second export sends nothing',
    { timeout: 30_000 },
    async () => {
      const workspace = await realTokensWorkspace(realTokensDir);
      const before = await snapshotDir(workspace.tokensDir);
      const body = join(workspace.root, 'body.json');
      const exported = await run(figmaExport, ['--tokens', workspace.tokensDir, '--out', body]);
      expect(exported).toMatchObject({ status: 0, err: [] });

      const figma = new FakeFigmaFile();
      figma.post(await json(body));
      const collections = [...figma.collections.values()].map((c) => [
        c.name,
        c.modes.map((m) => m.name),
      ]);
      expect(collections).toEqual([
        ['Primitives', ['Value']],
        ['Semantic colours', ['Light', 'Dark', 'High contrast']],
        ['Sizes', ['Value']],
        ['Typography', ['Value']],
      ]);
      const canvas = figma.variable('color/bg/canvas');
      expect(canvas).toMatchObject({
        resolvedType: 'COLOR',
        scopes: ['FRAME_FILL', 'SHAPE_FILL'],
        codeSyntax: { WEB: 'var(--cal-color-bg-canvas)' },
      });
      expect(Object.values(canvas.valuesByMode)).toContainEqual({
        type: 'VARIABLE_ALIAS',
        id: figma.variable('palette/neutral/0').id,
      });
      expect(figma.variable('font/family/sans').valuesByMode).toEqual({
        [figma.modeId('font/family/sans', 'Value')]: 'Inter',
      });

      const local = join(workspace.root, 'local.json');
      await writeFile(local, JSON.stringify(figma.local()));
      const imported = await run(figmaImport, [local, '--tokens', workspace.tokensDir]);
      expect(imported).toMatchObject({ status: 0, err: [] });
      expect(imported.out.join('\n')).toContain('no changes');
      expect(await snapshotDir(workspace.tokensDir)).toEqual(before);

      const again = await run(figmaExport, [
        '--tokens',
        workspace.tokensDir,
        '--out',
        body,
        '--current',
        local,
      ]);
      expect(again.status).toBe(0);
      expect(await json(body)).toEqual({
        variableCollections: [],
        variableModes: [],
        variables: [],
        variableModeValues: [],
      });
    },
  );

  it('is the identity on the committed fixture, in the REST shape and as Figma’s DTCG export', async () => {
    const workspace = await fixtureWorkspace();
    const before = await snapshotDir(workspace.tokensDir);
    for (const input of [fixture('local-variables.json'), fixture('dtcg')]) {
      const result = await run(figmaImport, [input, '--tokens', workspace.tokensDir]);
      expect(result, input).toMatchObject({ status: 0, err: [] });
      expect(review(result)).toEqual(['no changes: the tokens already match Figma']);
    }
    expect(await snapshotDir(workspace.tokensDir)).toEqual(before);
  });
});

describe('a designer’s changes in Figma', () => {
  it('give the review per token and mode, and exactly that token diff', async () => {
    const workspace = await fixtureWorkspace();
    const files = [
      'primitives/base.tokens.json',
      'modes/light.tokens.json',
      'modes/dark.tokens.json',
      'modes/high-contrast.tokens.json',
    ];
    const before = Object.fromEntries(
      await Promise.all(files.map(async (f) => [f, await json(join(workspace.tokensDir, f))])),
    );
    const text = (file: string) => readFile(join(workspace.tokensDir, file), 'utf8');
    const light = await text('modes/light.tokens.json');
    const dark = await text('modes/dark.tokens.json');

    const result = await run(figmaImport, [
      fixture('local-variables.designer.json'),
      '--tokens',
      workspace.tokensDir,
    ]);
    expect(result.err).toEqual([]);
    expect(result.status).toBe(0);
    expect(review(result).map(squash)).toEqual([
      'changed alias color.shadow [high-contrast] {palette.shade} → {palette.black}',
      'changed alias color.text.link [dark] {palette.blue.300} → {palette.sky.300}',
      'removed palette.blue.300 #9fc9ff',
      'changed value palette.blue.600 #2569ed → #1d56ce',
      'added palette.sky.300 #9fc9ff',
    ]);
    expect(result.out.at(-1)).toBe(
      'figma:import: written: tokens/modes/dark.tokens.json, tokens/modes/high-contrast.tokens.json, tokens/primitives/base.tokens.json',
    );

    // The token diff: the same files with exactly these edits.
    const expected = structuredClone(before);
    const palette = expected['primitives/base.tokens.json'].palette;
    palette.blue[600].$value = {
      colorSpace: 'srgb',
      components: [0.1137, 0.3373, 0.8078],
      alpha: 1,
      hex: '#1d56ce',
    };
    const blue300 = palette.blue[300];
    delete palette.blue[300];
    palette.sky = {
      300: {
        ...blue300,
        $description: 'Blue 300.',
        $extensions: {
          'com.figma': { scopes: [], codeSyntax: { WEB: 'var(--cal-palette-sky-300)' } },
        },
      },
    };
    expected['modes/dark.tokens.json'].color.text.link.$value = '{palette.sky.300}';
    expected['modes/high-contrast.tokens.json'].color.shadow.$value = '{palette.black}';
    for (const file of files) {
      expect(await json(join(workspace.tokensDir, file)), file).toEqual(expected[file]);
    }
    // Byte for byte: a file changes only where a value did.
    expect(await text('modes/light.tokens.json')).toBe(light);
    expect(await text('modes/dark.tokens.json')).toBe(
      dark.replace('"$value": "{palette.blue.300}"', '"$value": "{palette.sky.300}"'),
    );
  });

  it('with --check, prints the review and writes nothing', async () => {
    const workspace = await fixtureWorkspace();
    const before = await snapshotDir(workspace.tokensDir);
    const result = await run(figmaImport, [
      fixture('local-variables.designer.json'),
      '--tokens',
      workspace.tokensDir,
      '--check',
    ]);
    expect(result.status).toBe(0);
    expect(review(result)).toHaveLength(5);
    expect(await snapshotDir(workspace.tokensDir)).toEqual(before);
  });

  it('refuse a deleted variable that a token still uses, naming the file and token', async () => {
    const workspace = await fixtureWorkspace();
    const before = await snapshotDir(workspace.tokensDir);
    const result = await run(figmaImport, [
      fixture('local-variables.deleted.json'),
      '--tokens',
      workspace.tokensDir,
    ]);
    expect(result.status).toBe(1);
    expect(review(result).map(squash)).toEqual([
      'removed color.shadow [dark] {palette.black}',
      'removed color.shadow [high-contrast] {palette.shade}',
      'removed color.shadow [light] {palette.shade}',
    ]);
    expect(result.err).toEqual([
      'figma:import: refused: with these variables the tokens would not build; nothing written:',
      'figma:import:   tokens: tokens/primitives/base.tokens.json: elevation.sm: color: unknown alias {color.shadow}',
    ]);
    expect(await snapshotDir(workspace.tokensDir)).toEqual(before);
  });

  it('refuse a colour that breaks a contrast pair', async () => {
    const workspace = await fixtureWorkspace();
    const before = await snapshotDir(workspace.tokensDir);
    const figma = await exportedFixtureFile();
    const text = figma.variable('color/text/primary');
    text.valuesByMode[figma.modeId('color/text/primary', 'Dark')] = {
      type: 'VARIABLE_ALIAS',
      id: figma.variable('palette/black').id,
    };
    const input = join(workspace.root, 'local.json');
    await writeFile(input, JSON.stringify(figma.local()));

    const result = await run(figmaImport, [input, '--tokens', workspace.tokensDir]);
    expect(result.status).toBe(1);
    expect(result.err).toContain(
      'figma:import:   tokens: tokens/modes/dark.tokens.json: color.text.primary: contrast 1:1 on color.bg.canvas in mode "dark" is below 4.5:1 (text)',
    );
    expect(await snapshotDir(workspace.tokensDir)).toEqual(before);
  });

  it('read from Figma’s DTCG export give the same review', async () => {
    const workspace = await fixtureWorkspace();
    const dtcg = join(workspace.root, 'dtcg');
    const figma = await exportedFixtureFile();
    const link = figma.variable('color/text/link');
    link.valuesByMode[figma.modeId('color/text/link', 'Light')] = {
      type: 'VARIABLE_ALIAS',
      id: figma.variable('palette/black').id,
    };
    const { figmaDtcgExport } = await import('./test-support.js');
    const files = figmaDtcgExport(figma);
    const { mkdir } = await import('node:fs/promises');
    await mkdir(dtcg);
    for (const [name, content] of Object.entries(files))
      await writeFile(join(dtcg, name), JSON.stringify(content));

    const result = await run(figmaImport, [dtcg, '--tokens', workspace.tokensDir, '--check']);
    expect(result.status).toBe(0);
    expect(review(result).map(squash)).toEqual([
      'changed alias color.text.link [light] {palette.blue.600} → {palette.black}',
    ]);
  });
});

describe('malformed or partial input is refused, and nothing is written', () => {
  type Edit = (response: any) => void;
  const variableNamed = (response: any, name: string) =>
    Object.values(response.meta.variables).find((v: any) => v.name === name) as any;

  const cases: { problem: string; edit: Edit; message: RegExp }[] = [
    {
      problem: 'a response without variables',
      edit: (r) => delete r.meta.variables,
      message: /not a GET \/v1\/files\/:key\/variables\/local response/,
    },
    {
      problem: 'a variable without a value in one mode',
      edit: (r) => {
        const v = variableNamed(r, 'color/text/link');
        delete v.valuesByMode[Object.keys(v.valuesByMode)[1] as string];
      },
      message:
        /meta\.variables\["VariableID:[\d:]+"\] \(color\/text\/link\)\.valuesByMode\["[\d:]+"\]: no value for mode "(Dark|High contrast)"/,
    },
    {
      problem: 'an alias to a variable the response does not hold',
      edit: (r) => {
        const v = variableNamed(r, 'color/bg/canvas');
        v.valuesByMode[Object.keys(v.valuesByMode)[0] as string] = {
          type: 'VARIABLE_ALIAS',
          id: 'VariableID:9:99',
        };
      },
      message:
        /aliases "VariableID:9:99", which is not a variable of this file's Callicrates collections/,
    },
    {
      problem: 'a colour channel out of range',
      edit: (r) => {
        const v = variableNamed(r, 'palette/white');
        v.valuesByMode[Object.keys(v.valuesByMode)[0] as string] = { r: 255, g: 255, b: 255, a: 1 };
      },
      message:
        /palette\/white\)\.valuesByMode\["[\d:]+"\]: expected a colour \{ r, g, b, a \} with channels from 0 to 1/,
    },
    {
      problem: 'a mode the tokens do not have',
      edit: (r) => {
        const c = Object.values(r.meta.variableCollections).find(
          (c: any) => c.name === 'Semantic colours',
        ) as any;
        c.modes.push({ modeId: '7:0', name: 'Dimmed' });
      },
      message:
        /mode "Dimmed" is not a Callicrates colour mode \(Light, Dark, High contrast\): add it to MODES/,
    },
    {
      problem: 'a response without one of our collections',
      edit: (r) => {
        const [id] = Object.entries(r.meta.variableCollections).find(
          ([, c]: [string, any]) => c.name === 'Sizes',
        ) as [string, any];
        delete r.meta.variableCollections[id];
        for (const [key, v] of Object.entries(r.meta.variables) as [string, any][]) {
          if (v.variableCollectionId === id) delete r.meta.variables[key];
        }
      },
      message: /collection "Sizes" is missing: a partial response\?/,
    },
    {
      problem: 'a variable name that cannot be a token name',
      edit: (r) => (variableNamed(r, 'palette/white').name = 'palette/Snow White'),
      message: /"palette\/Snow White" cannot be a token name: "Snow White" must be lowercase/,
    },
  ];

  it.each(cases)('refuses $problem', async ({ edit, message }) => {
    const workspace = await fixtureWorkspace();
    const before = await snapshotDir(workspace.tokensDir);
    const response = await json(fixture('local-variables.json'));
    edit(response);
    const input = join(workspace.root, 'broken.json');
    await writeFile(input, JSON.stringify(response));

    const result = await run(figmaImport, [input, '--tokens', workspace.tokensDir]);
    expect(result.status).toBe(1);
    expect(result.err.join('\n')).toMatch(message);
    expect(result.err.at(-1)).toBe('figma:import: nothing written');
    expect(await snapshotDir(workspace.tokensDir)).toEqual(before);
  });

  it('refuses a file that is not JSON, naming it', async () => {
    const workspace = await fixtureWorkspace();
    const input = join(workspace.root, 'truncated.json');
    await writeFile(input, (await readFile(fixture('local-variables.json'), 'utf8')).slice(0, 500));
    const result = await run(figmaImport, [input, '--tokens', workspace.tokensDir]);
    expect(result.status).toBe(1);
    expect(result.err[0]).toMatch(
      /^figma:import: cannot read .*truncated\.json:\n {2}cannot parse JSON: /,
    );
  });

  it('reads a DTCG export of one collection as saying nothing of the others', async () => {
    const workspace = await fixtureWorkspace();
    const before = await snapshotDir(workspace.tokensDir);
    const files = ['Light', 'Dark', 'High contrast'].map((mode) =>
      fixture(`dtcg/Semantic colours.${mode}.tokens.json`),
    );
    const result = await run(figmaImport, [...files, '--tokens', workspace.tokensDir]);
    expect(result).toMatchObject({ status: 0, err: [] });
    expect(result.out).toContain(
      `figma:import: not in ${files.map((f) => relative(process.cwd(), f)).join(', ')}, left as it is: collection Primitives`,
    );
    expect(review(result)).toEqual(['no changes: the tokens already match Figma']);
    expect(await snapshotDir(workspace.tokensDir)).toEqual(before);
  });

  it('refuses a DTCG export that leaves out a mode', async () => {
    const workspace = await fixtureWorkspace();
    const before = await snapshotDir(workspace.tokensDir);
    const files = ['Light', 'Dark'].map((mode) =>
      fixture(`dtcg/Semantic colours.${mode}.tokens.json`),
    );
    const result = await run(figmaImport, [...files, '--tokens', workspace.tokensDir]);
    expect(result.status).toBe(1);
    expect(result.err.join('\n')).toContain(
      'color/bg/canvas: no value for mode "High contrast" (export every mode of Semantic colours)',
    );
    expect(await snapshotDir(workspace.tokensDir)).toEqual(before);
  });
});

describe('arguments and tokens', () => {
  it('figma:import without a file prints the usage', async () => {
    const result = await run(figmaImport, []);
    expect(result.status).toBe(2);
    expect(result.err[0]).toBe(
      'figma:import: which file? Give the Figma response or export to import',
    );
    expect(result.err[1]).toMatch(/^figma:import: usage: npm run figma:import -- /);
  });

  it('figma:import refuses an unknown option', async () => {
    const result = await run(figmaImport, ['x.json', '--force']);
    expect(result.status).toBe(2);
    expect(result.err[0]).toMatch(/^figma:import: Unknown option '--force'/);
  });

  it('figma:import names a file that does not exist', async () => {
    const result = await run(figmaImport, ['missing.json'], {}, '/tmp');
    expect(result.status).toBe(1);
    expect(result.err[0]).toMatch(
      /^figma:import: cannot read \/tmp\/missing\.json:\n {2}cannot read: ENOENT/,
    );
  });

  it('figma:export --file without FIGMA_TOKEN explains the token and writes nothing', async () => {
    const workspace = await fixtureWorkspace();
    const out = join(workspace.root, 'figma-variables.json');
    const result = await run(
      figmaExport,
      ['--tokens', workspace.tokensDir, '--file', 'abc123'],
      {},
      workspace.root,
    );
    expect(result.status).toBe(1);
    expect(result.err[0]).toMatch(
      /^figma:export: --file sends the variables to Figma, which needs FIGMA_TOKEN/,
    );
    await expect(readFile(out)).rejects.toThrow(/ENOENT/);
  });

  it('figma:export refuses a file key that is not one', async () => {
    const result = await run(figmaExport, ['--file', 'https://www.figma.com/design/abc'], {
      FIGMA_TOKEN: 't',
    });
    expect(result.status).toBe(2);
    expect(result.err[0]).toMatch(/--file takes a Figma file key/);
  });

  it('figma:export refuses tokens that do not build, and writes nothing', async () => {
    const workspace = await fixtureWorkspace();
    const base = join(workspace.tokensDir, 'primitives/base.tokens.json');
    await writeFile(base, (await readFile(base, 'utf8')).replace('"Black."', '""'));
    const out = join(workspace.root, 'body.json');
    const result = await run(figmaExport, ['--tokens', workspace.tokensDir, '--out', out]);
    expect(result.status).toBe(1);
    expect(result.err).toEqual([
      'figma:export: the tokens do not build; fix them first:',
      'figma:export:   tokens: tokens/primitives/base.tokens.json: palette.black: missing $description',
    ]);
    await expect(readFile(out)).rejects.toThrow(/ENOENT/);
  });
});

describe('figma:export with FIGMA_TOKEN and --file (fetch stubbed: no network here)', () => {
  it('reads the file’s variables, sends what differs, and then nothing', async () => {
    const workspace = await fixtureWorkspace();
    const figma = new FakeFigmaFile();
    const requests: { method: string; url: string; token: string | null }[] = [];
    vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
      const headers = new Headers(init.headers);
      requests.push({ method: init.method ?? 'GET', url, token: headers.get('X-Figma-Token') });
      const answer =
        init.method === 'POST' ? figma.post(JSON.parse(String(init.body))) : figma.local();
      return new Response(JSON.stringify(answer), { status: 200 });
    });

    const first = await run(figmaExport, ['--tokens', workspace.tokensDir, '--file', 'AbC123'], {
      FIGMA_TOKEN: 'figd_test',
    });
    expect(first.err).toEqual([]);
    expect(first.status).toBe(0);
    expect(requests).toEqual([
      {
        method: 'GET',
        url: 'https://api.figma.com/v1/files/AbC123/variables/local',
        token: 'figd_test',
      },
      {
        method: 'POST',
        url: 'https://api.figma.com/v1/files/AbC123/variables',
        token: 'figd_test',
      },
    ]);
    expect(first.out.at(-1)).toMatch(
      /^figma:export: sent to Figma file AbC123: 4 collections and 14 variables to create/,
    );
    expect(figma.variable('color/text/link').codeSyntax).toEqual({
      WEB: 'var(--cal-color-text-link)',
    });

    const second = await run(figmaExport, ['--tokens', workspace.tokensDir, '--file', 'AbC123'], {
      FIGMA_TOKEN: 'figd_test',
    });
    expect(second.status).toBe(0);
    expect(requests).toHaveLength(3);
    expect(second.out.at(-1)).toBe(
      'figma:export: Figma file AbC123 already holds these 14 variables; nothing sent',
    );
  });

  it('with --channel, sends to the Figma file of the branch’s release channel', async () => {
    const workspace = await fixtureWorkspace();
    const figma = new FakeFigmaFile();
    const urls: string[] = [];
    vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
      urls.push(url);
      const answer =
        init.method === 'POST' ? figma.post(JSON.parse(String(init.body))) : figma.local();
      return new Response(JSON.stringify(answer), { status: 200 });
    });
    const next = await run(figmaExport, ['--tokens', workspace.tokensDir, '--channel'], {
      FIGMA_TOKEN: 'figd_test',
      FIGMA_BRANCH: 'next-major',
    });
    expect(next.err).toEqual([]);
    expect(next.out[0]).toBe(
      'figma:export: next-major channel: Callicrates Next (c4LL1cR4t3sNextMajor0000)',
    );
    expect(urls[0]).toBe('https://api.figma.com/v1/files/c4LL1cR4t3sNextMajor0000/variables/local');
    const maintenance = await run(figmaExport, ['--tokens', workspace.tokensDir, '--channel'], {
      FIGMA_TOKEN: 'figd_test',
      FIGMA_BRANCH: '2.x',
    });
    expect(maintenance.out[0]).toMatch(
      /^figma:export: .* channel: Callicrates \(c4LL1cR4t3s0000DesignSys\)$/,
    );
  });

  it('refuses --channel without a token, and --channel with --file, writing nothing', async () => {
    const workspace = await fixtureWorkspace();
    const noToken = await run(
      figmaExport,
      ['--tokens', workspace.tokensDir, '--channel'],
      {},
      workspace.root,
    );
    expect(noToken.status).toBe(1);
    expect(noToken.err[0]).toMatch(
      /--channel sends the variables to Figma, which needs FIGMA_TOKEN/,
    );
    const both = await run(
      figmaExport,
      ['--tokens', workspace.tokensDir, '--channel', '--file', 'AbC123'],
      { FIGMA_TOKEN: 'figd_test' },
      workspace.root,
    );
    expect(both.status).toBe(2);
    expect(both.err[0]).toMatch(/drop --file/);
    await expect(readFile(join(workspace.root, 'figma-variables.json'))).rejects.toThrow(/ENOENT/);
  });

  it('reports Figma’s error body and writes nothing', async () => {
    const workspace = await fixtureWorkspace();
    vi.stubGlobal(
      'fetch',
      async () =>
        new Response(
          JSON.stringify({
            status: 403,
            error: true,
            message: 'Invalid scope(s): file_variables:read',
          }),
          {
            status: 403,
          },
        ),
    );
    const result = await run(
      figmaExport,
      ['--tokens', workspace.tokensDir, '--file', 'AbC123'],
      { FIGMA_TOKEN: 'figd_test' },
      workspace.root,
    );
    expect(result.status).toBe(1);
    expect(result.err).toEqual([
      'figma:export: GET /v1/files/AbC123/variables/local: Figma answered 403: Invalid scope(s): file_variables:read (does the token have the scope this command needs, and the plan the API needs?)',
    ]);
    await expect(readFile(join(workspace.root, 'figma-variables.json'))).rejects.toThrow(/ENOENT/);
  });
});
