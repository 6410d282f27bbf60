import { css } from '@emotion/react';
import { defineStyles } from '../../theme/styleRegistry';
import { cssVar } from '../../tokens';
import { spaceKeys } from '../Box/Box.styles';
import { atBreakpoint, breakpointNames } from '../Grid/breakpoints';

/*
 * Static rules only: every prop is a data attribute on the root. The direction is responsive
 * (`data-direction-<breakpoint>`), so each breakpoint gets its media query, generated here at
 * import from the breakpoint constants. Decorative dividers between the items follow the
 * direction of the breakpoint in force: a row divides with vertical lines.
 */
const gapRules = spaceKeys
  .map((key) => `&[data-gap='${key}'] { gap: ${cssVar(`space.${key}`)}; }`)
  .join('\n');

const directionRules = breakpointNames
  .map((breakpoint) =>
    atBreakpoint(
      breakpoint,
      `
      &[data-direction-${breakpoint}='row'] { flex-direction: row; }
      &[data-direction-${breakpoint}='row'] > [data-part='divider'] {
        inline-size: 0;
        block-size: auto;
        border-block-start-width: 0;
        border-inline-start: ${cssVar('border.width.thin')} solid var(--_line);
      }
      &[data-direction-${breakpoint}='column'] { flex-direction: column; }
      &[data-direction-${breakpoint}='column'] > [data-part='divider'] {
        inline-size: auto;
        block-size: 0;
        border-inline-start-width: 0;
        border-block-start: ${cssVar('border.width.thin')} solid var(--_line);
      }
    `,
    ),
  )
  .join('\n');

/** Shared by Stack and Inline: cross-axis alignment and main-axis distribution. */
export const flexAlignmentRules = `
  &[data-align='start'] { align-items: flex-start; }
  &[data-align='center'] { align-items: center; }
  &[data-align='end'] { align-items: flex-end; }
  &[data-align='stretch'] { align-items: stretch; }
  &[data-align='baseline'] { align-items: baseline; }
  &[data-justify='start'] { justify-content: flex-start; }
  &[data-justify='center'] { justify-content: center; }
  &[data-justify='end'] { justify-content: flex-end; }
  &[data-justify='between'] { justify-content: space-between; }
  ${gapRules}
`;

export const stackClass = defineStyles(css`
  label: stack;
  display: flex;
  flex-direction: column;
  min-inline-size: 0;
  &[data-wrap] {
    flex-wrap: wrap;
  }
  ${flexAlignmentRules}
  ${directionRules}
`);
