// The consumer half of the release e2e: a fresh Vite + React + TypeScript app installs the
// published `callicrates` and its peers from the local registry, type-checks (skipLibCheck
// off, so our .d.ts files are checked too), builds, renders in Chromium and on the server:
// once per React major the peer range promises (REACT_VERSIONS).
import assert from 'node:assert/strict';
import { createReadStream, existsSync, readFileSync } from 'node:fs';
import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import { dirname, extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright';
import { chromiumArgs, findChromium } from '../../chromium.mjs';
import { consumerFiles, WRONG_PROP_FILE, WRONG_PROP_VALUE } from './consumer-files.mjs';
import { onCleanUp, run } from './processes.mjs';
import { PACKAGE_NAME } from './verdaccio.mjs';

const libraryModules = fileURLToPath(new URL('../../../node_modules/', import.meta.url));

/** The versions the library itself is developed and tested with (exact, from node_modules). */
function installedVersion(name) {
  // Read by path: some packages (@vitejs/plugin-react) do not export ./package.json.
  return JSON.parse(readFileSync(join(libraryModules, name, 'package.json'), 'utf8')).version;
}

function pinned(names) {
  return Object.fromEntries(names.map((name) => [name, installedVersion(name)]));
}

/**
 * The React majors `peerDependencies` allows, each with its own @types, as exact versions.
 * React 19 is what the library is developed with; React 18 is the last 18 release, with the
 * @types/react 18 the package test type-checks against (the `types-react-18` alias).
 * `emotion`: the app also uses Emotion (installs @emotion/react, the optional peer, and opts in
 * to `callicrates/emotion`); the other app installs no Emotion at all.
 * @type {Array<{ name: string, emotion: boolean, dependencies: Record<string, string>, devDependencies: Record<string, string> }>}
 */
export const REACT_VERSIONS = [
  {
    name: 'React 18',
    emotion: false,
    dependencies: { react: '18.3.1', 'react-dom': '18.3.1' },
    devDependencies: {
      '@types/react': installedVersion('types-react-18'),
      '@types/react-dom': '18.3.7',
    },
  },
  {
    name: 'React 19',
    emotion: true,
    dependencies: pinned(['@emotion/react', 'react', 'react-dom']),
    devDependencies: pinned(['@types/react', '@types/react-dom']),
  },
];

async function writeApp(dir, { version, registryUrl, react }) {
  const dependencies = { [PACKAGE_NAME]: version, ...react.dependencies };
  const devDependencies = {
    ...react.devDependencies,
    ...pinned(['@vitejs/plugin-react', 'typescript', 'vite']),
  };
  const files = {
    ...consumerFiles(dependencies, devDependencies, { emotion: react.emotion }),
    // Every package, callicrates and its peers alike, comes through the local registry.
    '.npmrc': `registry=${registryUrl}\n`,
  };
  for (const [path, content] of Object.entries(files)) {
    await mkdir(dirname(join(dir, path)), { recursive: true });
    await writeFile(join(dir, path), content);
  }
}

/** tsc passes on the app and rejects the file with the wrong prop, for that reason. */
async function typeCheck(dir, context) {
  const tsc = join(dir, 'node_modules/typescript/bin/tsc');
  await run(process.execPath, [tsc, '-p', 'tsconfig.json'], { cwd: dir, ...context });
  const wrong = await run(process.execPath, [tsc, '-p', 'tsconfig.wrong-prop.json'], {
    cwd: dir,
    ...context,
    allowFailure: true,
  });
  assert.notEqual(wrong.code, 0, `tsc accepted ${WRONG_PROP_FILE}`);
  // Failing for the right reason: only that file, and because of the size value.
  const errorLines = wrong.output.split('\n').filter((line) => /error TS\d+/.test(line));
  assert.ok(errorLines.length > 0 && errorLines.every((line) => line.startsWith(WRONG_PROP_FILE)));
  assert.match(
    wrong.output,
    new RegExp(`'"${WRONG_PROP_VALUE}"' is not assignable to type 'ButtonSize`),
  );
}

async function viteBuild(dir, args, context) {
  const vite = join(dir, 'node_modules/vite/bin/vite.js');
  await run(process.execPath, [vite, 'build', ...args], { cwd: dir, ...context });
}

/** Runs the SSR bundle in plain Node: `callicrates` is imported from node_modules by its exports. */
async function renderOnServer(dir, context) {
  const script = `import('./dist-ssr/ssr.js').then(({ render }) => process.stdout.write(render()))`;
  const { output } = await run(process.execPath, ['--input-type=module', '-e', script], {
    cwd: dir,
    ...context,
  });
  assert.match(output, /<button[^>]*>.*Add one/s, 'server HTML has the button');
  assert.match(output, /<label[^>]*>Name<\/label>/, 'server HTML has the labelled field');
  assert.match(output, /<style[^>]*>@layer callicrates\./, 'server HTML has the one style sheet');
  assert.match(output, /Clicked <!-- -->0<!-- --> times/, 'server HTML has the initial state');
  return output.length;
}

const CONTENT_TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };

/** Serves a built app on 127.0.0.1 (an OS-chosen free port) until clean-up. */
async function serveStatic(root) {
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname));
    const file = join(root, path === '/' ? 'index.html' : path);
    if (!file.startsWith(root)) return void response.writeHead(403).end();
    stat(file)
      .then(() => {
        const type = CONTENT_TYPES[extname(file)] ?? 'application/octet-stream';
        response.writeHead(200, { 'content-type': type });
        createReadStream(file).pipe(response);
      })
      .catch(() => response.writeHead(404).end());
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  onCleanUp(() => new Promise((resolve) => server.close(resolve)));
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  return `http://127.0.0.1:${port}/`;
}

/** The first custom property tokens.css defines: the page must have it once the CSS loaded. */
async function firstTokenVariable(dir) {
  const css = await readFile(join(dir, 'node_modules', PACKAGE_NAME, 'dist/tokens.css'), 'utf8');
  const match = css.match(/(--cal-[\w-]+)\s*:/);
  assert.ok(match, 'tokens.css defines --cal-* variables');
  return match[1];
}

async function renderInBrowser(url, tokenVariable) {
  const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs });
  onCleanUp(() => browser.close());
  const page = await browser.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`${response.status()} ${response.url()}`);
  });

  await page.goto(url);
  const button = page.getByRole('button', { name: 'Add one' });
  await button.click();
  await button.click();
  await page.getByText('Clicked 2 times').waitFor({ timeout: 5_000 });

  const field = page.getByLabel('Name');
  await field.pressSequentially('Ada');
  assert.equal(await field.inputValue(), 'Ada');
  await page.getByText('Hello, Ada').waitFor({ timeout: 5_000 });

  const tokenValue = await page.evaluate(
    (name) => getComputedStyle(document.documentElement).getPropertyValue(name).trim(),
    tokenVariable,
  );
  assert.ok(tokenValue, `${tokenVariable} is defined on the page (tokens.css loaded)`);
  assert.deepEqual(problems, [], 'no errors in the page');
  await browser.close();
}

/** Raw and gzip bytes of the app's JS and CSS, file by file. */
async function bundleSizes(distDir) {
  const assetsDir = join(distDir, 'assets');
  const sizes = [];
  for (const name of (await readdir(assetsDir)).sort()) {
    if (!/\.(js|css)$/.test(name)) continue;
    const content = await readFile(join(assetsDir, name));
    sizes.push({ name, bytes: content.length, gzip: gzipSync(content).length });
  }
  return sizes;
}

/** The version npm installed in the app, read from its node_modules. */
async function versionIn(dir, name) {
  const manifest = await readFile(join(dir, 'node_modules', name, 'package.json'), 'utf8');
  return JSON.parse(manifest).version;
}

/**
 * @param {{ dir: string, version: string, registryUrl: string, react: (typeof REACT_VERSIONS)[number], env: NodeJS.ProcessEnv, log: string }} options
 */
export async function testConsumerApp({ dir, version, registryUrl, react, env, log }) {
  const context = { env, log };
  const timings = [];
  const timed = async (name, task) => {
    const started = performance.now();
    const result = await task();
    timings.push(`${name} ${((performance.now() - started) / 1000).toFixed(1)} s`);
    return result;
  };

  await writeApp(dir, { version, registryUrl, react });
  await timed('install', () =>
    run('npm', ['install', '--no-audit', '--no-fund'], { cwd: dir, ...context }),
  );
  assert.equal(
    await versionIn(dir, PACKAGE_NAME),
    version,
    'the consumer installed the published version',
  );
  for (const [name, expected] of Object.entries({
    ...react.dependencies,
    ...react.devDependencies,
  })) {
    assert.equal(await versionIn(dir, name), expected, `${react.name}: ${name} installed`);
  }
  // An optional peer: npm installs it only when the app asks for it.
  assert.equal(
    existsSync(join(dir, 'node_modules/@emotion/react')),
    react.emotion,
    `${react.name}: @emotion/react installed only by the app that uses Emotion`,
  );

  await timed('tsc', () => typeCheck(dir, context));
  await timed('vite build', () => viteBuild(dir, [], context));
  const serverHtmlBytes = await timed('ssr', async () => {
    await viteBuild(dir, ['--ssr', 'src/ssr.tsx', '--outDir', 'dist-ssr'], context);
    return renderOnServer(dir, context);
  });
  await timed('chromium', async () =>
    renderInBrowser(await serveStatic(join(dir, 'dist')), await firstTokenVariable(dir)),
  );
  return { sizes: await bundleSizes(join(dir, 'dist')), serverHtmlBytes, timings };
}
