#!/usr/bin/env node
// `npm run tokens`: builds tokens/ into src/tokens/generated/.
// Options (for trying a token set elsewhere): --tokens <dir> --out <dir>.
// Exit status 1 means the token files are invalid; the report has one line per problem.
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

import { buildTokens, TokenBuildError } from './build-tokens.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const { values } = parseArgs({
  options: {
    tokens: { type: 'string', default: resolve(root, 'tokens') },
    out: { type: 'string', default: resolve(root, 'src/tokens/generated') },
  },
});

try {
  const result = await buildTokens({
    tokensDir: resolve(values.tokens),
    outDir: resolve(values.out),
  });
  const state = result.changed ? 'written' : 'unchanged';
  console.log(
    `tokens: ${result.tokenNames.length} variables, ${result.contrastPairs.length} contrast pairs; ${values.out} ${state} (${result.durationMs} ms)`,
  );
} catch (error) {
  if (!(error instanceof TokenBuildError)) throw error;
  for (const line of error.lines) console.error(line);
  process.exitCode = 1;
}
