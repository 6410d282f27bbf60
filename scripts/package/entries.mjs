// The public entry points of the package, derived from the source tree, so a new component
// folder becomes a subpath (`callicrates/<kebab-name>`) without anyone editing a list.
// The library build, package.json `exports` (scripts/package/sync-exports.mjs) and the
// package test all read this one module.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Repository root (this file lives in scripts/package/). */
export const root = fileURLToPath(new URL('../..', import.meta.url));

/** Folders whose sub-folders are components, each with its own subpath. */
const COMPONENT_LAYERS = ['atoms', 'molecules'];

/**
 * Building blocks other components share but product teams should not import: they have an
 * `index.ts` for their siblings, and no subpath (nor a root export) of their own.
 */
const PRIVATE_FOLDERS = new Set([
  'ChoiceControl',
  'ChoiceGroup',
  'FieldControl',
  'collection',
  'dates',
  'overlay',
  'overflowPopup',
  'PrimaryAction',
  'roving',
  'StatusMessage',
]);

/** `TextField` → `text-field`. */
export function kebabCase(name) {
  return name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();
}

/**
 * Every component folder with an `index.ts`, as `{ subpath, source }` (source relative to the
 * repository root). Folders without an index, and PRIVATE_FOLDERS, stay internal.
 */
export function componentEntries(base = root) {
  const entries = [];
  for (const layer of COMPONENT_LAYERS) {
    const layerDir = join(base, 'src', layer);
    if (!existsSync(layerDir)) continue;
    for (const folder of readdirSync(layerDir, { withFileTypes: true })) {
      const source = join('src', layer, folder.name, 'index.ts');
      if (PRIVATE_FOLDERS.has(folder.name)) continue;
      if (folder.isDirectory() && existsSync(join(base, source))) {
        entries.push({ subpath: `./${kebabCase(folder.name)}`, source });
      }
    }
  }
  return entries.sort((a, b) => a.subpath.localeCompare(b.subpath));
}

/**
 * The JavaScript entry points: root, components, theme, tokens, and `callicrates/emotion`
 * (types only, opt-in: Emotion's `Theme` augmented with ours; its module is empty).
 */
export function scriptEntries(base = root) {
  const entries = [
    { subpath: '.', source: 'src/index.ts' },
    ...componentEntries(base),
    { subpath: './theme', source: 'src/theme/index.ts' },
    { subpath: './tokens', source: 'src/tokens/index.ts' },
    { subpath: './emotion', source: 'src/theme/emotion.ts' },
  ];
  const seen = new Set();
  for (const { subpath, source } of entries) {
    if (seen.has(subpath))
      throw new Error(`entries: two entry points claim ${subpath} (${source})`);
    seen.add(subpath);
  }
  return entries;
}

/**
 * Types for the stylesheet subpaths: a module with no exports. `import 'callicrates/tokens.css'`
 * then type-checks in any TypeScript app (TS 6 checks side-effect imports), not only in apps
 * that declare `*.css` modules, and attw can verify every subpath.
 */
export const stylesheetTypes = {
  output: 'stylesheet.d.ts',
  content:
    "// A stylesheet: import it for its side effect (`import 'callicrates/tokens.css'`).\nexport {};\n",
};

/** Stylesheets shipped as they are (no JS wrapper): copied into dist/ by the build. */
export const stylesheetEntries = [
  { subpath: './tokens.css', source: 'src/tokens/generated/tokens.css', output: 'tokens.css' },
  { subpath: './fonts.css', source: 'src/theme/fonts.css', output: 'fonts.css' },
];

/** `src/atoms/Button/index.ts` → `atoms/Button/index` (the path inside dist/, no extension). */
export function distBasename(source) {
  return relative('src', source).replace(/\.tsx?$/, '');
}

/** The `exports` field package.json must have: ESM only, types first in every condition set. */
export function expectedExports(base = root) {
  const exportsMap = {};
  for (const { subpath, source } of scriptEntries(base)) {
    const file = `./dist/${distBasename(source)}`;
    exportsMap[subpath] = { types: `${file}.d.ts`, default: `${file}.js` };
  }
  for (const { subpath, output } of stylesheetEntries) {
    exportsMap[subpath] = {
      types: `./dist/${stylesheetTypes.output}`,
      default: `./dist/${output}`,
    };
  }
  exportsMap['./package.json'] = './package.json';
  return exportsMap;
}

/** Every file an exports map points at, relative to the package root. */
export function exportTargets(exportsMap) {
  return Object.values(exportsMap).flatMap((target) =>
    typeof target === 'string' ? [target] : Object.values(target),
  );
}

/**
 * Packages the build must never bundle: peers (one React, one Emotion in the app) and
 * runtime dependencies (installed beside us, deduplicated by the app's package manager).
 */
export function externalPackages(base = root) {
  const manifest = JSON.parse(readFileSync(join(base, 'package.json'), 'utf8'));
  return [
    ...Object.keys(manifest.peerDependencies ?? {}),
    ...Object.keys(manifest.dependencies ?? {}),
  ];
}

/** True for a bare specifier of an external package or any of its subpaths (`react/jsx-runtime`). */
export function isExternal(specifier, packages) {
  return packages.some((name) => specifier === name || specifier.startsWith(`${name}/`));
}
