// @ts-check
// `npm run bench`: Callicrates against plain React and MUI — bundle bytes, mount, update and
// text-field mount in headless Chromium, server rendering in Node. Prints a markdown table,
// writes bench/results/latest.json, and stops by itself within five minutes.
//
//   npm run bench                        everything
//   npm run bench -- --only=size         just the byte sizes, with where the bytes go
//   npm run bench -- --only=dialogOpen   one browser scenario (or several, comma-separated)
//   npm run bench -- --quick             fewer rounds (a smoke run; figures are noisier)
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { cpus, freemem, loadavg, totalmem, tmpdir, platform, release } from 'node:os';
import { join } from 'node:path';
import { SUBJECTS, benchDir, buildPage, buildServer, measureSizes } from './lib/build.mjs';
import { SCENARIOS, runBrowser, serve } from './lib/browser.mjs';
import { checkTargets, markdownTable, splitTable, timingFigures } from './lib/report.mjs';
import { runSsr } from './lib/ssr.mjs';

/** @typedef {import('./lib/build.mjs').SubjectName} SubjectName */
/** @typedef {import('./lib/browser.mjs').Scenario} Scenario */

const HARD_LIMIT_MS = 5 * 60_000;
const startedAt = Date.now();
const args = process.argv.slice(2);
const quick = args.includes('--quick');
const only = new Set(
  (
    args.find((arg) => arg.startsWith('--only='))?.slice('--only='.length) ?? 'size,ssr,browser'
  ).split(','),
);
const parts = ['size', 'ssr', 'browser', ...SCENARIOS];
const unknown = [...only].filter((part) => !parts.includes(part));
if (unknown.length > 0) {
  console.error(
    `bench: unknown --only=${unknown.join(',')}; choose from ${parts.join(', ')} (comma-separated).`,
  );
  process.exit(2);
}
/** The browser scenarios to time: all with `browser`, else the ones named. */
const scenarios = SCENARIOS.filter((scenario) => only.has('browser') || only.has(scenario));
/** Steps per page: a mount or update is one long render, a dialog opening one short frame. */
const render = { warmup: 2, measured: 3 };
const plan = {
  // Kept rounds after warm-up; each browser round opens one fresh page per scenario and subject.
  browser: {
    rounds: quick ? 3 : 15,
    /** @type {Record<Scenario, import('./lib/browser.mjs').PerPage>} */
    perPage: {
      mount: render,
      update: render,
      fields: render,
      buttons200: render,
      tooltips200: render,
      // A frame of a few milliseconds varies more than a 60 ms render: more steps per page.
      dialogOpen: { warmup: 3, measured: 9 },
      dialogOpenKept: { warmup: 3, measured: 9 },
      nativeDialogOpen: { warmup: 3, measured: 9 },
      select200: render,
      select10k: render,
      closedSelect10: render,
      closedSelect10k: render,
      comboFilter10k: render,
      table1k: render,
      tableSort10k: render,
    },
  },
  ssr: { count: 1000, warmup: 5, rounds: quick ? 10 : 40 },
  // Browser rounds must end by then, so the whole run ends inside the hard limit.
  deadline: startedAt + HARD_LIMIT_MS - 30_000,
  // Server rendering gets at most this long (MUI's renders are slow on a busy machine).
  ssrSeconds: 40,
};

const log = (/** @type {string} */ message) =>
  process.stderr.write(`[bench ${((Date.now() - startedAt) / 1000).toFixed(0)}s] ${message}\n`);

/** @type {Array<() => Promise<void>>} */
const cleanups = [];
const cleanUp = async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup().catch(() => {});
};
const hardStop = setTimeout(() => {
  log(`over ${HARD_LIMIT_MS / 60_000} minutes: stopping`);
  void cleanUp().finally(() => process.exit(2));
}, HARD_LIMIT_MS);
hardStop.unref();

const machine = () => ({
  cpu: cpus()[0]?.model ?? 'unknown',
  cores: cpus().length,
  memoryGiB: +(totalmem() / 2 ** 30).toFixed(1),
  freeMemoryGiB: +(freemem() / 2 ** 30).toFixed(1),
  os: `${platform()} ${release()}`,
  node: process.version,
});

async function main() {
  const loadBefore = loadavg();
  const info = machine();
  log(`${info.cpu}, ${info.cores} cores, load ${loadBefore.map((n) => n.toFixed(2)).join(' ')}`);
  if (loadBefore[0] !== undefined && loadBefore[0] > info.cores * 0.5) {
    log('warning: the machine is busy; timings will be noisy (see load in the output)');
  }
  const dir = await mkdtemp(join(tmpdir(), 'callicrates-bench-'));
  cleanups.push(() => rm(dir, { recursive: true, force: true }));

  /** @type {import('./lib/report.mjs').Figures} */
  const figures = {};
  /** @type {Record<string, unknown>} */
  const raw = {};
  let chromiumVersion = '';

  if (only.has('size')) {
    log('sizes: bundling with esbuild');
    figures.sizes = await measureSizes(SUBJECTS, [
      'button',
      'buttonTextField',
      'buttonDialog',
      'library',
      'iconSet',
      'popoverTooltip',
      'toast',
      'alertDialog',
      'drawer',
      'inlineAlert',
      'banner',
      'select',
      'slider',
      'combobox',
      'menu',
      'dropdownButton',
      'tagGroup',
      'filter',
      'tabs',
      'tabsMore',
      'accordion',
      'pagination',
      'paginationPageSize',
      'breadcrumb',
      'dataTable',
      'datePicker',
      'dateRangePicker',
      'listBox',
      'appShell',
    ]);
  }

  if (only.has('ssr')) {
    log('ssr: building Node renderers');
    /** @type {Record<string, string>} */
    const modules = {};
    for (const subject of SUBJECTS) modules[subject] = await buildServer(subject, dir);
    log(`ssr: ${plan.ssr.warmup} warm-up + ${plan.ssr.rounds} interleaved renders per subject`);
    const ssr = runSsr({
      modules: /** @type {Record<SubjectName, string>} */ (modules),
      subjects: SUBJECTS,
      ...plan.ssr,
      deadline: Math.min(plan.deadline, Date.now() + plan.ssrSeconds * 1000),
    });
    const pick = (/** @type {'samples' | 'cpu'} */ key) =>
      /** @type {Record<SubjectName, number[]>} */ (
        Object.fromEntries(SUBJECTS.map((s) => [s, ssr[s][key]]))
      );
    figures.ssr = {
      wall: timingFigures(pick('samples')),
      cpu: timingFigures(pick('cpu')),
      html: /** @type {NonNullable<typeof figures.ssr>['html']} */ (
        Object.fromEntries(
          SUBJECTS.map((s) => [
            s,
            {
              bytes: ssr[s].htmlBytes,
              gzip: ssr[s].htmlGzip,
              styleTags: ssr[s].styleTags,
              styleBytes: ssr[s].styleBytes,
            },
          ]),
        )
      ),
    };
    raw.ssr = ssr;
  }

  if (scenarios.length > 0) {
    log('browser: building pages');
    /** @type {Record<string, string>} */
    const pages = {};
    for (const subject of SUBJECTS) pages[subject] = await buildPage(subject, dir);
    const server = await serve(dir);
    cleanups.push(server.close);
    try {
      const run = await runBrowser({
        baseUrl: server.url,
        pages: /** @type {Record<SubjectName, string>} */ (pages),
        subjects: SUBJECTS,
        scenarios,
        ...plan.browser,
        deadline: plan.deadline,
        log,
        onResource: (close) => cleanups.push(close),
      });
      chromiumVersion = run.version;
      figures.browser = {};
      for (const scenario of scenarios) {
        const bySubject = run.results[scenario];
        if (!bySubject) continue;
        const pick = (/** @type {'samples' | 'cpu' | 'script' | 'first'} */ key) =>
          timingFigures(
            /** @type {Record<SubjectName, number[]>} */ (
              Object.fromEntries(SUBJECTS.map((s) => [s, bySubject[s][key]]))
            ),
          );
        figures.browser[scenario] = {
          wall: pick('samples'),
          cpu: pick('cpu'),
          script: pick('script'),
          first: pick('first'),
        };
      }
      raw.browser = { ...run.results, roundsKept: run.roundsKept, stoppedEarly: run.stoppedEarly };
    } finally {
      await server.close();
    }
  }

  const loadAfter = loadavg();
  const checks = checkTargets(figures);
  const table = markdownTable(figures, SUBJECTS, checks);
  const result = {
    date: new Date().toISOString(),
    durationSeconds: Math.round((Date.now() - startedAt) / 1000),
    machine: { ...info, chromium: chromiumVersion, loadBefore, loadAfter },
    plan: { ...plan, deadline: undefined, quick },
    checks,
    figures,
    raw,
    table,
  };
  await mkdir(join(benchDir, 'results'), { recursive: true });
  await writeFile(join(benchDir, 'results', 'latest.json'), `${JSON.stringify(result, null, 2)}\n`);

  const fmt = (/** @type {number[]} */ load) => load.map((n) => n.toFixed(2)).join(' ');
  console.log(`\n## Callicrates benchmark — ${result.date.slice(0, 16).replace('T', ' ')} UTC\n`);
  console.log(
    `${info.cpu}, ${info.cores} cores, ${info.memoryGiB} GiB; Node ${info.node}` +
      `${chromiumVersion ? `; Chromium ${chromiumVersion}` : ''}; ` +
      `load average ${fmt(loadBefore)} before, ${fmt(loadAfter)} after; ${result.durationSeconds} s.\n`,
  );
  console.log(table);
  const busy = Math.max(loadBefore[0] ?? 0, loadAfter[0] ?? 0) > info.cores;
  if (busy) {
    console.log(
      `\n⚠ The machine was busy (load average above ${info.cores}, its core count): wall times are inflated ` +
        'and noisy; the CPU-time rows are the figures to trust.',
    );
  }
  const split = splitTable(figures, SUBJECTS);
  if (split)
    console.log(
      `\nWhere the browser time goes (median ms: React render and commit + style and layout):\n\n${split}`,
    );
  if (figures.browser) {
    const { roundsKept, stoppedEarly } =
      /** @type {{ roundsKept: number, stoppedEarly: boolean }} */ (raw.browser);
    const { warmup, measured } = render;
    const dialog = plan.browser.perPage.dialogOpen;
    console.log(
      `\nChromium: median (p25–p75) of ${roundsKept} fresh pages per cell, each the median of ${measured} ` +
        `timed renders after ${warmup} discarded (dialog openings: ${dialog.measured} after ${dialog.warmup}); ` +
        `ratios are to plain React (p25–p75 of per-round ratios).` +
        `${stoppedEarly ? ` Stopped early to stay within ${HARD_LIMIT_MS / 60_000} minutes: fewer rounds than planned.` : ''}`,
    );
  }
  if (figures.ssr) {
    const kept = figures.ssr.wall.plain.summary.n;
    console.log(
      `Server: median (p25–p75) of ${kept} interleaved renders after ${plan.ssr.warmup} discarded; ` +
        `HTML includes each subject's own <style> output; plain React's CSS is a separate static file.`,
    );
  }
  if (figures.sizes) {
    const button = figures.sizes.button?.callicrates?.bundle.inputs ?? {};
    const base = figures.sizes.button?.plain?.bundle.inputs ?? {};
    const extra = Object.entries(button)
      .map(([group, bytes]) => /** @type {const} */ ([group, bytes - (base[group] ?? 0)]))
      .filter(([, bytes]) => bytes > 0)
      .sort((a, b) => b[1] - a[1]);
    console.log(
      '\nWhere `import { Button }` puts its bytes (minified, before gzip, over plain React):',
    );
    for (const [group, bytes] of extra)
      console.log(`  ${group.padEnd(46)} ${String(bytes).padStart(7)} B`);
  }
  console.log('\nJSON: bench/results/latest.json');
}

try {
  await main();
} catch (error) {
  process.exitCode = 1;
  console.error(error);
} finally {
  await cleanUp();
  clearTimeout(hardStop);
}
