// Contrast proof, computed independently of the build: the token JSON is resolved here by a
// separate minimal resolver and measured with colorjs.io, so a bug in the build's own contrast
// code cannot hide a failing pair.
import Color from 'colorjs.io';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { buildTokens, type BuildResult } from './build-tokens.mjs';
import { makeWorkspace, realTokensDir, removeWorkspaces } from './test-support.js';

const MODES = ['light', 'dark', 'high-contrast'] as const;
const REQUIRED = { text: 4.5, 'large-text': 3, ui: 3 } as const;

interface Pair {
  fg: string;
  bg: string;
  kind: keyof typeof REQUIRED | 'exempt';
  reason?: string;
}

let pairs: Pair[];
let colors: Record<(typeof MODES)[number], Map<string, Color>>;
let built: BuildResult;

beforeAll(async () => {
  pairs = (
    JSON.parse(await readFile(join(realTokensDir, 'contrast-pairs.json'), 'utf8')) as {
      pairs: Pair[];
    }
  ).pairs;
  const core = await readValues(await coreFiles());
  colors = {
    light: resolveAll(new Map([...core, ...(await readValues(['modes/light.tokens.json']))])),
    dark: resolveAll(new Map([...core, ...(await readValues(['modes/dark.tokens.json']))])),
    'high-contrast': resolveAll(
      new Map([...core, ...(await readValues(['modes/high-contrast.tokens.json']))]),
    ),
  };
  built = await buildTokens({ tokensDir: realTokensDir, outDir: (await makeWorkspace()).outDir });
});
afterAll(removeWorkspaces);

async function coreFiles(): Promise<string[]> {
  const files = await readdir(realTokensDir, { recursive: true });
  return files
    .map((f) => f.split('\\').join('/'))
    .filter((f) => f.endsWith('.tokens.json') && !f.startsWith('modes/'));
}

/** Token name → raw $value for every token in the given files. */
async function readValues(files: string[]): Promise<Map<string, unknown>> {
  const values = new Map<string, unknown>();
  const walk = (node: Record<string, unknown>, path: string[]) => {
    if ('$value' in node) return void values.set(path.join('.'), node.$value);
    for (const [key, child] of Object.entries(node)) {
      if (!key.startsWith('$') && typeof child === 'object' && child !== null) {
        walk(child as Record<string, unknown>, [...path, key]);
      }
    }
  };
  for (const file of files) walk(JSON.parse(await readFile(join(realTokensDir, file), 'utf8')), []);
  return values;
}

/**
 * Follows `{alias}` chains down to literal values; keeps only the colours, read from their
 * 2025.10 components and alpha (not from the `hex` the build's own check compares them with).
 */
function resolveAll(values: Map<string, unknown>): Map<string, Color> {
  const resolve = (value: unknown, depth = 0): unknown => {
    const alias = typeof value === 'string' ? /^\{(.+)\}$/.exec(value)?.[1] : undefined;
    if (alias === undefined) return value;
    if (depth > 20 || !values.has(alias)) throw new Error(`cannot resolve {${alias}}`);
    return resolve(values.get(alias), depth + 1);
  };
  const resolved = new Map<string, Color>();
  for (const [name, value] of values) {
    const literal = resolve(value) as {
      colorSpace?: unknown;
      components?: [number, number, number];
      alpha?: number;
    };
    if (literal?.colorSpace === 'srgb' && literal.components) {
      resolved.set(name, new Color('srgb', literal.components, literal.alpha ?? 1));
    }
  }
  return resolved;
}

/** What a browser paints: `top` over opaque `bottom`, blended in gamma-encoded sRGB. */
function paint(top: Color, bottom: Color): Color {
  const a = top.alpha;
  const [r1, g1, b1] = top.to('srgb').coords;
  const [r2, g2, b2] = bottom.to('srgb').coords;
  return new Color('srgb', [r1 * a + r2 * (1 - a), g1 * a + g2 * (1 - a), b1 * a + b2 * (1 - a)]);
}

function ratio(pair: Pair, mode: (typeof MODES)[number]): number {
  const lookup = (name: string) => {
    const color = colors[mode].get(name);
    if (!color) throw new Error(`unknown colour token ${name} in ${mode}`);
    return color;
  };
  const canvas = lookup('color.bg.canvas');
  expect(canvas.alpha, `color.bg.canvas must be opaque in ${mode}`).toBe(1);
  const bg = paint(lookup(pair.bg), canvas);
  const fg = paint(lookup(pair.fg), bg);
  return Color.contrastWCAG21(fg, bg);
}

describe('contrast pairs', () => {
  it('meet WCAG 2.2 AA in every mode', () => {
    const failures = pairs.flatMap((pair) =>
      pair.kind === 'exempt'
        ? []
        : MODES.map((mode) => ({ pair, mode, ratio: ratio(pair, mode) }))
            .filter(({ pair: p, ratio: r }) => r < REQUIRED[p.kind as keyof typeof REQUIRED])
            .map(({ mode, ratio: r }) => `${pair.fg} on ${pair.bg} in ${mode}: ${r.toFixed(2)}:1`),
    );
    expect(failures).toEqual([]);
  });

  it('agree with the ratios the build publishes in contrast.ts', () => {
    expect(built.contrastPairs.map(({ fg, bg, kind }) => ({ fg, bg, kind }))).toEqual(
      pairs.map(({ fg, bg, kind }) => ({ fg, bg, kind })),
    );
    for (const published of built.contrastPairs) {
      const pair = pairs.find((p) => p.fg === published.fg && p.bg === published.bg) as Pair;
      for (const mode of MODES) {
        expect(published.ratios[mode], `${pair.fg} on ${pair.bg} in ${mode}`).toBeCloseTo(
          ratio(pair, mode),
          1,
        );
      }
    }
  });

  it('give a reason for every exemption', () => {
    for (const pair of pairs.filter((p) => p.kind === 'exempt'))
      expect(pair.reason?.trim()).toBeTruthy();
  });

  it('cover every semantic colour', () => {
    // The shadow colour is never drawn behind or under content, so it has no contrast partner.
    const notDrawnWithText = ['color.elevation.shadow'];
    const paired = new Set(pairs.flatMap((p) => [p.fg, p.bg]));
    const semantic = [...colors.light.keys()].filter((n) => n.startsWith('color.'));
    expect(semantic.filter((n) => !paired.has(n) && !notDrawnWithText.includes(n))).toEqual([]);
  });

  it('include the pairs components depend on', () => {
    const has = (fg: string, bg: string, kind: Pair['kind']) =>
      pairs.some((p) => p.fg === `color.${fg}` && p.bg === `color.${bg}` && p.kind === kind);
    const surfaces = ['canvas', 'surface', 'raised', 'sunken'];
    const expected: [string, string, Pair['kind']][] = [
      ...surfaces.flatMap((bg) =>
        ['primary', 'secondary', 'link', 'link-visited'].map(
          (fg): [string, string, Pair['kind']] => [`text.${fg}`, `bg.${bg}`, 'text'],
        ),
      ),
      ...surfaces.map((bg): [string, string, Pair['kind']] => ['border.strong', `bg.${bg}`, 'ui']),
      ['text.inverse', 'bg.inverse', 'text'],
      ['focus.ring', 'bg.canvas', 'ui'],
      ['focus.ring', 'bg.surface', 'ui'],
      ['interactive.primary.rest', 'bg.canvas', 'ui'],
      ['field.border', 'field.bg', 'ui'],
      ...['primary', 'secondary', 'tertiary', 'danger'].flatMap((k) =>
        ['rest', 'hover', 'pressed'].map((state): [string, string, Pair['kind']] => [
          `interactive.${k}.fg`,
          `interactive.${k}.${state}`,
          'text',
        ]),
      ),
      ...['info', 'success', 'warning', 'error'].map((s): [string, string, Pair['kind']] => [
        `status.${s}.fg`,
        `status.${s}.bg`,
        'text',
      ]),
      // A range's band (Calendar.styles.ts): its text, today's ring, the focus ring, the ends.
      ['text.primary', 'bg.selected', 'text'],
      ['border.strong', 'bg.selected', 'ui'],
      ['focus.ring', 'bg.selected', 'ui'],
      ['interactive.primary.rest', 'bg.selected', 'ui'],
      // Selected rows (DataTable, List) and the bulk bar: links in cells, tertiary buttons, and a
      // checkbox's box, unchecked (field.border) or checked (interactive.primary.rest, above).
      ['text.link', 'bg.selected', 'text'],
      ['text.link-hover', 'bg.selected', 'text'],
      ['text.link-visited', 'bg.selected', 'text'],
      ['interactive.tertiary.fg', 'bg.selected', 'text'],
      ['field.border', 'bg.selected', 'ui'],
    ];
    expect(expected.filter(([fg, bg, kind]) => !has(fg, bg, kind))).toEqual([]);
  });
});
