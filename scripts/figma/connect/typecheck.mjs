// The code every template emits, type-checked against the library's own types: one module
// per rendering (the template's imports, then the snippet), in one TypeScript program with
// src/index.ts. A prop the component does not have, a variant value outside its union, a
// missing required prop or an import that is wrong or unused is a compile error here.
import { join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';
import { collectFacts, snippetModule, snippetStartLine } from './snippets.mjs';

const PACKAGE = 'callicrates';
const IMPORT_LINE = /^import (?:type )?\{[^}]*\} from '([^']+)';?$/;
const ALLOWED_MODULES = new Set([PACKAGE, 'react']);

const compilerOptions = {
  target: ts.ScriptTarget.ES2022,
  lib: ['lib.es2023.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  jsx: ts.JsxEmit.ReactJSX,
  strict: true,
  noUnusedLocals: true,
  esModuleInterop: true,
  resolveJsonModule: true,
  skipLibCheck: true,
  noEmit: true,
  // No @types/node: diagnostics are read from the snippets only, and it triples the start-up.
  types: [],
};

const toPosix = (path) => path.split(sep).join('/');

/**
 * @typedef {{ template: import('./templates.mjs').ExploredTemplate, render: import('./runtime.mjs').Rendering, problems: string[], path: string, text: string, firstLine: number }} Probe
 * @typedef {{ probe: Probe, errors: string[], used: Set<string>, facts: Map<string, { value: string, node: ts.Node }> }} CheckedProbe
 */

/**
 * One module per rendering of every template, importing from the package root as a user
 * would (`'callicrates'` resolves to src/index.ts).
 * @param {string} root
 * @param {import('./templates.mjs').ExploredTemplate[]} explored
 * @returns {Probe[]}
 */
export function snippetProbes(root, explored) {
  const index = toPosix(resolve(root, 'src/index'));
  return explored.flatMap((template) => {
    // Renderings that emit the same code (hover and focus states) share one module.
    const first = new Map();
    return template.exploration.renders.map((render, number) => {
      const problems = render.imports
        .filter((line) => !ALLOWED_MODULES.has(line.match(IMPORT_LINE)?.[1]))
        .map(
          (line) => `import "${line}": write \`import { … } from '${PACKAGE}'\` (or from 'react')`,
        );
      // Figma lists a nested instance's imports with the template's own; a reader merges
      // them, and so does the check: one import per module.
      const names = new Map();
      for (const line of render.imports) {
        const match = line.match(/^import (type )?\{([^}]*)\} from '([^']+)';?$/);
        if (!match) continue;
        const list = names.get(match[3]) ?? new Set();
        for (const name of match[2]
          .split(',')
          .map((part) => part.trim())
          .filter(Boolean)) {
          list.add(match[1] ? `type ${name}` : name);
        }
        names.set(match[3], list);
      }
      const imports = [...names].map(
        ([module, list]) =>
          `import { ${[...list].join(', ')} } from ${JSON.stringify(module === PACKAGE ? index : module)};`,
      );
      const prelude = [
        ...imports,
        "import type { ReactElement as FigmaInstanceElement } from 'react';",
        '/** An instance swap or an unconnected layer: Figma renders the instance there. */',
        'declare function FigmaInstance(props: { name: string }): FigmaInstanceElement;',
      ].join('\n');
      const text = snippetModule(render.code, prelude);
      if (!first.has(text)) first.set(text, number);
      return {
        template,
        render,
        problems,
        path: toPosix(join(root, '.figma-check', template.name, `${first.get(text)}.tsx`)),
        text,
        firstLine: snippetStartLine(prelude),
      };
    });
  });
}

/**
 * A TypeScript program holding src/index.ts and every probe.
 * @param {string} root
 * @param {ReturnType<typeof snippetProbes>} probes
 */
export function createSnippetProgram(root, probes) {
  const virtual = new Map(probes.map((probe) => [probe.path, probe.text]));
  const host = ts.createCompilerHost(compilerOptions, true);
  const { getSourceFile, fileExists, readFile } = host;
  host.getSourceFile = (fileName, languageVersion, onError, shouldCreate) =>
    virtual.has(fileName)
      ? ts.createSourceFile(
          fileName,
          virtual.get(fileName),
          languageVersion,
          true,
          ts.ScriptKind.TSX,
        )
      : getSourceFile.call(host, fileName, languageVersion, onError, shouldCreate);
  host.fileExists = (fileName) => virtual.has(fileName) || fileExists.call(host, fileName);
  host.readFile = (fileName) => virtual.get(fileName) ?? readFile.call(host, fileName);
  const index = toPosix(resolve(root, 'src/index.ts'));
  const program = ts.createProgram({
    rootNames: [index, ...virtual.keys()],
    options: compilerOptions,
    host,
  });
  return { program, checker: program.getTypeChecker(), index };
}

/**
 * The package root's value exports from atoms and molecules: name → where it is declared and
 * whether it is a component (a capitalised function or exotic component).
 * @returns {Map<string, { file: string, isComponent: boolean }>}
 */
export function packageExports(root, { program, checker, index }) {
  const sourceFile = program.getSourceFile(index);
  const moduleSymbol = checker.getSymbolAtLocation(sourceFile);
  const exports = new Map();
  for (const symbol of checker.getExportsOfModule(moduleSymbol)) {
    const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
    if (!(target.flags & ts.SymbolFlags.Value)) continue;
    const declaration = target.valueDeclaration ?? target.declarations?.[0];
    if (!declaration) continue;
    const file = toPosix(relative(root, declaration.getSourceFile().fileName));
    if (!/^src\/(atoms|molecules)\//.test(file)) continue;
    const type = checker.getTypeOfSymbolAtLocation(target, declaration);
    const isComponent =
      /^[A-Z]/.test(symbol.name) &&
      (type.getCallSignatures().length > 0 || type.getProperty('$$typeof') !== undefined);
    exports.set(symbol.name, { file, isComponent });
  }
  return exports;
}

/**
 * Every compile error in the probes, and the library exports each probe uses.
 * @param {{ program: ts.Program }} program
 * @param {Probe[]} probes
 * @param {Map<string, { file: string, isComponent: boolean }>} exports
 * @returns {CheckedProbe[]}
 */
export function checkProbes({ program }, probes, exports) {
  const results = new Map();
  return probes.map((probe) => {
    if (!results.has(probe.path)) results.set(probe.path, checkProbe(program, probe, exports));
    return { ...results.get(probe.path), probe };
  });
}

function checkProbe(program, probe, exports) {
  const sourceFile = program.getSourceFile(probe.path);
  const diagnostics = [
    ...program.getSyntacticDiagnostics(sourceFile),
    ...program.getSemanticDiagnostics(sourceFile),
  ].map((diagnostic) => {
    const { line } = sourceFile.getLineAndCharacterOfPosition(diagnostic.start ?? 0);
    const where =
      line + 1 >= probe.firstLine ? `snippet line ${line + 2 - probe.firstLine}` : 'imports';
    return `${where}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')}`;
  });
  const { facts, tags, calls } = collectFacts(sourceFile);
  const used = [...tags, ...calls]
    .map((name) => name.split('.')[0])
    .filter((name) => exports.has(name));
  return { errors: [...probe.problems, ...diagnostics], used: new Set(used), facts };
}

function literalOf(text) {
  const expression = text.startsWith('{') && text.endsWith('}') ? text.slice(1, -1).trim() : text;
  if (/^(['"]).*\1$/s.test(expression)) return expression.slice(1, -1);
  if (/^-?\d+(\.\d+)?$/.test(expression)) return Number(expression);
  return undefined;
}

function defaultOf(checker, symbol) {
  const tag = symbol?.getJsDocTags(checker).find((entry) => entry.name === 'default');
  if (!tag) return undefined;
  return literalOf(ts.displayPartsToString(tag.text).trim().replace(/^`|`$/g, ''));
}

/** The prop a fact sets: its declared type and symbol, from the checker. */
function propOf(checker, fact) {
  const node = fact.node;
  if (ts.isJsxAttribute(node)) {
    const value = node.initializer;
    const expression = value && ts.isJsxExpression(value) ? value.expression : value;
    if (!expression) return undefined;
    // The declared prop (with its JSDoc), not the attribute's own symbol.
    const props = checker.getContextualType(node.parent);
    return {
      type: checker.getContextualType(expression),
      symbol: props?.getProperty(node.name.getText()),
    };
  }
  if (ts.isPropertyAssignment(node.parent) && ts.isObjectLiteralExpression(node.parent.parent)) {
    const objectType = checker.getContextualType(node.parent.parent);
    return {
      type: checker.getContextualType(node),
      symbol: objectType?.getProperty(node.parent.name.getText()),
    };
  }
  return undefined;
}

/** The literal members of a union type, or undefined for an open type (string, number…). */
function literalMembers(type) {
  const members = type.isUnion() ? type.types : [type];
  const values = [];
  for (const member of members) {
    if (member.flags & (ts.TypeFlags.Undefined | ts.TypeFlags.Null)) continue;
    if (member.isStringLiteral() || member.isNumberLiteral()) values.push(member.value);
    else return undefined;
  }
  return values.length > 0 ? values : undefined;
}

/**
 * For each Figma variant that sets one prop to a literal: the prop's union members no option
 * gives (neither as a value nor by leaving the prop at its `@default`), less the values the
 * template declares code-only in `metadata.codeOnly` with why; and the options that give the
 * same value as another (an option left at a default that is not the one it shows).
 * @returns {Array<{ template: string, property: string, prop: string, members: Array<string | number>, mapped: Array<string | number>, codeOnly: Array<string | number>, missing: Array<string | number>, duplicates: Array<{ option: string, value: string | number | undefined }> }>}
 */
export function unionCoverage({ checker }, checked, mappings) {
  const results = [];
  for (const { template, properties } of mappings) {
    const renders = checked.filter((entry) => entry.probe.template.name === template.name);
    for (const property of properties) {
      if (property.kind !== 'VARIANT' || property.keys.length !== 1) continue;
      const [key] = property.keys;
      if (key === '<root>' || key.endsWith('.children')) continue;
      const values = property.values.map((entry) => entry.facts[key]);
      if (!values.every((value) => value === null || literalOf(value) !== undefined)) continue;
      const withFact = renders.find((entry) => entry.facts.has(key));
      if (!withFact) continue;
      const prop = propOf(checker, withFact.facts.get(key));
      const members = prop?.type && literalMembers(prop.type);
      if (!members) continue;
      const fallback = defaultOf(checker, prop.symbol);
      const mapped = values.map((value) => (value === null ? fallback : literalOf(value)));
      const propName = key.split('.').at(-1);
      const codeOnly = template.exploration.metadata.codeOnly?.[propName] ?? [];
      const duplicates = property.values
        .map((entry, index) => ({ option: entry.value, value: mapped[index] }))
        .filter(({ value }, index) => mapped.indexOf(value) !== index);
      results.push({
        template: template.name,
        property: property.name,
        prop: key,
        members,
        mapped: [...new Set(mapped.filter((value) => value !== undefined))],
        codeOnly,
        missing: members.filter((member) => !mapped.includes(member) && !codeOnly.includes(member)),
        duplicates,
      });
    }
  }
  return results;
}
