// Tools write token files through formatTokenFile: reading a committed file and writing it back
// must change no byte, or every import would reformat files it did not mean to touch.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

import { realTokensDir } from './test-support.js';
import { formatTokenFile } from './token-json.mjs';

const files = (await readdir(realTokensDir, { recursive: true }))
  .filter((file) => file.endsWith('.tokens.json'))
  .sort();

describe('formatTokenFile', () => {
  it('finds the token files', () => expect(files.length).toBeGreaterThan(10));

  it.each(files)('writes %s back byte for byte', async (file) => {
    const text = await readFile(join(realTokensDir, file), 'utf8');
    expect(await formatTokenFile(JSON.parse(text))).toBe(text);
  });

  it('puts $ properties first, in a fixed order, and keeps flat values on one line', async () => {
    const text = await formatTokenFile({
      gap: {
        $description: 'A gap.',
        $value: { value: 4, unit: 'px' },
        $type: 'dimension',
      },
      $schema: 'https://www.designtokens.org/schemas/2025.10/format.json',
    });
    expect(text).toBe(
      [
        '{',
        '  "$schema": "https://www.designtokens.org/schemas/2025.10/format.json",',
        '  "gap": {',
        '    "$type": "dimension",',
        '    "$value": { "value": 4, "unit": "px" },',
        '    "$description": "A gap."',
        '  }',
        '}',
        '',
      ].join('\n'),
    );
  });
});
