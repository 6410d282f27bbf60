import { css } from '../../src/theme/css';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { defineStyles } from '../../src/theme';
import { cssVar, typographyStyles } from '../../src/tokens';
import { figmaDesign } from '../design';
import { Page, Section } from './Page';
import { Swatch } from './Swatch';
import { groupDescription, leaf, px, token, tokensIn, type TokenRecord } from './tokenData';
import { descriptionColumn, tokenColumn, TokenTable, valueColumn } from './TokenTable';

const meta = {
  title: 'Foundations/Grid',
  tags: ['!autodocs'],
  parameters: { design: figmaDesign('Foundations/Grid') },
} satisfies Meta;

export default meta;
type Story = StoryObj<typeof meta>;

/* ---------------------------------------------------------------- Data */

interface Breakpoint {
  name: string;
  record: TokenRecord;
  /** The viewport widths it applies to, e.g. `600–767px`. */
  range: string;
  /** Viewport width the layout is drawn at. */
  width: number;
  columns: number;
  gutter: number;
  margin: number;
  /** Max content width; undefined where the layout is fluid. */
  container: number | undefined;
}

const breakpointRecords = [...tokensIn('grid.breakpoint')].sort((a, b) => px(a) - px(b));

const breakpoints: Breakpoint[] = breakpointRecords.map((record, index) => {
  const name = leaf(record);
  const margin = px(token(`grid.margin.${name}`));
  const containerRecord = tokensIn('grid.container').find((r) => leaf(r) === name);
  const container = containerRecord && px(containerRecord);
  const next = breakpointRecords[index + 1];
  return {
    name,
    record,
    range: next ? `${px(record)}–${px(next) - 1}px` : `${px(record)}px and up`,
    // A fixed container fills its breakpoint; a fluid one is drawn at the widest viewport it
    // covers (one pixel below the next breakpoint), its roomiest case.
    width: container !== undefined ? container + 2 * margin : next ? px(next) - 1 : px(record),
    columns: Number(token(`grid.columns.${name}`).value),
    gutter: px(token(`grid.gutter.${name}`)),
    margin,
    container,
  };
});

/* ---------------------------------------------------------------- Breakpoints */

/** Every breakpoint with the grid values that apply from it. */
export const Breakpoints: Story = {
  render: () => (
    <Page
      title="Grid"
      lead={
        <>
          A responsive column grid. Each breakpoint’s values apply from its minimum width up to the
          next breakpoint. Tokens are <code>grid.breakpoint</code>, <code>grid.columns</code>,{' '}
          <code>grid.gutter</code>, <code>grid.margin</code> and <code>grid.container</code>, each
          with one entry per breakpoint. CSS variables cannot be used in media queries: read
          breakpoints from <code>vars</code> or the token values in JavaScript.
        </>
      }
    >
      <Section title="Breakpoints">
        <TokenTable
          label="Breakpoints"
          rows={breakpoints}
          rowKey={(bp) => bp.name}
          columns={[
            { header: 'Breakpoint', cell: (bp) => <code>{bp.name}</code> },
            { header: 'Viewport', cell: (bp) => bp.range, numeric: true },
            { header: 'Columns', cell: (bp) => bp.columns, numeric: true },
            { header: 'Gutter', cell: (bp) => `${bp.gutter}px`, numeric: true },
            { header: 'Margin', cell: (bp) => `${bp.margin}px`, numeric: true },
            {
              header: 'Container',
              cell: (bp) => (bp.container === undefined ? 'Fluid' : `${bp.container}px`),
              numeric: true,
            },
            { header: 'Description', cell: (bp) => bp.record.description },
          ]}
        />
      </Section>
      <Section title="Container max-widths" lead={groupDescription('grid.container')}>
        <TokenTable
          label="Container max-widths"
          rows={tokensIn('grid.container')}
          rowKey={(record) => record.name}
          columns={[tokenColumn, { ...valueColumn, numeric: true }, descriptionColumn]}
        />
      </Section>
    </Page>
  ),
};

/* ---------------------------------------------------------------- Layouts */

// Three distinct fills in every scheme: margins warm, columns cool, gutters the page itself.
const fills = {
  margin: cssVar('color.status.warning.bg'),
  gutter: cssVar('color.bg.canvas'),
  column: cssVar('color.status.info.bg'),
  columnEdge: cssVar('color.status.info.fg'),
};

const legendClass = defineStyles(css`
  label: foundations-grid-legend;
  display: flex;
  flex-wrap: wrap;
  gap: ${cssVar('space.6')};
  margin: 0;
  padding: 0;
  list-style: none;
  ${typographyStyles('label-sm')}
  & > li {
    display: flex;
    align-items: center;
    gap: ${cssVar('space.2')};
  }
`);

const drawingClass = defineStyles(css`
  label: foundations-grid-drawing;
  display: block;
  inline-size: 100%;
  block-size: auto;
  /* The viewport's edge. */
  outline: ${cssVar('border.width.thin')} solid ${cssVar('color.border.strong')};
`);

/** Columns, gutters and margins to scale; shrinks to fit when the canvas is narrower. */
function Layout({ bp }: { bp: Breakpoint }) {
  const height = px(token('size.24'));
  const content = bp.width - 2 * bp.margin;
  const column = (content - (bp.columns - 1) * bp.gutter) / bp.columns;
  const summary = `${bp.columns} columns of ${Math.round(column * 10) / 10}px, ${bp.gutter}px gutters, ${bp.margin}px margins`;
  return (
    <Section
      title={`${bp.name}: drawn at ${bp.width}px`}
      lead={
        bp.container === undefined
          ? `Fluid: ${summary}. Drawn at the widest viewport it covers.`
          : `${summary}, ${bp.container}px container.`
      }
    >
      <svg
        role="img"
        aria-label={`${bp.name} layout at ${bp.width}px: ${summary}`}
        className={drawingClass}
        viewBox={`0 0 ${bp.width} ${height}`}
        style={{ maxInlineSize: `${bp.width}px` }}
      >
        <rect width={bp.width} height={height} style={{ fill: fills.margin }} />
        <rect x={bp.margin} width={content} height={height} style={{ fill: fills.gutter }} />
        {Array.from({ length: bp.columns }, (_, index) => (
          <rect
            key={index}
            x={bp.margin + index * (column + bp.gutter)}
            width={column}
            height={height}
            style={{ fill: fills.column, stroke: fills.columnEdge }}
          />
        ))}
      </svg>
    </Section>
  );
}

/** Each breakpoint's grid drawn at its own width, scaled down only when it would not fit. */
export const Layouts: Story = {
  render: () => (
    <Page
      title="Grid layouts"
      lead="Each breakpoint’s grid drawn to scale: 1:1 where the canvas is wide enough; wider layouts are shrunk to fit, and the figures are always the real ones."
    >
      <ul className={legendClass} aria-label="Legend">
        <li>
          <Swatch color={fills.column} inlineSize={cssVar('size.4')} />
          Column
        </li>
        <li>
          <Swatch color={fills.gutter} inlineSize={cssVar('size.4')} />
          Gutter
        </li>
        <li>
          <Swatch color={fills.margin} inlineSize={cssVar('size.4')} />
          Margin
        </li>
      </ul>
      {breakpoints.map((bp) => (
        <Layout key={bp.name} bp={bp} />
      ))}
    </Page>
  ),
};
