import { addons } from 'storybook/manager-api';
import { create } from 'storybook/theming';

// The release workflow builds Storybook with STORYBOOK_RELEASE_VERSION, so every deployed
// Storybook names the version it documents.
addons.setConfig({
  theme: create({
    base: 'light',
    brandTitle: `Callicrates ${process.env.STORYBOOK_RELEASE_VERSION ?? 'next'}`,
  }),
});
