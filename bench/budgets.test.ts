import { beforeAll, describe, expect, it } from 'vitest';
import budgets from './budgets.json';
import { OVER_BUTTON_CASES, SIZE_CASE_LABELS, measureSizes, type SizeCase } from './lib/build.mjs';

/*
 * Byte budgets (issue #4). Deterministic: the same sources give the same bytes, so these are
 * test assertions; timings are not (they live in `npm run bench`).
 */
const CASES = [
  'button',
  'buttonTextField',
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
  'accordion',
  'pagination',
  'paginationPageSize',
  'dataTable',
  'datePicker',
  'dateRangePicker',
  'listBox',
  'appShell',
  'breadcrumb',
  'tabsMore',
] as const satisfies SizeCase[];

let marginal: Partial<Record<SizeCase, number>> = {};
/** Bytes a molecule adds over `import { Button }` (the measure for molecules). */
let dialogOverButton: number | undefined;

// Several esbuild bundles: a few seconds on an idle machine; the timeout allows for a busy one.
beforeAll(async () => {
  const sizes = await measureSizes(['plain', 'callicrates'], [...CASES, 'buttonDialog']);
  marginal = Object.fromEntries(CASES.map((c) => [c, sizes[c]?.callicrates?.marginal]));
  const withDialog = sizes.buttonDialog?.callicrates?.bundle.gzip;
  const buttonOnly = sizes.button?.callicrates?.bundle.gzip;
  if (withDialog !== undefined && buttonOnly !== undefined)
    dialogOverButton = withDialog - buttonOnly;
}, 120_000);

const bytes = (n: number) => `${n.toLocaleString('en-US')} B (${(n / 1024).toFixed(2)} KiB)`;

describe('byte budgets: gzip -9 over plain React (icons: over the library; overlays, toasts and alerts: over Button), bench/budgets.json', () => {
  it.each(CASES)('%s stays within its budget', (sizeCase) => {
    const actual = marginal[sizeCase];
    const budget = budgets[sizeCase].bytes;
    expect(actual, `${sizeCase} was not measured`).toBeTypeOf('number');
    const delta = (actual as number) - budget;
    const over = OVER_BUTTON_CASES.includes(sizeCase) ? '`import { Button }`' : 'plain React';
    const message = [
      `${SIZE_CASE_LABELS[sizeCase]} costs ${bytes(actual as number)} gzipped over ${over};`,
      `its budget is ${bytes(budget)} (bench/budgets.json), so it is ${bytes(delta)} over.`,
      'See which packages and folders add the bytes: npm run bench -- --only=size',
    ].join('\n');
    expect(actual, message).toBeLessThanOrEqual(budget);
    if (delta < -0.05 * budget) {
      console.info(
        `${SIZE_CASE_LABELS[sizeCase]}: ${bytes(-delta)} under budget; consider lowering bench/budgets.json.`,
      );
    }
  });
});

describe('byte budgets: molecules over `import { Button }`, from bench/budgets.json', () => {
  it('Dialog stays within its budget', () => {
    const budget = budgets.dialogOverButton.bytes;
    expect(dialogOverButton, 'Button + Dialog was not measured').toBeTypeOf('number');
    const actual = dialogOverButton as number;
    const message = [
      `import { Button, Dialog } costs ${bytes(actual)} gzipped over import { Button };`,
      `its budget is ${bytes(budget)} (bench/budgets.json), so it is ${bytes(actual - budget)} over.`,
      'See which folders add the bytes: npm run bench -- --only=size',
    ].join('\n');
    expect(actual, message).toBeLessThanOrEqual(budget);
  });
});
