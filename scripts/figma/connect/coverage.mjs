// The data of the "Design coverage" page (.storybook/figma/DesignCoverage.stories.tsx): each
// Figma node of figma/nodes.json with its link in the channel's file, its Code Connect template
// and what each Figma property maps to, and the stories that show it. Built from the same
// files the checks read (templates.test.ts proves they agree), when Storybook starts.
import { dirname } from 'node:path';
import { loadFigmaData, nodeUrlOf, repositoryRoot, resolveFigmaChannel } from '../channel.mjs';
import { storiesOfNode, storyIndex } from '../stories.mjs';
import { snippetFacts } from './snippets.mjs';
import {
  exploreTemplates,
  propertyMappings,
  templateFiles,
  templateFromSource,
} from './templates.mjs';

function storyLinks(files) {
  return files.map((entry) => ({
    via: entry.via,
    file: entry.file,
    title: entry.title,
    docsId: entry.docsId,
    stories: entry.stories.map(({ id, name }) => ({ id, name })),
  }));
}

/** The components a template's code uses, over all its renderings, and the one it names. */
function emittedComponents(template) {
  const names = new Set(template.directives.component ? [template.directives.component] : []);
  for (const render of template.exploration.renders) {
    for (const tag of snippetFacts(render.code).tags) {
      if (tag !== 'FigmaInstance' && /^[A-Z]/.test(tag)) names.add(tag);
    }
  }
  return [...names].sort();
}

/**
 * @param {{ root?: string, channel?: ReturnType<typeof resolveFigmaChannel>, explored?: import('./templates.mjs').ExploredTemplate[], stories?: ReturnType<typeof storyIndex> }} [options]
 *   `explored` and `stories`: the templates run from their sources and the story index, when
 *   the caller has them already
 */
export function designCoverage({
  root = repositoryRoot,
  channel,
  explored: known,
  stories: index,
} = {}) {
  const data = loadFigmaData({ root });
  const resolved = channel ?? resolveFigmaChannel({ root, data });
  const files = templateFiles(root);
  const explored = known ?? exploreTemplates(files.map((file) => templateFromSource(root, file)));
  const stories = index ?? storyIndex(root);

  const components = Object.entries(data.nodes.components).map(([name, nodeId]) => {
    const template = explored.find((entry) => entry.name === name);
    const pages = storiesOfNode(stories, name, {
      folder: template ? dirname(template.file) : undefined,
    });
    return {
      name,
      nodeId,
      nodeUrl: nodeUrlOf(data, resolved.file, name),
      template: template
        ? {
            file: template.file,
            component: template.directives.component ?? null,
            nestable: template.exploration.metadata.nestable,
            codeOnly: template.exploration.metadata.codeOnly ?? {},
            example: template.exploration.renders[0].code,
            imports: template.exploration.renders[0].imports,
            renderings: template.exploration.renders.length,
            components: emittedComponents(template),
            properties: propertyMappings(template.exploration).map((property) => ({
              ...property,
              // Options mapped to nothing vanish from JSON; the values list keeps every option.
              options: undefined,
            })),
          }
        : null,
      stories: storyLinks(pages),
      storiesVia: pages[0]?.via ?? null,
    };
  });

  const frames = Object.entries(data.nodes.frames).map(([name, nodeId]) => ({
    name,
    nodeId,
    nodeUrl: nodeUrlOf(data, resolved.file, name),
    stories: storyLinks(storiesOfNode(stories, name)),
  }));

  return {
    channel: {
      branch: resolved.branch,
      channel: resolved.channel,
      isReleaseBranch: resolved.isReleaseBranch,
      fileId: resolved.fileId,
      fileName: resolved.file.name,
      fileUrl: resolved.fileUrl,
    },
    components,
    frames,
    templatesWithoutNode: explored
      .map((entry) => entry.name)
      .filter((name) => !(name in data.nodes.components)),
    // This page itself (.storybook/figma/) documents the links; it is not a design.
    storiesWithoutDesign: stories
      .filter((entry) => !entry.file.startsWith('.storybook/figma/'))
      .filter((entry) => entry.design === null && entry.stories.every((story) => !story.design))
      .map((entry) => entry.file),
    // Files whose change changes the page: Storybook's dev server watches them.
    sources: [
      'figma/nodes.json',
      'figma/channels.json',
      ...files,
      ...stories.map((entry) => entry.file),
    ],
  };
}
