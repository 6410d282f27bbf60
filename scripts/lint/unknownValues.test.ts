// Non-negotiable: misuse gets a clear development message. A prop given a value outside its
// union (`size="huge"`) matches no style and no branch, so the component silently looks or
// acts wrong. Every such prop of every root export, read from the types, is rendered with an
// unknown value (it must be reported, naming the prop) and with each allowed one (it must not).
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createElement, type ComponentType } from 'react';
import { renderToString } from 'react-dom/server';
import { afterAll, beforeAll, describe, expect, it, vi, type MockInstance } from 'vitest';
import * as library from '../../src/index';
import { resetDevErrors } from '../../src/utils';
import { findLiteralUnionProps } from './propUnions.mjs';
import { projectOptions } from './propsDocs.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const unions = findLiteralUnionProps({
  entry: join(root, 'src/index.ts'),
  sourceRoot: join(root, 'src'),
  options: projectOptions(root),
});

/**
 * Native attributes we only narrow are the browser's to interpret (`type` on a button or an
 * input), so they are left out.
 */
const native = new Set(['type']);

/**
 * The props said twice, by each of two components of ours the prop reaches. SplitButton draws
 * its action as a Button and its menu button as an IconButton, both with its `variant` and
 * `size`; checking them once more in SplitButton, or passing known values on only, would cost
 * production bytes for a development message.
 */
const twice: Record<string, number> = { 'SplitButton.variant': 2, 'SplitButton.size': 2 };

type Subject = ComponentType<Record<string, unknown>>;
const components = library as unknown as Record<string, Subject | undefined>;

/** [component, prop, allowed values]: `ButtonProps.size` → Button; types of no component (BoxOwnProps) are skipped. */
const cases = Object.entries(unions).flatMap(([typeName, props]) => {
  const name = typeName.replace(/Props$/, '');
  if (!components[name] || !/^[A-Z]/.test(name)) return [];
  return Object.entries(props)
    .filter(([prop]) => !native.has(prop))
    .map(([prop, allowed]) => [name, prop, allowed] as const);
});

let consoleError: MockInstance<typeof console.error>;
beforeAll(() => {
  consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});
});
afterAll(() => consoleError.mockRestore());

/** Renders on the server (development checks run in render) and returns what was reported. */
function reported(name: string, props: Record<string, unknown>): string[] {
  resetDevErrors();
  consoleError.mockClear();
  const Subject = components[name] as Subject;
  renderToString(createElement(library.ThemeProvider, null, createElement(Subject, props)));
  return consoleError.mock.calls.map((call) => String(call[0]));
}

describe('a value outside a prop’s union is reported', () => {
  it('finds the props', () => {
    expect(cases.length).toBeGreaterThan(60);
  });

  it.each(cases)('%s `%s`', (name, prop, allowed) => {
    const unknown = typeof allowed[0] === 'number' ? 99 : 'unknown-value';
    // Named by the component that draws or acts on the prop: the one written, or one of ours
    // it passes the prop on to (DropdownButton's `variant` is Button's), so it is said once.
    const about = (message: string) =>
      new RegExp(`^\\[Callicrates\\] [A-Z]\\w*: \`${prop}\` is .*, which is not one of`).test(
        message,
      );
    const messages = reported(name, { [prop]: unknown });
    const said = expect.stringContaining(
      `: \`${prop}\` is ${JSON.stringify(unknown)}, which is not one of `,
    );
    const times = twice[`${name}.${prop}`] ?? 1;
    expect(messages.filter(about)).toEqual(Array.from({ length: times }, () => said));
    for (const value of allowed) {
      expect(reported(name, { [prop]: value }).filter(about), `${prop}=${value}`).toEqual([]);
    }
  });
});
