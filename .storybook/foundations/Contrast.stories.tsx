import { css } from '../../src/theme/css';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { defineStyles } from '../../src/theme';
import { contrastPairs, type ContrastPair } from '../../src/tokens/docs';
import { cssVar, typographyStyles } from '../../src/tokens';
import { figmaDesign } from '../design';
import { Page, Section } from './Page';
import { metaClass, tokenNameClass } from './styles';
import { modes, modeTitles, token, type Mode } from './tokenData';
import { Breakable, TokenTable, type Column } from './TokenTable';

const meta = {
  title: 'Foundations/Contrast',
  tags: ['!autodocs'],
  parameters: { design: figmaDesign('Foundations/Contrast') },
} satisfies Meta;

export default meta;
type Story = StoryObj<typeof meta>;

const kindTitles: Record<ContrastPair['kind'], string> = {
  text: 'Text',
  'large-text': 'Large text',
  ui: 'Non-text (UI)',
  exempt: 'Exempt',
};

const kindCriteria: Record<ContrastPair['kind'], string> = {
  text: 'WCAG 1.4.3',
  'large-text': 'WCAG 1.4.3, text from 24px, or 18.66px bold',
  ui: 'WCAG 1.4.11: borders, focus rings, fills',
  exempt: 'Not checked; each has a reason',
};

const passes = (pair: ContrastPair, mode: Mode) => pair.ratios[mode] >= pair.required;
const checked = contrastPairs.filter((pair) => pair.kind !== 'exempt');
const exempt = contrastPairs.filter((pair) => pair.kind === 'exempt');
const passing = checked.filter((pair) => modes.every((mode) => passes(pair, mode)));
const isText = (pair: ContrastPair) => pair.kind === 'text' || pair.kind === 'large-text';
const onSurface = (pair: ContrastPair) => pair.bg.startsWith('color.bg.');

/* ---------------------------------------------------------------- Pieces */

const sampleClass = defineStyles(css`
  label: foundations-contrast-sample;
  display: inline-flex;
  align-items: center;
  gap: ${cssVar('space.2')};
  margin: 0;
  padding-block: ${cssVar('space.1')};
  padding-inline: ${cssVar('space.3')};
  border: 0;
  border-radius: ${cssVar('radius.md')};
  /* Outlines the sample area, so a sample on the canvas colour still reads as a sample. */
  outline: ${cssVar('border.width.thin')} solid ${cssVar('color.border.subtle')};
  ${typographyStyles('label')}
  white-space: nowrap;
  &[data-kind='large-text'] {
    ${typographyStyles('headline')}
  }
  & > [data-part='field'] {
    inline-size: ${cssVar('size.10')};
    block-size: ${cssVar('size.6')};
    border: ${cssVar('border.width.thick')} solid currentColor;
    border-radius: ${cssVar('radius.sm')};
  }
  & > [data-part='dot'] {
    inline-size: ${cssVar('size.4')};
    block-size: ${cssVar('size.4')};
    border-radius: ${cssVar('radius.full')};
    background-color: currentColor;
  }
`);

/** Exempt pairs of text colours: disabled-control text, the case WCAG exempts. */
const textColour = (name: string) => /\.(text\.|fg)/.test(name);

/**
 * The pair, live: the colours follow the Theme toolbar. Text pairs show text; non-text pairs a
 * stroke and a fill. Exempt text is drawn on a disabled button, the control it is exempt as.
 */
function Sample({ pair }: { pair: ContrastPair }) {
  const style = { color: cssVarOf(pair.fg), backgroundColor: cssVarOf(pair.bg) };
  if (isText(pair)) {
    return (
      <span className={sampleClass} data-kind={pair.kind} style={style}>
        {pair.kind === 'large-text' ? 'Large' : 'Sample text'}
      </span>
    );
  }
  if (pair.kind === 'exempt' && textColour(pair.fg)) {
    return (
      <button type="button" disabled className={sampleClass} style={style}>
        Disabled
      </button>
    );
  }
  return (
    <span className={sampleClass} style={style} role="img" aria-label="Stroke and fill sample">
      <span data-part="field" />
      <span data-part="dot" />
    </span>
  );
}

const cssVarOf = (name: string) => `var(${token(name).cssVar})`;

const resultClass = defineStyles(css`
  label: foundations-contrast-result;
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: ${cssVar('space.2')};
  & > [data-part='badge'] {
    display: inline-flex;
    align-items: center;
    gap: ${cssVar('space.1')};
    padding-inline: ${cssVar('space.2')};
    border: ${cssVar('border.width.thin')} solid;
    border-radius: ${cssVar('radius.full')};
    ${typographyStyles('label-sm')}
  }
  & > [data-part='badge'][data-pass] {
    color: ${cssVar('color.status.success.fg')};
    background-color: ${cssVar('color.status.success.bg')};
    border-color: ${cssVar('color.status.success.border')};
  }
  & > [data-part='badge']:not([data-pass]) {
    color: ${cssVar('color.status.error.fg')};
    background-color: ${cssVar('color.status.error.bg')};
    border-color: ${cssVar('color.status.error.border')};
  }
  & svg {
    inline-size: ${cssVar('size.icon.sm')};
    block-size: ${cssVar('size.icon.sm')};
  }
`);

function PassIcon({ pass }: { pass: boolean }) {
  return (
    <svg viewBox="0 0 16 16" aria-hidden="true" fill="none" stroke="currentColor" strokeWidth="2">
      {pass ? <path d="M3 8.5l3 3 7-7" /> : <path d="M4 4l8 8M12 4l-8 8" />}
    </svg>
  );
}

const ratio = (value: number) => `${value.toFixed(2)}:1`;

/** Pass or fail as a word and an icon (never colour alone), and the ratio. */
function Result({ pair, mode }: { pair: ContrastPair; mode: Mode }) {
  const value = <code>{ratio(pair.ratios[mode])}</code>;
  if (pair.kind === 'exempt') return value;
  const pass = passes(pair, mode);
  return (
    <span className={resultClass}>
      <span data-part="badge" data-pass={pass ? '' : undefined}>
        <PassIcon pass={pass} />
        {pass ? 'Pass' : 'Fail'}
      </span>
      {value}
    </span>
  );
}

function PairName({ pair }: { pair: ContrastPair }) {
  return (
    <span className={tokenNameClass}>
      <code>
        <Breakable text={pair.fg} />
      </code>
      <span className={metaClass}>
        on{' '}
        <code>
          <Breakable text={pair.bg} />
        </code>
      </span>
    </span>
  );
}

const pairColumns: Column<ContrastPair>[] = [
  { header: 'Pair', cell: (pair) => <PairName pair={pair} />, width: '30%' },
  { header: 'Sample', cell: (pair) => <Sample pair={pair} /> },
  ...modes.map((mode): Column<ContrastPair> => ({
    header: modeTitles[mode],
    cell: (pair) => <Result pair={pair} mode={mode} />,
  })),
];

const requiredColumn: Column<ContrastPair> = {
  header: 'Required',
  cell: (pair) => <code>{ratio(pair.required)}</code>,
};

const reasonColumn: Column<ContrastPair> = {
  header: 'Reason',
  cell: (pair) => pair.reason,
  width: '30%',
};

function PairTable({ label, pairs }: { label: string; pairs: readonly ContrastPair[] }) {
  return (
    <TokenTable
      label={label}
      rows={pairs}
      rowKey={(pair) => `${pair.fg} on ${pair.bg}`}
      columns={[
        ...pairColumns,
        pairs.every((p) => p.kind === 'exempt') ? reasonColumn : requiredColumn,
      ]}
    />
  );
}

const summaryClass = defineStyles(css`
  label: foundations-contrast-summary;
  display: flex;
  align-items: center;
  gap: ${cssVar('space.2')};
  ${typographyStyles('label-lg')}
  & svg {
    inline-size: ${cssVar('size.icon.md')};
    block-size: ${cssVar('size.icon.md')};
  }
`);

/** The headline figure, restated on every contrast page. */
function Summary() {
  return (
    <p className={summaryClass}>
      <PassIcon pass={passing.length === checked.length} />
      {`${passing.length} of ${checked.length} pairs pass WCAG 2.2 AA in every mode.`}
    </p>
  );
}

const lead = (
  <>
    Every foreground and background pair the semantic colours are made for, from{' '}
    <code>tokens/contrast-pairs.json</code>, measured in every scheme by the token build (which
    fails below the minimum). Ratios are rounded down, so they never overstate. Samples follow the
    Theme toolbar.
  </>
);

function PairsPage({ title, pairs }: { title: string; pairs: readonly ContrastPair[] }) {
  const exemptOnly = pairs.every((pair) => pair.kind === 'exempt');
  return (
    <Page title={title} lead={lead}>
      {exemptOnly ? (
        <p>{`${pairs.length} pairs are exempt from the minimums; each gives its reason.`}</p>
      ) : (
        <Summary />
      )}
      <PairTable label={title} pairs={pairs} />
    </Page>
  );
}

/* ---------------------------------------------------------------- Stories */

interface KindRow {
  kind: ContrastPair['kind'];
  pairs: ContrastPair[];
}

const kindRows: KindRow[] = (Object.keys(kindTitles) as ContrastPair['kind'][])
  .map((kind) => ({ kind, pairs: contrastPairs.filter((pair) => pair.kind === kind) }))
  .filter((row) => row.pairs.length > 0);

const lowest = (row: KindRow, mode: Mode) =>
  Math.min(...row.pairs.map((pair) => pair.ratios[mode]));

/** The totals, and the weakest pair of each kind per scheme: the margin left above AA. */
export const Overview: Story = {
  render: () => (
    <Page title="Contrast" lead={lead}>
      <Summary />
      <p>{`${exempt.length} further pairs are exempt and listed with their reasons.`}</p>
      <Section title="By kind">
        <TokenTable
          label="Contrast by kind"
          rows={kindRows}
          rowKey={(row) => row.kind}
          columns={[
            { header: 'Kind', cell: (row) => kindTitles[row.kind] },
            { header: 'Criterion', cell: (row) => kindCriteria[row.kind] },
            {
              header: 'Minimum',
              cell: (row) => (row.kind === 'exempt' ? 'None' : ratio(row.pairs[0]!.required)),
              numeric: true,
            },
            { header: 'Pairs', cell: (row) => row.pairs.length, numeric: true },
            ...modes.map((mode): Column<KindRow> => ({
              header: `Lowest, ${modeTitles[mode].toLowerCase()}`,
              cell: (row) => ratio(lowest(row, mode)),
              numeric: true,
            })),
          ]}
        />
      </Section>
    </Page>
  ),
};

export const TextOnSurfaces: Story = {
  render: () => (
    <PairsPage
      title="Text on surfaces"
      pairs={checked.filter((pair) => isText(pair) && onSurface(pair))}
    />
  ),
};

export const TextOnControls: Story = {
  render: () => (
    <PairsPage
      title="Text on controls and status"
      pairs={checked.filter((pair) => isText(pair) && !onSurface(pair))}
    />
  ),
};

export const NonText: Story = {
  render: () => <PairsPage title="Non-text" pairs={checked.filter((pair) => pair.kind === 'ui')} />,
};

export const Exempt: Story = {
  render: () => <PairsPage title="Exempt pairs" pairs={exempt} />,
};
