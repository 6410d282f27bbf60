// The Code Connect templates of the repository: where they are, how to run them (from their
// sources, or from what `figma connect parse` publishes), and what each Figma property does
// to the code they emit.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import micromatch from 'micromatch';
import ts from 'typescript';
import { repositoryRoot } from '../channel.mjs';
import { compileTemplate, defaultOption, exploreTemplate, TemplateError } from './runtime.mjs';
import { changedKeys, snippetFacts } from './snippets.mjs';

/** figma.config.json's `codeConnect`: which files are templates, and how they are labelled. */
export function codeConnectConfig(root = repositoryRoot) {
  const path = join(root, 'figma.config.json');
  let config;
  try {
    config = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new TemplateError(`figma.config.json: ${error.message}`);
  }
  const include = config?.codeConnect?.include;
  if (!Array.isArray(include) || include.length === 0) {
    throw new TemplateError('figma.config.json: codeConnect.include lists no template globs');
  }
  return config.codeConnect;
}

function walk(directory, files = []) {
  if (!existsSync(directory)) return files;
  for (const entry of readdirSync(directory, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
    const path = join(directory, entry.name);
    if (entry.isDirectory()) walk(path, files);
    else files.push(path);
  }
  return files;
}

/**
 * The template files figma.config.json includes, relative to the root, sorted.
 * @returns {string[]}
 */
export function templateFiles(root = repositoryRoot) {
  const { include, exclude = [] } = codeConnectConfig(root);
  const bases = [...new Set(include.map((glob) => micromatch.scan(glob).base || '.'))];
  const files = bases
    .flatMap((base) => walk(resolve(root, base)))
    .map((file) => relative(root, file).split(sep).join('/'));
  return micromatch(files, include, { ignore: exclude }).sort();
}

/**
 * The template's name, as nodes.json and its `id` spell it: `Button` for Button.figma.ts.
 * @param {string} file
 */
export function templateName(file) {
  return file
    .split('/')
    .at(-1)
    .replace(/\.figma\.ts$/, '');
}

// Code Connect turns this one import into `require('figma')` before it transpiles a template.
const figmaImport =
  /^import[ \t]+figma[ \t]+from[ \t]+['"]figma['"][ \t]*;?[ \t]*(?:\/\/[^\r\n]*)?$/m;

function transpile(source, fileName) {
  return ts.transpileModule(source, {
    fileName,
    compilerOptions: {
      module: ts.ModuleKind.CommonJS,
      target: ts.ScriptTarget.ES2021,
      esModuleInterop: false,
    },
  }).outputText;
}

/** A relative helper a template imports, run as CommonJS (Code Connect bundles them). */
function helperLoader(root, fromFile, cache) {
  return (specifier) => {
    if (!specifier.startsWith('.')) {
      throw new TemplateError(
        `${fromFile}: only relative helper imports can be bundled, not "${specifier}"`,
      );
    }
    const base = resolve(root, dirname(fromFile), specifier);
    const path = ['', '.ts', '.tsx', '.js', '.mjs', '/index.ts']
      .map((ext) => base + ext)
      .find(existsSync);
    if (!path) throw new TemplateError(`${fromFile}: cannot find "${specifier}"`);
    if (!cache.has(path)) {
      const module = { exports: {} };
      cache.set(path, module);
      const code = transpile(readFileSync(path, 'utf8'), path);
      const run = new Function('require', 'exports', 'module', code);
      run(helperLoader(root, relative(root, path), cache), module.exports, module);
    }
    return cache.get(path).exports;
  };
}

/** The `// url=`, `// component=` and `// source=` lines at the top of a template. */
export function templateDirectives(source) {
  const directives = {};
  for (const line of source.split('\n')) {
    const trimmed = line.trim();
    const match = trimmed.match(/^\/\/\s*(\w+)=(.+)$/);
    if (match) directives[match[1].toLowerCase()] = match[2].trim();
    else if (trimmed !== '' && !trimmed.startsWith('//')) break;
  }
  return directives;
}

/**
 * A template file, compiled from its TypeScript source as Code Connect would.
 * @param {string} root
 * @param {string} file
 * @returns {CompiledTemplate & { directives: Record<string, string> }}
 */
export function templateFromSource(root, file) {
  const source = readFileSync(join(root, file), 'utf8');
  const code = transpile(source.replace(figmaImport, "const figma = require('figma')"), file);
  return {
    file,
    directives: templateDirectives(source),
    template: compileTemplate(code, {
      filename: file,
      requireModule: helperLoader(root, file, new Map()),
    }),
  };
}

/**
 * A document of `figma connect parse`'s output, compiled as Figma would run it.
 * @param {string} root
 * @param {{ template: string, _codeConnectFilePath: string }} document
 * @returns {CompiledTemplate}
 */
export function templateFromParseOutput(root, document) {
  const file = relative(root, document._codeConnectFilePath).split(sep).join('/');
  return { file, template: compileTemplate(document.template, { filename: `${file} (parsed)` }) };
}

/**
 * @typedef {{ file: string, directives?: Record<string, string>, template: (figma: unknown) => unknown }} CompiledTemplate
 * @typedef {CompiledTemplate & { name: string, exploration: import('./runtime.mjs').Exploration }} ExploredTemplate
 */

/**
 * Runs every template with every value of every property it reads. Templates find each
 * other's instances (a RadioGroup's radios) through the registry, by id.
 * @param {CompiledTemplate[]} compiled
 * @returns {ExploredTemplate[]}
 */
export function exploreTemplates(compiled) {
  const registry = new Map(compiled.map((entry) => [templateName(entry.file), entry.template]));
  return compiled.map((entry) => ({
    ...entry,
    name: templateName(entry.file),
    exploration: exploreTemplate(entry.template, { filename: entry.file, registry }),
  }));
}

/**
 * For each Figma property, what each of its values does to the emitted code: the facts that
 * differ between its values (or, for an instance swap, where its placeholder lands).
 * @param {import('./runtime.mjs').Exploration} exploration
 * @returns {Array<{ name: string, kind: string, keys: string[], values: Array<{ value: string, facts: Record<string, string | null> }> }>}
 */
export function propertyMappings(exploration) {
  const factsOf = new Map();
  const facts = (render) => {
    if (!factsOf.has(render)) factsOf.set(render, snippetFacts(render.code).facts);
    return factsOf.get(render);
  };
  return exploration.properties.map((property) => {
    const context = exploration.contextOf(property.name);
    const variants = exploration.renders.filter((render) => render.varied?.name === property.name);
    const renders = [
      { value: context.assignment[property.name] ?? firstValue(property), render: context },
      ...variants.map((render) => ({ value: render.varied.value, render })),
    ];
    let keys;
    if (property.kind === 'INSTANCE_SWAP' || property.kind === 'INSTANCE_LAYER') {
      const placeholder = `<FigmaInstance name=${JSON.stringify(property.name)} />`;
      keys = [...facts(context).entries()]
        .filter(
          ([key, fact]) => !key.startsWith('FigmaInstance') && fact.value.includes(placeholder),
        )
        .map(([key]) => key);
      keys = keys.filter(
        (key) => !keys.some((other) => other !== key && key.startsWith(`${other}.`)),
      );
    } else {
      keys = [
        ...new Set(
          renders.slice(1).flatMap(({ render }) => changedKeys(facts(context), facts(render))),
        ),
      ].filter((key) => !key.startsWith('FigmaInstance'));
    }
    return {
      name: property.name,
      kind: property.kind,
      ...(property.options ? { options: property.options } : {}),
      keys,
      values: renders.map(({ value, render }) => ({
        value: typeof value === 'boolean' ? String(value) : value,
        facts: Object.fromEntries(keys.map((key) => [key, facts(render).get(key)?.value ?? null])),
      })),
    };
  });
}

function firstValue(property) {
  if (property.kind === 'VARIANT') return defaultOption(property.options);
  if (property.kind === 'BOOLEAN') return false;
  if (property.kind === 'TEXT' || property.kind === 'TEXT_LAYER') return property.name;
  return '(instance)';
}
