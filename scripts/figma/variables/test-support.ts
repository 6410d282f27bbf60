// A stand-in for a Figma file's variables: it applies POST /v1/files/:key/variables bodies the
// way the API documents (actions in order, temporary ids mapped to real ones, all or nothing) and
// answers GET /v1/files/:key/variables/local with the same shapes, ids and keys Figma uses.
import { createHash } from 'node:crypto';
import { cp, mkdir } from 'node:fs/promises';
import { join } from 'node:path';

import { readFile } from 'node:fs/promises';

import {
  makeWorkspace,
  validFixture,
  type TokenFiles,
  type Workspace,
} from '../../tokens/test-support.js';
import { figmaExport } from './export.mjs';

/* eslint-disable @typescript-eslint/no-explicit-any -- request and response bodies are JSON */

interface Collection {
  id: string;
  name: string;
  key: string;
  modes: { modeId: string; name: string }[];
  defaultModeId: string;
  remote: boolean;
  hiddenFromPublishing: boolean;
  variableIds: string[];
}

interface Variable {
  id: string;
  name: string;
  key: string;
  variableCollectionId: string;
  resolvedType: string;
  valuesByMode: Record<string, unknown>;
  remote: boolean;
  description: string;
  hiddenFromPublishing: boolean;
  scopes: string[];
  codeSyntax: Record<string, string>;
}

/** Thrown like Figma's 400: the whole request is rejected. */
export class FigmaRejected extends Error {}

export class FakeFigmaFile {
  collections = new Map<string, Collection>();
  variables = new Map<string, Variable>();
  private next = 1;

  /** Figma's id style: `VariableCollectionId:1:2`, `VariableID:1:3`, modes `1:4`. */
  private realId(prefix: string) {
    const id = `${prefix}1:${this.next}`;
    this.next += 1;
    return id;
  }

  /** Applies a POST body; returns Figma's answer. Throws FigmaRejected and changes nothing on error. */
  post(body: any): any {
    const before = structuredClone({
      c: [...this.collections],
      v: [...this.variables],
      n: this.next,
    });
    try {
      return this.apply(body);
    } catch (error) {
      this.collections = new Map(before.c);
      this.variables = new Map(before.v);
      this.next = before.n;
      throw error;
    }
  }

  private apply(body: any) {
    const temp = new Map<string, string>();
    const real = (id: string) => temp.get(id) ?? id;
    const collectionOf = (id: string) => {
      const found = this.collections.get(real(id));
      if (!found) throw new FigmaRejected(`no collection ${id}`);
      return found;
    };
    for (const change of body.variableCollections ?? []) {
      if (change.action !== 'CREATE') throw new FigmaRejected(`unsupported ${change.action}`);
      if ([...this.collections.values()].some((c) => c.name === change.name))
        throw new FigmaRejected(`duplicate collection name ${change.name}`);
      const id = this.realId('VariableCollectionId:');
      const modeId = this.realId('');
      temp.set(change.id, id);
      if (change.initialModeId) temp.set(change.initialModeId, modeId);
      this.collections.set(id, {
        id,
        name: change.name,
        key: key(id),
        modes: [{ modeId, name: 'Mode 1' }],
        defaultModeId: modeId,
        remote: false,
        hiddenFromPublishing: false,
        variableIds: [],
      });
    }
    for (const change of body.variableModes ?? []) {
      const collection = collectionOf(change.variableCollectionId);
      if (change.action === 'CREATE') {
        const modeId = this.realId('');
        temp.set(change.id, modeId);
        collection.modes.push({ modeId, name: change.name });
      } else if (change.action === 'UPDATE') {
        const mode = collection.modes.find((m) => m.modeId === real(change.id));
        if (!mode) throw new FigmaRejected(`no mode ${change.id}`);
        mode.name = change.name;
      } else throw new FigmaRejected(`unsupported ${change.action}`);
    }
    for (const change of body.variables ?? []) {
      if (change.action === 'CREATE') {
        const collection = collectionOf(change.variableCollectionId);
        if (
          [...this.variables.values()].some(
            (v) => v.name === change.name && v.variableCollectionId === collection.id,
          )
        )
          throw new FigmaRejected(`duplicate variable name ${change.name}`);
        const id = this.realId('VariableID:');
        temp.set(change.id, id);
        collection.variableIds.push(id);
        this.variables.set(id, {
          id,
          name: change.name,
          key: key(id),
          variableCollectionId: collection.id,
          resolvedType: change.resolvedType,
          valuesByMode: {},
          remote: false,
          description: change.description ?? '',
          hiddenFromPublishing: false,
          scopes: change.scopes ?? ['ALL_SCOPES'],
          codeSyntax: change.codeSyntax ?? {},
        });
      } else if (change.action === 'UPDATE') {
        const variable = this.variables.get(real(change.id));
        if (!variable) throw new FigmaRejected(`no variable ${change.id}`);
        const fields = Object.entries(change).filter(([k]) => k !== 'action' && k !== 'id');
        Object.assign(variable, Object.fromEntries(fields));
      } else if (change.action === 'DELETE') {
        this.variables.delete(real(change.id));
      }
    }
    for (const { variableId, modeId, value } of body.variableModeValues ?? []) {
      const variable = this.variables.get(real(variableId));
      if (!variable) throw new FigmaRejected(`no variable ${variableId}`);
      const collection = collectionOf(variable.variableCollectionId);
      if (!collection.modes.some((m) => m.modeId === real(modeId)))
        throw new FigmaRejected(`no mode ${modeId}`);
      const stored =
        value?.type === 'VARIABLE_ALIAS'
          ? { type: 'VARIABLE_ALIAS', id: real(value.id) }
          : float32(value);
      if (stored?.type === 'VARIABLE_ALIAS' && !this.variables.has(stored.id))
        throw new FigmaRejected(`alias to unknown ${value.id}`);
      variable.valuesByMode[real(modeId)] = stored;
    }
    return { status: 200, error: false, meta: { tempIdToRealId: Object.fromEntries(temp) } };
  }

  /** The GET /v1/files/:key/variables/local response. */
  local(): any {
    return {
      status: 200,
      error: false,
      meta: {
        variableCollections: Object.fromEntries(structuredClone([...this.collections])),
        variables: Object.fromEntries(structuredClone([...this.variables])),
      },
    };
  }

  /** The variable called `name` (`color/bg/canvas`). */
  variable(name: string): Variable {
    const found = [...this.variables.values()].find((v) => v.name === name);
    if (!found) throw new Error(`no variable ${name}`);
    return found;
  }

  /** The modeId of mode `name` in the collection holding variable `variableName`. */
  modeId(variableName: string, name: string): string {
    const collection = this.collections.get(this.variable(variableName).variableCollectionId);
    const mode = collection?.modes.find((m) => m.name === name);
    if (!mode) throw new Error(`no mode ${name}`);
    return mode.modeId;
  }
}

/** Figma stores 32-bit floats: 0.4 comes back as 0.4000000059604645. */
function float32(value: any): any {
  if (typeof value === 'number') return Math.fround(value);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, float32(v)]));
  }
  return value;
}

function key(id: string) {
  return createHash('sha1').update(id).digest('hex');
}

const figma = (scopes: string[], path: string) => ({
  'com.figma': { scopes, codeSyntax: { WEB: `var(--cal-${path.split('.').join('-')})` } },
});
const color = (hex: string, description: string, path: string, scopes: string[] = []) => {
  const bytes = (hex.slice(1).match(/../g) ?? []).map((b) =>
    Number((Number.parseInt(b, 16) / 255).toFixed(4)),
  );
  return {
    $type: 'color',
    $value: {
      colorSpace: 'srgb',
      components: bytes.slice(0, 3),
      alpha: bytes[3] ?? 1,
      hex: hex.slice(0, 7),
    },
    $description: description,
    $extensions: figma(scopes, path),
  };
};
const alias = (
  target: string,
  path: string,
  scopes: string[],
  description = `The ${path} role.`,
) => ({
  $type: 'color',
  $value: `{${target}}`,
  $description: description,
  $extensions: figma(scopes, path),
});
const px = (value: number, path: string, scopes: string[]) => ({
  $type: 'dimension',
  $value: { value, unit: 'px' },
  $description: `${value}px.`,
  $extensions: figma(scopes, path),
});

/**
 * A small token set with Figma variables in each collection: palette, semantic colours in three
 * modes, a size and its alias, a font family and size; a shadow that uses a semantic colour but is
 * no variable itself (so deleting that colour in Figma breaks it).
 */
export function figmaFixture(): TokenFiles {
  const mode = (bg: string, fg: string, link: string, shadow: string) => ({
    color: {
      bg: {
        canvas: alias(
          `palette.${bg}`,
          'color.bg.canvas',
          ['FRAME_FILL', 'SHAPE_FILL'],
          'Page background.',
        ),
      },
      text: {
        primary: alias(`palette.${fg}`, 'color.text.primary', ['TEXT_FILL'], 'Default text.'),
        link: alias(`palette.${link}`, 'color.text.link', ['TEXT_FILL'], 'Links.'),
      },
      shadow: alias(`palette.${shadow}`, 'color.shadow', ['EFFECT_COLOR'], 'Shadow colour.'),
    },
  });
  const base = validFixture();
  return {
    ...base,
    'tokens.resolver.json': {
      ...(base['tokens.resolver.json'] as object),
      sets: {
        core: {
          sources: ['primitives/base.tokens.json', 'semantic/spacing.tokens.json'].map(($ref) => ({
            $ref,
          })),
        },
      },
    },
    'primitives/base.tokens.json': {
      palette: {
        white: color('#ffffff', 'White.', 'palette.white'),
        black: color('#000000', 'Black.', 'palette.black'),
        blue: {
          600: color('#2569ed', 'Blue 600.', 'palette.blue.600'),
          300: color('#9fc9ff', 'Blue 300.', 'palette.blue.300'),
        },
        shade: color('#0000001a', 'Black at 10%.', 'palette.shade'),
      },
      space: { 2: px(8, 'space.2', ['GAP']), 4: px(16, 'space.4', ['GAP']) },
      font: {
        family: {
          sans: {
            $type: 'fontFamily',
            $value: ['Inter', 'system-ui', 'sans-serif'],
            $description: 'Interface text.',
            $extensions: figma(['FONT_FAMILY'], 'font.family.sans'),
          },
        },
        size: { 300: px(16, 'font.size.300', ['FONT_SIZE']) },
      },
      elevation: {
        sm: {
          $type: 'shadow',
          $value: {
            offsetX: { value: 0, unit: 'px' },
            offsetY: { value: 1, unit: 'px' },
            blur: { value: 2, unit: 'px' },
            spread: { value: 0, unit: 'px' },
            color: '{color.shadow}',
          },
          $description: 'Slight lift.',
        },
      },
    },
    'semantic/spacing.tokens.json': {
      space: {
        inset: {
          md: {
            $type: 'dimension',
            $value: '{space.4}',
            $description: 'Inset.',
            $extensions: figma(['GAP'], 'space.inset.md'),
          },
        },
      },
    },
    'modes/light.tokens.json': mode('white', 'black', 'blue.600', 'shade'),
    'modes/dark.tokens.json': mode('black', 'white', 'blue.300', 'black'),
    'modes/high-contrast.tokens.json': mode('white', 'black', 'blue.600', 'shade'),
    'contrast-pairs.json': {
      pairs: [
        { fg: 'color.text.primary', bg: 'color.bg.canvas', kind: 'text' },
        { fg: 'color.text.link', bg: 'color.bg.canvas', kind: 'text' },
      ],
    },
  };
}

/** A workspace holding a copy of the real tokens/. */
export async function realTokensWorkspace(realTokensDir: string): Promise<Workspace> {
  const workspace = await makeWorkspace();
  await mkdir(workspace.tokensDir, { recursive: true });
  await cp(realTokensDir, workspace.tokensDir, { recursive: true });
  return workspace;
}

export const fixturesDir = join(import.meta.dirname, 'fixtures');

/**
 * Figma's native DTCG export of a file, as public write-ups show it: one file per collection and
 * mode, the mode in the root's `$extensions`, Figma's ids and scopes on each token, and an alias
 * to another collection's variable as its resolved value plus `com.figma.aliasData`.
 */
export function figmaDtcgExport(file: FakeFigmaFile): Record<string, unknown> {
  const files: Record<string, any> = {};
  const resolve = (value: any, modeId: string): any => {
    if (value?.type !== 'VARIABLE_ALIAS') return value;
    const target = file.variables.get(value.id) as Variable;
    const values = Object.values(target.valuesByMode);
    return resolve(target.valuesByMode[modeId] ?? values[0], modeId);
  };
  for (const collection of file.collections.values()) {
    for (const mode of collection.modes) {
      const root: any = { $extensions: { 'com.figma.modeName': mode.name } };
      for (const id of collection.variableIds) {
        const variable = file.variables.get(id) as Variable;
        const value = variable.valuesByMode[mode.modeId] as any;
        const extensions: any = {
          'com.figma.variableId': variable.id,
          'com.figma.scopes': variable.scopes,
          'com.figma.codeSyntax': variable.codeSyntax,
        };
        let $value: any;
        if (value?.type === 'VARIABLE_ALIAS') {
          const target = file.variables.get(value.id) as Variable;
          if (target.variableCollectionId === collection.id)
            $value = `{${target.name.split('/').join('.')}}`;
          else {
            $value = dtcgValue(resolve(value, mode.modeId), variable.resolvedType);
            const targetCollection = file.collections.get(
              target.variableCollectionId,
            ) as Collection;
            extensions['com.figma.aliasData'] = {
              targetVariableId: target.id,
              targetVariableName: target.name,
              targetVariableSetId: targetCollection.id,
              targetVariableSetName: targetCollection.name,
            };
          }
        } else $value = dtcgValue(value, variable.resolvedType);
        const path = variable.name.split('/');
        let node = root;
        for (const segment of path.slice(0, -1)) node = node[segment] ??= {};
        node[path.at(-1) as string] = {
          $type: { COLOR: 'color', FLOAT: 'number', STRING: 'string' }[variable.resolvedType],
          $value,
          $description: variable.description,
          $extensions: extensions,
        };
      }
      files[`${collection.name}.${mode.name}.tokens.json`] = root;
    }
  }
  return files;
}

function dtcgValue(value: any, type: string) {
  if (type !== 'COLOR') return value;
  const components = [value.r, value.g, value.b];
  const hex = `#${components
    .map((c: number) =>
      Math.round(c * 255)
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;
  return { colorSpace: 'srgb', components, alpha: value.a, hex };
}

/** The Figma file after `figma:export` of the fixture tokens. */
export async function exportedFixtureFile(): Promise<FakeFigmaFile> {
  const workspace = await makeWorkspace(figmaFixture());
  const out = join(workspace.root, 'body.json');
  const status = await figmaExport({
    argv: ['--tokens', workspace.tokensDir, '--out', out],
    env: {},
    log: () => {},
    error: (line) => {
      throw new Error(line);
    },
  });
  if (status !== 0) throw new Error(`figma:export exited with ${status}`);
  const file = new FakeFigmaFile();
  file.post(JSON.parse(await readFile(out, 'utf8')));
  return file;
}

/**
 * What a designer did in Figma: changed a colour, renamed a variable (its aliases follow it, as
 * they do in Figma), and gave one mode a new value.
 */
export function designerEdits(file: FakeFigmaFile): void {
  const blue = file.variable('palette/blue/600');
  blue.valuesByMode[Object.keys(blue.valuesByMode)[0] as string] = {
    r: Math.fround(29 / 255),
    g: Math.fround(86 / 255),
    b: Math.fround(206 / 255),
    a: 1,
  };
  file.variable('palette/blue/300').name = 'palette/sky/300';
  const shadow = file.variable('color/shadow');
  shadow.valuesByMode[file.modeId('color/shadow', 'High contrast')] = {
    type: 'VARIABLE_ALIAS',
    id: file.variable('palette/black').id,
  };
}

/** A designer deleted a colour a shadow token (no Figma variable) still uses. */
export function deleteReferenced(file: FakeFigmaFile): void {
  const shadow = file.variable('color/shadow');
  file.variables.delete(shadow.id);
  for (const collection of file.collections.values()) {
    collection.variableIds = collection.variableIds.filter((id) => id !== shadow.id);
  }
}
