// @ts-check
// The props whose type is a union of literals (`size?: 'sm' | 'md' | 'lg'`), read with the
// TypeScript checker from the package's exported `*Props` types: what unknownValues.test.ts
// gives each component a value outside of, to see that it says so in development.
import ts from 'typescript';
import { readPackage } from './propsDocs.mjs';

/**
 * @param {{ entry: string, sourceRoot: string, options: ts.CompilerOptions }} project
 *   the package entry whose exports are read, the folder whose files are ours, and the
 *   compiler options
 * @returns {Record<string, Record<string, Array<string | number>>>} for each exported
 *   `*Props` type, each prop declared in our sources whose type (without `undefined`) is a
 *   union of two or more string or number literals (`true | false` aside), and its literals
 */
export function findLiteralUnionProps(project) {
  const { checker, exports, ours } = readPackage(project);
  /** @type {Record<string, Record<string, Array<string | number>>>} */
  const found = {};
  for (const exported of exports) {
    const name = exported.getName();
    if (!name.endsWith('Props')) continue;
    const symbol =
      exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
    for (const prop of checker.getPropertiesOfType(checker.getDeclaredTypeOfSymbol(symbol))) {
      const declaration = prop.declarations?.find(ours);
      if (!declaration) continue;
      const type = checker.getNonNullableType(checker.getTypeOfSymbolAtLocation(prop, declaration));
      const members = type.isUnion() ? type.types : [type];
      const literals = members.flatMap((member) =>
        member.isStringLiteral() || member.isNumberLiteral() ? [member.value] : [],
      );
      if (literals.length < 2 || literals.length !== members.length) continue;
      (found[name] ??= {})[prop.getName()] = literals;
    }
  }
  return found;
}
