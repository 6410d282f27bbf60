import { css } from '../../src/theme/css';
import type { Meta, StoryObj } from '@storybook/react-vite';
import type { CSSProperties } from 'react';
import { defineStyles } from '../../src/theme';
import { cssVar, typographyStyles, type TypographyRole } from '../../src/tokens';
import { figmaDesign } from '../design';
import { Page, Section } from './Page';
import { metaClass, tableClass } from './styles';
import {
  liveValue,
  px,
  subgroups,
  token,
  tokensIn,
  tokensUnder,
  type TokenRecord,
} from './tokenData';
import { descriptionColumn, tokenColumn, TokenName, TokenTable, valueColumn } from './TokenTable';

const meta = {
  title: 'Foundations/Typography',
  tags: ['!autodocs'],
  parameters: { design: figmaDesign('Foundations/Typography') },
} satisfies Meta;

export default meta;
type Story = StoryObj<typeof meta>;

const pangram = 'The quick brown fox jumps over the lazy dog';
const codeSample = 'const scheme = useColorScheme();';
const isMono = (familyAlias: string | undefined) => familyAlias === 'font.family.mono';

/* ---------------------------------------------------------------- Roles */

const part = (role: string, name: string) => token(`typography.${role}.${name}`);

const roles = subgroups('typography') as TypographyRole[];

/*
 * Each specimen is styled exactly as a component would be: typographyStyles(role) in a static
 * class, so the page proves the five variables of every role resolve.
 */
const roleClasses = Object.fromEntries(
  roles.map((role) => [
    role,
    defineStyles(css`
      label: foundations-specimen-${role};
      margin: 0;
      ${typographyStyles(role)}
    `),
  ]),
) as Record<TypographyRole, string>;

/** First family of a font stack: the one the bundled fonts provide. */
const firstFamily = (stack: string) => stack.split(',')[0]!.replace(/'/g, '').trim();

function metrics(role: TypographyRole) {
  const size = part(role, 'font-size');
  const lineHeight = part(role, 'line-height');
  return [
    ['Family', firstFamily(String(part(role, 'font-family').value)), part(role, 'font-family')],
    ['Size', String(size.value), size],
    ['Weight', String(part(role, 'font-weight').value), part(role, 'font-weight')],
    [
      'Line height',
      // Unitless, so also shown in pixels: what a designer measures in Figma.
      `${lineHeight.value} (${Math.round(Number(lineHeight.value) * px(size) * 10) / 10}px)`,
      lineHeight,
    ],
    ['Letter spacing', String(part(role, 'letter-spacing').value), part(role, 'letter-spacing')],
  ] as const;
}

const roleRowClass = defineStyles(css`
  label: foundations-role;
  display: grid;
  grid-template-columns: minmax(0, 2fr) minmax(0, 3fr);
  gap: ${cssVar('space.6')};
  padding-block: ${cssVar('space.4')};
  border-block-start: ${cssVar('border.width.thin')} solid ${cssVar('color.border.subtle')};
  & dl {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: 0 ${cssVar('space.3')};
    margin: 0;
  }
  & dd {
    margin: 0;
  }
  & [data-part='specimen'] {
    overflow-wrap: anywhere;
  }
`);

function RoleSpecimen({ role }: { role: TypographyRole }) {
  const family = part(role, 'font-family');
  return (
    <div className={roleRowClass}>
      <div>
        <h2>
          <code>{`typography.${role}`}</code>
        </h2>
        <p className={metaClass}>{family.description.replace(/ \(font-family\)$/, '')}</p>
        <dl className={metaClass}>
          {metrics(role).map(([label, value, record]) => (
            <div key={label} style={{ display: 'contents' }}>
              <dt>{label}</dt>
              <dd>
                {value}
                {record.alias && (
                  <>
                    {' · '}
                    <code>{record.alias}</code>
                  </>
                )}
              </dd>
            </div>
          ))}
        </dl>
      </div>
      <p className={roleClasses[role]} data-part="specimen">
        {isMono(family.alias) ? codeSample : pangram}
      </p>
    </div>
  );
}

/** Every text style, with the metrics a designer checks against Figma. */
export const Roles: Story = {
  render: () => (
    <Page
      title="Typography"
      lead={
        <>
          Text styles. Each role is five variables (family, size, weight, line height, letter
          spacing), applied together with <code>typographyStyles(role)</code>. Use a role, never a
          raw font size.
        </>
      }
    >
      <div>
        {roles.map((role) => (
          <RoleSpecimen key={role} role={role} />
        ))}
      </div>
    </Page>
  ),
};

/* ---------------------------------------------------------------- Scales */

/** Which roles use a primitive, so a designer sees the effect of changing it. */
const usedBy = (record: TokenRecord) =>
  tokensUnder('typography')
    .filter((partRecord) => partRecord.alias === record.name)
    .map((partRecord) => partRecord.name.split('.')[1])
    .join(', ') || '—';

/* One line, cut with an ellipsis. inline-size 0 + min-inline-size 100% takes the cell's width
   without letting the unwrapped text widen the table. */
const sampleClass = defineStyles(css`
  label: foundations-type-sample;
  display: block;
  inline-size: 0;
  min-inline-size: 100%;
  overflow: hidden;
  white-space: nowrap;
  text-overflow: ellipsis;
`);

function Sample({ style, text = pangram }: { style: CSSProperties; text?: string }) {
  return (
    <span className={sampleClass} style={style}>
      {text}
    </span>
  );
}

/** The bundled families with their fallback stacks. */
export const FontFamilies: Story = {
  render: () => (
    <Page
      title="Font families"
      lead="Inter for interface and reading text, JetBrains Mono for code. Both ship with the library (callicrates/fonts.css), so text renders the same on every machine; the rest of each stack is the fallback while they load."
    >
      {tokensIn('font.family').map((record) => (
        <Section key={record.name} title={firstFamily(String(record.value))}>
          <p
            style={{
              fontFamily: liveValue(record),
              fontSize: cssVar('font.size.800'),
              lineHeight: cssVar('font.line-height.tight'),
            }}
          >
            Aa Bb Cc Gg Qq Rr 0123456789
          </p>
          <Sample style={{ fontFamily: liveValue(record), fontSize: cssVar('font.size.400') }} />
          <table className={tableClass} aria-label={`${record.name} details`}>
            <tbody>
              <tr>
                <th scope="row">Token</th>
                <td>
                  <TokenName record={record} />
                </td>
              </tr>
              <tr>
                <th scope="row">Stack</th>
                <td>
                  <code>{String(record.value)}</code>
                </td>
              </tr>
              <tr>
                <th scope="row">Use</th>
                <td>{record.description}</td>
              </tr>
              <tr>
                <th scope="row">Used by</th>
                <td>{usedBy(record)}</td>
              </tr>
            </tbody>
          </table>
        </Section>
      ))}
    </Page>
  ),
};

/** The size scale, each step set at its size. */
export const FontSizes: Story = {
  render: () => (
    <Page
      title="Font sizes"
      lead="The type scale. Steps are hundreds, so sizes can be added between them later. Roles pick from it; components use roles."
    >
      <TokenTable
        label="Font sizes"
        rows={tokensIn('font.size')}
        rowKey={(record) => record.name}
        columns={[
          { ...tokenColumn, width: '22%' },
          { header: 'Value', cell: (record) => <code>{String(record.value)}</code>, numeric: true },
          { header: 'Used by', cell: usedBy, width: '14%' },
          {
            header: 'Sample',
            cell: (record) => (
              <Sample
                style={{
                  fontSize: liveValue(record),
                  lineHeight: cssVar('font.line-height.tight'),
                }}
              />
            ),
            width: '50%',
          },
        ]}
      />
    </Page>
  ),
};

/** Weights, line heights and letter spacing, each shown on the same sample. */
export const WeightsAndSpacing: Story = {
  render: () => (
    <Page
      title="Weights, line height and tracking"
      lead="The remaining type primitives, each applied to the same sample."
    >
      <Section title="Weights">
        <TokenTable
          label="Font weights"
          rows={tokensIn('font.weight')}
          rowKey={(record) => record.name}
          columns={[
            tokenColumn,
            { ...valueColumn, numeric: true },
            {
              header: 'Sample',
              cell: (record) => (
                <Sample
                  style={{ fontWeight: liveValue(record), fontSize: cssVar('font.size.400') }}
                />
              ),
              width: '40%',
            },
            descriptionColumn,
          ]}
        />
      </Section>
      <Section title="Line heights">
        <TokenTable
          label="Line heights"
          rows={tokensIn('font.line-height')}
          rowKey={(record) => record.name}
          columns={[
            tokenColumn,
            { ...valueColumn, numeric: true },
            {
              header: 'Sample',
              // Two wrapped lines in a tinted block: the leading is the visible gap between them.
              cell: (record) => (
                <p
                  style={{
                    lineHeight: liveValue(record),
                    maxInlineSize: '18ch',
                    backgroundColor: cssVar('color.bg.sunken'),
                  }}
                >
                  Leading is the space between two lines of text.
                </p>
              ),
            },
            descriptionColumn,
          ]}
        />
      </Section>
      <Section title="Letter spacing">
        <TokenTable
          label="Letter spacing"
          rows={tokensIn('font.letter-spacing')}
          rowKey={(record) => record.name}
          columns={[
            tokenColumn,
            { ...valueColumn, numeric: true },
            {
              header: 'Sample',
              cell: (record) => (
                <Sample
                  style={{ letterSpacing: liveValue(record), fontSize: cssVar('font.size.400') }}
                />
              ),
              width: '40%',
            },
            descriptionColumn,
          ]}
        />
      </Section>
    </Page>
  ),
};
