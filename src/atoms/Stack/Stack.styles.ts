import { css } from '../../theme/css';
import { defineStyles } from '../../theme/styleRegistry';
import { cssVar } from '../../tokens';
import { spaceKeys, type SpaceKey } from '../Box/Box.styles';
import { atBreakpoint, breakpointNames } from '../Grid/breakpoints';
import type { StackAlign, StackJustify } from './Stack';

/*
 * Static rules only: every prop is a data attribute on the root. The direction is responsive
 * (`data-direction-<breakpoint>`), so each breakpoint gets its media query, generated here at
 * import from the breakpoint constants. Decorative dividers between the items follow the
 * direction of the breakpoint in force: a row divides with vertical lines.
 *
 * Defaults are absent: the default direction (`column`), gap, alignment and distribution
 * write no attribute. The base rule holds them, and the attribute rules describe only the
 * departures (a `column` from `sm` up stays, to return to it after a `row`).
 */
const rowDivider = `
  inline-size: 0;
  block-size: auto;
  border-block-start-width: 0;
  border-inline-start: ${cssVar('border.width.thin')} solid var(--_line);
`;
const columnDivider = `
  inline-size: auto;
  block-size: 0;
  border-inline-start-width: 0;
  border-block-start: ${cssVar('border.width.thin')} solid var(--_line);
`;

const directionRules = breakpointNames
  .map((breakpoint) =>
    atBreakpoint(
      breakpoint,
      `
      &[data-direction-${breakpoint}='row'] { flex-direction: row; }
      &[data-direction-${breakpoint}='row'] > [data-part='divider'] { ${rowDivider} }
      ${
        breakpoint === 'xs'
          ? ''
          : `
      &[data-direction-${breakpoint}='column'] { flex-direction: column; }
      &[data-direction-${breakpoint}='column'] > [data-part='divider'] { ${columnDivider} }`
      }
    `,
    ),
  )
  .join('\n');

const alignItems = {
  start: 'flex-start',
  center: 'center',
  end: 'flex-end',
  stretch: 'stretch',
  baseline: 'baseline',
} as const satisfies Record<StackAlign, string>;

const justifyContent = {
  start: 'flex-start',
  center: 'center',
  end: 'flex-end',
  between: 'space-between',
} as const satisfies Record<StackJustify, string>;

/** The defaults of a flex layout component, held by its base rule. */
export interface FlexDefaults {
  gap: SpaceKey;
  align: StackAlign;
  justify: StackJustify;
}

/**
 * Shared by Stack and Inline: gap, cross-axis alignment and main-axis distribution. The
 * component's defaults are base declarations (put this first in the rule); every other value
 * gets an attribute rule.
 */
export function flexAlignmentRules(defaults: FlexDefaults): string {
  const rules = (
    attribute: string,
    values: Record<string, string>,
    fallback: string,
    property: string,
  ) =>
    Object.entries(values)
      .filter(([name]) => name !== fallback)
      .map(([name, value]) => `&[${attribute}='${name}'] { ${property}: ${value}; }`)
      .join('\n');
  const gaps = Object.fromEntries(spaceKeys.map((key) => [key, cssVar(`space.${key}`)]));
  return `
  gap: ${cssVar(`space.${defaults.gap}`)};
  align-items: ${alignItems[defaults.align]};
  justify-content: ${justifyContent[defaults.justify]};
  ${rules('data-align', alignItems, defaults.align, 'align-items')}
  ${rules('data-justify', justifyContent, defaults.justify, 'justify-content')}
  ${rules('data-gap', gaps, defaults.gap, 'gap')}
`;
}

export const stackClass = defineStyles(css`
  label: stack;
  display: flex;
  flex-direction: column;
  min-inline-size: 0;
  ${flexAlignmentRules({ gap: '4', align: 'stretch', justify: 'start' })}
  &[data-wrap] {
    flex-wrap: wrap;
  }
  & > [data-part='divider'] {
    ${columnDivider}
  }
  ${directionRules}
`);
