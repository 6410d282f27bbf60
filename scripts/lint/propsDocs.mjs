// @ts-check
// The definition of done asks for typed, JSDoc'd props with `@default` (DEVELOPERS.md,
// docs/CONVENTIONS.md). This finds what a reader of the types would miss, with the TypeScript
// checker on the real program: a prop of an exported `*Props` type declared in our sources
// with no JSDoc at all, and a prop given a default in a destructuring (`size = 'md'`) whose
// JSDoc has no `@default`. Props inherited from React's DOM types are not ours to document.
// And the `data-*` attributes a component writes, which its JSDoc must name (`@selector`).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

/**
 * The package as the TypeScript checker sees it: its program, its entry's exports, and which
 * declarations are ours (under `sourceRoot`) rather than React's or the DOM's.
 * @param {{ entry: string, sourceRoot: string, options: ts.CompilerOptions }} project
 */
export function readPackage({ entry, sourceRoot, options }) {
  const program = ts.createProgram([entry], options);
  const checker = program.getTypeChecker();
  const entryFile = program.getSourceFile(entry);
  const entrySymbol = entryFile && checker.getSymbolAtLocation(entryFile);
  if (!entrySymbol) throw new Error(`${entry} has no exports to read.`);
  const root = sourceRoot.endsWith('/') ? sourceRoot : `${sourceRoot}/`;
  const ours = (/** @type {ts.Declaration} */ node) =>
    node.getSourceFile().fileName.startsWith(root);
  /** Each prop of each exported `*Props` type that is declared in our sources. */
  const ownProps = checker.getExportsOfModule(entrySymbol).flatMap((exported) => {
    const typeName = exported.getName();
    if (!typeName.endsWith('Props')) return [];
    const symbol =
      exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
    return checker.getPropertiesOfType(checker.getDeclaredTypeOfSymbol(symbol)).flatMap((prop) => {
      const declaration = prop.declarations?.find(ours);
      return declaration ? [{ typeName, prop, declaration }] : [];
    });
  });
  return { program, checker, ownProps, root, ours };
}

/**
 * @param {{ entry: string, sourceRoot: string, options: ts.CompilerOptions }} project
 *   the package entry whose exports are checked, the folder whose files are ours, and the
 *   compiler options
 * @returns {{ undocumented: string[], defaultsWithoutTag: string[] }} `Type.prop (file)`
 *   and `prop = value (file:line)` for each gap, sorted
 */
export function findPropsDocGaps(project) {
  const { program, checker, ownProps, root, ours } = readPackage(project);
  const where = (/** @type {ts.Node} */ node) => {
    const file = node.getSourceFile();
    const line = file.getLineAndCharacterOfPosition(node.getStart()).line + 1;
    return `${relative(dirname(root), file.fileName)}:${line}`;
  };

  /** The declarations of the public props: their `@default` is checked below. */
  const publicProps = new Set();
  const undocumented = [];
  for (const { typeName, prop, declaration } of ownProps) {
    publicProps.add(declaration);
    const text = ts.displayPartsToString(prop.getDocumentationComment(checker)).trim();
    if (!text && prop.getJsDocTags(checker).length === 0) {
      undocumented.push(`${typeName}.${prop.getName()} (${where(declaration)})`);
    }
  }

  const defaultsWithoutTag = new Set();
  for (const file of program.getSourceFiles()) {
    if (!file.fileName.startsWith(root) || /\.(test|stories)\.tsx?$/.test(file.fileName)) continue;
    /** @param {ts.Node} node */
    const visit = (node) => {
      if (ts.isBindingElement(node) && node.initializer && ts.isObjectBindingPattern(node.parent)) {
        const key = node.propertyName ?? node.name;
        if (ts.isIdentifier(key) || ts.isStringLiteral(key)) {
          const prop = checker.getTypeAtLocation(node.parent).getProperty(key.text);
          const declaration = prop?.declarations?.find(ours);
          const tagged = prop?.getJsDocTags(checker).some((tag) => tag.name === 'default');
          if (declaration && publicProps.has(declaration) && !tagged) {
            const value = node.initializer.getText().replace(/\s+/g, ' ').slice(0, 40);
            defaultsWithoutTag.add(`${key.text} = ${value} (${where(declaration)})`);
          }
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(file);
  }
  return { undocumented: undocumented.sort(), defaultsWithoutTag: [...defaultsWithoutTag].sort() };
}

/** The repository's own compiler options (tsconfig.json). */
export function projectOptions(/** @type {string} */ root) {
  const path = resolve(root, 'tsconfig.json');
  const { config } = ts.readConfigFile(path, ts.sys.readFile);
  return ts.parseJsonConfigFileContent(config, ts.sys, root).options;
}

/**
 * The `data-*` attributes each component folder writes, in its JSX (`data-size={…}`), as a
 * quoted key of a props object (`'data-size': size`, spread or passed to `createElement`) or
 * through `setAttribute('data-size', …)`, that no comment in the folder names: a styling hook
 * nobody can find. The folders are each component's under `atoms/` and `molecules/`, and
 * `theme/` (the ThemeProvider's `data-theme`, the style elements' markers). `data-part` is the
 * anatomy every component shares (docs/CONVENTIONS.md), documented once there.
 * @param {string} sourceRoot `src`, holding `atoms/`, `molecules/` and `theme/`
 * @returns {string[]} `folder: data-x data-y` for each folder with a gap, sorted
 */
export function findUnnamedDataAttributes(sourceRoot) {
  const folders = ['atoms', 'molecules'].flatMap((layer) =>
    readdirSync(join(sourceRoot, layer), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => `${layer}/${entry.name}`),
  );
  if (existsSync(join(sourceRoot, 'theme'))) folders.push('theme');
  const gaps = [];
  for (const folder of folders) {
    const dir = join(sourceRoot, folder);
    const text = readdirSync(dir)
      .filter((file) => /\.tsx?$/.test(file) && !/\.(test|stories|figma)\.tsx?$/.test(file))
      .map((file) => readFileSync(join(dir, file), 'utf8'))
      .join('\n');
    const comments = [
      ...(text.match(/\/\*[\s\S]*?\*\//g) ?? []),
      ...(text.match(/\/\/.*$/gm) ?? []),
    ].join('\n');
    const written = new Set(
      [
        ...text.matchAll(
          /\s(data-[a-z-]+)=\{?|['"](data-[a-z-]+)['"]\s*:|setAttribute\(\s*['"](data-[a-z-]+)['"]/g,
        ),
      ].map((match) => `${match[1] ?? match[2] ?? match[3]}`),
    );
    // A name counts as named only as a whole word: `data-callicrates` is not named by a
    // comment that says `data-callicrates-global`.
    const unnamed = [...written].filter(
      (name) => name !== 'data-part' && !new RegExp(`${name}(?![a-z-])`).test(comments),
    );
    if (unnamed.length) gaps.push(`${folder}: ${unnamed.sort().join(' ')}`);
  }
  return gaps.sort();
}
