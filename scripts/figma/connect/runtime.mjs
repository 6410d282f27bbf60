// An offline stand-in for the `figma` module Code Connect templates run against in Dev Mode.
//
// `figma connect parse` only packages a template; it never runs it, and exits 0 on a template
// that would throw in Figma. So the checks run every template here, once per value of every
// Figma property it reads (each variant option, both sides of each boolean, a text and an
// empty one), and look at the code it emits. The stand-in implements the part of the
// template API our templates use (figma-types-no-require.d.ts) and refuses the rest by name,
// so a template can never pass here by calling something this file does not model.
import vm from 'node:vm';

/**
 * @typedef {{ name: string, kind: 'VARIANT' | 'BOOLEAN' | 'TEXT' | 'TEXT_LAYER' | 'INSTANCE_SWAP' | 'INSTANCE_LAYER', options?: Record<string, unknown>, readWhen: Record<string, string | boolean> }} FigmaProperty
 *   a Figma property a template reads, and the values of the others when it is first read
 * @typedef {{ assignment: Record<string, string | boolean>, varied: { name: string, value: string | boolean } | null, code: string, imports: string[] }} Rendering
 *   one run: the property values set, the one varied from its context, the code and imports
 * @typedef {{ id: string, metadata: Record<string, any>, properties: FigmaProperty[], renders: Rendering[], contextOf: (property: string) => Rendering }} Exploration
 */

/** A template that fails to run, or uses the API in a way Figma would not render. */
export class TemplateError extends Error {
  name = 'TemplateError';
}

/** Nested connected instances rendered inside a template, at most this deep. */
const MAX_DEPTH = 3;

/**
 * How many instances of each connected child a selector finds: enough to see a list. The
 * second has its booleans on (a radio selected, an icon shown), so a parent that reads its
 * children's state (RadioGroup's value) is run with some set.
 */
const CONNECTED_COPIES = 2;

const SECTION_TYPES = new Set(['CODE', 'INSTANCE', 'SLOT', 'ERROR']);

/**
 * The option an unset variant reads: the one that writes no prop (the code's default), else
 * the first. Figma's own default is not known offline, and every option is tried anyway.
 */
export function defaultOption(options) {
  const keys = Object.keys(options);
  return keys.find((key) => options[key] === undefined) ?? keys[0];
}

function describe(value) {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `${typeof value} ${String(value)}`;
}

/**
 * Turns a template's JavaScript into a function of the `figma` module. `source` is either what
 * `figma connect parse` publishes (ES module syntax: `export default …`) or CommonJS from
 * transpiling the template file (`exports.default = …`, `require('./helper')`).
 * @param {string} source
 * @param {{ filename: string, requireModule?: (specifier: string) => unknown }} options
 * @returns {(figma: unknown) => unknown} the template's default export, run against `figma`
 */
export function compileTemplate(source, { filename, requireModule }) {
  const body = source.replace(/^export default /m, 'exports.default = ');
  if (!/\bexports\.default\s*=/.test(body)) {
    throw new TemplateError(`${filename}: the template has no default export`);
  }
  let run;
  try {
    // One context per template, one call per rendering: each call runs the template's top
    // level afresh, with its own `figma`.
    run = new vm.Script(`(function (require, exports, module) {\n${body}\n})`, {
      filename,
    }).runInNewContext({ console });
  } catch (error) {
    throw new TemplateError(`${filename}: ${error.message}`);
  }
  return (figma) => {
    const module = { exports: {} };
    const require = (specifier) => {
      if (specifier === 'figma') return figma;
      if (requireModule) return requireModule(specifier);
      throw new TemplateError(`${filename}: require('${specifier}') is not available`);
    };
    try {
      run(require, module.exports, module);
    } catch (error) {
      if (error instanceof TemplateError) throw error;
      throw new TemplateError(`${filename}: ${error.message}`);
    }
    return module.exports.default;
  };
}

/** Code sections to code: a placeholder instance becomes `<FigmaInstance name="…" />`. */
export function renderSections(sections) {
  return sections
    .map((section) =>
      section.type === 'CODE'
        ? section.code
        : `<FigmaInstance name=${JSON.stringify(section.name)} />`,
    )
    .join('');
}

function templateTag(language, filename) {
  return (strings, ...values) => {
    const sections = [];
    const code = (text) => {
      if (text === '') return;
      const last = sections.at(-1);
      if (last?.type === 'CODE') last.code += text;
      else sections.push({ type: 'CODE', code: text });
    };
    const add = (value) => {
      if (typeof value === 'string' || typeof value === 'number') code(String(value));
      else if (Array.isArray(value)) value.forEach(add);
      else if (value?.type === 'SECTIONS') value.sections.forEach(add);
      else if (SECTION_TYPES.has(value?.type)) {
        if (value.type === 'ERROR') throw new TemplateError(`${filename}: ${value.message}`);
        if (value.type === 'CODE') code(value.code);
        else sections.push(value);
      } else {
        // Figma would print "undefined" or "[object Object]" into the snippet.
        throw new TemplateError(`${filename}: figma.${language} interpolates ${describe(value)}`);
      }
    };
    strings.forEach((text, index) => {
      code(text);
      if (index < values.length) add(values[index]);
    });
    return { type: 'SECTIONS', language, sections };
  };
}

/** figma.helpers.react, with the rendering rules of Code Connect's React helpers. */
function reactHelpers(tsx) {
  const isSections = (value) =>
    Array.isArray(value) && value.every((item) => SECTION_TYPES.has(item?.type));
  return {
    renderProp(name, value) {
      if (isSections(value))
        return value.length > 1 ? tsx` ${name}={<>${value}</>}` : tsx` ${name}={${value}}`;
      if (value?.type === 'SECTIONS') return tsx` ${name}={${value}}`;
      if (typeof value === 'boolean') return value ? ` ${name}` : '';
      if (typeof value === 'number') return ` ${name}={${value}}`;
      if (value === undefined) return '';
      if (typeof value === 'string') {
        const text = value.replaceAll('\n', '\\n').replaceAll('"', '\\"');
        return text === '' ? '' : ` ${name}="${text}"`;
      }
      throw new TemplateError(`renderProp("${name}") got ${describe(value)}`);
    },
    renderChildren(value) {
      if (value === undefined) return '';
      if (isSections(value) || typeof value === 'string' || typeof value === 'number') return value;
      if (value?.type === 'SECTIONS') return value;
      throw new TemplateError(`renderChildren got ${describe(value)}`);
    },
  };
}

function unsupported(what) {
  return () => {
    throw new TemplateError(
      `${what} is not modelled by the offline check (scripts/figma/connect/runtime.mjs); use the readers our templates use, or model it there first`,
    );
  };
}

/**
 * One run of a template against a chosen set of Figma property values.
 * @param {object} options
 * @param {string} options.filename for messages
 * @param {Record<string, string | boolean>} options.assignment property name → value (variant
 *   option name, boolean, text); unset properties take their first option, false, or a sample
 * @param {Map<string, (figma: unknown) => unknown>} options.registry template id → runner, for
 *   connected instances found inside this one
 * @param {number} [options.depth]
 * @param {number} [options.copy] which copy of a connected child this is (texts differ per copy)
 */
function createRun({ filename, assignment, registry, depth = 0, copy = 1 }) {
  const reads = new Map();
  const nestedImports = [];
  const tsx = templateTag('tsx', filename);

  const record = (name, kind, options) => {
    if (typeof name !== 'string' || name === '') {
      throw new TemplateError(`${filename}: a property name must be a non-empty string`);
    }
    const known = reads.get(name);
    if (known && known.kind !== kind) {
      throw new TemplateError(`${filename}: "${name}" is read as ${known.kind} and as ${kind}`);
    }
    if (!known) reads.set(name, { name, kind, ...(options ? { options } : {}) });
    return name in assignment ? assignment[name] : undefined;
  };

  const sampleText = (name) => (copy === 1 ? name : `${name} ${copy}`);

  function placeholder(name) {
    return {
      type: 'INSTANCE',
      name,
      children: [],
      hasCodeConnect: () => false,
      codeConnectId: () => null,
      executeTemplate: () => ({
        example: [{ type: 'INSTANCE', name, guid: `placeholder:${name}`, symbolId: name }],
        metadata: { nestable: true, props: {} },
      }),
    };
  }

  function connected(id, copyNumber) {
    return {
      type: 'INSTANCE',
      name: id,
      children: [],
      hasCodeConnect: () => true,
      codeConnectId: () => id,
      executeTemplate: () => {
        if (depth + 1 > MAX_DEPTH) return placeholder(id).executeTemplate();
        const child = runTemplate(registry.get(id), {
          filename: `${filename} > ${id}`,
          assignment: {},
          registry,
          depth: depth + 1,
          copy: copyNumber,
        });
        nestedImports.push(...child.imports, ...child.nestedImports);
        return { example: child.example.sections, metadata: child.metadata };
      },
    };
  }

  const instance = {
    type: 'INSTANCE',
    name: filename,
    get children() {
      return [
        placeholder('Content'),
        { type: 'TEXT', name: 'Text', textContent: sampleText('Text') },
      ];
    },
    getEnum(name, options) {
      if (typeof options !== 'object' || options === null || Object.keys(options).length === 0) {
        throw new TemplateError(`${filename}: getEnum("${name}") needs its options`);
      }
      const chosen = record(name, 'VARIANT', options);
      const key = chosen ?? defaultOption(options);
      if (!(key in options)) {
        throw new TemplateError(`${filename}: "${name}" has no option "${key}"`);
      }
      return options[key];
    },
    getBoolean(name, options) {
      const value = record(name, 'BOOLEAN') ?? (depth > 0 && copy > 1);
      return options === undefined ? value : options[String(value)];
    },
    getString(name) {
      return record(name, 'TEXT') ?? sampleText(name);
    },
    getInstanceSwap(name) {
      record(name, 'INSTANCE_SWAP');
      return placeholder(name);
    },
    findText(layer) {
      const text = record(layer, 'TEXT_LAYER') ?? sampleText(layer);
      return { type: 'TEXT', name: layer, textContent: text };
    },
    findInstance(layer) {
      record(layer, 'INSTANCE_LAYER');
      return placeholder(layer);
    },
    findConnectedInstances(selector) {
      const found = [];
      for (const id of registry.keys()) {
        for (let copyNumber = 1; copyNumber <= CONNECTED_COPIES; copyNumber += 1) {
          const candidate = connected(id, copyNumber);
          if (selector(candidate)) found.push(candidate);
        }
      }
      return found;
    },
    findConnectedInstance(id) {
      return registry.has(id) ? connected(id, 1) : null;
    },
    hasCodeConnect: () => true,
    codeConnectId: unsupported('codeConnectId() on the selected instance'),
    getSlot: unsupported('getSlot()'),
    getPropertyValue: unsupported('getPropertyValue()'),
    findLayers: unsupported('findLayers()'),
    executeTemplate: unsupported('executeTemplate() on the selected instance'),
  };

  const figma = {
    selectedInstance: instance,
    currentLayer: instance,
    tsx,
    code: templateTag('code', filename),
    html: unsupported('figma.html'),
    swift: unsupported('figma.swift'),
    kotlin: unsupported('figma.kotlin'),
    value: unsupported('figma.value()'),
    get properties() {
      return unsupported('figma.properties (the parser-era API)')();
    },
    get batch() {
      return unsupported('figma.batch')();
    },
    helpers: { react: reactHelpers(tsx) },
  };

  return { figma, reads, nestedImports };
}

/**
 * Runs a compiled template once.
 * @returns {{ id: string, example: { sections: object[] }, imports: string[], metadata: object, reads: Map<string, object>, nestedImports: string[] }}
 */
export function runTemplate(
  template,
  { filename, assignment = {}, registry, depth = 0, copy = 1 },
) {
  if (!template) throw new TemplateError(`${filename}: no such template`);
  const run = createRun({ filename, assignment, registry, depth, copy });
  const result = template(run.figma);
  if (typeof result !== 'object' || result === null) {
    throw new TemplateError(`${filename}: the default export is not an object`);
  }
  if (result.example?.type !== 'SECTIONS') {
    throw new TemplateError(
      `${filename}: \`example\` must come from figma.tsx\`…\` or figma.code\`…\``,
    );
  }
  if (!Array.isArray(result.imports) || !result.imports.every((line) => typeof line === 'string')) {
    throw new TemplateError(`${filename}: \`imports\` must be an array of import lines`);
  }
  if (typeof result.id !== 'string' || result.id === '') {
    throw new TemplateError(`${filename}: \`id\` must name the template`);
  }
  if (typeof result.metadata?.nestable !== 'boolean') {
    throw new TemplateError(`${filename}: \`metadata.nestable\` must say whether it nests`);
  }
  return {
    id: result.id,
    example: result.example,
    imports: result.imports,
    metadata: result.metadata,
    reads: run.reads,
    nestedImports: run.nestedImports,
  };
}

/**
 * The values a property is tried with; the first is what an unset property reads. Texts are
 * tried empty (a designer cleared it) and as a number (a count, a value typed in a field).
 */
function valuesOf(property) {
  switch (property.kind) {
    case 'VARIANT': {
      const first = defaultOption(property.options);
      return [first, ...Object.keys(property.options).filter((key) => key !== first)];
    }
    case 'BOOLEAN':
      return [false, true];
    case 'TEXT':
    case 'TEXT_LAYER':
      return [property.name, '', '42'];
    default:
      return [undefined];
  }
}

const keyOf = (assignment) => JSON.stringify(Object.entries(assignment).sort());

/**
 * Every rendering a template has: the first with each property at its first value, then one
 * per other value of each property, set in the rendering where that property was first read
 * (so a property read only when "Has icon" is on is tried with "Has icon" on).
 * @param {(figma: unknown) => unknown} template
 * @param {{ filename: string, registry: Map<string, (figma: unknown) => unknown>, maxRenders?: number }} options
 * @returns {Exploration}
 */
export function exploreTemplate(template, { filename, registry, maxRenders = 500 }) {
  /** @type {Array<Rendering & { result: ReturnType<typeof runTemplate> }>} */
  const renders = [];
  const byAssignment = new Map();
  const properties = new Map();
  const queue = [];

  const execute = (assignment, varied) => {
    const result = runTemplate(template, { filename, assignment, registry });
    const render = {
      assignment,
      varied,
      code: renderSections(result.example.sections),
      imports: [...new Set([...result.imports, ...result.nestedImports])],
      result,
    };
    renders.push(render);
    byAssignment.set(keyOf(assignment), render);
    for (const read of result.reads.values()) {
      const known = properties.get(read.name);
      if (!known) {
        properties.set(read.name, { ...read, context: assignment });
        queue.push(read.name);
      } else if (
        known.kind !== read.kind ||
        JSON.stringify(known.options) !== JSON.stringify(read.options)
      ) {
        throw new TemplateError(`${filename}: "${read.name}" is read in two different ways`);
      }
    }
    if (renders.length > maxRenders) {
      throw new TemplateError(`${filename}: more than ${maxRenders} renderings; is it looping?`);
    }
    return render;
  };

  const first = execute({}, null);
  while (queue.length > 0) {
    const property = properties.get(queue.shift());
    const values = valuesOf(property);
    const current = property.context[property.name] ?? values[0];
    for (const value of values) {
      if (value === current || value === undefined) continue;
      const assignment = { ...property.context, [property.name]: value };
      if (!byAssignment.has(keyOf(assignment))) {
        execute(assignment, { name: property.name, value });
      }
    }
  }

  const ids = new Set(renders.map((render) => render.result.id));
  if (ids.size !== 1) throw new TemplateError(`${filename}: \`id\` changes with the properties`);
  return {
    id: first.result.id,
    metadata: first.result.metadata,
    properties: [...properties.values()].map(({ context, ...property }) => ({
      ...property,
      readWhen: context,
    })),
    renders: renders.map(({ result: _result, ...render }) => render),
    contextOf: (property) => byAssignment.get(keyOf(properties.get(property).context)),
  };
}
