import { css } from '../../src/theme/css';
import type { Meta, StoryObj } from '@storybook/react-vite';
import type { ReactNode } from 'react';
import { defineStyles } from '../../src/theme';
import { cssVar, typographyStyles } from '../../src/tokens';
import { figmaDesign } from '../design';
import { Page, Section } from './Page';
import {
  groupDescription,
  leaf,
  liveValue,
  subgroups,
  tokensIn,
  type TokenRecord,
} from './tokenData';
import { descriptionColumn, tokenColumn, TokenTable, valueColumn } from './TokenTable';

const meta = {
  title: 'Foundations/Spacing',
  tags: ['!autodocs'],
  parameters: { design: figmaDesign('Foundations/Spacing') },
} satisfies Meta;

export default meta;
type Story = StoryObj<typeof meta>;

const barClass = defineStyles(css`
  label: foundations-space-bar;
  display: block;
  block-size: ${cssVar('size.4')};
  border-radius: ${cssVar('radius.sm')};
  background-color: ${cssVar('color.interactive.primary.rest')};
`);

/** The scale as bars at their real length: the step between neighbours is visible. */
export const Scale: Story = {
  render: () => (
    <Page
      title="Spacing"
      lead={
        <>
          Gaps, padding and margins come from one scale on a 4px base: <code>space.N</code> is N ×
          4px. Bars are drawn at their real length. Widths and heights of things use the size scale
          instead.
        </>
      }
    >
      <TokenTable
        label="Spacing scale"
        rows={tokensIn('space')}
        rowKey={(record) => record.name}
        columns={[
          tokenColumn,
          { header: 'Value', cell: (record) => <code>{String(record.value)}</code>, numeric: true },
          {
            header: 'Length',
            cell: (record) => (
              <span
                aria-hidden="true"
                className={barClass}
                style={{ inlineSize: liveValue(record) }}
              />
            ),
            width: '55%',
          },
        ]}
      />
    </Page>
  ),
};

/* ---------------------------------------------------------------- Roles */

const demoRowClass = defineStyles(css`
  label: foundations-space-demos;
  display: flex;
  flex-wrap: wrap;
  align-items: flex-start;
  gap: ${cssVar('space.6')};
  margin: 0;
  padding: 0;
  list-style: none;
  ${typographyStyles('label-sm')}
`);

const demoClass = defineStyles(css`
  label: foundations-space-demo;
  display: grid;
  justify-items: start;
  gap: ${cssVar('space.2')};
`);

/* Padding is tinted so the inset itself is what you see; the content box sits inside it. */
const insetClass = defineStyles(css`
  label: foundations-inset;
  border: ${cssVar('border.width.thin')} dashed ${cssVar('color.status.info.border')};
  border-radius: ${cssVar('radius.md')};
  background-color: ${cssVar('color.status.info.bg')};
  & > span {
    display: block;
    padding-inline: ${cssVar('space.2')};
    border-radius: ${cssVar('radius.sm')};
    background-color: ${cssVar('color.bg.canvas')};
    color: ${cssVar('color.text.primary')};
  }
`);

const stackClass = defineStyles(css`
  label: foundations-stack;
  display: flex;
  flex-direction: column;
  inline-size: ${cssVar('size.24')};
  & > span {
    block-size: ${cssVar('size.4')};
    border-radius: ${cssVar('radius.sm')};
    background-color: ${cssVar('color.interactive.primary.rest')};
  }
`);

/** How each role looks: inset as padding around content, stack as the gap between siblings. */
const demos: Record<string, (record: TokenRecord) => ReactNode> = {
  inset: (record) => (
    <div className={insetClass} style={{ padding: liveValue(record) }}>
      <span>Content</span>
    </div>
  ),
  stack: (record) => (
    <div aria-hidden="true" className={stackClass} style={{ gap: liveValue(record) }}>
      <span />
      <span />
      <span />
    </div>
  ),
};

/** Named uses of the scale. Components pick a role, so the rhythm can be retuned in one place. */
export const Roles: Story = {
  render: () => (
    <Page
      title="Spacing roles"
      lead={
        <>
          Semantic spacing names a use of the scale, such as <code>space.inset.md</code> for the
          padding of cards. Prefer a role when one fits.
        </>
      }
    >
      {subgroups('space').map((role) => {
        const records = tokensIn(`space.${role}`);
        const demo = demos[role];
        return (
          <Section
            key={role}
            title={`${role.charAt(0).toUpperCase()}${role.slice(1)}`}
            lead={groupDescription(`space.${role}`)}
          >
            {demo && (
              <ul className={demoRowClass}>
                {records.map((record) => (
                  <li key={record.name} className={demoClass}>
                    {demo(record)}
                    <code>{`${leaf(record)} · ${record.value}`}</code>
                  </li>
                ))}
              </ul>
            )}
            <TokenTable
              label={`Spacing role: ${role}`}
              rows={records}
              rowKey={(record) => record.name}
              columns={[tokenColumn, valueColumn, descriptionColumn]}
            />
          </Section>
        );
      })}
    </Page>
  ),
};
