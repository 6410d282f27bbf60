// Stories and their design links, read from source by Storybook's CSF parser.
import { describe, expect, it } from 'vitest';
import { figmaChannel, figmaDesign } from '../../.storybook/design';
import {
  deployedStorybookUrl,
  figmaFrameOf,
  loadDesignHelpers,
  parseFigmaUrl,
  storybookStoryUrl,
} from './design-links.mjs';
import { componentFolderOf, loadStoryIndex, parseStoryFile } from './story-index.mjs';

const root = new URL('../..', import.meta.url).pathname.replace(/\/$/, '');

const storyFile = (body: string) => `
import type { Meta } from '@storybook/react-vite';
import { figmaDesign } from '../../../.storybook/design';
const meta = { title: 'Atoms/Thing', parameters: { design: figmaDesign('Button'), docs: {} } } satisfies Meta;
export default meta;
${body}`;

describe('the story index', () => {
  it('reads titles, ids, names and design links of the real stories', async () => {
    const index = await loadStoryIndex({
      root,
      files: ['src/atoms/Button/Button.stories.tsx', 'src/molecules/Dialog/Dialog.stories.tsx'],
    });
    expect(index.files.map((file) => [file.file, file.title, file.folder])).toEqual([
      ['src/atoms/Button/Button.stories.tsx', 'Atoms/Button', 'src/atoms/Button'],
      ['src/molecules/Dialog/Dialog.stories.tsx', 'Molecules/Dialog', 'src/molecules/Dialog'],
    ]);
    const found = index.story('atoms-button--as-link');
    expect(found?.story).toMatchObject({ name: 'As Link', exportName: 'AsLink', slug: 'as-link' });
    // The frame is what Storybook's Design panel shows: `figmaDesign('Button')` from
    // .storybook/design.ts, Button's node of figma/nodes.json in the default channel's file.
    expect(figmaFrameOf(found!.story)).toEqual({
      url: figmaDesign('Button').url,
      fileKey: figmaChannel.file.key,
      nodeId: '10:2',
    });
    expect(
      index.storyOfBaseline({ dir: 'src/atoms/Button/', stem: 'Button', slug: 'as-link' })?.story
        .id,
    ).toBe('atoms-button--as-link');
    expect(
      index.storyOfBaseline({ dir: 'src/atoms/Button/', stem: 'Button', slug: 'gone' }),
    ).toBeNull();
  });

  it('reads the stories of a git revision', async () => {
    const index = await loadStoryIndex({
      root,
      revision: 'HEAD',
      files: ['src/atoms/Tag/Tag.stories.tsx'],
    });
    expect(index.files[0]?.stories.length).toBeGreaterThan(3);
  });

  it('takes a story’s own design link over its meta’s, and links nothing it cannot read', async () => {
    const helpers = await loadDesignHelpers(root);
    const parsed = await parseStoryFile(
      'src/atoms/Thing/Thing.stories.tsx',
      storyFile(`
export const Plain = {};
export const Own = { parameters: { design: figmaDesign('IconButton') } };
export const Literal = { parameters: { design: { type: 'figma', url: 'https://www.figma.com/file/AbC123/X?node-id=4-5' } } };
export const Tabs = { parameters: { design: [{ type: 'image', url: 'a.png' }, { type: 'figma', url: 'https://www.figma.com/design/Key9/X?node-id=7-8' }] } };
const somewhere = { type: 'figma', url: 'https://www.figma.com/design/Zz/X?node-id=1-1' };
export const Variable = { parameters: { design: somewhere } };
export const NotFigma = { parameters: { design: { type: 'image', url: 'frame.png' } } };`),
      helpers,
    );
    const frames = Object.fromEntries(
      parsed.stories.map((story) => [story.exportName, figmaFrameOf(story)?.nodeId ?? null]),
    );
    expect(frames).toEqual({
      Plain: '10:2',
      Own: '10:40',
      Literal: '4:5',
      Tabs: '7:8',
      Variable: null,
      NotFigma: null,
    });
    expect(figmaFrameOf({ id: 'x', design: parsed.design })?.nodeId).toBe('10:2');
  });

  it('names the file Storybook cannot index', async () => {
    const helpers = await loadDesignHelpers(root);
    await expect(
      parseStoryFile('src/atoms/X/X.stories.tsx', 'export default {};', helpers),
    ).rejects.toThrow(/^src\/atoms\/X\/X\.stories\.tsx: Storybook cannot index it/);
  });

  it('knows a component folder from a story file', () => {
    expect(componentFolderOf('src/atoms/Icon/IconGallery.stories.tsx')).toBe('src/atoms/Icon');
    expect(componentFolderOf('.storybook/foundations/Colours.stories.tsx')).toBe(
      '.storybook/foundations/Colours.stories.tsx',
    );
  });
});

describe('links', () => {
  it('reads a Figma frame URL, and nothing else', () => {
    expect(parseFigmaUrl('https://www.figma.com/design/AbC/Name?node-id=12-34')).toEqual({
      url: 'https://www.figma.com/design/AbC/Name?node-id=12-34',
      fileKey: 'AbC',
      nodeId: '12:34',
    });
    expect(parseFigmaUrl('https://www.figma.com/design/AbC/Name')).toBeNull();
    expect(parseFigmaUrl('https://example.com/design/AbC/Name?node-id=1-2')).toBeNull();
    expect(parseFigmaUrl('not a url')).toBeNull();
  });

  it('opens a story in a scheme, as the toolbar sets it', () => {
    expect(
      storybookStoryUrl('http://localhost:6006/', 'atoms-button--primary', 'high-contrast'),
    ).toBe('http://localhost:6006/?path=/story/atoms-button--primary&globals=theme:high-contrast');
    expect(
      storybookStoryUrl(
        'https://callicrates.github.io/callicrates/v1.2.0/',
        'atoms-tag--playground',
      ),
    ).toBe('https://callicrates.github.io/callicrates/v1.2.0/?path=/story/atoms-tag--playground');
  });

  it('finds the Storybook the release workflow deploys for a version', () => {
    expect(
      deployedStorybookUrl('git+https://github.com/callicrates/callicrates.git', '2.1.0'),
    ).toBe('https://callicrates.github.io/callicrates/v2.1.0/');
    expect(deployedStorybookUrl('https://gitlab.com/a/b', '1.0.0')).toBeNull();
  });
});
