// The consumer app of the release e2e: what a product team writes after
// `npm i callicrates react react-dom` (plus @emotion/react when the app uses Emotion itself,
// with the opt-in `callicrates/emotion` types). Kept as strings (not .tsx files) so the
// library's own lint and type-check never see code that imports the published package, or the
// deliberately wrong file.

/** Root import, subpath imports and the token stylesheet, as the README shows them. */
const app = `import { GlobalStyles, ThemeProvider } from 'callicrates';
import { Button } from 'callicrates/button';
import { TextField } from 'callicrates/text-field';
import { cssVar } from 'callicrates/tokens';
import { useState } from 'react';

export function App() {
  const [clicks, setClicks] = useState(0);
  const [name, setName] = useState('');
  return (
    <ThemeProvider defaultColorScheme="light">
      <GlobalStyles />
      <main style={{ color: cssVar('color.text.primary') }}>
        <TextField label="Name" value={name} onChange={(event) => setName(event.target.value)} />
        <Button variant="primary" onClick={() => setClicks((count) => count + 1)}>
          Add one
        </Button>
        <p data-testid="clicks">Clicked {clicks} times</p>
        <p data-testid="greeting">{name ? \`Hello, \${name}\` : 'Type a name'}</p>
      </main>
    </ThemeProvider>
  );
}
`;

const main = `import 'callicrates/tokens.css';
import 'callicrates/fonts.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
`;

/** Built with \`vite build --ssr\`; callicrates stays external, so Node resolves its exports. */
const ssr = `import { renderToString } from 'react-dom/server';
import { App } from './App';

export function render(): string {
  return renderToString(<App />);
}
`;

/**
 * Only in the app that uses Emotion: the opt-in makes Emotion's `Theme` our token theme, so a
 * token name type-checks as a `TokenName` (without the opt-in `theme.cssVar` does not exist).
 */
const emotionTheme = `import type {} from 'callicrates/emotion';
import type { Theme } from '@emotion/react';

export const primaryText = (theme: Theme): string => theme.cssVar('color.text.primary');
`;

/** Must NOT type-check: the e2e asserts tsc reports exactly this mistake. */
export const WRONG_PROP_FILE = 'src/wrong-prop.tsx';
export const WRONG_PROP_VALUE = 'huge';
const wrongProp = `import { Button } from 'callicrates/button';

export const Wrong = () => <Button size="${WRONG_PROP_VALUE}">Too big</Button>;
`;

const indexHtml = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="UTF-8" />
    <title>Callicrates consumer</title>
    <link rel="icon" href="data:," />
  </head>
  <body>
    <div id="root"></div>
    <script type="module" src="/src/main.tsx"></script>
  </body>
</html>
`;

const viteConfig = `import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({ plugins: [react()], logLevel: 'warn' });
`;

// What Vite's React + TypeScript template sets up, except `skipLibCheck: false`: our .d.ts
// files must type-check in a strict consumer with the app's own @types/react (18 or 19), not
// only hide behind skipLibCheck.
const compilerOptions = {
  target: 'ES2022',
  lib: ['ES2022', 'DOM', 'DOM.Iterable'],
  module: 'ESNext',
  moduleResolution: 'Bundler',
  jsx: 'react-jsx',
  strict: true,
  noEmit: true,
  skipLibCheck: false,
  isolatedModules: true,
  verbatimModuleSyntax: true,
  // As in Vite's React template: declares `import './x.css'` (TS 6 checks side-effect imports).
  types: ['vite/client'],
};

/**
 * @param {Record<string, string>} dependencies exact versions, callicrates included
 * @param {Record<string, string>} devDependencies
 * @param {{ emotion: boolean }} options the app uses Emotion (and has @emotion/react)
 * @returns {Record<string, string>} file path → content
 */
export function consumerFiles(dependencies, devDependencies, { emotion }) {
  const json = (value) => `${JSON.stringify(value, null, 2)}\n`;
  return {
    'package.json': json({
      name: 'callicrates-consumer',
      private: true,
      type: 'module',
      dependencies,
      devDependencies,
    }),
    'tsconfig.json': json({ compilerOptions, include: ['src'], exclude: [WRONG_PROP_FILE] }),
    'tsconfig.wrong-prop.json': json({
      extends: './tsconfig.json',
      include: [WRONG_PROP_FILE],
      exclude: [],
    }),
    'index.html': indexHtml,
    'vite.config.ts': viteConfig,
    'src/App.tsx': app,
    'src/main.tsx': main,
    'src/ssr.tsx': ssr,
    [WRONG_PROP_FILE]: wrongProp,
    ...(emotion ? { 'src/emotion-theme.ts': emotionTheme } : {}),
  };
}
