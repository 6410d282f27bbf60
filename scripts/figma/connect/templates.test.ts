// Code Connect, checked offline (issue #14, section 3). `figma connect parse` packages every
// template for the release channel's file; then each template runs, from what parse publishes,
// with every value of every Figma property it reads, and what it emits is type-checked against
// the library: props that exist, values in their unions, imports that resolve and are used. The
// fixture templates at the end prove each check fails when it should.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadFigmaData, nodeUrlOf, repositoryRoot, resolveFigmaChannel } from '../channel.mjs';
import { storyIndex } from '../stories.mjs';
import { nodePlaceholder, runCodeConnect } from './cli.mjs';
import { designCoverage } from './coverage.mjs';
import { compileTemplate, exploreTemplate, TemplateError } from './runtime.mjs';
import {
  exploreTemplates,
  propertyMappings,
  templateFiles,
  templateFromParseOutput,
  templateFromSource,
  templateName,
} from './templates.mjs';
import {
  checkProbes,
  createSnippetProgram,
  packageExports,
  snippetProbes,
  unionCoverage,
} from './typecheck.mjs';

const root = repositoryRoot;
const data = loadFigmaData({ root });
const channel = resolveFigmaChannel({ root, data, branch: 'main' });
const files = templateFiles(root);

interface ParsedDocument {
  figmaNode: string;
  component?: string;
  template: string;
  label: string;
  language: string;
  _codeConnectFilePath: string;
}

/** Templates the checks must reject, each for one reason. Compiled like parse output. */
const fixtures: Record<string, string> = {
  UnknownProp: `const figma = require('figma');
export default { example: figma.tsx\`<Button colour="red">Save</Button>\`, imports: ["import { Button } from 'callicrates'"], id: 'UnknownProp', metadata: { nestable: true } };`,
  WrongValue: `const figma = require('figma');
const variant = figma.selectedInstance.getEnum('Variant', { Primary: undefined, Danger: 'dangerous' });
export default { example: figma.tsx\`<Button\${figma.helpers.react.renderProp('variant', variant)}>Save</Button>\`, imports: ["import { Button } from 'callicrates'"], id: 'WrongValue', metadata: { nestable: true } };`,
  MissedMembers: `const figma = require('figma');
const variant = figma.selectedInstance.getEnum('Variant', { Primary: undefined, Secondary: 'secondary' });
export default { example: figma.tsx\`<Button\${figma.helpers.react.renderProp('variant', variant)}>Save</Button>\`, imports: ["import { Button } from 'callicrates'"], id: 'MissedMembers', metadata: { nestable: true } };`,
  WrongDefault: `const figma = require('figma');
const variant = figma.selectedInstance.getEnum('Variant', { Primary: undefined, Secondary: 'secondary', Tertiary: 'tertiary', Danger: 'danger' });
export default { example: figma.tsx\`<IconButton label="Add" icon="+"\${figma.helpers.react.renderProp('variant', variant)} />\`, imports: ["import { IconButton } from 'callicrates'"], id: 'WrongDefault', metadata: { nestable: true } };`,
  UnusedImport: `const figma = require('figma');
export default { example: figma.tsx\`<Button>Save</Button>\`, imports: ["import { Button, Link } from 'callicrates'"], id: 'UnusedImport', metadata: { nestable: true } };`,
  MissingRequired: `const figma = require('figma');
export default { example: figma.tsx\`<IconButton icon="+" />\`, imports: ["import { IconButton } from 'callicrates'"], id: 'MissingRequired', metadata: { nestable: true } };`,
  DeepImport: `const figma = require('figma');
export default { example: figma.tsx\`<Button>Save</Button>\`, imports: ["import { Button } from '../src/atoms/Button'"], id: 'DeepImport', metadata: { nestable: true } };`,
};

let output: string;
let parsed: ParsedDocument[];
let explored: ReturnType<typeof exploreTemplates>;
let fixtureTemplates: ReturnType<typeof exploreTemplates>;
let checked: ReturnType<typeof checkProbes>;
let exports: ReturnType<typeof packageExports>;
let coverage: ReturnType<typeof unionCoverage>;
let page: ReturnType<typeof designCoverage>;
let fromSource: ReturnType<typeof exploreTemplates>;
let stories: ReturnType<typeof storyIndex>;

beforeAll(() => {
  output = mkdtempSync(join(tmpdir(), 'callicrates-figma-parse-'));
  const { status, stderr } = runCodeConnect({
    command: 'parse',
    args: ['--outFile', join(output, 'parse.json')],
    branch: 'main',
    env: {},
    root,
    stdio: 'pipe',
  });
  if (status !== 0) throw new Error(`figma connect parse failed:\n${stderr}`);
  parsed = JSON.parse(readFileSync(join(output, 'parse.json'), 'utf8'));

  explored = exploreTemplates(parsed.map((document) => templateFromParseOutput(root, document)));
  fixtureTemplates = exploreTemplates(
    Object.entries(fixtures).map(([name, source]) => ({
      file: `fixtures/${name}.figma.ts`,
      template: compileTemplate(source, { filename: name }),
    })),
  );
  const probes = snippetProbes(root, [...explored, ...fixtureTemplates]);
  const program = createSnippetProgram(root, probes);
  exports = packageExports(root, program);
  checked = checkProbes(program, probes, exports);
  const mappings = [...explored, ...fixtureTemplates].map((template) => ({
    template,
    properties: propertyMappings(template.exploration),
  }));
  coverage = unionCoverage(program, checked, mappings);
  fromSource = exploreTemplates(files.map((file) => templateFromSource(root, file)));
  stories = storyIndex(root);
  page = designCoverage({ root, channel, explored: fromSource, stories });
}, 300_000);

afterAll(() => rmSync(output, { recursive: true, force: true }));

const isFixture = (name: string) => name in fixtures;

/** Exported components that no template emits or names, given the templates' renderings. */
function uncovered(renderings: typeof checked, documents: ParsedDocument[]) {
  const emitted = new Set(renderings.flatMap((entry) => [...entry.used]));
  const named = new Set(documents.map((document) => document.component));
  return [...exports]
    .filter(([name, entry]) => entry.isComponent && !emitted.has(name) && !named.has(name))
    .map(([name]) => name);
}
const errorsOf = (name: string) =>
  checked.filter((entry) => entry.probe.template.name === name).flatMap((entry) => entry.errors);

describe('figma connect parse (offline, --skip-update-check)', () => {
  it('finds template files', () => {
    expect(files.length).toBeGreaterThan(30);
    expect(files.every((file) => file.endsWith('.figma.ts'))).toBe(true);
  });

  it('parses every template file, each once', () => {
    const parsedFiles = parsed.map((document) => templateFromParseOutput(root, document).file);
    expect(parsedFiles.sort()).toEqual(files);
  });

  it("links each template to its node in the channel's Figma file, through figma/nodes.json", () => {
    for (const document of parsed) {
      const file = templateFromParseOutput(root, document).file;
      const name = templateName(file);
      const source = readFileSync(join(root, file), 'utf8');
      expect(source, file).toMatch(new RegExp(`^// url=${nodePlaceholder(name)}$`, 'm'));
      expect(document.figmaNode, file).toBe(nodeUrlOf(data, channel.file, name));
      expect(document.label).toBe('React');
    }
  });

  it('has a template for every component node, and a node for every template', () => {
    expect(files.map(templateName).sort()).toEqual(Object.keys(data.nodes.components).sort());
  });

  it('publishes what the sources say (the checks below run on the published form)', () => {
    const summary = (list: typeof explored) =>
      Object.fromEntries(
        list.map((entry) => [
          entry.name,
          entry.exploration.renders.map(({ assignment, code, imports }) => ({
            assignment,
            code,
            imports,
          })),
        ]),
      );
    expect(summary(explored)).toEqual(summary(fromSource));
  });
});

describe('the code each template emits', () => {
  it('names its template, as the file and figma/nodes.json do', () => {
    for (const template of explored) {
      expect(template.exploration.id, template.file).toBe(template.name);
    }
  });

  it('reads at least one Figma property: no template maps nothing', () => {
    for (const template of explored) {
      expect(template.exploration.properties.length, template.file).toBeGreaterThan(0);
      expect(template.exploration.renders.length, template.file).toBeGreaterThan(1);
    }
  });

  it('type-checks against the library for every value of every Figma property', () => {
    const failures = checked
      .filter((entry) => !isFixture(entry.probe.template.name) && entry.errors.length > 0)
      .map(
        ({ probe, errors }) =>
          `${probe.template.file} with ${JSON.stringify(probe.render.assignment)}:\n${probe.render.code}\n  ${errors.join('\n  ')}`,
      );
    expect(failures).toEqual([]);
  });

  it('covers every component the package exports from its atoms and molecules', () => {
    expect([...exports.values()].filter((entry) => entry.isComponent).length).toBeGreaterThan(40);
    const real = checked.filter((entry) => !isFixture(entry.probe.template.name));
    expect(uncovered(real, parsed)).toEqual([]);
  });

  it('sits beside the code it connects (`// component=` names an export of its folder)', () => {
    for (const document of parsed) {
      const file = templateFromParseOutput(root, document).file;
      const component = document.component ?? '';
      expect(exports.has(component), `${file}: component=${component}`).toBe(true);
      expect(dirname(exports.get(component)!.file), file).toBe(dirname(file));
    }
  });

  it('maps each Figma variant to a union member, and covers the whole union', () => {
    const real = coverage.filter((entry) => !isFixture(entry.template));
    expect(real.length).toBeGreaterThan(40);
    const gaps = real
      .filter((entry) => entry.missing.length > 0 || entry.duplicates.length > 0)
      .map(
        (entry) =>
          `${entry.template}: "${entry.property}" → ${entry.prop}: no option gives ${JSON.stringify(entry.missing)}; options giving a value twice: ${JSON.stringify(entry.duplicates)}`,
      );
    expect(gaps).toEqual([]);
  });

  it('declares only code-only values that are union members', () => {
    for (const entry of coverage.filter((item) => !isFixture(item.template))) {
      for (const value of entry.codeOnly) expect(entry.members, entry.template).toContain(value);
    }
  });
});

describe('the Design coverage page (Figma/Design coverage in Storybook)', () => {
  it('has a row for every component node, each with its template', () => {
    expect(page.components.map((row) => row.name).sort()).toEqual(
      Object.keys(data.nodes.components).sort(),
    );
    for (const row of page.components) {
      expect(row.template?.file, row.name).toBe(
        files.find((file) => templateName(file) === row.name),
      );
      expect(row.nodeUrl).toBe(nodeUrlOf(data, channel.file, row.name));
      expect(row.template!.properties.length, row.name).toBeGreaterThan(0);
    }
    expect(page.templatesWithoutNode).toEqual([]);
  });

  it('misses no component the package exports', () => {
    const listed = new Set(page.components.flatMap((row) => row.template?.components ?? []));
    const components = [...exports].filter(([, entry]) => entry.isComponent).map(([name]) => name);
    expect(components.filter((name) => !listed.has(name))).toEqual([]);
  });

  it('shows the stories of every node, and every story file links a node', () => {
    for (const row of [...page.components, ...page.frames]) {
      expect(row.stories.length, row.name).toBeGreaterThan(0);
    }
    expect(page.storiesWithoutDesign).toEqual([]);
  });

  it('shows what each variant option becomes', () => {
    const button = page.components.find((row) => row.name === 'Button')!;
    const variant = button.template!.properties.find((property) => property.name === 'Variant')!;
    expect(variant.keys).toEqual(['Button.variant']);
    expect(variant.values).toContainEqual({
      value: 'Danger',
      facts: { 'Button.variant': '"danger"' },
    });
  });
});

describe('design links are written once', () => {
  it('links stories through figmaDesign() only, with one node each', () => {
    const problems = stories.flatMap((entry) =>
      entry.problems.map((problem) => `${entry.file}: ${problem}`),
    );
    expect(problems).toEqual([]);
  });

  it('writes no Figma URL or node id in a story or a template', () => {
    const offenders = [...stories.map((entry) => entry.file), ...files].filter((file) =>
      /figma\.com|node-id=/.test(readFileSync(join(root, file), 'utf8')),
    );
    expect(offenders).toEqual([]);
  });
});

describe('the checks fail on a bad template', () => {
  it('reports a prop the component does not have', () => {
    expect(errorsOf('UnknownProp').join('\n')).toMatch(/Property 'colour' does not exist/);
  });

  it('reports a variant value outside the union', () => {
    expect(errorsOf('WrongValue').join('\n')).toMatch(/"dangerous"/);
  });

  it('reports a required prop left out', () => {
    expect(errorsOf('MissingRequired').join('\n')).toMatch(/'label' is missing/);
  });

  it('reports an import that is not used, or not from the package', () => {
    expect(errorsOf('UnusedImport').join('\n')).toMatch(/'Link' is declared but/);
    expect(errorsOf('DeepImport').join('\n')).toMatch(/from 'callicrates'/);
  });

  it('reports union members no option gives', () => {
    const entry = coverage.find((item) => item.template === 'MissedMembers');
    expect(entry?.missing).toEqual(['tertiary', 'danger']);
  });

  it('reports an option left at a default it does not show', () => {
    const entry = coverage.find((item) => item.template === 'WrongDefault');
    expect(entry?.duplicates).toEqual([{ option: 'Tertiary', value: 'tertiary' }]);
  });

  it('counts a component no template emits as uncovered', () => {
    const withoutTooltip = checked.filter(
      (entry) => entry.probe.template.name !== 'Tooltip' && !isFixture(entry.probe.template.name),
    );
    const documents = parsed.filter((document) => document.component !== 'Tooltip');
    expect(uncovered(withoutTooltip, documents)).toEqual(['Tooltip']);
  });

  it('refuses what Figma would print wrong, or a reader it does not model', () => {
    const run = (source: string) =>
      exploreTemplate(compileTemplate(source, { filename: 'fixture' }), {
        filename: 'fixture',
        registry: new Map(),
      });
    const head = "const figma = require('figma');\n";
    const tail = ", imports: [], id: 'X', metadata: { nestable: true } };";
    expect(() =>
      run(`${head}export default { example: figma.tsx\`<A b={\${undefined}} />\`${tail}`),
    ).toThrow(/interpolates undefined/);
    expect(() =>
      run(
        `${head}figma.selectedInstance.getSlot('Body');\nexport default { example: figma.tsx\`<A />\`${tail}`,
      ),
    ).toThrow(/getSlot\(\) is not modelled/);
    expect(() => run(`${head}export default { example: '<A />'${tail}`)).toThrow(TemplateError);
    expect(() =>
      run(
        `${head}const v = figma.selectedInstance.getEnum('V', { A: 'a' });\nexport default { example: figma.tsx\`<A />\`, imports: [], id: v, metadata: {} };`,
      ),
    ).toThrow(/nestable/);
  });
});
