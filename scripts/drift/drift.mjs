// `npm run drift`: how far each story is from its Figma frame, ranked, as drift/index.html.
// A report, never a test failure.
//
//   FIGMA_TOKEN=… npm run drift                      renders from the Figma REST API
//   npm run drift -- --renders <folder>              renders from PNGs named by node id (10-2.png)
//   npm run drift -- --renders <folder> src/atoms    only the stories under these paths
//   options: --scheme <light|dark|high-contrast> (light), --storybook-url <url>
//
// Each Figma frame is compared with one story that links to it (`parameters.design`, through
// the adapter `figmaFrameOf`): a story that names the frame itself, else the first story of the
// component's file (its Playground). The story tests run for those stories only, to take their
// current pictures and record where they draw text (scripts/drift/measure.mjs sets text apart).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { figmaFrameOf, LOCAL_STORYBOOK_URL, storybookStoryUrl } from '../visual/design-links.mjs';
import { storyFilesUnder, UsageError } from '../visual/review.mjs';
import { baselinePath, FORCED_COLORS, parsePictureArg, SCHEMES } from '../visual/screenshots.mjs';
import { loadStoryIndex } from '../visual/story-index.mjs';
import { renderDriftHtml } from './drift-html.mjs';
import { DriftInputError, fetchFigmaRenders, readRenderFolder } from './figma-renders.mjs';
import { DRIFT_THRESHOLD, measureDrift, TEXT_MARGIN } from './measure.mjs';

export const DRIFT_DIR = 'drift';

const USAGE = `Usage:
  FIGMA_TOKEN=<token> npm run drift [-- <story file or folder>…]
  npm run drift -- --renders <folder of PNGs named by node id, e.g. 10-2.png> [<story file or folder>…]
  Options: --scheme <${SCHEMES.join('|')}> (light), --storybook-url <url>
  Writes ${DRIFT_DIR}/index.html: stories ranked by how far they are from their Figma frame.`;

export function parseDriftArguments(argv, env = process.env) {
  const paths = [];
  let renders = null;
  let scheme = 'light';
  let storybookUrl = null;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? '';
    const [flag, inline] = arg.startsWith('--') ? arg.split(/=(.*)/s, 2) : [arg, undefined];
    const value = () => {
      const next = inline ?? argv[(i += 1)];
      if (!next || (inline === undefined && next.startsWith('--')))
        throw new UsageError(`${flag} needs a value.`);
      return next;
    };
    if (flag === '--renders') renders = value();
    else if (flag === '--scheme') scheme = value();
    else if (flag === '--storybook-url') storybookUrl = value();
    else if (flag === '--help' || flag === '-h') throw new UsageError('', { cause: 'help' });
    else if (arg.startsWith('-')) throw new UsageError(`Unknown option ${arg}.`);
    else paths.push(arg);
  }
  // Figma draws the tokens' schemes; forced colours are the user's system colours, no frame's.
  if (scheme === FORCED_COLORS) {
    throw new UsageError(
      `--scheme ${FORCED_COLORS}: Figma has no forced-colours frames to compare with; one of ${SCHEMES.join(', ')}.`,
    );
  }
  if (!(/** @type {readonly string[]} */ (SCHEMES).includes(scheme))) {
    throw new UsageError(`Unknown scheme "${scheme}": one of ${SCHEMES.join(', ')}.`);
  }
  if (storybookUrl) {
    try {
      new URL(storybookUrl);
    } catch {
      throw new UsageError(`--storybook-url: "${storybookUrl}" is not a URL.`);
    }
  }
  const token = env.FIGMA_TOKEN || null;
  if (!renders && !token) {
    throw new UsageError(
      'Set FIGMA_TOKEN to render the frames with the Figma API, or give --renders <folder>.',
    );
  }
  return { paths, renders, token: renders ? null : token, scheme, storybookUrl };
}

/** One story per Figma frame: a story that names the frame itself, else the file's first. */
export function storiesByFrame(index) {
  const frames = new Map();
  for (const file of index.files) {
    for (const story of file.stories) {
      const frame = figmaFrameOf(story);
      if (!frame) continue;
      const chosen = frames.get(frame.nodeId);
      if (!chosen || (story.ownDesign && !chosen.story.ownDesign))
        frames.set(frame.nodeId, { frame, story, file });
    }
  }
  return frames;
}

const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Runs the chosen stories' tests, recording text boxes; returns their results. */
function runStories(root, pairs) {
  const files = [...new Set(pairs.map((pair) => pair.file.file))];
  const names = [...new Set(pairs.map((pair) => pair.story.name))];
  const out = join(root, 'node_modules', '.cache', `drift-results-${process.pid}.json`);
  const status = spawnSync(
    process.execPath,
    [
      join(root, 'node_modules', 'vitest', 'vitest.mjs'),
      'run',
      '--project',
      'storybook',
      '--update=none',
      '--teardownTimeout=2000',
      '--reporter=dot',
      `--reporter=${join(root, 'scripts', 'drift', 'drift-reporter.mjs')}`,
      '--testNamePattern',
      `^(?:${names.map(escapeRegExp).join('|')})$`,
      ...files,
    ],
    {
      cwd: root,
      stdio: ['ignore', 'inherit', 'inherit'],
      env: {
        ...process.env,
        CALLICRATES_DRIFT: '1',
        CALLICRATES_DRIFT_OUT: out,
        CALLICRATES_REVIEW_REPORT: 'off',
      },
    },
  );
  if (status.error) throw status.error;
  return out;
}

/** The story's picture in the scheme: taken now when it differs from its baseline. */
async function storyPicture(root, result, pair, scheme) {
  const baseline = join(root, baselinePath(pair.file.file, pair.story.id, scheme));
  const picture = result?.pictures?.find(
    (candidate) => parsePictureArg(candidate.name)?.scheme === scheme,
  );
  if (picture && !picture.matched) {
    const artifact = result.visual.find(
      (item) => item.message && picture.error?.includes(item.message),
    );
    const actual = artifact?.attachments.find((item) => item.name === 'actual')?.path;
    if (actual)
      return {
        buffer: await readFile(actual),
        note: 'Its picture differs from its baseline: compared with the picture taken now.',
      };
  }
  if (!existsSync(baseline)) return null;
  const note = !result
    ? 'Its test did not run: compared with its baseline, text not set apart.'
    : result.state === 'failed' && !picture
      ? 'Its test failed before its pictures: compared with its baseline, text not set apart.'
      : null;
  return { buffer: await readFile(baseline), note };
}

export async function drift(root, options, { fetch = globalThis.fetch, log = console.log } = {}) {
  const files = storyFilesUnder(root, options.paths);
  const index = await loadStoryIndex({ root, files });
  const frames = storiesByFrame(index);
  if (frames.size === 0)
    throw new DriftInputError('No story links to a Figma frame (parameters.design).');

  let renders;
  let source;
  if (options.renders) {
    renders = await readRenderFolder(options.renders);
    source = `the PNGs in ${options.renders}`;
  } else {
    renders = new Map();
    const keys = [...new Set([...frames.values()].map(({ frame }) => frame.fileKey))];
    for (const fileKey of keys) {
      const ids = [...frames.values()]
        .filter(({ frame }) => frame.fileKey === fileKey)
        .map(({ frame }) => frame.nodeId);
      for (const [id, buffer] of await fetchFigmaRenders({
        token: options.token,
        fileKey,
        nodeIds: ids,
        fetch,
      })) {
        renders.set(id, buffer);
      }
    }
    source = `the Figma API (${keys.join(', ')})`;
  }

  const unmatched = [];
  const pairs = [];
  for (const [nodeId, render] of renders) {
    const pair = frames.get(nodeId);
    if (!pair) unmatched.push({ nodeId, why: 'no story links to this frame' });
    else if (!render)
      unmatched.push({ nodeId, why: `Figma could not render it (${pair.file.title})` });
    else pairs.push({ ...pair, render });
  }
  if (pairs.length === 0) {
    throw new DriftInputError(
      `No render in ${source} belongs to a frame a story links to. Frames the stories link to: ${[...frames.keys()].join(', ')}.`,
    );
  }

  await mkdir(join(root, 'node_modules', '.cache'), { recursive: true });
  const resultsFile = runStories(root, pairs);
  const results = existsSync(resultsFile) ? JSON.parse(await readFile(resultsFile, 'utf8')) : [];
  await rm(resultsFile, { force: true });

  const entries = [];
  const images = new Map();
  for (const pair of pairs) {
    const result = results.find((candidate) => candidate.storyId === pair.story.id);
    const picture = await storyPicture(root, result, pair, options.scheme);
    if (!picture) {
      unmatched.push({
        nodeId: pair.frame.nodeId,
        why: `${pair.story.id} takes no ${options.scheme} picture`,
      });
      continue;
    }
    const measured = measureDrift({
      design: pair.render,
      story: picture.buffer,
      textBoxes: result?.textBoxes ?? [],
    });
    const key = pair.story.id;
    for (const [role, buffer] of Object.entries(measured.images))
      images.set(`images/${key}-${role}.png`, buffer);
    entries.push({
      rank: 0,
      storyId: pair.story.id,
      storyName: pair.story.name,
      component: pair.file.title,
      nodeId: pair.frame.nodeId,
      links: {
        figma: pair.frame.url,
        storybook: storybookStoryUrl(
          options.storybookUrl ?? LOCAL_STORYBOOK_URL,
          pair.story.id,
          options.scheme,
        ),
      },
      score: measured.score,
      layout: measured.layout,
      text: measured.text,
      designSize: { width: measured.designBox.width, height: measured.designBox.height },
      storySize: { width: measured.storyBox.width, height: measured.storyBox.height },
      images: {
        design: `images/${key}-design.png`,
        story: `images/${key}-story.png`,
        diff: `images/${key}-diff.png`,
      },
      note: picture.note,
    });
  }
  entries.sort((a, b) => b.score - a.score || a.storyId.localeCompare(b.storyId));
  entries.forEach((entry, at) => (entry.rank = at + 1));
  const report = {
    title: 'Design drift',
    summary: entries.length
      ? `${entries.length} stor${entries.length === 1 ? 'y' : 'ies'} compared with ${entries.length === 1 ? 'its' : 'their'} Figma frame${entries.length === 1 ? '' : 's'}, furthest first. A report, not a test.`
      : 'No story could be compared with its Figma frame.',
    context: [
      ['Renders', source],
      ['Scheme', options.scheme],
      [
        'Alignment',
        'each picture cut to its content (pixels unlike its corner colour), laid top-left',
      ],
      [
        'Measure',
        `pixels differing beyond the perceptual threshold ${DRIFT_THRESHOLD} (anti-aliasing ignored), outside the story's text boxes widened by ${TEXT_MARGIN} px; text measured apart`,
      ],
    ],
    entries,
    unmatched,
    generatedAt: new Date().toISOString(),
  };
  const dir = join(root, DRIFT_DIR);
  const staging = `${dir}.tmp-${process.pid}`;
  await rm(staging, { recursive: true, force: true });
  await mkdir(join(staging, 'images'), { recursive: true });
  for (const [name, buffer] of images) await writeFile(join(staging, name), buffer);
  await writeFile(join(staging, 'report.json'), `${JSON.stringify(report, null, 2)}\n`);
  await writeFile(join(staging, 'index.html'), renderDriftHtml(report));
  await rm(dir, { recursive: true, force: true });
  await rename(staging, dir);

  log(`\nDesign drift: ${report.summary}`);
  for (const entry of entries.slice(0, 10)) {
    log(
      `  ${String(entry.rank).padStart(2)}. ${(entry.layout.ratio * 100).toFixed(1).padStart(5)} %  ${entry.storyId} (Figma ${entry.nodeId})`,
    );
  }
  for (const item of unmatched) log(`  not compared: node ${item.nodeId}: ${item.why}`);
  log(`  Report: ${join(dir, 'index.html')}`);
  return report;
}

async function main() {
  const root = fileURLToPath(new URL('../..', import.meta.url));
  try {
    await drift(root, parseDriftArguments(process.argv.slice(2)));
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      if (error.cause === 'help') {
        console.log(USAGE);
        return 0;
      }
      console.error(`drift: ${error.message}\n\n${USAGE}`);
      return 2;
    }
    if (error instanceof DriftInputError) {
      console.error(`drift: ${error.message}`);
      return 2;
    }
    throw error;
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  process.exitCode = await main();
}
