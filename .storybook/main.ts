import type { StorybookConfig } from '@storybook/react-vite';
import { mergeConfig } from 'vite';
import { figmaStorybookConfig } from '../scripts/figma/storybook.mjs';

const config: StorybookConfig = {
  stories: [
    './foundations/**/*.mdx',
    './foundations/**/*.stories.tsx',
    './figma/**/*.stories.tsx',
    '../src/**/*.mdx',
    '../src/**/*.stories.tsx',
  ],
  addons: [
    '@storybook/addon-docs',
    '@storybook/addon-a11y',
    // Registered, or the Figma panel of every story is dead (as it is in Ictinus).
    '@storybook/addon-designs',
    '@storybook/addon-vitest',
  ],
  framework: { name: '@storybook/react-vite', options: {} },
  typescript: {
    reactDocgen: 'react-docgen-typescript',
    reactDocgenTypescriptOptions: {
      shouldExtractLiteralValuesFromEnum: true,
      shouldRemoveUndefinedFromOptional: true,
      // Document our props, not the hundreds of inherited DOM attributes.
      propFilter: (prop) => !prop.parent || !/node_modules/.test(prop.parent.fileName),
    },
  },
  // Design links follow the Figma file of this branch's release channel (figma/channels.json);
  // the Design coverage page reads the templates and stories (scripts/figma/storybook.mjs).
  viteFinal: (viteConfig) => {
    const figma = figmaStorybookConfig();
    return mergeConfig(viteConfig, { define: figma.define, plugins: figma.plugins });
  },
  core: { disableTelemetry: true },
};

export default config;
