// Part of `npm install`'s `prepare` step: points git at .husky/ so every commit message is
// checked (commitlint) before it exists. Silent and harmless where there is nothing to hook:
// no git checkout (a tarball, a Docker build context) or no husky (a production install).
import { existsSync } from 'node:fs';

async function installHooks() {
  if (process.env.HUSKY === '0' || !existsSync('.git')) return;
  let husky;
  try {
    ({ default: husky } = await import('husky'));
  } catch {
    return; // devDependencies not installed
  }
  const problem = husky(); // '' on success, otherwise a one-line reason
  if (problem) console.warn(`git hooks not installed: ${problem}`);
}

await installHooks();
