import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { librarySources, srcRoot as root } from './librarySources';

// Non-negotiable: components take every style value from a token. This scans the library
// source (not stories, tests or generated files) for values that bypass the tokens.
const rawValues: Array<[string, RegExp]> = [
  ['hex colour', /#[0-9a-fA-F]{3,8}\b/],
  ['colour function', /\b(?:rgba?|hsla?|oklch|lab|lch)\(/],
  ['named colour', /:\s*(?:white|black|red|blue|green|gray|grey)\s*[;}]/],
  ['pixel size', /(?<![\w-])-?\d*\.?\d+px\b/],
  ['rem/em size', /(?<![\w-])\d*\.?\d+r?em\b/],
  ['font family', /font-family:(?!\s*(?:var\(|\$\{|inherit))/],
  ['raw shadow', /box-shadow:(?!\s*(?:var\(|\$\{|none))/],
  ['font size', /font-size:(?!\s*(?:var\(|\$\{|inherit))/],
];

describe('component styles use tokens only', () => {
  const files = librarySources().filter((path) => /\/(atoms|molecules|theme)\//.test(path));

  it('finds the component sources', () => {
    expect(files.length).toBeGreaterThan(5);
  });

  it.each(files.map((path) => [relative(root, path), path]))('%s', (_name, path) => {
    const offending = readFileSync(path, 'utf8')
      .split('\n')
      .flatMap((line, index) => {
        const code = line.replace(/\/\/.*$|\/\*.*?\*\//g, '');
        return rawValues
          .filter(([, pattern]) => pattern.test(code))
          .map(([what]) => `line ${index + 1}: ${what}: ${line.trim()}`);
      });
    expect(offending).toEqual([]);
  });
});
