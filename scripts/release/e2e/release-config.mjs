// The semantic-release options of the e2e: the repository's real .releaserc.json (branches,
// presets, changelog, npm, git), minus what needs GitHub, pointed at the temporary remote.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

/** Talks to the GitHub API (releases, comments): hosted workflow only. */
const HOSTED_ONLY_PLUGINS = ['@semantic-release/github'];

function pluginName(plugin) {
  return Array.isArray(plugin) ? plugin[0] : plugin;
}

/** @returns {Promise<Record<string, unknown>>} options for semanticRelease() */
export async function e2eReleaseOptions({ projectDir, remoteUrl }) {
  const config = JSON.parse(await readFile(join(projectDir, '.releaserc.json'), 'utf8'));
  const dropped = config.plugins.filter((plugin) =>
    HOSTED_ONLY_PLUGINS.includes(pluginName(plugin)),
  );
  if (dropped.length !== HOSTED_ONLY_PLUGINS.length) {
    throw new Error(
      `.releaserc.json: expected ${HOSTED_ONLY_PLUGINS.join(', ')} for the hosted workflow`,
    );
  }
  const options = { ...config };
  delete options.$schema; // editor metadata, not an option
  return {
    ...options,
    plugins: config.plugins.filter((plugin) => !HOSTED_ONLY_PLUGINS.includes(pluginName(plugin))),
    repositoryUrl: remoteUrl,
    ci: false, // we are not in a CI service; run on the checked-out branch anyway
  };
}
