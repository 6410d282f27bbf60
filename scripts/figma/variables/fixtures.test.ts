// The committed Figma fixtures are what Figma would answer for the fixture tokens (and for the
// designer's edits listed here): a change to the tokens, the exporter or the stand-in for Figma
// that would make them stale fails this test. `FIGMA_FIXTURES=write` rewrites them.
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { format, resolveConfig } from 'prettier';
import { afterAll, describe, expect, it } from 'vitest';

import { removeWorkspaces } from '../../tokens/test-support.js';
import {
  deleteReferenced,
  designerEdits,
  exportedFixtureFile,
  figmaDtcgExport,
  fixturesDir,
} from './test-support.js';

afterAll(removeWorkspaces);

async function expected(): Promise<Record<string, unknown>> {
  const base = await exportedFixtureFile();
  const designer = await exportedFixtureFile();
  designerEdits(designer);
  const deleted = await exportedFixtureFile();
  deleteReferenced(deleted);
  const dtcg = figmaDtcgExport(base);
  return {
    'local-variables.json': base.local(),
    'local-variables.designer.json': designer.local(),
    'local-variables.deleted.json': deleted.local(),
    ...Object.fromEntries(Object.entries(dtcg).map(([name, json]) => [`dtcg/${name}`, json])),
  };
}

describe('committed Figma fixtures', () => {
  it('are what Figma answers for the fixture tokens and the designer’s edits', async () => {
    const files = await expected();
    if (process.env.FIGMA_FIXTURES === 'write') {
      await rm(join(fixturesDir, 'dtcg'), { recursive: true, force: true });
      await mkdir(join(fixturesDir, 'dtcg'), { recursive: true });
      for (const [name, json] of Object.entries(files)) {
        const path = join(fixturesDir, name);
        const options = (await resolveConfig(path)) ?? {};
        await writeFile(
          path,
          await format(JSON.stringify(json, null, 2), { ...options, parser: 'json' }),
        );
      }
    }
    for (const [name, json] of Object.entries(files)) {
      const committed = JSON.parse(await readFile(join(fixturesDir, name), 'utf8'));
      expect(committed, name).toEqual(json);
    }
  });
});
