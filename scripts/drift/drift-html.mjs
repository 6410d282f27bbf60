// The drift report page: stories ranked by how far their picture is from their Figma frame,
// each with the design, the story and the diff side by side, and an overlay of the design on
// the story (opacity slider, difference blend). Static, offline, like the review report.
import { escapeHtml } from '../visual/report-html.mjs';

/**
 * @typedef {object} DriftEntry
 * @property {number} rank
 * @property {string} storyId
 * @property {string} storyName
 * @property {string} component
 * @property {string} nodeId
 * @property {{ figma: string | null, storybook: string | null }} links
 * @property {number} score
 * @property {{ changed: number, total: number, ratio: number }} layout
 * @property {{ changed: number, total: number, ratio: number }} text
 * @property {{ width: number, height: number }} designSize the frame's content
 * @property {{ width: number, height: number }} storySize the story's content
 * @property {{ design: string, story: string, diff: string }} images
 * @property {string | null} note e.g. the story's picture is out of date
 */

const percent = (ratio) => `${(ratio * 100).toFixed(ratio > 0 && ratio < 0.001 ? 3 : 1)} %`;
const size = (box) => `${box.width}×${box.height}`;
const link = (href, text) =>
  href
    ? `<a href="${escapeHtml(href)}" target="_blank" rel="noopener">${escapeHtml(text)}</a>`
    : '';

function entryHtml(entry) {
  const label = `${entry.storyName} (${entry.component})`;
  const figure = (title, src, alt) =>
    `<figure><figcaption>${title}</figcaption><img src="${escapeHtml(src)}" alt="${escapeHtml(alt)}" loading="lazy"></figure>`;
  return `<article class="entry" id="${escapeHtml(entry.storyId)}" data-story-id="${escapeHtml(entry.storyId)}" data-rank="${entry.rank}">
<h3>${entry.rank}. ${escapeHtml(entry.storyName)} <span class="muted">${escapeHtml(entry.component)}</span></h3>
<p><strong>${percent(entry.layout.ratio)}</strong> of layout and colour pixels differ · text ${percent(entry.text.ratio)} (set apart) · content ${size(entry.designSize)} in Figma, ${size(entry.storySize)} in the story · ${[link(entry.links.storybook, 'Story in Storybook'), link(entry.links.figma, `Figma frame ${entry.nodeId}`)].filter(Boolean).join(' · ')}</p>
${entry.note ? `<p class="note">${escapeHtml(entry.note)}</p>` : ''}
<div class="figures">${figure('Figma', entry.images.design, `${label}: Figma frame`)}${figure('Story', entry.images.story, `${label}: story`)}${figure('Diff <span class="muted">(red: differs; blue: text, set apart)</span>', entry.images.diff, `${label}: differences`)}</div>
<div class="overlay" data-overlay>
<label>Design over story <input type="range" min="0" max="100" value="50" data-opacity aria-label="${escapeHtml(`${label}: opacity of the Figma frame over the story`)}"></label>
<label><input type="checkbox" data-difference> Difference blend</label>
<div class="stack"><img src="${escapeHtml(entry.images.story)}" alt="${escapeHtml(`${label}: story`)}" loading="lazy"><img src="${escapeHtml(entry.images.design)}" alt="${escapeHtml(`${label}: Figma frame, over the story`)}" data-layer="design" loading="lazy" style="opacity:0.5"></div>
</div>
</article>`;
}

const STYLE = `
:root{color-scheme:light dark;font:15px/1.5 system-ui,sans-serif;--muted:#52525b;--line:#d4d4d8}
@media (prefers-color-scheme:dark){:root{--muted:#a1a1aa;--line:#3f3f46}}
body{margin:0}header,main{max-width:1400px;margin:0 auto;padding:16px 24px}
dl{display:grid;grid-template-columns:max-content 1fr;gap:2px 12px}dt{color:var(--muted)}dd{margin:0}
main img{zoom:var(--zoom,2)}
.muted{color:var(--muted)}table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:4px 8px;border-bottom:1px solid var(--line)}
td.num{text-align:right;font-variant-numeric:tabular-nums}
.entry{border:1px solid var(--line);border-radius:8px;padding:12px 16px;margin:16px 0}
.figures{display:grid;grid-template-columns:repeat(auto-fit,minmax(200px,1fr));gap:12px}
figure{margin:0}figcaption{font-weight:600;font-size:.85rem}
img{display:block;max-width:100%;image-rendering:pixelated;background:repeating-conic-gradient(#ccc 0 25%,#fff 0 50%) 0 0/16px 16px}
.overlay{margin-top:12px}.overlay label{margin-right:16px}
.stack{display:grid;margin-top:6px;width:max-content;max-width:100%}.stack img{grid-area:1/1}
.stack.difference img[data-layer=design]{mix-blend-mode:difference;opacity:1!important}
.note{border-left:4px solid #b45309;padding-left:8px}
`;

const SCRIPT = `
document.querySelector('[data-zoom]').addEventListener('change', (event) => {
  document.body.style.setProperty('--zoom', event.target.value);
});
for (const box of document.querySelectorAll('[data-overlay]')) {
  const design = box.querySelector('[data-layer=design]');
  const stack = box.querySelector('.stack');
  box.querySelector('[data-opacity]').addEventListener('input', (event) => {
    design.style.opacity = String(event.target.value / 100);
  });
  box.querySelector('[data-difference]').addEventListener('change', (event) => {
    stack.classList.toggle('difference', event.target.checked);
  });
}
`;

/**
 * @param {{ title: string, summary: string, context: Array<[string, string]>, entries: DriftEntry[],
 *   unmatched: Array<{ nodeId: string, why: string }>, generatedAt: string }} report
 */
export function renderDriftHtml(report) {
  const rows = report.entries
    .map(
      (entry) =>
        `<tr><td class="num">${entry.rank}</td><td><a href="#${escapeHtml(entry.storyId)}">${escapeHtml(entry.storyName)}</a></td><td>${escapeHtml(entry.component)}</td><td class="num">${percent(entry.layout.ratio)}</td><td class="num">${percent(entry.text.ratio)}</td><td>${size(entry.designSize)} / ${size(entry.storySize)}</td></tr>`,
    )
    .join('');
  const unmatched = report.unmatched.length
    ? `<h2>Not compared</h2><ul>${report.unmatched.map((item) => `<li>Node ${escapeHtml(item.nodeId)}: ${escapeHtml(item.why)}</li>`).join('')}</ul>`
    : '';
  const data = JSON.stringify(report).replace(/</g, '\\u003c');
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(report.title)}</title><style>${STYLE}</style></head>
<body>
<header>
<h1>${escapeHtml(report.title)}</h1>
<p data-summary>${escapeHtml(report.summary)}</p>
<p><label>Zoom <select data-zoom><option value="1">100 %</option><option value="2" selected>200 %</option><option value="4">400 %</option></select></label></p>
<dl>${report.context.map(([label, text]) => `<dt>${escapeHtml(label)}</dt><dd>${escapeHtml(text)}</dd>`).join('')}<dt>Generated</dt><dd>${escapeHtml(report.generatedAt)}</dd></dl>
</header>
<main>
${report.entries.length ? `<table><caption>Furthest from the design first</caption><thead><tr><th>#</th><th>Story</th><th>Component</th><th>Layout and colour</th><th>Text (apart)</th><th>Content: Figma / story</th></tr></thead><tbody>${rows}</tbody></table>` : ''}
${unmatched}
${report.entries.map(entryHtml).join('\n')}
</main>
<script type="application/json" id="report-data">${data}</script>
<script>${SCRIPT}</script>
</body>
</html>
`;
}
