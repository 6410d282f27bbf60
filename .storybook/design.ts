import channels from '../figma/channels.json';
import nodes from '../figma/nodes.json';
import { figmaNodeUrl } from '../scripts/figma/urls.mjs';

/** A node of figma/nodes.json: a component (its Code Connect template has the same name) or a frame. */
export type FigmaNodeName = keyof typeof nodes.components | keyof typeof nodes.frames;

export interface FigmaFile {
  key: string;
  branch?: string;
  name: string;
}

/** Set by .storybook/main.ts from scripts/figma/channel.mjs: the file of this branch's channel. */
declare const __CALLICRATES_FIGMA__: { channel: string; file: FigmaFile } | undefined;

const defaultChannel = channels.channels[channels.defaultBranch as keyof typeof channels.channels];

/**
 * The Figma file Storybook links to: the one of the release channel it was started or built on
 * (a Storybook deployed from `next-major` links the next major's file). Where Storybook's
 * config did not choose (a test importing a story), the default branch's file.
 */
export const figmaChannel: { channel: string; file: FigmaFile } =
  typeof __CALLICRATES_FIGMA__ === 'undefined'
    ? {
        channel: channels.defaultBranch,
        file: channels.files[defaultChannel as keyof typeof channels.files],
      }
    : __CALLICRATES_FIGMA__;

const ids: Record<string, string> = { ...nodes.components, ...nodes.frames };

/** The URL of a node of figma/nodes.json in the channel's file. */
export function figmaNodeLink(name: FigmaNodeName): string {
  return figmaNodeUrl(figmaChannel.file, ids[name] as string);
}

/**
 * `parameters.design` for addon-designs: the Figma frame of a component or page, by its name in
 * figma/nodes.json, the one list of node ids (Code Connect templates name theirs the same way).
 */
export function figmaDesign(name: FigmaNodeName) {
  return { type: 'figma', url: figmaNodeLink(name) } as const;
}
