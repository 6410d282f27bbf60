// The stories of the repository, read from their source with Storybook's own CSF parser
// (`storybook/internal/csf-tools`, the indexer Storybook runs): title, story ids and names, and
// the `parameters.design` each story inherits. No browser and no bundler, so it works at any
// git revision (the visual changelog reads the stories of the previous release) in a second.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadDesignHelpers } from './design-links.mjs';
import { sanitizeArg, storyFileStem } from './screenshots.mjs';

/** Story files, as `.storybook/main.ts` globs them (`.stories.tsx` under src/ and .storybook/). */
export const STORY_FILE = /^(src|\.storybook)\/(.+\/)?[^/]+\.stories\.tsx$/;

/**
 * @typedef {object} StoryEntry
 * @property {string} id `atoms-button--as-link`
 * @property {string} name `As Link`
 * @property {string} exportName `AsLink`
 * @property {string} slug the id's export part, the first part of its baselines' names
 * @property {unknown} design `parameters.design` (the story's own, else its meta's), as a value,
 *   or undefined where the source does not say it as a literal or a `figmaDesign('…')` call
 * @property {boolean} ownDesign the story sets `parameters.design` itself
 */

/**
 * @typedef {object} StoryFile
 * @property {string} file repository path
 * @property {string} title `Atoms/Button`
 * @property {string} folder the component's folder (`src/atoms/Button`); the story file itself
 *   where one folder holds several components' stories (`.storybook/foundations/Colours.stories.tsx`)
 * @property {StoryEntry[]} stories in file order
 * @property {unknown} design the meta's `parameters.design`: the component's frame
 */

/** A component folder of the library: `src/atoms/Button`, `src/molecules/Dialog`. */
export function componentFolderOf(file) {
  const match = /^src\/(atoms|molecules)\/[^/]+/.exec(file);
  return match ? match[0] : file;
}

function propertyNamed(objectNode, name) {
  if (objectNode?.type !== 'ObjectExpression') return undefined;
  return objectNode.properties.find(
    (property) =>
      property.type === 'ObjectProperty' &&
      ((property.key.type === 'Identifier' && property.key.name === name) ||
        (property.key.type === 'StringLiteral' && property.key.value === name)),
  )?.value;
}

/**
 * A `parameters.design` expression as a value: literals, objects and arrays of them, and calls
 * of the design helpers (`figmaDesign('Button')`, imported from `.storybook/design`). Anything else
 * (a variable, a template with expressions) is undefined: the report then shows no link
 * rather than a wrong one.
 */
function evaluate(node, helpers, importedHelpers) {
  switch (node?.type) {
    case 'StringLiteral':
    case 'NumericLiteral':
    case 'BooleanLiteral':
      return node.value;
    case 'TemplateLiteral':
      return node.expressions.length === 0 ? node.quasis[0]?.value.cooked : undefined;
    case 'ArrayExpression': {
      const values = node.elements.map((element) => evaluate(element, helpers, importedHelpers));
      return values.includes(undefined) ? undefined : values;
    }
    case 'ObjectExpression': {
      const value = {};
      for (const property of node.properties) {
        if (property.type !== 'ObjectProperty' || property.computed) return undefined;
        const key = property.key.type === 'Identifier' ? property.key.name : property.key.value;
        const inner = evaluate(property.value, helpers, importedHelpers);
        if (inner === undefined) return undefined;
        value[key] = inner;
      }
      return value;
    }
    case 'CallExpression': {
      const name = node.callee.type === 'Identifier' ? node.callee.name : null;
      const helper = name && importedHelpers.has(name) ? helpers[importedHelpers.get(name)] : null;
      if (typeof helper !== 'function') return undefined;
      const args = node.arguments.map((argument) => evaluate(argument, helpers, importedHelpers));
      return args.includes(undefined) ? undefined : helper(...args);
    }
    default:
      return undefined;
  }
}

/** Local names bound to exports of `.storybook/design` in a story file. */
function designImports(ast) {
  const names = new Map();
  for (const statement of ast.program.body) {
    if (statement.type !== 'ImportDeclaration') continue;
    if (!/(^|\/)\.storybook\/design(\.ts)?$/.test(statement.source.value)) continue;
    for (const specifier of statement.specifiers) {
      if (specifier.type === 'ImportSpecifier') {
        const imported =
          specifier.imported.type === 'Identifier'
            ? specifier.imported.name
            : specifier.imported.value;
        names.set(specifier.local.name, imported);
      }
    }
  }
  return names;
}

/** Storybook's CSF parser (Babel inside): loaded on first use, not by every importer. */
let csfTools = null;
async function loadCsfTools() {
  csfTools ??= await import('storybook/internal/csf-tools');
  return csfTools;
}

/**
 * Parses one story file.
 * @param {string} file repository path
 * @param {string} source its text
 * @param {Record<string, unknown>} helpers the exports of `.storybook/design.ts`
 * @returns {Promise<StoryFile>}
 */
export async function parseStoryFile(file, source, helpers) {
  const { loadCsf } = await loadCsfTools();
  let csf;
  try {
    csf = loadCsf(source, {
      fileName: file,
      makeTitle: (title) => {
        if (!title) throw new Error('no `title` in its default export');
        return title;
      },
    }).parse();
  } catch (error) {
    throw new Error(`${file}: Storybook cannot index it (${/** @type {Error} */ (error).message})`);
  }
  const imported = designImports(csf._ast);
  const metaDesign = evaluate(
    propertyNamed(csf._metaAnnotations.parameters, 'design'),
    helpers,
    imported,
  );
  const stories = Object.entries(csf._stories).map(([exportName, story]) => {
    const own = propertyNamed(csf._storyAnnotations[exportName]?.parameters, 'design');
    return {
      id: story.id,
      name: story.name ?? exportName,
      exportName,
      slug: sanitizeArg(story.id.split('--')[1] ?? story.id),
      design: own ? evaluate(own, helpers, imported) : metaDesign,
      ownDesign: Boolean(own),
    };
  });
  return {
    file,
    title: csf.meta.title ?? '',
    folder: componentFolderOf(file),
    stories,
    design: metaDesign,
  };
}

/**
 * The story index of a work tree or of a git revision.
 * @param {{ root: string, revision?: string, files?: string[] }} options `revision` reads the
 *   files as committed there; `files` limits the index to those story files
 */
export async function loadStoryIndex({ root, revision, files }) {
  const index = new StoryIndex();
  if (files && files.length === 0) return index;
  const helpers = await loadDesignHelpers(root);
  const git = (...args) =>
    execFileSync('git', args, { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const listed = revision
    ? git('ls-tree', '-r', '--name-only', revision).split('\n')
    : [...git('ls-files', '--cached', '--others', '--exclude-standard').split('\n')];
  const storyFiles = [...new Set(listed)]
    .filter((file) => STORY_FILE.test(file))
    .filter((file) => !files || files.includes(file))
    .sort();
  const read = (file) =>
    revision ? git('show', `${revision}:${file}`) : readFileSync(join(root, file), 'utf8');
  for (const file of storyFiles) {
    let source;
    try {
      source = read(file);
    } catch {
      continue; // deleted from the work tree but not yet from the index
    }
    index.add(await parseStoryFile(file, source, helpers));
  }
  return index;
}

/** Story files and the lookups the reports need. */
export class StoryIndex {
  /** @type {StoryFile[]} */
  files = [];
  /** @type {Map<string, { story: StoryEntry, file: StoryFile }>} */
  #byId = new Map();
  /** @type {Map<string, StoryFile>} `src/atoms/Button/` + `Button` → file */
  #byBaselineFolder = new Map();

  /** @param {StoryFile} storyFile */
  add(storyFile) {
    this.files.push(storyFile);
    for (const story of storyFile.stories) this.#byId.set(story.id, { story, file: storyFile });
    const slash = storyFile.file.lastIndexOf('/');
    const key = `${storyFile.file.slice(0, slash + 1)}${storyFileStem(storyFile.file.slice(slash + 1))}`;
    this.#byBaselineFolder.set(key, storyFile);
  }

  /** @param {string} id */
  story(id) {
    return this.#byId.get(id) ?? null;
  }

  /**
   * The story a baseline belongs to, from its parsed name (screenshots.mjs).
   * @param {{ dir: string, stem: string, slug: string }} baseline
   */
  storyOfBaseline({ dir, stem, slug }) {
    const file = this.#byBaselineFolder.get(`${dir}${stem}`);
    const story = file?.stories.find((candidate) => candidate.slug === slug);
    return file && story ? { story, file } : null;
  }

  /** @param {string} dir @param {string} stem */
  fileOfBaselineFolder(dir, stem) {
    return this.#byBaselineFolder.get(`${dir}${stem}`) ?? null;
  }
}
