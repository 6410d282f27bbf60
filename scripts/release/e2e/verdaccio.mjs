// A real npm registry (Verdaccio) on 127.0.0.1 for the release e2e: `callicrates` lives only
// here; every other package is proxied from registry.npmjs.org, so the consumer app can
// install React, Vite and TypeScript through the same registry a product team would use.
import { readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { startService } from './processes.mjs';

const require = createRequire(import.meta.url);

export const PACKAGE_NAME = 'callicrates';

function config(storageDir) {
  return `# Written by scripts/release/e2e/verdaccio.mjs for one test run.
storage: ${join(storageDir, 'storage')}
auth:
  htpasswd:
    file: ${join(storageDir, 'htpasswd')}
uplinks:
  npmjs:
    url: https://registry.npmjs.org/
    timeout: 60s
packages:
  '${PACKAGE_NAME}':
    access: $all
    publish: $authenticated
    unpublish: $authenticated
  '@*/*':
    access: $all
    publish: $authenticated
    proxy: npmjs
  '**':
    access: $all
    publish: $authenticated
    proxy: npmjs
web:
  enable: false
log: { type: stdout, format: pretty, level: warn }
`;
}

/** A port nobody listens on right now, on the loopback interface only. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (probe.address());
      probe.close(() => resolve(port));
    });
  });
}

async function verdaccioBin() {
  const manifestPath = require.resolve('verdaccio/package.json');
  const { bin } = JSON.parse(await readFile(manifestPath, 'utf8'));
  return join(dirname(manifestPath), typeof bin === 'string' ? bin : bin.verdaccio);
}

async function waitUntilUp(url, child, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`verdaccio exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${url}-/ping`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`verdaccio did not answer on ${url} within ${timeoutMs / 1000} s`);
}

/** Creates a user (Verdaccio's htpasswd allows sign-up) and returns its token. */
async function createUser(url) {
  const name = 'release-e2e';
  const response = await fetch(`${url}-/user/org.couchdb.user:${name}`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name, password: 'release-e2e-password', email: 'e2e@example.invalid' }),
  });
  const body = await response.json();
  if (!response.ok || !body.token)
    throw new Error(`verdaccio: cannot create a user: ${JSON.stringify(body)}`);
  return body.token;
}

/**
 * Starts Verdaccio with its storage in `dir`.
 * @returns {Promise<{ url: string, token: string, logFile: string }>}
 */
export async function startRegistry({ dir, env }) {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}/`;
  const configFile = join(dir, 'config.yaml');
  const logFile = join(dir, 'verdaccio.log');
  await writeFile(configFile, config(dir));
  const child = startService(
    process.execPath,
    [await verdaccioBin(), '--config', configFile, '--listen', `127.0.0.1:${port}`],
    { cwd: dir, env, logFile },
  );
  await waitUntilUp(url, child);
  return { url, token: await createUser(url), logFile };
}

/** The package's versions and dist-tags as the registry serves them to `npm install`. */
export async function readPackument(url) {
  const response = await fetch(`${url}${PACKAGE_NAME}`);
  if (response.status === 404) return { versions: [], distTags: {} };
  if (!response.ok) throw new Error(`registry: GET ${PACKAGE_NAME} answered ${response.status}`);
  const body = await response.json();
  return { versions: Object.keys(body.versions ?? {}).sort(), distTags: body['dist-tags'] ?? {} };
}
