// @ts-check
// Times the browser scenarios in Debian's Chromium through Playwright: one fresh browser
// context (a fresh renderer) per sample, subjects interleaved, warm-up rounds thrown away.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { chromium } from 'playwright';
import { chromiumArgs, findChromium } from '../../scripts/chromium.mjs';
import { rotate } from './stats.mjs';

/** @typedef {import('./build.mjs').SubjectName} SubjectName */
/** @typedef {import('../harness/browser').Scenario} Scenario */
/** @type {Scenario[]} */
export const SCENARIOS = [
  'mount',
  'update',
  'fields',
  'buttons200',
  'tooltips200',
  'dialogOpen',
  'dialogOpenKept',
  'nativeDialogOpen',
  'select200',
  'select10k',
  'closedSelect10',
  'closedSelect10k',
  'comboFilter10k',
  'table1k',
  'tableSort10k',
];
/** Scenarios whose step itself ends after its frame has painted: no frame is awaited after. */
const PAINTED_IN_STEP = new Set(
  /** @type {Scenario[]} */ ([
    'dialogOpen',
    'dialogOpenKept',
    'nativeDialogOpen',
    'comboFilter10k',
  ]),
);

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };

/**
 * Serves `dir` on 127.0.0.1 at a free port.
 * @param {string} dir
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 */
export async function serve(dir) {
  const server = createServer(async (request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname));
    const file = join(dir, path);
    const info = file.startsWith(dir) ? await stat(file).catch(() => null) : null;
    if (!info?.isFile()) {
      response.writeHead(404).end();
      return;
    }
    const type =
      TYPES[/** @type {keyof typeof TYPES} */ (extname(file))] ?? 'application/octet-stream';
    response.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' });
    createReadStream(file).pipe(response);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('bench: server has no port');
  return {
    url: `http://127.0.0.1:${address.port}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

const middle = (/** @type {number[]} */ values) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

/**
 * @typedef {object} PerPage
 * @property {number} warmup    steps discarded first
 * @property {number} measured  steps kept; their median is the page's sample
 */

/**
 * @typedef {object} BrowserOptions
 * @property {string} baseUrl
 * @property {Record<SubjectName, string>} pages   page file name per subject
 * @property {SubjectName[]} subjects
 * @property {Scenario[]} scenarios  the scenarios to time, in this order in the first round
 * @property {number} rounds         rounds (each: one fresh page per scenario and subject)
 * @property {Record<Scenario, PerPage>} perPage  iterations inside each page, per scenario
 * @property {number} deadline       Date.now() by which the last round must have ended
 * @property {(message: string) => void} log
 * @property {(close: () => Promise<void>) => void} onResource  registers cleanup
 */

/**
 * @typedef {object} ScenarioSamples
 * @property {number[]} samples  one per page: the median wall time of its kept steps
 * @property {number[]} script   one per page: the median React share of those (before style/layout)
 * @property {number[]} cpu      one per page: the median main-thread CPU time of those steps,
 *   up to and including the frame that paints them
 * @property {number[]} first    one per page: its first (cold) step, wall time
 */

/**
 * Opens a fresh page for one scenario of one subject and times its steps. Besides the
 * in-page wall time (`performance.now()`), it reads the renderer main thread's CPU time
 * (DevTools `Performance.getMetrics`, `ThreadTime` in thread ticks) from the start of each
 * step until the frame that paints it, minus the same round trips with nothing to render: on
 * a shared machine wall time grows with the load, CPU time barely. Waiting for the frame
 * makes the paint always part of the CPU figure, rather than whenever it happened to run
 * before the second reading.
 * @param {import('playwright').Browser} browser
 * @param {string} url
 * @param {Scenario} scenario
 * @param {PerPage} perPage
 */
async function samplePage(browser, url, scenario, perPage) {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    const threadTime = async () => {
      const { metrics } = await cdp.send('Performance.getMetrics');
      return (metrics.find((metric) => metric.name === 'ThreadTime')?.value ?? NaN) * 1000;
    };
    await page.goto(url, { waitUntil: 'load' });
    // These functions run in the page (bench/harness/browser.tsx installed `window.__bench`).
    await page.evaluate((name) => window.__bench?.prepare(name), scenario);
    // Main-thread CPU from the start of a step until its frame has painted, minus the same
    // round trips with nothing to render. A step that waits for its painted frame itself (a
    // dialog opening) is not followed by another frame: the next one's work (an enter
    // animation's) is not part of the figure.
    const painted = PAINTED_IN_STEP.has(scenario);
    const emptyTrips = [];
    for (let i = 0; i < 3; i += 1) {
      const before = await threadTime();
      await page.evaluate((name) => window.__bench?.idle(name), scenario);
      if (!painted) await page.evaluate(() => window.__bench?.frame());
      emptyTrips.push((await threadTime()) - before);
    }
    const overhead = middle(emptyTrips);
    /** @type {{ total: number, script: number, cpu: number }[]} */
    const steps = [];
    for (let i = 0; i < perPage.warmup + perPage.measured; i += 1) {
      const before = await threadTime();
      const step = await page.evaluate(
        ([name, iteration]) => window.__bench?.step(name, iteration),
        /** @type {const} */ ([scenario, i]),
      );
      if (!painted) await page.evaluate(() => window.__bench?.frame());
      const cpu = (await threadTime()) - before - overhead;
      if (!step) throw new Error(`bench: no harness in ${url}`);
      steps.push({ ...step, cpu });
      await page.evaluate((name) => window.__bench?.settle(name), scenario);
    }
    const kept = steps.slice(perPage.warmup);
    return {
      total: middle(kept.map((step) => step.total)),
      script: middle(kept.map((step) => step.script)),
      cpu: middle(kept.map((step) => step.cpu)),
      first: steps[0]?.total ?? NaN,
    };
  } finally {
    await context.close();
  }
}

/**
 * @param {BrowserOptions} options
 * @returns {Promise<{ version: string, roundsKept: number, stoppedEarly: boolean,
 *   results: Partial<Record<Scenario, Record<SubjectName, ScenarioSamples>>> }>}
 */
export async function runBrowser(options) {
  const { baseUrl, pages, subjects, scenarios, rounds, perPage, deadline, log } = options;
  const browser = await chromium.launch({
    executablePath: findChromium(),
    // `gc()` between timed steps keeps a collection from landing inside one.
    args: [...chromiumArgs, '--js-flags=--expose-gc'],
  });
  options.onResource(() => browser.close());
  const results = /** @type {Record<Scenario, Record<SubjectName, ScenarioSamples>>} */ (
    /** @type {unknown} */ (
      Object.fromEntries(
        scenarios.map((scenario) => [
          scenario,
          Object.fromEntries(
            subjects.map((subject) => [subject, { samples: [], script: [], cpu: [], first: [] }]),
          ),
        ]),
      )
    )
  );
  let roundsKept = 0;
  let stoppedEarly = false;
  let longestRound = 0;
  try {
    // Warm-up, discarded: one page per subject, so the browser, its caches and the server
    // are warm before the first kept round.
    const [first = 'mount'] = scenarios;
    for (const subject of subjects) {
      await samplePage(browser, `${baseUrl}/${pages[subject]}`, first, perPage[first]);
    }
    log('browser: warm-up pages done (discarded)');
    for (let round = 0; round < rounds; round += 1) {
      // A round is started only if one as long as the longest so far still ends in time.
      if (Date.now() + longestRound > deadline) {
        stoppedEarly = true;
        log(`browser: out of time after ${roundsKept} rounds`);
        break;
      }
      const roundStart = Date.now();
      /** @type {Array<() => void>} */
      const commits = [];
      for (const scenario of rotate(scenarios, round)) {
        for (const subject of rotate(subjects, round)) {
          const result = await samplePage(
            browser,
            `${baseUrl}/${pages[subject]}`,
            scenario,
            perPage[scenario],
          );
          commits.push(() => {
            const cell = results[scenario][subject];
            cell.samples.push(result.total);
            cell.script.push(result.script);
            cell.cpu.push(result.cpu);
            cell.first.push(result.first);
          });
        }
      }
      // Only whole rounds count, so every subject has the same number of paired samples.
      for (const commit of commits) commit();
      roundsKept += 1;
      longestRound = Math.max(longestRound, Date.now() - roundStart);
      log(
        `browser: round ${round + 1}/${rounds} in ${((Date.now() - roundStart) / 1000).toFixed(0)} s`,
      );
    }
    return { version: browser.version(), roundsKept, stoppedEarly, results };
  } finally {
    await browser.close();
  }
}
