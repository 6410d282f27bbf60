import type { Preview } from '@storybook/react-vite';
import '../src/theme/fonts.css';
import { colorSchemeOptions, GlobalStyles, ThemeProvider, type ColorScheme } from '../src';
import { breakpointViewports } from './breakpointFrames';
import { StoryCanvas } from './StoryCanvas';

const schemeTitles: Record<ColorScheme, string> = {
  light: 'Light',
  dark: 'Dark',
  'high-contrast': 'High contrast',
  system: 'System',
};

const preview: Preview = {
  tags: ['autodocs'],
  globalTypes: {
    theme: {
      description: 'Colour scheme of every story and docs page',
      toolbar: {
        title: 'Theme',
        icon: 'contrast',
        items: colorSchemeOptions.map((value) => ({ value, title: schemeTitles[value] })),
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { theme: 'light' },
  decorators: [
    (Story, { globals }) => (
      <ThemeProvider colorScheme={globals.theme as ColorScheme} storageKey={null}>
        <GlobalStyles />
        <StoryCanvas>
          <Story />
        </StoryCanvas>
      </ThemeProvider>
    ),
  ],
  parameters: {
    layout: 'fullscreen',
    // Accessibility violations fail the story's test, in CI and in the Storybook test UI.
    a11y: { test: 'error' },
    controls: { expanded: true, sort: 'requiredFirst' },
    docs: { toc: true },
    // The grid breakpoints in the toolbar's viewport menu: templates are photographed at them.
    viewport: { options: breakpointViewports },
    options: {
      storySort: {
        order: ['Introduction', 'Foundations', 'Atoms', 'Molecules', 'Templates', 'Figma'],
      },
    },
  },
};

export default preview;
