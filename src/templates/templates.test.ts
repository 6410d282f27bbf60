import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// Templates prove the library composes as it is: no CSS of their own, only layout props
// (CONTRIBUTING.md, "Adding a page template"). The layer rules (eslint.config.js) already keep
// their imports to the package root; this keeps style out of them.
const dir = import.meta.dirname;
const pages = readdirSync(dir).filter((name) => /Page(\.stories)?\.tsx$/.test(name));

const customStyle: Array<[string, RegExp]> = [
  ['a style attribute', /\bstyle=\{/],
  ['a className', /\bclassName=/],
  ['a css template', /\bcss`/],
  ['defineStyles', /\bdefineStyles\(/],
  ['a token read as a raw value', /\bcssVar\(/],
];

describe('page templates', () => {
  it('finds the templates', () => {
    expect(pages).toEqual(
      expect.arrayContaining(['SettingsPage.tsx', 'SignInPage.tsx', 'ListPage.tsx']),
    );
  });

  it.each(pages)('%s has no CSS of its own', (name) => {
    const source = readFileSync(join(dir, name), 'utf8');
    const found = source
      .split('\n')
      .flatMap((line, index) =>
        customStyle
          .filter(([, pattern]) => pattern.test(line))
          .map(([what]) => `line ${index + 1}: ${what}: ${line.trim()}`),
      );
    expect(found).toEqual([]);
  });
});
