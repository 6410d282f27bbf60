// The drift report: renders from Figma (stubbed: no network here) or a folder, the measure that
// sets text apart, and `npm run drift` on the committed fixtures in a copy of the project.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodePng, encodePng } from '../visual/compare.mjs';
import { UsageError } from '../visual/review.mjs';
import { copyProjectFiles, linkNodeModules } from '../visual/project-copy.mjs';
import { parseDriftArguments } from './drift.mjs';
import {
  DriftInputError,
  fetchFigmaRenders,
  nodeIdOfFileName,
  readRenderFolder,
} from './figma-renders.mjs';
import { measureDrift } from './measure.mjs';

const source = new URL('../..', import.meta.url).pathname.replace(/\/$/, '');
const fixtures = join(source, 'scripts/drift/fixtures/renders');

/** A white picture with rectangles (x, y, w, h): blue ones, then dark ones (text, marks). */
function picture(width: number, height: number, rects: Array<[number, number, number, number]>) {
  const data = new Uint8Array(width * height * 4).fill(255);
  rects.forEach(([x0, y0, w, h], index) => {
    const colour = index === 0 ? [30, 60, 200, 255] : [10, 10, 10, 255];
    for (let y = y0; y < y0 + h; y += 1) {
      for (let x = x0; x < x0 + w; x += 1) data.set(colour, (y * width + x) * 4);
    }
  });
  return encodePng(width, height, data);
}

describe('the drift measure', () => {
  const story = picture(60, 30, [
    [10, 10, 40, 12], // a button
    [14, 13, 20, 6], // its label
  ]);
  const label = [{ left: 14, top: 13, right: 34, bottom: 19 }];

  it('finds no drift in the same picture with more padding around it', () => {
    const design = picture(80, 50, [
      [20, 20, 40, 12],
      [24, 23, 20, 6],
    ]);
    const result = measureDrift({ design, story, textBoxes: label });
    expect(result.layout.changed).toBe(0);
    expect(result.designBox).toEqual({ left: 20, top: 20, width: 40, height: 12 });
    expect(result.storyBox).toEqual({ left: 10, top: 10, width: 40, height: 12 });
  });

  it('sets text apart: glyphs drawn elsewhere are text drift, not layout drift', () => {
    const design = picture(60, 30, [
      [10, 10, 40, 12],
      [16, 13, 20, 6],
    ]);
    const result = measureDrift({ design, story, textBoxes: label });
    expect(result.layout.changed).toBe(0);
    expect(result.text.changed).toBeGreaterThan(0);
    // Without the text boxes the same difference is drift.
    expect(measureDrift({ design, story }).layout.changed).toBeGreaterThan(0);
  });

  it('finds an element moved inside the component', () => {
    const design = picture(60, 30, [
      [10, 10, 40, 12],
      [14, 13, 20, 6],
      [38, 13, 3, 3],
    ]);
    const moved = picture(60, 30, [
      [10, 10, 40, 12],
      [14, 13, 20, 6],
      [44, 13, 3, 3],
    ]);
    const result = measureDrift({ design, story: moved, textBoxes: label });
    // The icon's 9 pixels where it was and the 9 where it is now.
    expect(result.layout.changed).toBe(18);
    expect(result.score).toBe(result.layout.ratio);
  });
});

describe('renders', () => {
  it('names frames after their node ids', () => {
    expect(nodeIdOfFileName('10-2.png')).toBe('10:2');
    expect(nodeIdOfFileName('10_2.PNG')).toBe('10:2');
    expect(nodeIdOfFileName('button.png')).toBeNull();
  });

  it('reads the fixture folder, and refuses a folder it cannot read', async () => {
    const renders = await readRenderFolder(fixtures);
    expect([...renders.keys()]).toEqual(['10:100', '10:120', '10:80', '99:1']);
    await expect(readRenderFolder(join(fixtures, 'nope'))).rejects.toThrow(/no such folder/);
    const bad = await mkdtemp(join(tmpdir(), 'callicrates-renders-'));
    try {
      await writeFile(join(bad, 'button.png'), picture(1, 1, []));
      await writeFile(join(bad, '1-2.png'), 'not a png');
      await expect(readRenderFolder(bad)).rejects.toThrow(
        /1-2\.png: not a PNG\n {2}button\.png: not named after a Figma node id/,
      );
    } finally {
      await rm(bad, { recursive: true });
    }
  });

  it('asks the Figma API for PNGs at scale 1 and downloads them', async () => {
    const png = picture(2, 2, []);
    const calls: Array<{ url: string; token?: string }> = [];
    const fetch = (async (url: string, init?: { headers?: Record<string, string> }) => {
      calls.push({ url, token: init?.headers?.['X-Figma-Token'] });
      if (url.startsWith('https://api.figma.com/')) {
        return Response.json({
          err: null,
          images: { '10:2': 'https://s3.test/a.png', '10:9': null },
        });
      }
      return new Response(png);
    }) as typeof globalThis.fetch;
    const renders = await fetchFigmaRenders({
      token: 't0k',
      fileKey: 'Key1',
      nodeIds: ['10:2', '10:9'],
      fetch,
    });
    expect(calls[0]).toEqual({
      url: 'https://api.figma.com/v1/images/Key1?ids=10%3A2,10%3A9&format=png&scale=1',
      token: 't0k',
    });
    expect(calls[1]?.url).toBe('https://s3.test/a.png');
    expect(renders.get('10:2')?.equals(png)).toBe(true);
    expect(renders.get('10:9')).toBeNull();
  });

  it('says what is wrong with the token or the answer', async () => {
    const answer = (response: Response) =>
      (async () => response) as unknown as typeof globalThis.fetch;
    const ask = (fetch: typeof globalThis.fetch) =>
      fetchFigmaRenders({ token: 'x', fileKey: 'Key1', nodeIds: ['1:2'], fetch });
    await expect(ask(answer(new Response('', { status: 403 })))).rejects.toThrow(
      /refused FIGMA_TOKEN \(403\)/,
    );
    await expect(ask(answer(new Response('', { status: 404 })))).rejects.toThrow(/no file Key1/);
    await expect(ask(answer(Response.json({ err: 'Invalid parameter' })))).rejects.toThrow(
      /Figma API: Invalid parameter/,
    );
    await expect(
      ask((async () => Promise.reject(new Error('ENOTFOUND'))) as typeof globalThis.fetch),
    ).rejects.toThrow(DriftInputError);
  });
});

describe('drift arguments', () => {
  it('needs a token or a folder, and prefers the folder', () => {
    expect(() => parseDriftArguments([], {})).toThrow(UsageError);
    expect(() => parseDriftArguments([], {})).toThrow(/Set FIGMA_TOKEN .* or give --renders/);
    expect(parseDriftArguments(['--renders', 'r'], { FIGMA_TOKEN: 't' })).toMatchObject({
      renders: 'r',
      token: null,
    });
    expect(parseDriftArguments([], { FIGMA_TOKEN: 't' })).toMatchObject({
      renders: null,
      token: 't',
      scheme: 'light',
    });
    expect(() => parseDriftArguments(['--renders', 'r', '--scheme', 'sepia'], {})).toThrow(
      /Unknown scheme/,
    );
    // A picture mode, not a scheme Figma draws: said so, not "unknown".
    expect(() => parseDriftArguments(['--renders', 'r', '--scheme', 'forced-colors'], {})).toThrow(
      /Figma has no forced-colours frames/,
    );
  });
});

describe('npm run drift on the fixtures', () => {
  let dir = '';
  let run: { status: number | null; output: string };
  let report: {
    entries: Array<{
      rank: number;
      storyId: string;
      nodeId: string;
      layout: { ratio: number };
      text: { ratio: number };
      images: Record<string, string>;
    }>;
    unmatched: Array<{ nodeId: string; why: string }>;
  };

  beforeAll(async () => {
    const base = await mkdtemp(join(tmpdir(), 'callicrates-drift-'));
    dir = join(base, 'project');
    await copyProjectFiles(source, dir);
    await linkNodeModules(source, dir);
    const env = {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      LANG: 'C.UTF-8',
      TMPDIR: tmpdir(),
    };
    const git = (...args: string[]) =>
      execFileSync('git', ['-c', 'user.name=T', '-c', 'user.email=t@example.invalid', ...args], {
        cwd: dir,
        env,
      });
    git('init', '--quiet');
    git('add', '--all');
    git('commit', '--quiet', '-m', 'chore: the project as it is');
    execFileSync(process.execPath, ['scripts/tokens/build.mjs'], { cwd: dir, env });
    const result = spawnSync(
      process.execPath,
      [
        'scripts/drift/drift.mjs',
        '--renders',
        'scripts/drift/fixtures/renders',
        'src/atoms/Avatar/Avatar.stories.tsx',
        'src/atoms/Badge/Badge.stories.tsx',
        'src/atoms/Tag/Tag.stories.tsx',
      ],
      { cwd: dir, env, encoding: 'utf8', timeout: 280_000 },
    );
    run = { status: result.status, output: `${result.stdout}${result.stderr}` };
    report = JSON.parse(await readFile(join(dir, 'drift/report.json'), 'utf8'));
  });
  afterAll(async () => {
    if (dir) await rm(join(dir, '..'), { recursive: true, force: true });
  });

  it('ranks the deliberately shifted frame first', () => {
    expect(run.status, run.output).toBe(0);
    expect(report.entries.map((entry) => [entry.rank, entry.storyId, entry.nodeId])).toEqual([
      [1, 'atoms-avatar--playground', '10:80'],
      [2, 'atoms-badge--playground', '10:100'],
      [3, 'atoms-tag--playground', '10:120'],
    ]);
    expect(run.output).toMatch(/ 1\. +\d+\.\d % {2}atoms-avatar--playground \(Figma 10:80\)/);
  });

  it('finds no layout drift where only padding, glyph rasterisation and faint colour differ', () => {
    const [shifted, badge, tag] = report.entries;
    expect(shifted!.layout.ratio).toBeGreaterThan(0.05);
    expect(badge!.layout.ratio).toBe(0);
    expect(tag!.layout.ratio).toBe(0);
    // Their text differs, and is measured apart.
    expect(badge!.text.ratio).toBeGreaterThan(0);
    expect(tag!.text.ratio).toBeGreaterThan(0);
  });

  it('lists the frame no story links to, and writes every picture of the report', async () => {
    expect(report.unmatched).toEqual([{ nodeId: '99:1', why: 'no story links to this frame' }]);
    const html = await readFile(join(dir, 'drift/index.html'), 'utf8');
    for (const entry of report.entries) {
      for (const src of Object.values(entry.images)) {
        expect(html).toContain(`src="${src}"`);
        expect(decodePng(await readFile(join(dir, 'drift', src)), src).width).toBeGreaterThan(0);
      }
    }
  });
});
