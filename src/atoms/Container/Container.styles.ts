import { css } from '../../theme/css';
import { defineStyles } from '../../theme/styleRegistry';
import { cssVar } from '../../tokens';
import { atBreakpoint, breakpointNames, type Breakpoint } from '../Grid/breakpoints';

/*
 * Centred content with the page margins of the breakpoint (`grid.margin.*`) as inline padding
 * and, from `sm` up, the maximum content width of the breakpoint (`grid.container.*`, the
 * breakpoint minus both margins). The box fills its parent (`inline-size: 100%`, so it also
 * works as a flex or grid child, where auto margins would otherwise shrink it) and is capped
 * at content width + both margins. `maxWidth` caps the growth at a smaller breakpoint's width
 * (a reading column): at every breakpoint the rule picks the container of
 * min(breakpoint, cap).
 *
 * Defaults are absent: the default cap (`xl`) writes no attribute, so the base rule of each
 * breakpoint holds it; `sm`, `md` and `lg` get 4 × 3 attribute rules, and `none` lifts the cap.
 */
export const containerWidths = ['sm', 'md', 'lg', 'xl'] as const;
export type ContainerMaxWidth = (typeof containerWidths)[number] | 'none';

const order = (name: Breakpoint) => breakpointNames.indexOf(name);

/** The widest the container grows at `breakpoint` when capped at `cap`. */
function maxInlineSize(breakpoint: Breakpoint, cap: (typeof containerWidths)[number]): string {
  const used = order(cap) < order(breakpoint) ? cap : breakpoint;
  const width = cssVar(`grid.container.${used as typeof cap}`);
  const margin = cssVar(`grid.margin.${breakpoint}`);
  return `calc(${width} + 2 * ${margin})`;
}

const widthRules = breakpointNames
  .map((breakpoint) => {
    const caps =
      breakpoint === 'xs'
        ? ''
        : `max-inline-size: ${maxInlineSize(breakpoint, 'xl')};
          ${containerWidths
            .filter((cap) => cap !== 'xl')
            .map(
              (cap) =>
                `&[data-max-width='${cap}'] { max-inline-size: ${maxInlineSize(breakpoint, cap)}; }`,
            )
            .join('\n')}`;
    return atBreakpoint(
      breakpoint,
      `padding-inline: ${cssVar(`grid.margin.${breakpoint}`)}; ${caps}`,
    );
  })
  .join('\n');

export const containerClass = defineStyles(css`
  label: container;
  box-sizing: border-box;
  inline-size: 100%;
  margin-inline: auto;
  ${widthRules}
  &[data-max-width='none'] {
    max-inline-size: none;
  }
`);
