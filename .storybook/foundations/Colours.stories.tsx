import type { Meta, StoryObj } from '@storybook/react-vite';
import { css } from '../../src/theme/css';
import type { CSSProperties } from 'react';
import { expect } from 'storybook/test';
import { defineStyles } from '../../src/theme';
import { cssVar, typographyStyles } from '../../src/tokens';
import { figmaDesign } from '../design';
import { Page, Section } from './Page';
import { metaClass, tokenNameClass } from './styles';
import { Swatch } from './Swatch';
import {
  aliasIn,
  groupDescription,
  leaf,
  liveValue,
  modes,
  type Mode,
  modeTitles,
  subgroups,
  tokensIn,
  valueIn,
  type TokenRecord,
} from './tokenData';
import { Breakable, descriptionColumn, tokenColumn, TokenTable, type Column } from './TokenTable';

const meta = {
  title: 'Foundations/Colours',
  tags: ['!autodocs'],
  parameters: { design: figmaDesign('Foundations/Colours') },
} satisfies Meta;

export default meta;
type Story = StoryObj<typeof meta>;

/* ---------------------------------------------------------------- Palette */

/*
 * Hue ramps are the palette groups with a 500 (mid) step. Other groups (alpha blacks) and
 * single colours (transparent) follow them.
 */
const isHueRamp = (group: string) => tokensIn(`palette.${group}`).some((r) => leaf(r) === '500');
const hueRamps = subgroups('palette').filter(isHueRamp);
const otherGroups = subgroups('palette').filter((group) => !isHueRamp(group));
const singleColours = tokensIn('palette');

/*
 * Steps share lightness targets across hues, so each step gets the same column in every ramp:
 * reading down a column compares hues at equal lightness.
 */
const steps = [...new Set(hueRamps.flatMap((ramp) => tokensIn(`palette.${ramp}`).map(leaf)))].sort(
  (a, b) => Number(a) - Number(b),
);

const rampClass = defineStyles(css`
  label: foundations-ramp;
  display: grid;
  grid-template-columns: repeat(var(--_columns), minmax(0, 1fr));
  gap: ${cssVar('space.2')};
  margin: 0;
  padding: 0;
  list-style: none;
`);

const chipClass = defineStyles(css`
  label: foundations-chip;
  display: grid;
  gap: ${cssVar('space.1')};
  min-inline-size: 0;
  & > strong {
    ${typographyStyles('label-sm')}
  }
`);

const titleCase = (text: string) => text.charAt(0).toUpperCase() + text.slice(1).replace(/-/g, ' ');

/** A row of swatches; hue ramps place each step in its shared column. */
function Ramp({ title, lead, records }: { title: string; lead?: string; records: TokenRecord[] }) {
  const aligned = records.every((record) => steps.includes(leaf(record)));
  return (
    <Section title={title} lead={lead}>
      <ul className={rampClass} style={{ '--_columns': steps.length } as CSSProperties}>
        {records.map((record) => (
          <li
            key={record.name}
            className={chipClass}
            style={aligned ? { gridColumn: steps.indexOf(leaf(record)) + 1 } : undefined}
            title={`${record.name}: ${record.description}`}
          >
            <Swatch color={String(record.value)} inlineSize="100%" blockSize={cssVar('size.12')} />
            <strong>{leaf(record)}</strong>
            <code className={metaClass}>{String(record.value)}</code>
          </li>
        ))}
      </ul>
    </Section>
  );
}

/** Every ramp of `palette.*`, step by step. Components never use these directly. */
export const Palette: Story = {
  render: () => (
    <Page
      title="Palette"
      lead={
        <>
          The raw colour ramps, <code>palette.*</code>. Steps share lightness targets across hues,
          so a step number predicts contrast: read down a column to compare hues. Components never
          use these directly; the semantic colours pick a step for each scheme. Translucent colours
          are shown over a checkerboard.
        </>
      }
    >
      {[...hueRamps, ...otherGroups].map((group) => (
        <Ramp
          key={group}
          title={titleCase(group)}
          lead={groupDescription(`palette.${group}`)}
          records={tokensIn(`palette.${group}`)}
        />
      ))}
      {singleColours.length > 0 && <Ramp title="Other" records={singleColours} />}
    </Page>
  ),
};

/* ---------------------------------------------------------------- Semantic colours */

const modeValueClass = defineStyles(css`
  label: foundations-mode-value;
  display: flex;
  gap: ${cssVar('space.2')};
  align-items: flex-start;
`);

function ModeValue({ record, mode }: { record: TokenRecord; mode: Mode }) {
  const value = valueIn(record, mode);
  const alias = aliasIn(record, mode);
  return (
    <span className={modeValueClass}>
      <Swatch color={value} inlineSize={cssVar('size.6')} />
      <span className={tokenNameClass}>
        <code>{value}</code>
        {alias && (
          <code>
            <Breakable text={alias} />
          </code>
        )}
      </span>
    </span>
  );
}

const semanticColumns: Column<TokenRecord>[] = [
  { ...tokenColumn, width: '24%' },
  {
    header: 'Current',
    cell: (record) => <Swatch color={liveValue(record)} />,
  },
  ...modes.map((mode): Column<TokenRecord> => ({
    header: modeTitles[mode],
    cell: (record) => <ModeValue record={record} mode={mode} />,
    width: '15%',
  })),
  descriptionColumn,
];

const groupTitles: Record<string, string> = {
  bg: 'Backgrounds',
  text: 'Text',
  border: 'Borders',
  interactive: 'Interactive',
  field: 'Fields',
  status: 'Status',
  focus: 'Focus',
  elevation: 'Shadow',
};

/** One table per group, or per subgroup when a group has them (interactive.primary …). */
function SemanticGroup({ group }: { group: string }) {
  const prefix = `color.${group}`;
  const title = groupTitles[group] ?? titleCase(group);
  const tables = [
    { title, rows: tokensIn(prefix) },
    ...subgroups(prefix).map((sub) => ({
      title: `${title}: ${sub}`,
      rows: tokensIn(`${prefix}.${sub}`),
    })),
  ].filter((table) => table.rows.length > 0);
  return tables.map((table) => (
    <Section key={table.title} title={table.title}>
      <TokenTable
        label={`${table.title} colours`}
        rows={table.rows}
        rowKey={(record) => record.name}
        columns={semanticColumns}
      />
    </Section>
  ));
}

function SemanticPage({ title, groups }: { title: string; groups: string[] }) {
  return (
    <Page
      title={title}
      lead={
        <>
          Semantic colours (<code>color.*</code>) are what components use: one role, a value per
          scheme. “Current” follows the Theme toolbar; the scheme columns show each value and the
          palette step it aliases there.
        </>
      }
    >
      {groups.map((group) => (
        <SemanticGroup key={group} group={group} />
      ))}
    </Page>
  );
}

/** Which groups each semantic story shows. */
const semanticPages = {
  Backgrounds: ['bg', 'elevation'],
  Text: ['text'],
  BordersAndFocus: ['border', 'focus'],
  Interactive: ['interactive'],
  Fields: ['field'],
  Status: ['status'],
};

export const Backgrounds: Story = {
  render: () => <SemanticPage title="Backgrounds and shadow" groups={semanticPages.Backgrounds} />,
  // A colour group added to the tokens must be placed on a page here, or it goes undocumented.
  play: async () => {
    const shown = Object.values(semanticPages).flat().sort();
    await expect(shown).toEqual([...subgroups('color')].sort());
  },
};
export const Text: Story = {
  render: () => <SemanticPage title="Text" groups={semanticPages.Text} />,
};
export const BordersAndFocus: Story = {
  render: () => <SemanticPage title="Borders and focus" groups={semanticPages.BordersAndFocus} />,
};
export const Interactive: Story = {
  render: () => <SemanticPage title="Interactive" groups={semanticPages.Interactive} />,
};
export const Fields: Story = {
  render: () => <SemanticPage title="Fields" groups={semanticPages.Fields} />,
};
export const Status: Story = {
  render: () => <SemanticPage title="Status" groups={semanticPages.Status} />,
};
