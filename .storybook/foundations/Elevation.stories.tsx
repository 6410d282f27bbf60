import { css } from '../../src/theme/css';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { defineStyles } from '../../src/theme';
import { cssVar, typographyStyles } from '../../src/tokens';
import { figmaDesign } from '../design';
import { Page, Section } from './Page';
import { metaClass } from './styles';
import {
  leaf,
  liveValue,
  modes,
  modeTitles,
  tokensIn,
  valueIn,
  type TokenRecord,
} from './tokenData';
import { descriptionColumn, tokenColumn, TokenTable, valueColumn, type Column } from './TokenTable';

const meta = {
  title: 'Foundations/Elevation',
  tags: ['!autodocs'],
  parameters: { design: figmaDesign('Foundations/Elevation') },
} satisfies Meta;

export default meta;
type Story = StoryObj<typeof meta>;

const cardsClass = defineStyles(css`
  label: foundations-elevation-cards;
  display: grid;
  grid-template-columns: repeat(auto-fill, minmax(calc(2 * ${cssVar('size.24')}), 1fr));
  gap: ${cssVar('space.8')};
  margin: 0;
  padding: ${cssVar('space.6')};
  list-style: none;
`);

const cardClass = defineStyles(css`
  label: foundations-elevation-card;
  display: grid;
  align-content: start;
  gap: ${cssVar('space.1')};
  min-block-size: ${cssVar('size.24')};
  padding: ${cssVar('space.inset.md')};
  /* A hairline, so a flat card (elevation.none) still shows where it is. */
  border: ${cssVar('border.width.thin')} solid ${cssVar('color.border.subtle')};
  border-radius: ${cssVar('radius.lg')};
  background-color: ${cssVar('color.bg.raised')};
  & > strong {
    ${typographyStyles('label')}
  }
`);

/** Each shadow on a raised card, live: the shadow colour follows the Theme toolbar. */
export const Shadows: Story = {
  render: () => (
    <Page
      title="Elevation"
      lead={
        <>
          Shadows for layered surfaces, each a tight contact shadow plus a wider ambient one. Their
          colour is <code>color.elevation.shadow</code>, stronger in dark mode, so each scheme has
          its own values. Cards use <code>color.bg.raised</code> and follow the Theme toolbar.
        </>
      }
    >
      <ul className={cardsClass}>
        {tokensIn('elevation').map((record) => (
          <li key={record.name} className={cardClass} style={{ boxShadow: liveValue(record) }}>
            <strong>{leaf(record)}</strong>
            <span className={metaClass}>{record.description}</span>
          </li>
        ))}
      </ul>
      <TokenTable
        label="Shadow values by scheme"
        rows={tokensIn('elevation')}
        rowKey={(record) => record.name}
        columns={[
          tokenColumn,
          ...modes.map((mode): Column<TokenRecord> => ({
            header: modeTitles[mode],
            // One shadow layer per line: the values are long, and layers read as a list.
            cell: (record) => (
              <code className={metaClass}>
                {valueIn(record, mode)
                  .split(/,\s*(?![^(]*\))/)
                  .map((layer) => (
                    <span key={layer} style={{ display: 'block' }}>
                      {layer}
                    </span>
                  ))}
              </code>
            ),
          })),
        ]}
      />
    </Page>
  ),
};

const opacitySampleClass = defineStyles(css`
  label: foundations-opacity-sample;
  display: block;
  inline-size: ${cssVar('size.10')};
  block-size: ${cssVar('size.10')};
  border-radius: ${cssVar('radius.md')};
  background-color: ${cssVar('color.text.primary')};
`);

/** Stacking order and opacities: what sits above what. */
export const LayersAndOpacity: Story = {
  render: () => (
    <Page
      title="Layers and opacity"
      lead="z-index values for everything that stacks, lowest first, with gaps of 100 for local adjustments; and the opacities of scrims, disabled media and hover tints."
    >
      <Section title="Layers">
        <TokenTable
          label="Layers"
          rows={[...tokensIn('z')].sort((a, b) => Number(a.value) - Number(b.value))}
          rowKey={(record) => record.name}
          columns={[tokenColumn, { ...valueColumn, numeric: true }, descriptionColumn]}
        />
      </Section>
      <Section title="Opacity">
        <TokenTable
          label="Opacity"
          rows={tokensIn('opacity')}
          rowKey={(record) => record.name}
          columns={[
            tokenColumn,
            {
              header: 'Sample',
              // A solid block of the text colour at this opacity, over the page.
              cell: (record) => (
                <span
                  aria-hidden="true"
                  className={opacitySampleClass}
                  style={{ opacity: liveValue(record) }}
                />
              ),
            },
            { ...valueColumn, numeric: true },
            descriptionColumn,
          ]}
        />
      </Section>
    </Page>
  ),
};
