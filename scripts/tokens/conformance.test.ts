// Other DTCG tools must read our themes as we do. Terrazzo's parser, an independent
// implementation of the 2025.10 Format and Resolver Modules, reads tokens/ from the resolver with
// its own validation and lint rules, and must find no problem and resolve, for each theme
// context, the same value for every token that the build wrote into tokens.css.
import { Logger, parse, defineConfig } from '@terrazzo/parser';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { buildTokens, type BuildResult } from './build-tokens.mjs';
import { toCssValue } from './dtcg-values.mjs';
import { makeWorkspace, realTokensDir, removeWorkspaces } from './test-support.js';

const MODES = ['light', 'dark', 'high-contrast'] as const;
/** Types whose CSS is the value itself, so the comparison needs no Style Dictionary transform. */
const COMPARED_TYPES = ['color', 'dimension', 'duration', 'number', 'fontWeight'];

interface TokenRecord {
  name: string;
  type: string;
  value: string | number;
  modes?: Record<string, string>;
}

let logger: Logger;
let parsed: Awaited<ReturnType<typeof parse>>;
let records: TokenRecord[];
let built: BuildResult;

beforeAll(async () => {
  const resolver = pathToFileURL(join(realTokensDir, 'callicrates.resolver.json'));
  logger = new Logger({ level: 'silent' });
  parsed = await parse([{ filename: resolver, src: await readFile(resolver, 'utf8') }], {
    config: defineConfig({}, { cwd: pathToFileURL(`${realTokensDir}/`) }),
    logger,
    req: async (url) => readFile(url, 'utf8'),
  });
  const workspace = await makeWorkspace();
  built = await buildTokens({ tokensDir: realTokensDir, outDir: workspace.outDir });
  const values = await readFile(join(workspace.outDir, 'values.ts'), 'utf8');
  records = [...values.matchAll(/^ {2}(\{.*\}),$/gm)].map((m) => JSON.parse(m[1] ?? ''));
});
afterAll(removeWorkspaces);

/**
 * Terrazzo's resolved value of a build record as CSS. The build splits a typography composite into
 * one variable per part (`typography.body.font-size`); Terrazzo keeps the composite.
 */
function terrazzoCss(
  tokens: ReturnType<Awaited<ReturnType<typeof parse>>['resolver']['apply']>,
  record: TokenRecord,
): string | undefined {
  const token = tokens[record.name];
  if (token) return String(toCssValue(token.$type, token.$value));
  const composite = tokens[record.name.slice(0, record.name.lastIndexOf('.'))];
  if (composite?.$type !== 'typography') return undefined;
  const part = record.name
    .slice(record.name.lastIndexOf('.') + 1)
    .replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());
  const value = (composite.$value as Record<string, unknown>)[part];
  return value === undefined ? undefined : String(toCssValue(record.type, value));
}

describe('Terrazzo reads tokens/ through the resolver', () => {
  it('finds no error or warning, with its default lint rules', () => {
    expect(logger.stats()).toMatchObject({ errorCount: 0, warnCount: 0 });
  });

  it('offers exactly the theme contexts the build writes, light by default', () => {
    const theme = parsed.resolver.source.modifiers?.theme;
    expect(Object.keys(theme?.contexts ?? {})).toEqual([...MODES]);
    expect(theme?.default).toBe('light');
  });

  it.each(MODES)('resolves every token to the build’s value in %s', (mode) => {
    const tokens = parsed.resolver.apply({ theme: mode });
    const compared = records.filter((r) => COMPARED_TYPES.includes(r.type));
    expect(compared.length).toBeGreaterThan(250);
    const differences = compared.flatMap((record) => {
      const theirs = terrazzoCss(tokens, record);
      if (theirs === undefined) return [`${record.name}: unknown to Terrazzo`];
      const ours = String(record.modes?.[mode] ?? record.value);
      return theirs === ours ? [] : [`${record.name}: Terrazzo ${theirs}, build ${ours}`];
    });
    expect(differences).toEqual([]);
  });

  it('knows every token the build knows, composites counted once', () => {
    const tokens = parsed.resolver.apply({ theme: 'light' });
    const composites = new Set(
      records
        .filter((r) => r.name.startsWith('typography.'))
        .map((r) => r.name.split('.', 2).join('.')),
    );
    const plain = built.tokenNames.filter((name) => !name.startsWith('typography.'));
    expect(Object.keys(tokens).sort()).toEqual([...plain, ...composites].sort());
  });
});
