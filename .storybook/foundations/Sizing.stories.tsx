import { css } from '../../src/theme/css';
import type { Meta, StoryObj } from '@storybook/react-vite';
import type { CSSProperties, ReactNode } from 'react';
import { defineStyles } from '../../src/theme';
import { cssVar, typographyStyles } from '../../src/tokens';
import { figmaDesign } from '../design';
import { Page, Section } from './Page';
import { leaf, liveValue, tokensIn, tokensUnder, type TokenRecord } from './tokenData';
import { descriptionColumn, tokenColumn, TokenTable, valueColumn } from './TokenTable';

const meta = {
  title: 'Foundations/Sizing, Radius & Borders',
  tags: ['!autodocs'],
  parameters: { design: figmaDesign('Foundations/Sizing') },
} satisfies Meta;

export default meta;
type Story = StoryObj<typeof meta>;

/* ---------------------------------------------------------------- Shared pieces */

const samplesClass = defineStyles(css`
  label: foundations-samples;
  display: flex;
  flex-wrap: wrap;
  align-items: flex-end;
  gap: ${cssVar('space.6')};
  margin: 0;
  padding: 0;
  list-style: none;
  & > li {
    display: grid;
    justify-items: center;
    gap: ${cssVar('space.2')};
    ${typographyStyles('label-sm')}
  }
`);

/** The thing being measured: an accent fill, so its edges are unmistakable in every scheme. */
const boxClass = defineStyles(css`
  label: foundations-box;
  display: block;
  box-sizing: border-box;
  background-color: ${cssVar('color.status.info.bg')};
  border: ${cssVar('border.width.thin')} solid ${cssVar('color.status.info.fg')};
`);

/** A row of samples drawn at real size, each captioned with its step and value. */
function Samples({
  records,
  draw,
}: {
  records: readonly TokenRecord[];
  draw: (record: TokenRecord) => ReactNode;
}) {
  return (
    <ul className={samplesClass}>
      {records.map((record) => (
        <li key={record.name}>
          {draw(record)}
          <code>{`${leaf(record)} · ${record.value}`}</code>
        </li>
      ))}
    </ul>
  );
}

function TableOf({ label, records }: { label: string; records: readonly TokenRecord[] }) {
  return (
    <TokenTable
      label={label}
      rows={records}
      rowKey={(record) => record.name}
      columns={[tokenColumn, valueColumn, descriptionColumn]}
    />
  );
}

const square = (record: TokenRecord, style?: CSSProperties) => (
  <span
    aria-hidden="true"
    className={boxClass}
    style={{ inlineSize: liveValue(record), blockSize: liveValue(record), ...style }}
  />
);

/* ---------------------------------------------------------------- Stories */

/** `size.N`: widths and heights of things, drawn as squares at real size. */
export const Sizes: Story = {
  render: () => (
    <Page
      title="Sizes"
      lead={
        <>
          Widths and heights of controls, icons and avatars: <code>size.N</code> is N × 4px, on the
          same base as spacing. Squares are drawn at real size.
        </>
      }
    >
      <Samples records={tokensIn('size')} draw={(record) => square(record)} />
      <TableOf label="Size scale" records={tokensIn('size')} />
    </Page>
  ),
};

const controlClass = defineStyles(css`
  label: foundations-control;
  display: flex;
  align-items: center;
  padding-inline: ${cssVar('space.4')};
  border: ${cssVar('border.width.thin')} solid ${cssVar('color.border.strong')};
  border-radius: ${cssVar('radius.md')};
  background-color: ${cssVar('color.field.bg')};
  color: ${cssVar('color.text.primary')};
  ${typographyStyles('label')}
  white-space: nowrap;
`);

/** A generic glyph (a circle in a square) that fills its box, so the icon box is visible. */
function Glyph({ record }: { record: TokenRecord }) {
  return (
    <svg
      aria-hidden="true"
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      style={{ inlineSize: liveValue(record), blockSize: liveValue(record) }}
    >
      <rect x="3" y="3" width="18" height="18" rx="4" />
      <circle cx="12" cy="12" r="4" />
    </svg>
  );
}

/** Control heights and icon boxes at real size. */
export const ControlsAndIcons: Story = {
  render: () => (
    <Page
      title="Controls and icons"
      lead="Semantic sizes: every button, field and select takes its height from size.control, every icon its box from size.icon. Drawn at real size."
    >
      <Section title="Control heights">
        <Samples
          records={tokensIn('size.control')}
          draw={(record) => (
            <span className={controlClass} style={{ blockSize: liveValue(record) }}>
              {`Control ${leaf(record)}`}
            </span>
          )}
        />
        <TableOf label="Control heights" records={tokensIn('size.control')} />
      </Section>
      <Section title="Icon sizes">
        <Samples records={tokensIn('size.icon')} draw={(record) => <Glyph record={record} />} />
        <TableOf label="Icon sizes" records={tokensIn('size.icon')} />
      </Section>
    </Page>
  ),
};

/** Corner radii on one square, so only the corner changes. */
export const Radius: Story = {
  render: () => (
    <Page
      title="Radius"
      lead="Corner radii, from square to pill. Each is drawn on the same square."
    >
      <Samples
        records={tokensIn('radius')}
        draw={(record) => (
          <span
            aria-hidden="true"
            className={boxClass}
            style={{
              inlineSize: cssVar('size.20'),
              blockSize: cssVar('size.16'),
              borderRadius: liveValue(record),
            }}
          />
        )}
      />
      <TableOf label="Radius" records={tokensIn('radius')} />
    </Page>
  ),
};

const focusSampleClass = defineStyles(css`
  label: foundations-focus-sample;
  display: block;
  inline-size: ${cssVar('size.20')};
  block-size: ${cssVar('size.control.md')};
  border: ${cssVar('border.width.thin')} solid ${cssVar('color.border.strong')};
  border-radius: ${cssVar('radius.md')};
  outline: ${cssVar('focus.ring.width')} solid ${cssVar('color.focus.ring')};
  outline-offset: ${cssVar('focus.ring.offset')};
`);

/** Stroke widths, and the focus ring they build. */
export const Borders: Story = {
  render: () => (
    <Page
      title="Borders"
      lead="Stroke widths for borders and outlines, and the focus ring every focusable control shows on keyboard focus."
    >
      <Section title="Border widths">
        <Samples
          records={tokensIn('border.width')}
          draw={(record) => (
            <span
              aria-hidden="true"
              className={boxClass}
              style={{
                inlineSize: cssVar('size.20'),
                blockSize: cssVar('size.12'),
                borderWidth: liveValue(record),
                borderColor: cssVar('color.border.strong'),
              }}
            />
          )}
        />
        <TableOf label="Border widths" records={tokensIn('border.width')} />
      </Section>
      <Section title="Focus ring">
        <span aria-hidden="true" className={focusSampleClass} />
        <TableOf label="Focus ring" records={tokensUnder('focus')} />
      </Section>
    </Page>
  ),
};
