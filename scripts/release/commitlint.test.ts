import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const cli = createRequire(import.meta.url).resolve('@commitlint/cli/cli.js');

/** Runs commitlint with the project's config on one message, as the hook and CI do. */
function lint(message: string) {
  const result = spawnSync(process.execPath, [cli], {
    cwd: root,
    input: message,
    encoding: 'utf8',
  });
  return { ok: result.status === 0, output: result.stdout + result.stderr };
}

describe('commit message rules (commitlint.config.js)', () => {
  it('accepts a header with one kebab-case scope, or none', () => {
    expect(lint('feat(data-table): sort by several columns').ok).toBe(true);
    expect(lint('fix: keep the caret where it was').ok).toBe(true);
    expect(lint('feat(menu)!: items take value, not id').ok).toBe(true);
  });

  it('rejects several scopes in one header, naming the rule', () => {
    for (const header of [
      'test(menu,select): close alone',
      'test(menu, select): x',
      'fix(a/b): x',
    ]) {
      const { ok, output } = lint(header);
      expect(ok, header).toBe(false);
      expect(output).toContain('scope-single');
    }
  });

  it('rejects a scope that is not lowercase kebab-case', () => {
    expect(lint('feat(DataTable): x').ok).toBe(false);
    expect(lint('feat(data_table): x').ok).toBe(false);
  });
});
