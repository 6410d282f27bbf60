import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { librarySources, srcRoot as root } from './librarySources';
import '../index';
import { getStyleSheetText } from '../theme/styleRegistry';

// A style block's label is its class name (`cal-<label>`), so labels must be unique across
// the library: a repeated one would silently fall back to a hashed name.
// JSDoc examples show `defineStyles(css`…`)` too; only code counts.
const withoutComments = (source: string) => source.replace(/\/\*[\s\S]*?\*\//g, '');

const blocks = librarySources().flatMap((path) =>
  [...withoutComments(readFileSync(path, 'utf8')).matchAll(/defineStyles\(\s*css`([^`]*)`/g)].map(
    (match) => ({
      file: relative(root, path),
      labels: [...(match[1] ?? '').matchAll(/label:\s*([\w-]+);/g)].map((label) => label[1]),
    }),
  ),
);

describe('style labels', () => {
  it('finds the style blocks', () => {
    expect(blocks.length).toBeGreaterThan(30);
  });

  it('gives every block exactly one label', () => {
    const unlabelled = blocks.filter((block) => block.labels.length !== 1);
    expect(unlabelled).toEqual([]);
  });

  it('uses each label once', () => {
    const seen = new Map<string, string>();
    const repeated: string[] = [];
    for (const { file, labels } of blocks) {
      const label = labels[0] ?? '';
      const first = seen.get(label);
      if (first) repeated.push(`${label}: ${first} and ${file}`);
      else seen.set(label, file);
    }
    expect(repeated).toEqual([]);
  });

  it('names every class after its label once the whole library is loaded', () => {
    const sheet = getStyleSheetText();
    const missing = blocks
      .map((block) => block.labels[0] ?? '')
      .filter((label) => !new RegExp(`\\.cal-${label}(?![\\w-])`).test(sheet));
    expect(missing).toEqual([]);
  });
});
