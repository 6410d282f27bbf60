// tsc writes the sources' extensionless relative specifiers (`./Button`, `../tokens`) into the
// .d.ts files as they are. Bundlers resolve those, but TypeScript's node16/nodenext ESM
// resolution does not: a consumer with `moduleResolution: node16` would see `any`s. We keep
// the sources as they are (moduleResolution Bundler) and rewrite the emitted declarations to
// the exact `.js` file that sits beside each `.d.ts` in dist/.
import { existsSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, posix } from 'node:path';

/** `from '…'`, `import('…')`, `import '…'` and `declare module '…'` with a relative specifier. */
const RELATIVE_SPECIFIER =
  /(\bfrom\s+|\bimport\s*\(\s*|\bimport\s+|\bdeclare\s+module\s+)(['"])(\.\.?(?:\/[^'"]*)?)\2/g;

/** Specifiers that already name a file are left alone. */
const HAS_EXTENSION = /\.(?:js|mjs|cjs|json|css)$/;

/**
 * The node16-resolvable form of `specifier`, seen from the declaration file in `fromDir`:
 * `./Button` → `./Button.js`, `../tokens` → `../tokens/index.js`. Null when nothing matches.
 */
export function resolveSpecifier(fromDir, specifier) {
  if (HAS_EXTENSION.test(specifier)) return specifier;
  const bare = specifier.replace(/\/$/, '');
  if (existsSync(join(fromDir, `${bare}.d.ts`))) return `${bare}.js`;
  if (existsSync(join(fromDir, bare, 'index.d.ts'))) return posix.join(bare, 'index.js');
  return null;
}

async function* declarationFiles(dir) {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* declarationFiles(path);
    else if (entry.name.endsWith('.d.ts')) yield path;
  }
}

/**
 * Rewrites every relative specifier in the .d.ts files under `distDir`.
 * Throws, listing them all, when a specifier points at no emitted declaration.
 * @returns {Promise<number>} how many files changed
 */
export async function rewriteDeclarationSpecifiers(distDir) {
  const unresolved = [];
  let changed = 0;
  for await (const file of declarationFiles(distDir)) {
    const text = await readFile(file, 'utf8');
    const rewritten = text.replace(RELATIVE_SPECIFIER, (match, lead, quote, specifier) => {
      const resolved = resolveSpecifier(dirname(file), specifier);
      if (resolved === null) {
        unresolved.push(`${file}: ${specifier}`);
        return match;
      }
      const dotted = resolved.startsWith('.') ? resolved : `./${resolved}`;
      return `${lead}${quote}${dotted}${quote}`;
    });
    if (rewritten !== text) {
      await writeFile(file, rewritten);
      changed += 1;
    }
  }
  if (unresolved.length > 0) {
    throw new Error(`declarations: unresolvable relative imports:\n  ${unresolved.join('\n  ')}`);
  }
  return changed;
}
