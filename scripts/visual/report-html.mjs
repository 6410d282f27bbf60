// The visual report as one static HTML page: no server, no network, no framework. It opens from
// a file URL (the review report, a CI artifact) or as a release asset. Pictures are files beside
// it (`images/…`) or data URLs inside it (a single-file release asset).
//
// Per picture that changed: reference, actual and diff side by side; a slider over the two and a
// blink toggle; the changed-pixel count and ratio; links to the story in Storybook (in that
// scheme) and to its Figma frame. Pictures are grouped by component (its folder, Figma frame and
// last commit), with filters for scheme, component and kind of change. The data is embedded as
// JSON (`#report-data`) for tools and tests.
import { formatPixels } from './compare.mjs';
import { FORCED_COLORS, PICTURE_SCHEME_TITLES, PICTURE_SCHEMES } from './screenshots.mjs';

/**
 * @typedef {object} ReportEntry
 * @property {string} key unique: story id, scheme, breakpoint
 * @property {'changed' | 'added' | 'removed'} kind
 * @property {string} storyId
 * @property {string} storyName
 * @property {string} component the component's title (`Atoms/Button`)
 * @property {string} scheme
 * @property {string | null} breakpoint
 * @property {string} baseline repository path of the baseline
 * @property {{ reference?: string, actual?: string, diff?: string }} images URLs relative to the
 *   report, or data URLs
 * @property {{ changed: number, total: number, ratio: number } | null} pixels
 * @property {{ reference?: { width: number, height: number }, actual?: { width: number, height: number } }} sizes
 * @property {{ storybook?: string | null, figma?: string | null }} links
 * @property {string} [accepted] when `npm run review -- --accept` took it as the new baseline
 */

/**
 * @typedef {object} ReportComponent
 * @property {string} title
 * @property {string} folder
 * @property {string | null} figma the component's Figma frame
 * @property {import('./git.mjs').CommitInfo | null} lastCommit
 * @property {boolean} [uncommitted] the work tree changes files of the component
 */

/**
 * @typedef {object} Report
 * @property {1} version
 * @property {'review' | 'release'} kind
 * @property {string} title
 * @property {string} summary one sentence, "No visual changes…" when nothing changed
 * @property {Array<[string, string]>} context label and text pairs (branch, commit, compared with…)
 * @property {string[]} [workingTree] uncommitted files the pictures were taken with
 * @property {string} generatedAt ISO 8601
 * @property {ReportEntry[]} entries
 * @property {ReportComponent[]} components
 * @property {Array<{ storyId: string, name: string, file: string, message: string }>} [failures]
 *   stories that failed for another reason than pixels (no pictures compared)
 * @property {string[]} [warnings]
 * @property {string | null} [commitUrlBase] `https://github.com/o/r/commit/`
 */

const KIND_TITLES = { changed: 'Changed', added: 'New', removed: 'Removed' };

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(text) {
  return String(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** JSON that is safe inside a <script> element. */
function scriptJson(value) {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

const size = (box) => (box ? `${box.width}×${box.height}` : '');

function schemeTitle(scheme) {
  return PICTURE_SCHEME_TITLES[scheme] ?? scheme;
}

function link(href, text, extra = '') {
  if (!href) return '';
  return `<a href="${escapeHtml(href)}" target="_blank" rel="noopener"${extra}>${escapeHtml(text)}</a>`;
}

function commitHtml(commit, commitUrlBase) {
  if (!commit) return 'no commit yet';
  const sha = commitUrlBase
    ? link(`${commitUrlBase}${commit.sha}`, commit.shortSha)
    : `<code>${escapeHtml(commit.shortSha)}</code>`;
  const date = commit.date ? commit.date.slice(0, 10) : '';
  return `${sha} ${escapeHtml(commit.subject)} <span class="muted">(${escapeHtml(commit.author)}, ${escapeHtml(date)})</span>`;
}

function picture(src, alt, box) {
  if (!src) return '<p class="muted">none</p>';
  const dims = box ? ` width="${box.width}" height="${box.height}"` : '';
  return `<img src="${escapeHtml(src)}" alt="${escapeHtml(alt)}"${dims} loading="lazy" decoding="async">`;
}

function figure(label, src, alt, box) {
  return `<figure><figcaption>${escapeHtml(label)}${box ? ` <span class="muted">${size(box)}</span>` : ''}</figcaption>${picture(src, alt, box)}</figure>`;
}

function entryHtml(entry) {
  const where = `${entry.storyName}, ${schemeTitle(entry.scheme)}${entry.breakpoint ? `, ${entry.breakpoint}` : ''}`;
  const { reference, actual, diff } = entry.images;
  const facts = [];
  if (entry.kind === 'changed' && entry.pixels) {
    facts.push(
      `<strong>${escapeHtml(formatPixels(entry.pixels.changed, entry.pixels.ratio))}</strong> differ`,
    );
  }
  if (entry.kind === 'added') facts.push('<strong>New picture</strong>: no baseline yet');
  if (entry.kind === 'removed')
    facts.push('<strong>Removed</strong>: no story takes this picture any more');
  const { reference: refSize, actual: actSize } = entry.sizes;
  if (
    refSize &&
    actSize &&
    (refSize.width !== actSize.width || refSize.height !== actSize.height)
  ) {
    facts.push(`size ${size(refSize)} → ${size(actSize)}`);
  }
  if (entry.accepted) facts.push('<span class="accepted">accepted as the new baseline</span>');
  const links = [
    entry.scheme === FORCED_COLORS
      ? link(
          entry.links.storybook,
          'Story in Storybook (light theme)',
          ' data-link="storybook" title="Storybook has no forced-colours toggle: this opens the light theme. Chromium DevTools, Rendering, emulates forced-colors: active."',
        )
      : link(entry.links.storybook, 'Story in Storybook', ' data-link="storybook"'),
    link(entry.links.figma, 'Figma frame', ' data-link="figma"'),
  ].filter(Boolean);
  const figures =
    entry.kind === 'changed'
      ? figure('Reference', reference, `${where}: reference`, refSize) +
        figure('Actual', actual, `${where}: actual`, actSize) +
        figure(
          'Diff',
          diff,
          `${where}: pixels that differ, in red`,
          diff ? boxOf(refSize, actSize) : null,
        )
      : entry.kind === 'added'
        ? figure('Actual', actual, `${where}: new picture`, actSize)
        : figure('Last baseline', reference, `${where}: last baseline`, refSize);
  const compare =
    entry.kind === 'changed' && reference && actual
      ? compareHtml(entry, where, boxOf(refSize, actSize))
      : '';
  return `<article class="entry" id="${escapeHtml(entry.key)}" data-key="${escapeHtml(entry.key)}" data-story-id="${escapeHtml(entry.storyId)}" data-scheme="${escapeHtml(entry.scheme)}" data-kind="${entry.kind}" data-component="${escapeHtml(entry.component)}">
<h3>${escapeHtml(entry.storyName)} <span class="tag scheme-${escapeHtml(entry.scheme)}">${escapeHtml(schemeTitle(entry.scheme))}</span>${entry.breakpoint ? ` <span class="tag">${escapeHtml(entry.breakpoint)}</span>` : ''} <span class="tag kind-${entry.kind}">${KIND_TITLES[entry.kind]}</span></h3>
<p class="facts">${facts.join(' · ')}${links.length ? ` · ${links.join(' · ')}` : ''}</p>
<p class="muted small"><code>${escapeHtml(entry.storyId)}</code> · <code>${escapeHtml(entry.baseline)}</code></p>
<div class="figures">${figures}</div>${compare}
</article>`;
}

function boxOf(a, b) {
  if (!a || !b) return a ?? b ?? null;
  return { width: Math.max(a.width, b.width), height: Math.max(a.height, b.height) };
}

/** A picture's share of the stack's width, so a smaller one is not stretched over a larger one. */
function layerWidth(picture, box, bare = false) {
  if (!picture || !box || picture.width === box.width) return '';
  const rule = `width:${((picture.width / box.width) * 100).toFixed(4)}%`;
  return bare ? rule : ` style="${rule}"`;
}

function compareHtml(entry, where, box) {
  const dims = box ? ` style="width:${box.width}px;aspect-ratio:${box.width}/${box.height}"` : '';
  return `<div class="compare" data-compare>
<div class="compare-controls">
<label>Slider <input type="range" min="0" max="100" value="50" data-slider aria-label="${escapeHtml(`${where}: reference left of the handle, actual right of it`)}"></label>
<button type="button" data-blink aria-pressed="false">Blink</button>
<span class="muted" data-showing aria-live="polite">Reference left, actual right</span>
</div>
<div class="stack"${dims}>
<img src="${escapeHtml(entry.images.reference)}" alt="${escapeHtml(`${where}: reference`)}" data-layer="reference" loading="lazy" decoding="async"${layerWidth(entry.sizes.reference, box)}>
<img src="${escapeHtml(entry.images.actual)}" alt="${escapeHtml(`${where}: actual`)}" data-layer="actual" loading="lazy" decoding="async" style="clip-path:inset(0 0 0 50%);${layerWidth(entry.sizes.actual, box, true)}">
<span class="split" aria-hidden="true"></span>
</div>
</div>`;
}

function componentHtml(component, entries, commitUrlBase) {
  const counts = countKinds(entries);
  const figma = component.figma
    ? link(component.figma, 'Figma frame', ' data-link="figma-component"')
    : '<span class="muted">no Figma frame linked</span>';
  return `<section class="component" data-component="${escapeHtml(component.title)}" aria-labelledby="c-${escapeHtml(slugify(component.title))}">
<h2 id="c-${escapeHtml(slugify(component.title))}">${escapeHtml(component.title)} <span class="muted small">${escapeHtml(counts)}</span></h2>
<p class="component-facts"><code>${escapeHtml(component.folder)}</code> · ${figma} · last commit: ${commitHtml(component.lastCommit, commitUrlBase)}${component.uncommitted ? ' · <strong>uncommitted changes</strong>' : ''}</p>
${entries.map(entryHtml).join('\n')}
</section>`;
}

function countKinds(entries) {
  const stories = new Set(entries.map((entry) => entry.storyId)).size;
  return `${entries.length} picture${entries.length === 1 ? '' : 's'} of ${stories} stor${stories === 1 ? 'y' : 'ies'}`;
}

function slugify(text) {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-');
}

function filtersHtml(report) {
  const schemes = PICTURE_SCHEMES.filter((scheme) =>
    report.entries.some((entry) => entry.scheme === scheme),
  );
  const kinds = /** @type {const} */ (['changed', 'added', 'removed']).filter((kind) =>
    report.entries.some((entry) => entry.kind === kind),
  );
  const titles = report.components.map((component) => component.title);
  return `<form class="filters" aria-label="Filters" data-filters>
<fieldset><legend>Scheme</legend>${schemes
    .map(
      (scheme) =>
        `<label><input type="checkbox" name="scheme" value="${escapeHtml(scheme)}" checked> ${escapeHtml(schemeTitle(scheme))}</label>`,
    )
    .join('')}</fieldset>
<fieldset><legend>Change</legend>${kinds
    .map(
      (kind) =>
        `<label><input type="checkbox" name="kind" value="${kind}" checked> ${KIND_TITLES[kind]}</label>`,
    )
    .join('')}</fieldset>
<label>Component <select name="component"><option value="">All (${titles.length})</option>${titles
    .map((title) => `<option value="${escapeHtml(title)}">${escapeHtml(title)}</option>`)
    .join('')}</select></label>
<label>Zoom <select name="zoom"><option value="fit">Fit</option><option value="1">100 %</option><option value="2">200 %</option></select></label>
<output data-count aria-live="polite">Showing ${report.entries.length} of ${report.entries.length} pictures</output>
</form>`;
}

function failuresHtml(failures) {
  if (!failures?.length) return '';
  return `<section class="failures" aria-labelledby="failures"><h2 id="failures">Stories that failed before their pictures were compared</h2>
<p>These stories failed for another reason (play function, accessibility, an error); their pictures may or may not have changed. Fix them, then review again.</p>
<ul>${failures
    .map(
      (failure) =>
        `<li><code>${escapeHtml(failure.storyId || failure.name)}</code> (${escapeHtml(failure.file)}): <pre>${escapeHtml(failure.message)}</pre></li>`,
    )
    .join('')}</ul></section>`;
}

const STYLE = `
:root{color-scheme:light dark;--bg:#f4f4f5;--fg:#18181b;--muted:#52525b;--card:#fff;--line:#d4d4d8;--accent:#1d4ed8;font:15px/1.5 system-ui,sans-serif}
@media (prefers-color-scheme:dark){:root{--bg:#18181b;--fg:#f4f4f5;--muted:#a1a1aa;--card:#27272a;--line:#3f3f46;--accent:#93c5fd}}
body{margin:0;background:var(--bg);color:var(--fg)}
header,main{max-width:1600px;margin:0 auto;padding:16px 24px}
a{color:var(--accent)}
h1{margin:0 0 4px;font-size:1.6rem}
.summary{font-size:1.15rem;margin:4px 0 12px}
.summary.none{font-size:1.4rem;font-weight:600}
dl.context{display:grid;grid-template-columns:max-content 1fr;gap:2px 12px;margin:0 0 12px}
dl.context dt{color:var(--muted)}dl.context dd{margin:0}
.filters{display:flex;flex-wrap:wrap;gap:8px 20px;align-items:center;position:sticky;top:0;z-index:2;background:var(--bg);padding:8px 0;border-bottom:1px solid var(--line)}
.filters fieldset{border:0;padding:0;margin:0;display:flex;gap:10px}
.filters legend{float:left;margin-right:6px;color:var(--muted)}
.muted{color:var(--muted)}.small{font-size:.85rem}
.component{margin:24px 0}
.component h2{margin:0;font-size:1.3rem}
.component-facts{margin:2px 0 12px}
.entry{background:var(--card);border:1px solid var(--line);border-radius:8px;padding:12px 16px;margin:12px 0}
.entry h3{margin:0;font-size:1.05rem}
.entry p{margin:4px 0}
.tag{font-size:.75rem;font-weight:600;border:1px solid var(--line);border-radius:999px;padding:1px 8px;vertical-align:middle}
.kind-changed{border-color:#b45309}.kind-added{border-color:#15803d}.kind-removed{border-color:#b91c1c}
.accepted{color:#15803d;font-weight:600}
.figures{display:grid;grid-template-columns:repeat(auto-fit,minmax(220px,1fr));gap:12px;margin-top:8px}
figure{margin:0;min-width:0}
figcaption{font-weight:600;font-size:.85rem}
img{display:block;image-rendering:pixelated;background:repeating-conic-gradient(#ccc 0 25%,#fff 0 50%) 0 0/16px 16px}
[data-zoom=fit] .figures img,[data-zoom=fit] .stack{max-width:100%;height:auto}
[data-zoom="2"] img{zoom:2}
.figures{overflow-x:auto}
.compare{margin-top:12px;overflow-x:auto}
.compare-controls{display:flex;gap:12px;align-items:center;margin-bottom:6px}
.stack{position:relative;display:block}
.stack img{position:absolute;inset:0;width:100%;height:auto}
.stack .split{position:absolute;top:0;bottom:0;left:var(--split,50%);width:0;border-left:1px dashed #f0f;pointer-events:none}
[data-showing] .split{display:none}
[data-zoom="2"] .stack{zoom:2}[data-zoom="2"] .stack img{zoom:1}
.failures{background:var(--card);border:2px solid #b91c1c;border-radius:8px;padding:8px 16px;margin:16px 0}
.failures pre{white-space:pre-wrap;margin:4px 0}
.warnings{border-left:4px solid #b45309;padding:4px 12px;background:var(--card)}
[hidden]{display:none!important}
:focus-visible{outline:2px solid var(--accent);outline-offset:2px}
`;

// Filters, zoom, the slider and the blink toggle. Plain DOM; every control is a native one.
const SCRIPT = `
(() => {
  const form = document.querySelector('[data-filters]');
  const entries = [...document.querySelectorAll('.entry')];
  const sections = [...document.querySelectorAll('.component')];
  const count = document.querySelector('[data-count]');
  function apply() {
    if (!form) return;
    const schemes = new Set([...form.querySelectorAll('input[name=scheme]:checked')].map((i) => i.value));
    const kinds = new Set([...form.querySelectorAll('input[name=kind]:checked')].map((i) => i.value));
    const component = form.elements.component.value;
    let shown = 0;
    for (const entry of entries) {
      const visible = schemes.has(entry.dataset.scheme) && kinds.has(entry.dataset.kind) &&
        (!component || entry.dataset.component === component);
      entry.hidden = !visible;
      if (visible) shown += 1;
    }
    for (const section of sections) {
      section.hidden = !section.querySelector('.entry:not([hidden])');
    }
    count.textContent = 'Showing ' + shown + ' of ' + entries.length + ' pictures';
    document.body.dataset.zoom = form.elements.zoom.value;
  }
  form?.addEventListener('change', apply);
  form?.addEventListener('submit', (event) => event.preventDefault());
  apply();

  for (const box of document.querySelectorAll('[data-compare]')) {
    const slider = box.querySelector('[data-slider]');
    const blink = box.querySelector('[data-blink]');
    const actual = box.querySelector('[data-layer=actual]');
    const showing = box.querySelector('[data-showing]');
    let timer = null;
    let onActual = false;
    const stack = box.querySelector('.stack');
    const split = () => {
      actual.style.clipPath = 'inset(0 0 0 ' + slider.value + '%)';
      stack.style.setProperty('--split', slider.value + '%');
    };
    slider.addEventListener('input', () => {
      if (timer) stop();
      split();
      showing.textContent = 'Reference left, actual right';
    });
    function show(next) {
      onActual = next;
      actual.style.clipPath = onActual ? 'inset(0)' : 'inset(0 0 0 100%)';
      box.dataset.showing = onActual ? 'actual' : 'reference';
      showing.textContent = onActual ? 'Showing actual' : 'Showing reference';
    }
    function stop() {
      clearInterval(timer);
      timer = null;
      blink.setAttribute('aria-pressed', 'false');
      delete box.dataset.showing;
      split();
    }
    blink.addEventListener('click', () => {
      if (timer) { stop(); showing.textContent = 'Reference left, actual right'; return; }
      blink.setAttribute('aria-pressed', 'true');
      show(true);
      timer = setInterval(() => show(!onActual), 600);
    });
  }
})();
`;

/** The report's data without data-URL pictures (they are in the page once, in its <img>s). */
function withoutEmbeddedImages(report) {
  const strip = (src) => (src?.startsWith('data:') ? 'embedded' : src);
  return {
    ...report,
    entries: report.entries.map((entry) => ({
      ...entry,
      images: Object.fromEntries(
        Object.entries(entry.images).map(([name, src]) => [name, strip(src)]),
      ),
    })),
  };
}

/**
 * Renders the report.
 * @param {Report} report
 * @returns {string} a complete HTML document
 */
export function renderReportHtml(report) {
  const byComponent = new Map(report.components.map((component) => [component.title, []]));
  for (const entry of report.entries) {
    if (!byComponent.has(entry.component)) byComponent.set(entry.component, []);
    byComponent.get(entry.component).push(entry);
  }
  const components = report.components.filter(
    (component) => byComponent.get(component.title)?.length,
  );
  const nothing = report.entries.length === 0;
  const context = report.context
    .map(([label, text]) => `<dt>${escapeHtml(label)}</dt><dd>${escapeHtml(text)}</dd>`)
    .join('');
  const workingTree = report.workingTree?.length
    ? `<dt>Uncommitted</dt><dd>${report.workingTree
        .slice(0, 20)
        .map((file) => `<code>${escapeHtml(file)}</code>`)
        .join(
          ', ',
        )}${report.workingTree.length > 20 ? ` and ${report.workingTree.length - 20} more` : ''}</dd>`
    : '';
  const warnings = report.warnings?.length
    ? `<div class="warnings" role="note"><h2>Warnings</h2><ul>${report.warnings
        .map((warning) => `<li>${escapeHtml(warning)}</li>`)
        .join('')}</ul></div>`
    : '';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="callicrates scripts/visual">
<title>${escapeHtml(report.title)}</title>
<style>${STYLE}</style>
</head>
<body data-zoom="fit">
<header>
<h1>${escapeHtml(report.title)}</h1>
<p class="summary${nothing ? ' none' : ''}" data-summary>${escapeHtml(report.summary)}</p>
<dl class="context">${context}${workingTree}<dt>Generated</dt><dd>${escapeHtml(report.generatedAt)}</dd></dl>
${warnings}
${nothing ? '' : filtersHtml(report)}
</header>
<main>
${failuresHtml(report.failures)}
${components.map((component) => componentHtml(component, byComponent.get(component.title), report.commitUrlBase)).join('\n')}
</main>
<script type="application/json" id="report-data">${scriptJson(withoutEmbeddedImages(report))}</script>
<script>${SCRIPT}</script>
</body>
</html>
`;
}
