// @ts-check
// esbuild builds for every measurement: the byte sizes (in memory), the browser pages and the
// server renderers. Callicrates is bundled from source, so nothing needs `npm run build`.
import { build } from 'esbuild';
import { writeFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

export const benchDir = dirname(dirname(fileURLToPath(import.meta.url)));
export const repoDir = dirname(benchDir);

/** @typedef {'plain' | 'callicrates' | 'mui'} SubjectName */
/** @type {SubjectName[]} */
export const SUBJECTS = ['plain', 'callicrates', 'mui'];
export const SUBJECT_LABELS = { plain: 'plain React', callicrates: 'Callicrates', mui: 'MUI 9' };

/**
 * @typedef {'button' | 'buttonTextField' | 'buttonDialog' | 'library' | 'iconSet' | 'popoverTooltip' | 'toast' | 'alertDialog' | 'drawer' | 'inlineAlert' | 'banner' | 'select' | 'slider' | 'combobox' | 'menu' | 'dropdownButton' | 'tagGroup' | 'filter' | 'tabs' | 'accordion' | 'pagination' | 'paginationPageSize' | 'dataTable' | 'datePicker' | 'dateRangePicker' | 'listBox' | 'appShell' | 'breadcrumb' | 'tabsMore'} SizeCase
 * `library` keeps every export of `src/index.ts` but the icon set: the components, the
 * theme, the tokens, `Icon` and `createIcon` (a bundle that cannot tree-shake any of them).
 * `iconSet` is what keeping every drawn icon and `iconGroups` as well adds to that bundle. The icon set is a
 * catalogue an app picks a few icons from; measured apart, neither figure hides the other.
 * `popoverTooltip` is a Button with a Tooltip that opens a Popover (with their triggers); its
 * marginal bytes are taken over the same library's `button` bundle, not over plain React, as
 * the issue measures overlays ("over `import { Button }`"). Plain React has no such case.
 * `toast` is a Button plus the library's notification (Callicrates: Toaster + toast(); MUI:
 * Snackbar + Alert), measured over the same library's `button` case, not over plain React.
 * `alertDialog`, `drawer`, `inlineAlert` and `banner` likewise: a Button plus the molecule
 * (MUI's nearest: a Dialog built as its docs' alert dialog, Drawer, Alert with a title, Alert
 * with a close button), over the same library's Button.
 * `select` is a Button plus a closed single Select of 10 options (MUI: Select with FormControl,
 * InputLabel and MenuItems), over the same library's `button` case (issue #11).
 * `slider` is a Button plus a labelled single-thumb slider (MUI: Slider named by a Typography
 * through `aria-labelledby`, as its docs label one), over the same library's Button (issue #13).
 * `combobox` is a Button plus a single Combobox of 10 options (MUI: Autocomplete with a
 * TextField as its input), over the same library's `button` case (issue #11).
 * `menu` is a Button plus a closed menu of three items opened by a second button
 * (Callicrates: MenuTrigger + Menu; MUI: its docs' basic menu, a Button anchoring a Menu of
 * MenuItems), and `dropdownButton` the same from Callicrates' DropdownButton (MUI has no such
 * component: the same basic menu), over the same library's `button` case (issue #11).
 * `tagGroup` is a Button plus a list of 5 removable tags (Callicrates: TagGroup; MUI: a Stack
 * of Chips with `onDelete`, its docs' chip array, the nearest fair equivalent; MUI has no
 * keyboard-navigable tag group), over the same library's `button` case.
 * `filter` is a Button plus a closed multiple Filter of 10 options, over Callicrates' own
 * `button` case; MUI has no Filter (a Chip, a Popover and a checkbox List put together
 * would be our design in their parts, not theirs), so it is measured for Callicrates alone.
 * `tabs` is a Button plus the library's tabs (three tabs, their panels, the list scrolling
 * when it overflows), over the same `button` case; `accordion`, a Button plus the library's
 * accordion of three items, one open at a time; `pagination`, a numbered pagination of 20
 * pages (MUI: Pagination), and `paginationPageSize` the same with its page-size Select beside
 * it (MUI: TablePagination, which has both).
 * `dataTable` is a Button plus a selectable, sortable table of 10 rows × 10 columns with a
 * bulk action (MUI: Table with TableSortLabel and Checkbox, its docs' sorting & selecting
 * parts), over the same library's `button` case (issue #13).
 * `listBox` is a Button plus a standalone single-choice ListBox of 10 options, the first
 * chosen (MUI has no listbox: its docs' "Selected ListItem", a List of ListItemButtons with
 * ListItemText and `selected` state, is the nearest), over the same library's `button` case.
 * `datePicker` is a Button plus a closed DatePicker (field and calendar button; the calendar
 * and popover code ship with it), over the same library's `button` case (issue #13). MUI's
 * equivalent lives in `@mui/x-date-pickers`, which is not installed here, so only ours is
 * measured (CALLICRATES_ONLY_CASES). `dateRangePicker` is the same with a closed
 * DateRangePicker (two fields, the calendar button; the RangeCalendar and popover ship with it).
 * `appShell` is a Button plus an AppShell (top bar with logo and search, a side navigation of
 * items and a nested group, the collapse toggle, skip link and main region; the mobile Drawer
 * code ships with it), over the same library's `button` case (issue #12). MUI has no app
 * shell: its AppBar, Drawer and List put together would be the nearest equivalent, not
 * measured here, so it is measured for Callicrates alone (CALLICRATES_ONLY_CASES).
 * `breadcrumb` is a Button plus a breadcrumb of six steps collapsed to four, so the collapse's
 * popup ships (MUI: Breadcrumbs with `maxItems`); `tabsMore` the `tabs` case with the tabs in a
 * TabListWithMore (MUI has no "more" menu, so Callicrates only). Both over the same Button.
 */
/** @type {Record<SizeCase, string>} */
export const SIZE_CASE_LABELS = {
  button: 'import { Button }',
  buttonTextField: 'Button + TextField',
  buttonDialog: 'Button + Dialog',
  library: 'whole library',
  iconSet: 'every icon',
  popoverTooltip: 'Popover + Tooltip, over the same Button',
  toast: 'Toast over `import { Button }`',
  alertDialog: 'AlertDialog over `import { Button }` (MUI: Dialog)',
  drawer: 'Drawer over `import { Button }` (MUI: Drawer)',
  inlineAlert: 'InlineAlert over `import { Button }` (MUI: Alert)',
  banner: 'Banner over `import { Button }` (MUI: Alert with onClose)',
  select: 'Select over `import { Button }`',
  slider: 'Slider over `import { Button }` (MUI: Slider)',
  combobox: 'Combobox over `import { Button }` (MUI: Autocomplete)',
  menu: 'Menu over `import { Button }` (MUI: Menu)',
  dropdownButton: 'DropdownButton over `import { Button }` (MUI: Button + Menu)',
  tagGroup: 'TagGroup over `import { Button }` (MUI: Chips with onDelete)',
  filter: 'Filter over `import { Button }` (MUI has none)',
  tabs: 'Tabs over `import { Button }`',
  accordion: 'Accordion over `import { Button }`',
  pagination: 'Pagination over `import { Button }`',
  paginationPageSize: 'Pagination + page size over `import { Button }`',
  dataTable: 'DataTable over `import { Button }` (MUI: Table, sort labels, checkboxes)',
  datePicker: 'DatePicker over `import { Button }`',
  dateRangePicker: 'DateRangePicker over `import { Button }`',
  listBox: 'ListBox over `import { Button }` (MUI: List of selected ListItemButtons)',
  appShell: 'AppShell over `import { Button }`',
  breadcrumb: 'Breadcrumb, collapsed, over `import { Button }` (MUI: Breadcrumbs with maxItems)',
  tabsMore: 'Tabs with a "more" menu over `import { Button }` (MUI has none)',
};

/**
 * Cases only Callicrates is measured in: no plain React or MUI counterpart (`library`,
 * `iconSet`, `filter`: MUI has no Filter), or MUI's is in a package the bench does not install
 * (`datePicker`: `@mui/x-date-pickers`).
 */
export const CALLICRATES_ONLY_CASES = /** @type {SizeCase[]} */ ([
  'library',
  'iconSet',
  'filter',
  'datePicker',
  'dateRangePicker',
  'appShell',
  'tabsMore',
]);

/**
 * Molecules measured as a Button plus one element the subject's factory makes (its name and
 * the text it is given), over the subject's own `button` bundle.
 * @type {Partial<Record<SizeCase, { factory: string, text: string }>>}
 */
const MOLECULE_CASES = {
  toast: { factory: 'notification', text: 'Saved' },
  alertDialog: { factory: 'alertDialog', text: 'Delete 3 files?' },
  drawer: { factory: 'drawer', text: 'Filters' },
  inlineAlert: { factory: 'inlineAlert', text: 'Payment failed' },
  banner: { factory: 'banner', text: 'Scheduled maintenance' },
  slider: { factory: 'slider', text: 'Volume' },
  menu: { factory: 'menu', text: 'Actions' },
  dropdownButton: { factory: 'dropdownButton', text: 'Actions' },
  tabs: { factory: 'tabs', text: 'Account' },
  accordion: { factory: 'accordion', text: 'Questions' },
  pagination: { factory: 'pagination', text: 'Results' },
  paginationPageSize: { factory: 'paginationPageSize', text: 'Results' },
  dataTable: { factory: 'dataTable', text: 'Orders' },
  datePicker: { factory: 'datePicker', text: 'Departure' },
  dateRangePicker: { factory: 'dateRangePicker', text: 'Trip' },
  listBox: { factory: 'listBox', text: 'City' },
  appShell: { factory: 'appShell', text: 'Projects' },
  breadcrumb: { factory: 'breadcrumb', text: 'Breadcrumb' },
  tabsMore: { factory: 'tabsMore', text: 'Account' },
};

/** Size cases measured over the subject's own `button` bundle instead of plain React's. */
export const OVER_BUTTON_CASES = /** @type {SizeCase[]} */ ([
  'popoverTooltip',
  ...Object.keys(MOLECULE_CASES),
  'select',
  'combobox',
  'tagGroup',
  'filter',
]);

const subjectFile = (/** @type {SubjectName} */ name) => join(benchDir, 'subjects', `${name}.tsx`);
const harnessFile = (/** @type {string} */ name) => join(benchDir, 'harness', name);
const srcIndex = join(repoDir, 'src', 'index.ts');
/** The icon set: the drawn icons and the catalogue that groups them. */
const iconSetModules = ['icons.ts', 'iconGroups.ts'].map((file) =>
  join(repoDir, 'src', 'atoms', 'Icon', file),
);

/** The value exports of a module, as esbuild sees them (type-only exports have none). */
async function exportNames(/** @type {string} */ file) {
  const result = await build({
    entryPoints: [file],
    bundle: true,
    packages: 'external',
    format: 'esm',
    write: false,
    metafile: true,
    outdir: join(benchDir, 'results', 'names'),
    absWorkingDir: repoDir,
    logLevel: 'silent',
  });
  return Object.values(result.metafile.outputs).flatMap((output) => output.exports);
}

/** @type {Promise<string[]> | undefined} */
let libraryNames;

/** Every value export of `src/index.ts` except the icon set (iconSetModules). */
function libraryExportNames() {
  libraryNames ??= Promise.all([srcIndex, ...iconSetModules].map(exportNames)).then(
    ([all = [], ...iconSet]) => all.filter((name) => !iconSet.flat().includes(name)).sort(),
  );
  return libraryNames;
}

/**
 * Production, minified, tree-shaken: what a product's bundler ships.
 * @satisfies {import('esbuild').BuildOptions}
 */
const production = {
  bundle: true,
  minify: true,
  treeShaking: true,
  target: 'es2022',
  absWorkingDir: repoDir,
  define: { 'process.env.NODE_ENV': '"production"' },
  jsx: /** @type {const} */ ('automatic'),
  legalComments: /** @type {const} */ ('none'),
  logLevel: /** @type {const} */ ('silent'),
};

/** An entry written as source text, resolved from bench/. */
const entry = (/** @type {string} */ contents) => ({
  contents,
  loader: /** @type {const} */ ('tsx'),
  resolveDir: benchDir,
  sourcefile: 'bench-entry.tsx',
});

/**
 * The app shell every size case shares: mount the subject's provider with its components.
 * Plain React's bundle for the same case is the baseline the marginal bytes are taken over
 * (for `iconSet`, Callicrates' `library` bundle is).
 * @param {SubjectName} subject
 * @param {SizeCase} sizeCase
 */
async function sizeEntry(subject, sizeCase) {
  const withField = sizeCase === 'buttonTextField';
  const withDialog = sizeCase === 'buttonDialog';
  const molecule = MOLECULE_CASES[sizeCase];
  const withSelect = sizeCase === 'select';
  const withCombobox = sizeCase === 'combobox';
  const withTagGroup = sizeCase === 'tagGroup';
  const withFilter = sizeCase === 'filter';
  if (sizeCase === 'popoverTooltip') {
    return [
      `import { createRoot } from 'react-dom/client';`,
      `import { Provider, overlays } from ${JSON.stringify(subjectFile(subject))};`,
      `createRoot(document.getElementById('root')).render(<Provider>{[overlays('Save', 0)]}</Provider>);`,
    ].join('\n');
  }
  const imports = [
    'Provider',
    'button',
    ...(withField ? ['textField'] : []),
    ...(withDialog ? ['dialog'] : []),
    ...(molecule ? [molecule.factory] : []),
    ...(withSelect ? ['select'] : []),
    ...(withCombobox ? ['combobox'] : []),
    ...(withTagGroup ? ['tagGroup'] : []),
    ...(withFilter ? ['filter'] : []),
  ];
  const lines = [
    `import { createRoot } from 'react-dom/client';`,
    `import { ${imports.join(', ')} } from ${JSON.stringify(subjectFile(subject))};`,
  ];
  if (sizeCase === 'library') {
    const names = (await libraryExportNames()).join(', ');
    lines.push(
      `import { ${names} } from ${JSON.stringify(srcIndex)};`,
      `globalThis.__library = { ${names} };`,
    );
  } else if (sizeCase === 'iconSet') {
    lines.push(
      `import * as library from ${JSON.stringify(srcIndex)};`,
      `globalThis.__library = library;`,
    );
  }
  lines.push(
    `createRoot(document.getElementById('root')).render(`,
    `  <Provider>{[button('Save', 0)${withField ? ", textField('Name', 1)" : ''}${withDialog ? ", dialog('Edit profile', 1)" : ''}${molecule ? `, ${molecule.factory}(${JSON.stringify(molecule.text)}, 1)` : ''}${withSelect ? ", select('City', 10, 1)" : ''}${withCombobox ? ", combobox('City', 10, 1)" : ''}${withTagGroup ? ", tagGroup('Topics', 5, 1)" : ''}${withFilter ? ", filter('Status', 10, 1)" : ''}]}</Provider>,`,
    `);`,
  );
  return lines.join('\n');
}

/** gzip -9, as the issue measures. */
export const gzipSize = (/** @type {Uint8Array | string} */ data) =>
  gzipSync(data, { level: 9 }).length;

/**
 * @typedef {object} BundleSize
 * @property {number} js      minified JS bytes
 * @property {number} css     minified CSS bytes (a CSS file the subject needs)
 * @property {number} gzip    gzip -9 of the JS plus gzip -9 of the CSS (served as two files)
 * @property {Record<string, number>} inputs  minified bytes each package/folder put in the JS
 */

/**
 * Bundles one size case in memory and measures it.
 * @param {SubjectName} subject
 * @param {SizeCase} sizeCase
 * @returns {Promise<BundleSize>}
 */
export async function bundleSize(subject, sizeCase) {
  const result = await build({
    ...production,
    stdin: entry(await sizeEntry(subject, sizeCase)),
    platform: 'browser',
    format: 'esm',
    outdir: join(benchDir, 'results', 'out'),
    write: false,
    metafile: true,
  });
  let js = 0;
  let css = 0;
  let gzip = 0;
  for (const file of result.outputFiles) {
    if (file.path.endsWith('.js')) js += file.contents.length;
    else if (file.path.endsWith('.css')) css += file.contents.length;
    else continue;
    gzip += gzipSize(file.contents);
  }
  /** @type {Record<string, number>} */
  const inputs = {};
  for (const [path, output] of Object.entries(result.metafile.outputs)) {
    if (!path.endsWith('.js')) continue;
    for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
      const group = inputGroup(input);
      inputs[group] = (inputs[group] ?? 0) + bytesInOutput;
    }
  }
  return { js, css, gzip, inputs };
}

/**
 * `node_modules/@emotion/serialize/dist/…` → `@emotion/serialize`; a nested copy
 * `node_modules/@emotion/cache/node_modules/stylis/…` → `@emotion/cache > stylis`;
 * `src/atoms/Button/Button.tsx` → `src/atoms/Button`.
 */
function inputGroup(/** @type {string} */ input) {
  const parts = input.split(/[\\/]/);
  const packages = [];
  for (let i = parts.indexOf('node_modules'); i >= 0; i = parts.indexOf('node_modules', i + 1)) {
    const name = parts[i + 1] ?? '?';
    packages.push(name.startsWith('@') ? `${name}/${parts[i + 2]}` : name);
  }
  if (packages.length > 0) return packages.join(' > ');
  if (parts[0] === 'src') return parts.slice(0, Math.min(parts.length - 1, 3)).join('/');
  return parts.length > 1 ? parts.slice(0, -1).join('/') : input;
}

/**
 * @typedef {object} SizeResult
 * @property {BundleSize} bundle
 * @property {number} marginal  gzip bytes over plain React's bundle of the same app shell
 *   (`iconSet`: over Callicrates' `library` bundle; OVER_BUTTON_CASES: over the same
 *   subject's `button` bundle)
 */

/**
 * Measures the cases for the subjects; plain React is always built, as the baseline (for
 * `iconSet`, Callicrates' `library` bundle is). Each bundle is built once.
 * @param {SubjectName[]} subjects
 * @param {SizeCase[]} cases
 * @returns {Promise<Partial<Record<SizeCase, Partial<Record<SubjectName, SizeResult>>>>>}
 */
export async function measureSizes(subjects, cases) {
  /** @type {Map<string, Promise<BundleSize>>} */
  const bundles = new Map();
  const bundleOnce = (/** @type {SubjectName} */ subject, /** @type {SizeCase} */ sizeCase) => {
    const key = `${subject}:${sizeCase}`;
    if (!bundles.has(key)) bundles.set(key, bundleSize(subject, sizeCase));
    return /** @type {Promise<BundleSize>} */ (bundles.get(key));
  };
  /** @type {(sizeCase: SizeCase) => Promise<BundleSize>} */
  const baselineOf = (sizeCase) => {
    if (sizeCase === 'iconSet') return bundleOnce('callicrates', 'library');
    return bundleOnce('plain', sizeCase === 'library' ? 'button' : sizeCase);
  };
  const rows = await Promise.all(
    cases.map(async (sizeCase) => {
      if (OVER_BUTTON_CASES.includes(sizeCase)) {
        const measured = await Promise.all(
          subjects
            .filter((subject) => subject !== 'plain')
            .filter(
              (subject) => !CALLICRATES_ONLY_CASES.includes(sizeCase) || subject === 'callicrates',
            )
            .map(async (subject) => {
              const [base, bundle] = await Promise.all([
                bundleOnce(subject, 'button'),
                bundleOnce(subject, sizeCase),
              ]);
              return [subject, { bundle, marginal: bundle.gzip - base.gzip }];
            }),
        );
        return [sizeCase, Object.fromEntries(measured)];
      }
      const baseline = await baselineOf(sizeCase);
      const measured = await Promise.all(
        subjects
          .filter(
            (subject) => !CALLICRATES_ONLY_CASES.includes(sizeCase) || subject === 'callicrates',
          )
          .map(async (subject) => {
            const bundle = await bundleOnce(subject, sizeCase);
            return [subject, { bundle, marginal: bundle.gzip - baseline.gzip }];
          }),
      );
      return [sizeCase, Object.fromEntries(measured)];
    }),
  );
  return Object.fromEntries(rows);
}

/**
 * Builds the browser page for a subject into `dir`: `<subject>.html`, `.js` and, for plain
 * React, its `.css`.
 * @param {SubjectName} subject
 * @param {string} dir
 * @returns {Promise<string>} the page's file name
 */
export async function buildPage(subject, dir) {
  const result = await build({
    ...production,
    stdin: entry(
      [
        `import * as subject from ${JSON.stringify(subjectFile(subject))};`,
        `import { install } from ${JSON.stringify(harnessFile('browser.tsx'))};`,
        `install(subject);`,
      ].join('\n'),
    ),
    platform: 'browser',
    format: 'iife',
    outfile: join(dir, `${subject}.js`),
    metafile: true,
  });
  const outputs = Object.keys(result.metafile.outputs).map((path) =>
    relative(dir, join(repoDir, path)).split(sep).join('/'),
  );
  const links = outputs
    .filter((path) => path.endsWith('.css'))
    .map((path) => `<link rel="stylesheet" href="${path}">`);
  const page = `${subject}.html`;
  await writeFile(
    join(dir, page),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${subject}</title>${links.join('')}</head>` +
      `<body><div id="root"></div><script src="${subject}.js"></script></body></html>`,
  );
  return page;
}

/**
 * Builds the Node renderer for a subject into `dir` (CommonJS, production React).
 * @param {SubjectName} subject
 * @param {string} dir
 * @returns {Promise<string>} the path of the module; it exports `render(count): string`
 */
export async function buildServer(subject, dir) {
  const outfile = join(dir, `${subject}.server.cjs`);
  await build({
    ...production,
    minify: false,
    stdin: entry(
      [
        // Named imports, not a namespace: the renderer keeps only the Provider and the Button,
        // so a library's other components (and the styles they register) are left out, as in
        // an app that renders Buttons.
        `import { Provider, button } from ${JSON.stringify(subjectFile(subject))};`,
        `import { createRenderer } from ${JSON.stringify(harnessFile('server.tsx'))};`,
        `export const render = createRenderer({ Provider, button });`,
      ].join('\n'),
    ),
    platform: 'node',
    format: 'cjs',
    // A static CSS file is served, not rendered: it is not part of the HTML.
    loader: { '.css': 'empty' },
    outfile,
  });
  return outfile;
}
