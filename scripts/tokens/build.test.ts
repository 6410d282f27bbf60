// The real token set builds into the outputs components rely on: stable names, var() chains,
// identical token sets per mode, and byte-identical output on every run.
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import {
  colorSchemes,
  cssVar,
  cssVarName,
  typographyStyles,
  type TokenName,
} from '../../src/tokens/index.js';
import { buildTokens, type BuildResult } from './build-tokens.mjs';
import { compactCss } from './emit-ts.mjs';
import {
  makeWorkspace,
  realTokensDir,
  removeWorkspaces,
  snapshotDir,
  type Workspace,
} from './test-support.js';

let first: Workspace;
let result: BuildResult;
let css: string;

beforeAll(async () => {
  first = await makeWorkspace();
  result = await buildTokens({ tokensDir: realTokensDir, outDir: first.outDir });
  css = await readFile(join(first.outDir, 'tokens.css'), 'utf8');
});
afterAll(removeWorkspaces);

interface CssBlock {
  /** The selector, prefixed by its @media condition when nested. */
  at: string;
  declarations: Map<string, string>;
}

/**
 * A strict reader for the shape the build writes (rules, optionally inside @media, one
 * declaration per line). Anything else fails the test, which also catches a comment that
 * closes early or a stray character.
 */
function readBlocks(text: string): CssBlock[] {
  const lines = text.split('\n');
  expect(lines[0]).toMatch(/^\/\* [^*]*\*\/$/);
  const blocks: CssBlock[] = [];
  let media = '';
  let block: CssBlock | undefined;
  for (const line of lines.slice(1)) {
    const trimmed = line.trim();
    if (trimmed === '') continue;
    const mediaStart = /^@media (.+) \{$/.exec(trimmed);
    const ruleStart = /^([^{}]+) \{$/.exec(trimmed);
    const declaration = /^(--cal-[a-z0-9-]+|color-scheme): ([^;{}]+);$/.exec(trimmed);
    if (mediaStart?.[1] && !block) media = `@media ${mediaStart[1]} `;
    else if (ruleStart?.[1] && !block)
      blocks.push((block = { at: `${media}${ruleStart[1]}`, declarations: new Map() }));
    else if (declaration?.[1] && declaration[2] && block)
      block.declarations.set(declaration[1], declaration[2]);
    else if (trimmed === '}' && block) block = undefined;
    else if (trimmed === '}' && media) media = '';
    else throw new Error(`unexpected line in tokens.css: ${line}`);
  }
  return blocks;
}

const blockAt = (at: string) => {
  const found = readBlocks(css).find((b) => b.at === at);
  if (!found) throw new Error(`no block ${at}`);
  return found.declarations;
};

const MODE_BLOCKS = {
  light: ':root, [data-theme="light"], [data-theme="system"]',
  dark: '[data-theme="dark"]',
  'high-contrast': '[data-theme="high-contrast"]',
  'system dark': '@media (prefers-color-scheme: dark) [data-theme="system"]',
  'system high-contrast': '@media (prefers-contrast: more) [data-theme="system"]',
};

describe('tokens.css', () => {
  it('has the core block, one block per mode, then the system-preference blocks in cascade order', () => {
    expect(readBlocks(css).map((b) => b.at)).toEqual([':root', ...Object.values(MODE_BLOCKS)]);
  });

  it('declares the same variables in every mode block', () => {
    const [reference, ...others] = Object.values(MODE_BLOCKS).map((at) => [...blockAt(at).keys()]);
    expect(reference?.length).toBeGreaterThan(40);
    for (const names of others) expect(names).toEqual(reference);
  });

  it('sets color-scheme per mode', () => {
    expect(blockAt(MODE_BLOCKS.light).get('color-scheme')).toBe('light');
    expect(blockAt(MODE_BLOCKS.dark).get('color-scheme')).toBe('dark');
    expect(blockAt(MODE_BLOCKS['system dark']).get('color-scheme')).toBe('dark');
  });

  it('declares every token exactly once per scope: core on :root, mode tokens per mode', () => {
    const core = [...blockAt(':root').keys()];
    const modal = [...blockAt(MODE_BLOCKS.light).keys()].filter((n) => n !== 'color-scheme');
    expect(core.filter((name) => modal.includes(name))).toEqual([]);
    expect([...core, ...modal].sort()).toEqual(
      result.tokenNames.map((n) => cssVarName(n as TokenName)).sort(),
    );
  });

  it('keeps aliases as var() chains', () => {
    const light = blockAt(MODE_BLOCKS.light);
    const core = blockAt(':root');
    for (const [name, value] of light) {
      if (name.startsWith('--cal-color-'))
        expect(value, name).toMatch(/^var\(--cal-palette-[a-z0-9-]+\)$/);
    }
    expect(light.get('--cal-color-bg-canvas')).toBe('var(--cal-palette-neutral-0)');
    expect(core.get('--cal-typography-body-font-size')).toBe('var(--cal-font-size-300)');
    expect(core.get('--cal-typography-code-font-family')).toBe('var(--cal-font-family-mono)');
    expect(core.get('--cal-size-control-md')).toBe('var(--cal-size-10)');
    expect(core.get('--cal-space-inset-md')).toBe('var(--cal-space-4)');
    expect(core.get('--cal-palette-blue-600')).toMatch(/^#[0-9a-f]{6}$/);
  });

  it('re-declares shadows in every mode, so they pick up that mode’s shadow colour', () => {
    expect(blockAt(':root').has('--cal-elevation-md')).toBe(false);
    for (const at of Object.values(MODE_BLOCKS)) {
      expect(blockAt(at).get('--cal-elevation-md')).toContain('var(--cal-color-elevation-shadow)');
    }
  });

  it('references only variables it declares', () => {
    const declared = new Set(readBlocks(css).flatMap((b) => [...b.declarations.keys()]));
    const referenced = [...css.matchAll(/var\((--cal-[a-z0-9-]+)\)/g)].map((m) => m[1]);
    expect(referenced.filter((name) => !declared.has(name ?? ''))).toEqual([]);
  });

  it('writes font stacks, easings and shadows as CSS', () => {
    const core = blockAt(':root');
    expect(core.get('--cal-font-family-mono')).toMatch(/^'JetBrains Mono', .*monospace$/);
    expect(core.get('--cal-font-family-sans')).toMatch(/^Inter, .*sans-serif$/);
    expect(core.get('--cal-motion-easing-standard')).toBe('cubic-bezier(0.2, 0, 0, 1)');
    expect(core.get('--cal-space-6')).toBe('24px');
    expect(core.get('--cal-z-modal')).toBe('1300');
  });
});

describe('token names', () => {
  it('include every name components are written against', () => {
    const names = new Set(result.tokenNames);
    const expected = [
      ...['canvas', 'surface', 'raised', 'sunken', 'selected', 'inverse'].map(
        (n) => `color.bg.${n}`,
      ),
      ...['primary', 'secondary', 'disabled', 'inverse', 'link', 'link-hover', 'link-visited'].map(
        (n) => `color.text.${n}`,
      ),
      ...['subtle', 'strong', 'focus'].map((n) => `color.border.${n}`),
      ...['primary', 'secondary', 'tertiary', 'danger'].flatMap((k) =>
        ['rest', 'hover', 'pressed', 'disabled', 'fg', 'fg-disabled'].map(
          (s) => `color.interactive.${k}.${s}`,
        ),
      ),
      ...['bg', 'bg-disabled', 'border', 'border-hover'].map((n) => `color.field.${n}`),
      ...['info', 'success', 'warning', 'error'].flatMap((k) =>
        ['bg', 'fg', 'border'].map((s) => `color.status.${k}.${s}`),
      ),
      'color.focus.ring',
      'color.elevation.shadow',
      ...['sm', 'md', 'lg'].flatMap((s) => [`size.control.${s}`, `size.icon.${s}`]),
      'focus.ring.width',
      'focus.ring.offset',
      ...['xs', 'sm', 'md', 'lg'].flatMap((s) => [`space.inset.${s}`, `space.stack.${s}`]),
      ...['xs', 'sm', 'md', 'lg', 'xl'].flatMap((s) =>
        ['breakpoint', 'columns', 'gutter', 'margin'].map((g) => `grid.${g}.${s}`),
      ),
      ...['sm', 'md', 'lg', 'xl'].map((s) => `grid.container.${s}`),
      ...['none', 'sm', 'md', 'lg', 'xl'].map((s) => `elevation.${s}`),
      ...['instant', 'fast', 'normal', 'slow'].map((s) => `motion.duration.${s}`),
      ...['standard', 'enter', 'exit'].map((s) => `motion.easing.${s}`),
      ...['base', 'dropdown', 'sticky', 'overlay', 'modal', 'popover', 'toast', 'tooltip'].map(
        (s) => `z.${s}`,
      ),
      ...['disabled', 'overlay', 'hover'].map((s) => `opacity.${s}`),
      ...['none', 'sm', 'md', 'lg', 'xl', 'full'].map((s) => `radius.${s}`),
      'border.width.thin',
      'border.width.thick',
      'palette.neutral.0',
      'palette.neutral.1000',
      ...['neutral', 'blue', 'teal', 'green', 'amber', 'red', 'purple'].flatMap((hue) =>
        [50, 100, 200, 300, 400, 500, 600, 700, 800, 900, 950].map(
          (step) => `palette.${hue}.${step}`,
        ),
      ),
      ...[0, 1, 2, 3, 4, 5, 6, 8, 10, 12, 16, 20, 24].map((n) => `space.${n}`),
      ...[100, 200, 300, 400, 500, 600, 700, 800, 900, 1000].map((n) => `font.size.${n}`),
    ];
    expect(expected.filter((name) => !names.has(name))).toEqual([]);
  });

  it('expand every typography role into its five properties', () => {
    const roles = [
      'display',
      'headline',
      'title',
      'body',
      'body-sm',
      'label',
      'label-sm',
      'label-lg',
      'caption',
      'code',
    ];
    const properties = ['font-family', 'font-size', 'font-weight', 'line-height', 'letter-spacing'];
    const typography = result.tokenNames.filter((n) => n.startsWith('typography.'));
    expect(typography.sort()).toEqual(
      roles.flatMap((r) => properties.map((p) => `typography.${r}.${p}`)).sort(),
    );
  });

  it('are listed in names.ts and vars.ts', async () => {
    const names = await readFile(join(first.outDir, 'names.ts'), 'utf8');
    const vars = await readFile(join(first.outDir, 'vars.ts'), 'utf8');
    const union = names.slice(names.indexOf('TokenName ='), names.indexOf('TypographyRole ='));
    expect([...union.matchAll(/\| '([^']+)'/g)].map((m) => m[1])).toEqual(result.tokenNames);
    expect(vars.match(/'var\(--cal-[a-z0-9-]+\)'/g)).toHaveLength(result.tokenNames.length);
  });
});

describe('src/tokens API', () => {
  it('maps token names to CSS variables by string replacement', () => {
    expect(cssVar('color.bg.canvas')).toBe('var(--cal-color-bg-canvas)');
    expect(cssVarName('color.interactive.primary.fg-disabled')).toBe(
      '--cal-color-interactive-primary-fg-disabled',
    );
    expect(
      result.tokenNames.every((name) => css.includes(`${cssVarName(name as TokenName)}:`)),
    ).toBe(true);
  });

  it('writes typography roles as CSS text', () => {
    expect(typographyStyles('body-sm')).toBe(
      'font-family: var(--cal-typography-body-sm-font-family); ' +
        'font-size: var(--cal-typography-body-sm-font-size); ' +
        'font-weight: var(--cal-typography-body-sm-font-weight); ' +
        'line-height: var(--cal-typography-body-sm-line-height); ' +
        'letter-spacing: var(--cal-typography-body-sm-letter-spacing);',
    );
  });

  it('lists the colour schemes tokens.css defines', () => {
    expect(colorSchemes).toEqual(['light', 'dark', 'high-contrast']);
    for (const scheme of colorSchemes) expect(css).toContain(`[data-theme="${scheme}"]`);
  });
});

describe('generated modules', () => {
  it('css.ts holds tokens.css, compacted', async () => {
    const module = await readFile(join(first.outDir, 'css.ts'), 'utf8');
    const literal = /export const tokensCss: string = (".*");\n/.exec(module)?.[1];
    const compact: string = JSON.parse(literal ?? 'null');
    expect(compact).toBe(compactCss(css));
    expect(compact.length).toBeLessThan(css.length);
    // Same declarations, same order: only comments and layout whitespace went.
    const declarations = (text: string) =>
      text
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .match(/--cal-[\w-]+:[^;]+;/g)
        ?.map((d) => d.replace(/\s+/g, ''));
    expect(declarations(compact)).toEqual(declarations(css));
  });

  it('values.ts records every token, with per-mode values on mode tokens', async () => {
    const values = await readFile(join(first.outDir, 'values.ts'), 'utf8');
    const records = [...values.matchAll(/^ {2}(\{.*\}),$/gm)].map((m) => JSON.parse(m[1] ?? ''));
    expect(records.map((r) => r.name)).toEqual(result.tokenNames);
    const canvas = records.find((r) => r.name === 'color.bg.canvas');
    expect(canvas).toMatchObject({
      cssVar: '--cal-color-bg-canvas',
      type: 'color',
      file: 'tokens/modes/light.tokens.json',
      alias: 'palette.neutral.0',
      value: '#ffffff',
      modes: { light: '#ffffff', 'high-contrast': '#ffffff' },
    });
    expect(records.find((r) => r.name === 'z.modal')).toMatchObject({ value: 1300 });
    expect(records.find((r) => r.name === 'space.6')).not.toHaveProperty('modes');
    for (const record of records.filter((r) => r.name.startsWith('color.'))) {
      expect(Object.keys(record.modes ?? {}), record.name).toEqual([
        'light',
        'dark',
        'high-contrast',
      ]);
    }
  });
});

describe('determinism', () => {
  it('builds byte-identical output every time', async () => {
    const second = await makeWorkspace();
    await buildTokens({ tokensDir: realTokensDir, outDir: second.outDir });
    expect(await snapshotDir(second.outDir)).toEqual(await snapshotDir(first.outDir));
  });

  it('leaves an up-to-date output directory untouched', async () => {
    const before = await stat(join(first.outDir, 'tokens.css'));
    const again = await buildTokens({ tokensDir: realTokensDir, outDir: first.outDir });
    expect(again.changed).toBe(false);
    expect((await stat(join(first.outDir, 'tokens.css'))).mtimeMs).toBe(before.mtimeMs);
  });
});
