// Types for build-tokens.mjs, so TypeScript tests and tools can call the build with strict types.

export interface TokenProblem {
  /** Token file as shown to people, e.g. `tokens/modes/dark.tokens.json`. */
  file: string;
  /** Dot-separated token path, or `(file)` for problems with the whole file. */
  path: string;
  message: string;
}

/** Thrown when the token files are invalid; the output directory is then left untouched. */
export class TokenBuildError extends Error {
  readonly problems: readonly TokenProblem[];
  /** One `tokens: <file>: <path>: <message>` line per problem, sorted, without duplicates. */
  readonly lines: readonly string[];
}

export interface MeasuredContrastPair {
  fg: string;
  bg: string;
  kind: 'text' | 'large-text' | 'ui' | 'exempt';
  reason?: string;
  /** Mode name → WCAG 2.x ratio, rounded down to 2 decimals. */
  ratios: Record<string, number>;
  required: number;
}

export interface BuildResult {
  /** False when the output directory already held exactly these files and was not touched. */
  changed: boolean;
  /** Names of the generated files. */
  files: string[];
  /** Every CSS-variable token path, sorted as in the outputs. */
  tokenNames: string[];
  contrastPairs: MeasuredContrastPair[];
  durationMs: number;
}

export function buildTokens(options: { tokensDir: string; outDir: string }): Promise<BuildResult>;
