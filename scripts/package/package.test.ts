// The published package, exactly as `npm pack` makes it: its file list, its exports, the
// `'use client'` directives, what it imports, and the verdicts of publint and
// @arethetypeswrong/cli (ESM profile), and that it is a production build. Builds once with
// `npm run build`, under NODE_ENV=development on purpose: the build must not care.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkDist, developmentArtifacts } from './check-dist.mjs';
import {
  componentEntries,
  distBasename,
  expectedExports,
  exportTargets,
  externalPackages,
  root,
  scriptEntries,
} from './entries.mjs';
import { exportsDrift } from './exports-sync.mjs';
import { startsWithUseClient } from './use-client.mjs';

const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const dist = join(root, 'dist');
const require = createRequire(import.meta.url);

function sh(command: string, args: string[], env: NodeJS.ProcessEnv = process.env) {
  const result = spawnSync(command, args, { cwd: root, encoding: 'utf8', env });
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} failed:\n${result.stdout}\n${result.stderr}`);
  }
  return result.stdout;
}

function distFiles(extension: string): string[] {
  return readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith(extension))
    .map((file) => file.split('\\').join('/'));
}

/** Bare specifiers (`react`, `stylis`, `@emotion/react`) imported anywhere in dist/*.js. */
function bareImports(): Set<string> {
  const specifiers = new Set<string>();
  for (const file of distFiles('.js')) {
    const code = readFileSync(join(dist, file), 'utf8');
    for (const [, specifier] of code.matchAll(
      /(?:\bfrom|\bimport)\s*\(?\s*["']([^"'.][^"']*)["']/g,
    )) {
      specifiers.add(specifier!);
    }
  }
  return specifiers;
}

function packageOf(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
}

let packDir: string;
let tarball: string;
let tarballFiles: string[];

beforeAll(() => {
  // Vitest runs with NODE_ENV=test; a development value is the harder case for the build.
  sh('npm', ['run', 'build'], { ...process.env, NODE_ENV: 'development' });
  packDir = mkdtempSync(join(tmpdir(), 'callicrates-pack-'));
  // The real tarball, read back with tar: npm's own report can be mixed with script output
  // (npm 10 runs `prepare` even with --ignore-scripts).
  sh('npm', ['pack', '--ignore-scripts', '--pack-destination', packDir]);
  tarball = join(
    packDir,
    readdirSync(packDir).find((name) => name.endsWith('.tgz'))!,
  );
  tarballFiles = sh('tar', ['-tzf', tarball])
    .split('\n')
    .filter(Boolean)
    .map((path) => path.replace(/^package\//, ''))
    .sort();
}, 300_000);

afterAll(() => {
  if (packDir) rmSync(packDir, { recursive: true, force: true });
});

describe('the tarball', () => {
  it('holds dist/, README, LICENSE, CHANGELOG and package.json, nothing else', () => {
    const outsideDist = tarballFiles.filter((file) => !file.startsWith('dist/'));
    expect(outsideDist).toEqual(['CHANGELOG.md', 'LICENSE', 'README.md', 'package.json']);
  });

  it('ships no stories, tests, screenshots, sources or source maps', () => {
    const unwanted = tarballFiles.filter((file) =>
      /\.(stories|test|docs)\.|__screenshots__|\.map$|(?<!\.d)\.tsx?$|\.mdx$/.test(file),
    );
    expect(unwanted).toEqual([]);
  });

  it('holds every file package.json exports points at', () => {
    const targets = exportTargets(manifest.exports).map((target) => target.replace(/^\.\//, ''));
    expect(targets.filter((target) => !tarballFiles.includes(target))).toEqual([]);
  });

  it('bundles no dependency: nothing from node_modules and no helper chunks in dist/', () => {
    expect(tarballFiles.filter((file) => /node_modules|_virtual/.test(file))).toEqual([]);
  });
});

describe('a production build, whatever NODE_ENV the build ran under', () => {
  it('imports react/jsx-runtime, never react/jsx-dev-runtime, and names no source path', async () => {
    expect(await developmentArtifacts(dist)).toEqual([]);
    expect(bareImports()).toContain('react/jsx-runtime');
  });

  it('passes the prepublishOnly guard (node scripts/package/check-dist.mjs)', () => {
    const result = spawnSync(process.execPath, ['scripts/package/check-dist.mjs'], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it('and the guard refuses the same dist/ with one development module planted in it', async () => {
    const copy = join(packDir, 'planted');
    cpSync(dist, join(copy, 'dist'), { recursive: true });
    cpSync(join(root, 'package.json'), join(copy, 'package.json'));
    const module = join(copy, 'dist/atoms/Button/Button.js');
    const source = join(root, 'src/atoms/Button/Button.tsx');
    writeFileSync(
      module,
      readFileSync(module, 'utf8')
        .replace('"react/jsx-runtime"', '"react/jsx-dev-runtime"')
        .replace(/^/, `var _jsxFileName = ${JSON.stringify(source)};\n`),
    );
    const problems = await checkDist(copy);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^dist\/ is a development build/);
    expect(problems[0]).toContain('dist/atoms/Button/Button.js: imports react/jsx-dev-runtime');
    expect(problems[0]).toContain('dist/atoms/Button/Button.js: carries _jsxFileName');
    expect(problems[0]).toContain(`dist/atoms/Button/Button.js: names the absolute path`);

    const cli = spawnSync(process.execPath, ['scripts/package/check-dist.mjs', copy], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(cli.status).toBe(1);
    expect(cli.stderr).toContain('publish: dist/ is a development build');
  });
});

describe('exports', () => {
  it('has one subpath per component folder, plus root, theme, tokens, emotion and stylesheets', () => {
    expect(exportsDrift()).toEqual([]);
    expect(manifest.exports).toEqual(expectedExports());
    expect(componentEntries().map((entry) => entry.subpath)).toEqual(
      expect.arrayContaining(['./button', './field', './text-field']),
    );
  });

  it('marks only the stylesheets as side effects', () => {
    expect(manifest.sideEffects).toEqual(['**/*.css']);
  });

  it('resolves and loads every JavaScript subpath in Node (self-reference by package name)', () => {
    const specifiers = scriptEntries().map(({ subpath }) => manifest.name + subpath.slice(1));
    const script = `for (const s of ${JSON.stringify(specifiers)}) await import(s);
      for (const s of ['tokens.css', 'fonts.css']) import.meta.resolve('${manifest.name}/' + s);`;
    const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it('exports the whole icon set from the root too (callicrates/icon ⊂ callicrates)', () => {
    const script = `const root = await import('${manifest.name}');
      const icon = await import('${manifest.name}/icon');
      const missing = Object.keys(icon).filter((name) => root[name] !== icon[name]);
      process.stdout.write(JSON.stringify({ count: Object.keys(icon).length, missing }));`;
    const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(result.stderr).toBe('');
    const { count, missing } = JSON.parse(result.stdout);
    expect(missing).toEqual([]);
    expect(count).toBeGreaterThan(100);
  });
});

describe('built modules', () => {
  it("start every component module with 'use client'", () => {
    const componentFiles = distFiles('.js').filter((file) => /^(atoms|molecules)\//.test(file));
    expect(componentFiles.length).toBeGreaterThan(0);
    for (const file of componentFiles) {
      expect(startsWithUseClient(readFileSync(join(dist, file), 'utf8')), file).toBe(true);
    }
  });

  it("start the theme's provider and context modules with 'use client'", () => {
    for (const file of ['theme/ThemeProvider.js', 'theme/ThemeContext.js']) {
      expect(startsWithUseClient(readFileSync(join(dist, file), 'utf8')), file).toBe(true);
    }
  });

  it('keep the root, theme and tokens entries server-safe (no directive on the barrels)', () => {
    for (const source of ['src/index.ts', 'src/theme/index.ts', 'src/tokens/index.ts']) {
      const file = `${distBasename(source)}.js`;
      expect(startsWithUseClient(readFileSync(join(dist, file), 'utf8')), file).toBe(false);
    }
  });

  it('import only declared dependencies and peers (React, React DOM, Emotion stay external)', () => {
    const imported = [...bareImports()].map(packageOf);
    const declared = externalPackages();
    expect(imported.filter((name) => !declared.includes(name))).toEqual([]);
    expect(imported).toEqual(expect.arrayContaining(['react', '@emotion/serialize']));
  });

  // @emotion/react is an optional peer, and @emotion/serialize's declarations need
  // @emotion/sheet, which only @emotion/react brings: with skipLibCheck off, an app without
  // Emotion must not reach either.
  it('name Emotion packages only in callicrates/emotion, the opt-in types', () => {
    const naming = distFiles('.d.ts').filter((file) =>
      readFileSync(join(dist, file), 'utf8').includes('@emotion/'),
    );
    expect(naming).toEqual(['theme/emotion.d.ts']);
    expect(manifest.peerDependenciesMeta).toEqual({ '@emotion/react': { optional: true } });
  });

  it("never load Emotion's React runtime (only its serialiser, at import)", () => {
    const imported = new Set([...bareImports()].map(packageOf));
    expect(imported.has('@emotion/react')).toBe(false);
  });

  it('use every runtime dependency (JS imports or the fonts stylesheet)', () => {
    const used = new Set([...bareImports()].map(packageOf));
    const fontsCss = readFileSync(join(dist, 'fonts.css'), 'utf8');
    const unused = Object.keys(manifest.dependencies).filter(
      (name) => !used.has(name) && !fontsCss.includes(`'${name}/`),
    );
    expect(unused).toEqual([]);
  });

  it('write node16-resolvable relative imports in the declarations', () => {
    const extensionless = distFiles('.d.ts').flatMap((file) => {
      const text = readFileSync(join(dist, file), 'utf8');
      return [...text.matchAll(/(?:from|import\()\s*'(\.[^']*)'/g)]
        .map(([, specifier]) => specifier!)
        .filter((specifier) => !specifier.endsWith('.js'))
        .map((specifier) => `${relative(dist, join(dist, file))}: ${specifier}`);
    });
    expect(extensionless).toEqual([]);
  });
});

/**
 * Type-checks every emitted declaration as a consumer's tsc would, with `skipLibCheck: false`,
 * against one @types/react. React 18's types are installed under an alias
 * (`types-react-18`, outside node_modules/@types so no tsconfig picks them up by itself) and
 * mapped onto `react` for this program only.
 */
function typeCheckDeclarations(reactTypes: string): string {
  const tsconfig = join(packDir, `tsconfig.${reactTypes.replaceAll('/', '-')}.json`);
  const types = join(root, 'node_modules', reactTypes);
  // What an app that uses Emotion writes to get our tokens as Emotion's `Theme`.
  const emotionApp = join(packDir, 'emotion-theme.ts');
  writeFileSync(
    emotionApp,
    [
      `import type {} from ${JSON.stringify(join(dist, 'theme/emotion.js'))};`,
      `import type { Theme } from '@emotion/react';`,
      `export const primary = (theme: Theme): string => theme.cssVar('color.text.primary');`,
    ].join('\n'),
  );
  writeFileSync(
    tsconfig,
    JSON.stringify({
      compilerOptions: {
        target: 'ES2022',
        lib: ['ES2022', 'DOM', 'DOM.Iterable'],
        module: 'ESNext',
        moduleResolution: 'Bundler',
        jsx: 'react-jsx',
        strict: true,
        noEmit: true,
        skipLibCheck: false,
        types: [],
        paths: {
          react: [join(types, 'index.d.ts')],
          'react/*': [join(types, '*')],
          '@emotion/react': [join(root, 'node_modules/@emotion/react')],
        },
      },
      include: [join(dist, '**/*.d.ts'), emotionApp],
    }),
  );
  const result = spawnSync(
    process.execPath,
    [require.resolve('typescript/bin/tsc'), '-p', tsconfig],
    {
      cwd: root,
      encoding: 'utf8',
    },
  );
  return `${result.stdout}${result.stderr}`.trim();
}

describe('declarations, type-checked as a consumer would (skipLibCheck: false)', () => {
  it.each([
    ['@types/react 18', 'types-react-18', /^18\./],
    ['@types/react 19', '@types/react', /^19\./],
  ])('with %s', (_label, reactTypes, version) => {
    const manifestFile = join(root, 'node_modules', reactTypes, 'package.json');
    expect(JSON.parse(readFileSync(manifestFile, 'utf8')).version).toMatch(version);
    expect(typeCheckDeclarations(reactTypes)).toBe('');
  });
});

describe('package linters', () => {
  it('publint: no errors, warnings or suggestions', async () => {
    const bytes = readFileSync(tarball);
    // Lints the tarball itself (its own package.json and files), not the work tree.
    const { messages, pkg } = await publint({
      level: 'suggestion',
      strict: true,
      pack: { tarball: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length) },
    });
    expect(messages.map((message) => formatMessage(message, pkg))).toEqual([]);
  });

  it('@arethetypeswrong/cli (esm-only profile): no problems', () => {
    const cliManifest = require.resolve('@arethetypeswrong/cli/package.json');
    const cli = join(dirname(cliManifest), require(cliManifest).bin.attw);
    const result = spawnSync(process.execPath, [cli, tarball, '--profile', 'esm-only'], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(result.status, `${result.stdout}\n${result.stderr}`).toBe(0);
  });
});
