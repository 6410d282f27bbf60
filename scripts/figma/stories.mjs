// The stories of the repository as Storybook indexes them (csf-tools, the indexer's own
// parser), with the Figma node each links through figmaDesign('Name'): the meta's design for
// the whole file, a story's own where it has one. Read from the sources, so it needs no
// Storybook build: the Design coverage page and `figma:links` use it.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { sanitize } from 'storybook/internal/csf';
import { loadCsf } from 'storybook/internal/csf-tools';
import { repositoryRoot } from './channel.mjs';

/** Where .storybook/main.ts finds stories. */
const STORY_DIRECTORIES = ['src', '.storybook'];

function storyFiles(root) {
  const files = [];
  const walk = (directory) => {
    for (const entry of readdirSync(directory, { withFileTypes: true })) {
      if (entry.name === 'node_modules' || entry.name === '__screenshots__') continue;
      const path = join(directory, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.stories.tsx')) files.push(path);
    }
  };
  for (const directory of STORY_DIRECTORIES) walk(join(root, directory));
  return files.map((file) => relative(root, file).split(sep).join('/')).sort();
}

/** The names passed to figmaDesign('…') anywhere under a Babel node. */
function designNames(node, found = []) {
  if (!node || typeof node !== 'object') return found;
  if (Array.isArray(node)) {
    node.forEach((child) => designNames(child, found));
    return found;
  }
  if (
    node.type === 'CallExpression' &&
    node.callee?.type === 'Identifier' &&
    node.callee.name === 'figmaDesign'
  ) {
    const [argument] = node.arguments;
    found.push(argument?.type === 'StringLiteral' ? argument.value : null);
  }
  for (const [key, child] of Object.entries(node)) {
    if (key === 'loc' || key.endsWith('Comments')) continue;
    if (child && typeof child === 'object') designNames(child, found);
  }
  return found;
}

/**
 * Every story file: its title, docs page id, stories, and the Figma nodes they link.
 * @returns {Array<{ file: string, title: string, docsId: string | null, design: string | null, stories: Array<{ id: string, name: string, design: string | null }>, problems: string[] }>}
 */
export function storyIndex(root = repositoryRoot) {
  return storyFiles(root).map((file) => {
    const csf = loadCsf(readFileSync(join(root, file), 'utf8'), {
      fileName: file,
      makeTitle: (title) => title,
    }).parse();
    const problems = [];
    const single = (names, where) => {
      if (names.length > 1) problems.push(`${where} links ${names.length} Figma nodes`);
      if (names.includes(null))
        problems.push(`${where} calls figmaDesign() without a literal name`);
      return names[0] ?? null;
    };
    const design = single(designNames(csf._metaAnnotations?.parameters), 'the meta');
    const stories = Object.entries(csf._stories).map(([exportName, story]) => ({
      id: story.id,
      name: story.name,
      design: single(
        designNames(csf._storyAnnotations?.[exportName]?.parameters),
        `story ${exportName}`,
      ),
    }));
    // Every file has a docs page (preview.tsx tags all `autodocs`) unless it opts out.
    const docs = !(csf.meta.tags ?? []).includes('!autodocs');
    return {
      file,
      title: csf.meta.title,
      docsId: docs ? `${sanitize(csf.meta.title)}--docs` : null,
      design,
      stories,
      problems,
    };
  });
}

/**
 * The Storybook pages that show a node, each with how it links it: `meta` (a story file whose
 * meta links it: its docs page and stories), `story` (single stories that link it themselves),
 * or `folder` (a part with no story of its own, such as Radio: the stories of the folder its
 * template sits in, passed as `folder`).
 * @param {ReturnType<typeof storyIndex>} index
 * @param {string} name a node of figma/nodes.json
 * @param {{ folder?: string }} [options]
 */
export function storiesOfNode(index, name, { folder } = {}) {
  const files = [];
  for (const entry of index) {
    const own = entry.stories.filter((story) => story.design === name);
    if (entry.design === name) {
      const stories = entry.stories.filter((story) => !story.design || story.design === name);
      files.push({ ...entry, stories, via: 'meta' });
    } else if (own.length > 0) {
      files.push({ ...entry, stories: own, via: 'story' });
    }
  }
  if (files.length > 0 || folder === undefined) return files;
  return index
    .filter((entry) => dirname(entry.file) === folder)
    .map((entry) => ({ ...entry, via: 'folder' }));
}

/**
 * The one page a node links back to from Figma: the docs page of the story file named like it
 * (TextField's, not FieldControl's, though both link TextField), else of the first; a story when
 * only a story links it or the file has no docs page. Null when no page shows it.
 */
export function primaryPage(pages, name) {
  const simple = (text) => text.toLowerCase().replace(/[^a-z0-9]/g, '');
  const page =
    pages.find(
      (entry) => simple(entry.title.split('/').at(-1)) === simple(name.split('/').at(-1)),
    ) ?? pages[0];
  if (!page) return null;
  if (page.via !== 'story' && page.docsId)
    return { title: page.title, path: `/docs/${page.docsId}` };
  const story = page.stories[0];
  return story ? { title: `${page.title}: ${story.name}`, path: `/story/${story.id}` } : null;
}
