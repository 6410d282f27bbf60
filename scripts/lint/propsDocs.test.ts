// Props documentation, checked on the real tree, and shown to catch what it is for on a
// planted package (a check that finds nothing anywhere would pass the first test too).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { afterAll, describe, expect, it } from 'vitest';
import { findPropsDocGaps, findUnnamedDataAttributes, projectOptions } from './propsDocs.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));

describe('props documentation', () => {
  it('every public prop has JSDoc, and every defaulted one an @default', () => {
    const gaps = findPropsDocGaps({
      entry: join(root, 'src/index.ts'),
      sourceRoot: join(root, 'src'),
      options: projectOptions(root),
    });
    expect(gaps).toEqual({ undocumented: [], defaultsWithoutTag: [] });
  });

  it('every data attribute a component writes is named in its folder', () => {
    expect(findUnnamedDataAttributes(join(root, 'src'))).toEqual([]);
  });

  const planted = mkdtempSync(join(tmpdir(), 'props-docs-'));
  afterAll(() => rmSync(planted, { recursive: true, force: true }));

  it('finds a prop without JSDoc and a default without @default, and nothing else', () => {
    writeFileSync(
      join(planted, 'index.ts'),
      `export interface DemoProps {
  /** Documented. @default 'md' */
  size?: 'sm' | 'md';
  tone?: 'plain' | 'loud';
  /** Documented, but its default is not. */
  gap?: number;
}
export function Demo({ size = 'md', tone = 'plain', gap = 2 }: DemoProps) {
  return [size, tone, gap].join();
}
`,
    );
    const gaps = findPropsDocGaps({
      entry: join(planted, 'index.ts'),
      sourceRoot: planted,
      options: { strict: true, target: ts.ScriptTarget.ES2022, noEmit: true },
    });
    expect(gaps.undocumented).toEqual([
      expect.stringMatching(/^DemoProps\.tone \(.*index\.ts:4\)$/),
    ]);
    expect(gaps.defaultsWithoutTag).toEqual([
      expect.stringMatching(/^gap = 2 \(.*index\.ts:6\)$/),
      expect.stringMatching(/^tone = 'plain' \(.*index\.ts:4\)$/),
    ]);
  });

  it('finds a data attribute that no comment names', () => {
    const folder = join(planted, 'atoms', 'Demo');
    mkdirSync(folder, { recursive: true });
    mkdirSync(join(planted, 'molecules'));
    writeFileSync(
      join(folder, 'Demo.tsx'),
      `/** @selector [data-size="sm"], [data-shape] */
const common = { 'data-shape': 'round', "data-state" : 'on', 'data-part': 'root' };
export const Demo = () => <div {...common} data-size="sm" data-tone="loud" data-part="root" />;
`,
    );
    expect(findUnnamedDataAttributes(planted)).toEqual(['atoms/Demo: data-state data-tone']);
  });

  it('reads the theme folder and setAttribute, and takes a name only as a whole word', () => {
    const theme = join(planted, 'theme');
    mkdirSync(theme, { recursive: true });
    writeFileSync(
      join(theme, 'Scope.tsx'),
      `/** @selector [data-scope-root] */
export function mark(element: Element) {
  element.setAttribute('data-scope', 'on');
  element.setAttribute("data-scope-root", '');
}
`,
    );
    expect(findUnnamedDataAttributes(planted)).toEqual([
      'atoms/Demo: data-state data-tone',
      'theme: data-scope',
    ]);
  });
});
