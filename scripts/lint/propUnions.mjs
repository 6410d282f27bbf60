// @ts-check
// The props whose type is a union of literals (`size?: 'sm' | 'md' | 'lg'`), read with the
// TypeScript checker from the package's exported `*Props` types: what unknownValues.test.ts
// gives each component a value outside of, to see that it says so in development.
import { readPackage } from './propsDocs.mjs';

/**
 * @param {{ entry: string, sourceRoot: string, options: import('typescript').CompilerOptions }} project
 *   the package entry whose exports are read, the folder whose files are ours, and the
 *   compiler options
 * @returns {Record<string, Record<string, Array<string | number>>>} for each exported
 *   `*Props` type, each prop declared in our sources whose type (without `undefined`) is a
 *   union of two or more string or number literals (`true | false` aside), and its literals
 */
export function findLiteralUnionProps(project) {
  const { checker, ownProps } = readPackage(project);
  /** @type {Record<string, Record<string, Array<string | number>>>} */
  const found = {};
  for (const { typeName, prop, declaration } of ownProps) {
    const type = checker.getNonNullableType(checker.getTypeOfSymbolAtLocation(prop, declaration));
    const members = type.isUnion() ? type.types : [type];
    const literals = members.flatMap((member) =>
      member.isStringLiteral() || member.isNumberLiteral() ? [member.value] : [],
    );
    if (literals.length < 2 || literals.length !== members.length) continue;
    (found[typeName] ??= {})[prop.getName()] = literals;
  }
  return found;
}
