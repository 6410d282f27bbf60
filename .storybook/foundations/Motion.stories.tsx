import { css } from '../../src/theme/css';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { defineStyles } from '../../src/theme';
import { cssVar, typographyStyles } from '../../src/tokens';
import { figmaDesign } from '../design';
import { Page, Section } from './Page';
import { metaClass } from './styles';
import { leaf, tokensIn, type TokenRecord } from './tokenData';
import { descriptionColumn, tokenColumn, TokenName, TokenTable, valueColumn } from './TokenTable';

const meta = {
  title: 'Foundations/Motion',
  tags: ['!autodocs'],
  parameters: { design: figmaDesign('Foundations/Motion') },
} satisfies Meta;

export default meta;
type Story = StoryObj<typeof meta>;

/* ---------------------------------------------------------------- Durations */

const milliseconds = (record: TokenRecord) => {
  const match = /^([\d.]+)(ms|s)$/.exec(String(record.value));
  if (!match) throw new Error(`Foundations: ${record.name} is ${record.value}, not a duration.`);
  return Number(match[1]) * (match[2] === 's' ? 1000 : 1);
};

const durations = tokensIn('motion.duration').sort((a, b) => milliseconds(a) - milliseconds(b));
const longest = Math.max(...durations.map(milliseconds));

const barClass = defineStyles(css`
  label: foundations-duration-bar;
  display: block;
  block-size: ${cssVar('size.3')};
  border-radius: ${cssVar('radius.sm')};
  background-color: ${cssVar('color.interactive.primary.rest')};
`);

/* ---------------------------------------------------------------- Easings */

/** `cubic-bezier(x1, y1, x2, y2)` → its four numbers. */
const controlPoints = (record: TokenRecord) => {
  const numbers =
    String(record.value)
      .match(/-?[\d.]+/g)
      ?.map(Number) ?? [];
  if (numbers.length !== 4) throw new Error(`Foundations: ${record.name} is not a cubic-bezier.`);
  return numbers as [number, number, number, number];
};

/*
 * The curve in a unit square: x is time, y is progress, both 0 → 1, drawn 100 units tall with
 * y flipped (SVG y grows downwards). The margin leaves room for control points outside it.
 */
const S = 100;
const point = (x: number, y: number) => `${x * S} ${S - y * S}`;

const curveClass = defineStyles(css`
  label: foundations-easing-curve;
  display: block;
  inline-size: 100%;
  max-inline-size: calc(2 * ${cssVar('size.24')});
  overflow: visible;
  & [data-part='frame'] {
    fill: ${cssVar('color.bg.surface')};
    stroke: ${cssVar('color.border.subtle')};
  }
  & [data-part='linear'] {
    stroke: ${cssVar('color.border.strong')};
    stroke-dasharray: 4 4;
  }
  & [data-part='handle'] {
    stroke: ${cssVar('color.text.secondary')};
  }
  & circle {
    fill: ${cssVar('color.bg.canvas')};
    stroke: ${cssVar('color.text.secondary')};
    stroke-width: 1.5;
  }
  & [data-part='curve'] {
    fill: none;
    stroke: ${cssVar('color.interactive.primary.rest')};
    stroke-width: 3;
    stroke-linecap: round;
  }
`);

function Curve({ record }: { record: TokenRecord }) {
  const [x1, y1, x2, y2] = controlPoints(record);
  return (
    <svg
      role="img"
      aria-label={`${leaf(record)} easing curve, ${record.value}`}
      viewBox={`-10 -10 ${S + 20} ${S + 20}`}
      className={curveClass}
    >
      <rect data-part="frame" width={S} height={S} />
      <path data-part="linear" d={`M${point(0, 0)} L${point(1, 1)}`} />
      <path
        data-part="handle"
        d={`M${point(0, 0)} L${point(x1, y1)} M${point(1, 1)} L${point(x2, y2)}`}
      />
      <circle cx={x1 * S} cy={S - y1 * S} r="3" />
      <circle cx={x2 * S} cy={S - y2 * S} r="3" />
      <path
        data-part="curve"
        d={`M${point(0, 0)} C${point(x1, y1)} ${point(x2, y2)} ${point(1, 1)}`}
      />
    </svg>
  );
}

const easingsClass = defineStyles(css`
  label: foundations-easings;
  display: grid;
  grid-template-columns: repeat(auto-fill, minmax(calc(2 * ${cssVar('size.24')}), 1fr));
  gap: ${cssVar('space.8')};
  margin: 0;
  padding: 0;
  list-style: none;
  & > li {
    display: grid;
    align-content: start;
    gap: ${cssVar('space.2')};
  }
  & strong {
    ${typographyStyles('label')}
  }
`);

/** Durations and easings. Static drawings, so the screenshots are the same on every run. */
export const DurationsAndEasings: Story = {
  render: () => (
    <Page
      title="Motion"
      lead={
        <>
          How long things take and how they accelerate. Use the shortest duration that reads, and
          the easing that matches the movement: things entering decelerate, things leaving
          accelerate. Users who ask for reduced motion get none (GlobalStyles turns it off).
        </>
      }
    >
      <Section title="Durations">
        <TokenTable
          label="Durations"
          rows={durations}
          rowKey={(record) => record.name}
          columns={[
            tokenColumn,
            { ...valueColumn, numeric: true },
            {
              header: 'Relative length',
              cell: (record) => (
                <span
                  aria-hidden="true"
                  className={barClass}
                  style={{ inlineSize: `${(milliseconds(record) / longest) * 100}%` }}
                />
              ),
              width: '30%',
            },
            descriptionColumn,
          ]}
        />
      </Section>
      <Section
        title="Easings"
        lead="Progress (up) over time (right). The dashed diagonal is linear; the thin lines lead to the two control points of the cubic Bézier."
      >
        <ul className={easingsClass}>
          {tokensIn('motion.easing').map((record) => (
            <li key={record.name}>
              <Curve record={record} />
              <strong>{leaf(record)}</strong>
              <TokenName record={record} />
              <code className={metaClass}>{String(record.value)}</code>
              <span className={metaClass}>{record.description}</span>
            </li>
          ))}
        </ul>
      </Section>
    </Page>
  ),
};
