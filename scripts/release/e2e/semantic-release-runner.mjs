// Runs semantic-release once, for real (no dry run), in the current directory: the release
// e2e spawns this in a child process with a clean environment, so nothing of the caller's
// CI variables or npm settings leaks into the release.
//   node semantic-release-runner.mjs <options.json> <result.json>
// Options given here override the repository's .releaserc.json (see release-config.mjs).
import { readFile, writeFile } from 'node:fs/promises';
import semanticRelease from 'semantic-release';

const [optionsFile, resultFile] = process.argv.slice(2);
const options = JSON.parse(await readFile(optionsFile, 'utf8'));

const result = await semanticRelease(options, {
  cwd: process.cwd(),
  env: process.env,
  stdout: process.stdout,
  stderr: process.stderr,
});

// Only what the e2e asserts: the new version (if any) and every version given a channel.
const summary = {
  nextRelease: result && result.nextRelease ? result.nextRelease : null,
  releases: result
    ? result.releases.map(({ version, channel, gitTag, pluginName }) => ({
        version,
        channel: channel ?? null,
        gitTag,
        pluginName,
      }))
    : [],
};
await writeFile(resultFile, JSON.stringify(summary, null, 2));
