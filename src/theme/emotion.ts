/// <reference types="@emotion/react" preserve="true" />
// `callicrates/emotion`: opt-in types for apps that also use Emotion. Nothing here runs.
//
//   import type {} from 'callicrates/emotion'; // once, e.g. in the app's entry
//
// Emotion's `Theme` then is our token theme, so `css={(theme) => theme.cssVar('…')}` and
// Emotion's `useTheme()` autocomplete the tokens when the app passes `theme` to Emotion's own
// ThemeProvider. A separate entry, not part of `callicrates/theme`: the augmentation needs
// @emotion/react's types, which an app without Emotion does not install (it is an optional
// peer), and the root and theme declarations must type-check there. The reference (kept in
// the .d.ts) loads Emotion's types: without it tsc cannot find the module to augment.
import type { CallicratesTheme } from './theme';

declare module '@emotion/react' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  export interface Theme extends CallicratesTheme {}
}

export type { CallicratesTheme };
