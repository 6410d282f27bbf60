// Storybook's side of the Figma set-up, for .storybook/main.ts: the Figma file of the branch's
// release channel (so a Storybook deployed from next-major links the next major's frames) and
// the data of the Design coverage page.
import { join } from 'node:path';
import { repositoryRoot, resolveFigmaChannel } from './channel.mjs';
import { designCoverage } from './connect/coverage.mjs';

export const DESIGN_COVERAGE_MODULE = 'virtual:callicrates/design-coverage';

/** Written beside the built Storybook: which Figma file its design links follow. */
export const CHANNEL_FILE = 'figma-channel.json';

/**
 * A Vite plugin: `import coverage from 'virtual:callicrates/design-coverage'` gives
 * designCoverage() for the channel, rebuilt when one of its sources changes; a build also
 * writes figma-channel.json, which the release workflow checks.
 * @param {{ root?: string, channel: ReturnType<typeof resolveFigmaChannel> }} options
 */
export function figmaStorybookPlugin({ root = repositoryRoot, channel }) {
  const resolvedId = `\0${DESIGN_COVERAGE_MODULE}`;
  return {
    name: 'callicrates:figma',
    resolveId(source) {
      return source === DESIGN_COVERAGE_MODULE ? resolvedId : undefined;
    },
    load(id) {
      if (id !== resolvedId) return undefined;
      const coverage = designCoverage({ root, channel });
      for (const source of coverage.sources) this.addWatchFile(join(root, source));
      return `export default ${JSON.stringify(coverage)};`;
    },
    generateBundle() {
      const { branch, channel: name, fileId, file, fileKey, fileUrl } = channel;
      this.emitFile({
        type: 'asset',
        fileName: CHANNEL_FILE,
        source: `${JSON.stringify({ branch, channel: name, fileId, file, fileKey, fileUrl }, null, 2)}\n`,
      });
    },
  };
}

/**
 * Vite options to merge into Storybook's: `__CALLICRATES_FIGMA__` (read by .storybook/design.ts)
 * and the plugin above.
 * @param {{ root?: string, env?: NodeJS.ProcessEnv }} [options]
 */
export function figmaStorybookConfig({ root = repositoryRoot, env = process.env } = {}) {
  const channel = resolveFigmaChannel({ root, env });
  return {
    channel,
    define: {
      __CALLICRATES_FIGMA__: JSON.stringify({ channel: channel.channel, file: channel.file }),
    },
    plugins: [figmaStorybookPlugin({ root, channel })],
  };
}
