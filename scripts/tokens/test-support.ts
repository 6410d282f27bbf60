// Helpers shared by the token build tests: temporary workspaces, fixtures and directory snapshots.
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
export const realTokensDir = join(repoRoot, 'tokens');

export interface Workspace {
  root: string;
  /** Named `tokens`, like the real directory, so problems read `tokens/<file>`. */
  tokensDir: string;
  outDir: string;
}

const workspaces: string[] = [];

/** A fresh temporary directory with a `tokens/` folder and an output path inside it. */
export async function makeWorkspace(files: TokenFiles = {}): Promise<Workspace> {
  const root = await mkdtemp(join(tmpdir(), 'cal-tokens-'));
  workspaces.push(root);
  const workspace = {
    root,
    tokensDir: join(root, 'tokens'),
    outDir: join(root, 'out', 'generated'),
  };
  await mkdir(workspace.tokensDir);
  await writeTokenFiles(workspace.tokensDir, files);
  return workspace;
}

/** Call from afterAll: removes every workspace this test file made. */
export async function removeWorkspaces(): Promise<void> {
  await Promise.all(workspaces.splice(0).map((root) => rm(root, { recursive: true, force: true })));
}

/** Relative path → JSON value (written with JSON.stringify) or raw file text. */
export type TokenFiles = Record<string, unknown>;

export async function writeTokenFiles(tokensDir: string, files: TokenFiles): Promise<void> {
  for (const [relativePath, contents] of Object.entries(files)) {
    const path = join(tokensDir, relativePath);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(
      path,
      typeof contents === 'string' ? contents : JSON.stringify(contents, null, 2),
    );
  }
}

/** File name → bytes of every file in a directory tree, for byte-for-byte comparisons. */
export async function snapshotDir(dir: string): Promise<Record<string, string>> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const snapshot: Record<string, string> = {};
  for (const entry of entries.filter((e) => e.isFile())) {
    const path = join(entry.parentPath, entry.name);
    snapshot[path.slice(dir.length + 1)] = (await readFile(path)).toString('base64');
  }
  return snapshot;
}

const token = (type: string, value: unknown, description = `A ${type} token.`) => ({
  $type: type,
  $value: value,
  $description: description,
});

/** A 2025.10 sRGB colour object. */
export const srgb = (components: [number, number, number], hex: string, alpha = 1) => ({
  colorSpace: 'srgb',
  components,
  alpha,
  hex,
});

/** A 2025.10 dimension or duration object. */
export const measure = (value: number, unit: string) => ({ value, unit });

const mode = (bg: string, fg: string) => ({
  color: {
    bg: { canvas: token('color', `{palette.${bg}}`) },
    text: { primary: token('color', `{palette.${fg}}`) },
  },
});

/** The resolver of the fixture: the core files as one set, one file per mode. */
export function fixtureResolver(
  core = ['primitives/base.tokens.json', 'semantic/spacing.tokens.json'],
): Record<string, unknown> {
  const ref = (file: string) => ({ $ref: file });
  return {
    version: '2025.10',
    sets: { core: { sources: core.map(ref) } },
    modifiers: {
      theme: {
        default: 'light',
        contexts: {
          light: [ref('modes/light.tokens.json')],
          dark: [ref('modes/dark.tokens.json')],
          'high-contrast': [ref('modes/high-contrast.tokens.json')],
        },
      },
    },
    resolutionOrder: [{ $ref: '#/sets/core' }, { $ref: '#/modifiers/theme' }],
  };
}

/**
 * The smallest valid token set: a few primitives of each checked kind, three modes and the
 * resolver that lists them. Tests copy it and break one thing.
 */
export function validFixture(): TokenFiles {
  return {
    'tokens.resolver.json': fixtureResolver(),
    'primitives/base.tokens.json': {
      palette: {
        white: token('color', srgb([1, 1, 1], '#ffffff')),
        black: token('color', srgb([0, 0, 0], '#000000')),
      },
      space: {
        $type: 'dimension',
        1: { $value: measure(4, 'px'), $description: 'Inherits $type from its group.' },
        2: { $value: measure(8, 'px'), $description: 'Inherits $type from its group.' },
      },
      font: { weight: { regular: token('fontWeight', 400) } },
      opacity: { disabled: token('number', 0.4) },
    },
    'semantic/spacing.tokens.json': {
      inset: { md: token('dimension', '{space.2}') },
    },
    'modes/light.tokens.json': mode('white', 'black'),
    'modes/dark.tokens.json': mode('black', 'white'),
    'modes/high-contrast.tokens.json': mode('white', 'black'),
    'contrast-pairs.json': {
      pairs: [{ fg: 'color.text.primary', bg: 'color.bg.canvas', kind: 'text' }],
    },
  };
}

/**
 * Tests break fixtures by reaching into them like the untyped JSON they become, so the files are
 * deliberately loosely typed here.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type EditableFiles = Record<string, any>;

/** A deep copy of validFixture() with `change` applied to it. */
export function fixtureWith(change: (files: EditableFiles) => void): TokenFiles {
  const files: EditableFiles = structuredClone(validFixture());
  change(files);
  return files;
}
