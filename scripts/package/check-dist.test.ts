// The publish guard's development-build check, on planted files: no build needed. (The package
// test runs the same check on the real dist/ and the whole guard on a planted copy of it.)
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { developmentArtifacts } from './check-dist.mjs';

/** What `NODE_ENV=test vite build` used to write for a component module. */
const DEVELOPMENT_MODULE = `'use client';
import { jsxDEV } from "react/jsx-dev-runtime";
var _jsxFileName = "/home/dev/callicrates/src/atoms/Badge/Badge.tsx";
export const Badge = (props) => jsxDEV("span", { ...props }, void 0, false, {
\tfileName: _jsxFileName,
\tlineNumber: 12,
\tcolumnNumber: 10
}, this);
`;

/** The same module from a production build. */
const PRODUCTION_MODULE = `'use client';
import { jsx } from "react/jsx-runtime";
export const Badge = (props) => jsx("span", { ...props });
`;

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A package folder with `dist/` holding `files` (path → text); returns its dist/ path. */
function plantDist(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'callicrates-check-dist-'));
  dirs.push(dir);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, 'dist', path)), { recursive: true });
    writeFileSync(join(dir, 'dist', path), text);
  }
  return join(dir, 'dist');
}

describe('developmentArtifacts (the guard against a development dist/)', () => {
  it('accepts a production build', async () => {
    const dist = plantDist({
      'atoms/Badge/Badge.js': PRODUCTION_MODULE,
      'atoms/Badge/Badge.d.ts': 'export declare const Badge: () => null;\n',
    });
    expect(await developmentArtifacts(dist, { absolutePaths: ['/home/dev/callicrates'] })).toEqual(
      [],
    );
  });

  it('refuses a module that imports react/jsx-dev-runtime or names its source path', async () => {
    const dist = plantDist({
      'atoms/Badge/Badge.js': DEVELOPMENT_MODULE,
      'atoms/Tag/Tag.js': PRODUCTION_MODULE,
    });
    expect(await developmentArtifacts(dist, { absolutePaths: ['/home/dev/callicrates/'] })).toEqual(
      [
        'dist/atoms/Badge/Badge.js: carries _jsxFileName (development JSX)',
        'dist/atoms/Badge/Badge.js: imports react/jsx-dev-runtime (development JSX)',
        'dist/atoms/Badge/Badge.js: names the absolute path /home/dev/callicrates',
      ],
    );
  });

  it('refuses each marker on its own, in any shipped text file', async () => {
    const dist = plantDist({
      'a.js': `export { jsxDEV } from 'react/jsx-dev-runtime';\n`,
      'b.js': 'var _jsxFileName = "";\n',
      'c.d.ts': 'export type X = typeof import("/home/dev/callicrates/src/x");\n',
      'd.css': '/* /home/dev/callicrates/src/theme/fonts.css */\n',
    });
    expect(await developmentArtifacts(dist, { absolutePaths: ['/home/dev/callicrates'] })).toEqual([
      'dist/a.js: imports react/jsx-dev-runtime (development JSX)',
      'dist/b.js: carries _jsxFileName (development JSX)',
      'dist/c.d.ts: names the absolute path /home/dev/callicrates',
      'dist/d.css: names the absolute path /home/dev/callicrates',
    ]);
  });
});
