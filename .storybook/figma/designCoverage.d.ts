// The data scripts/figma/connect/coverage.mjs builds for the Design coverage page, as the
// Vite plugin in .storybook/main.ts serves it.
declare module 'virtual:callicrates/design-coverage' {
  export interface StoryFileLink {
    via: 'meta' | 'story' | 'folder';
    file: string;
    title: string;
    docsId: string | null;
    stories: Array<{ id: string; name: string }>;
  }

  export interface PropertyMapping {
    name: string;
    kind: 'VARIANT' | 'BOOLEAN' | 'TEXT' | 'TEXT_LAYER' | 'INSTANCE_SWAP' | 'INSTANCE_LAYER';
    /** The facts of the emitted code this property changes (`Button.variant`). */
    keys: string[];
    /** Each value the check tried, and the value of each key with it (null: not written). */
    values: Array<{ value: string; facts: Record<string, string | null> }>;
  }

  export interface ComponentCoverage {
    name: string;
    nodeId: string;
    nodeUrl: string;
    template: {
      file: string;
      component: string | null;
      nestable: boolean;
      codeOnly: Record<string, Array<string | number>>;
      example: string;
      imports: string[];
      renderings: number;
      components: string[];
      properties: PropertyMapping[];
    } | null;
    stories: StoryFileLink[];
    storiesVia: 'meta' | 'story' | 'folder' | null;
  }

  export interface DesignCoverage {
    channel: {
      branch: string | null;
      channel: string;
      isReleaseBranch: boolean;
      fileId: string;
      fileName: string;
      fileUrl: string;
    };
    components: ComponentCoverage[];
    frames: Array<{ name: string; nodeId: string; nodeUrl: string; stories: StoryFileLink[] }>;
    templatesWithoutNode: string[];
    storiesWithoutDesign: string[];
    sources: string[];
  }

  const coverage: DesignCoverage;
  export default coverage;
}
