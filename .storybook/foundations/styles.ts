import { css } from '../../src/theme/css';
import { defineStyles } from '../../src/theme';
import { cssVar, typographyStyles } from '../../src/tokens';

/*
 * Shared look of the Foundations pages. These are docs, not library components, but they use
 * the library's own engine and tokens so they switch scheme with the toolbar like everything
 * else. Values that are the data being shown are set inline by each page.
 */

export const pageClass = defineStyles(css`
  label: foundations-page;
  display: grid;
  gap: ${cssVar('space.8')};
  max-inline-size: ${cssVar('grid.container.xl')};
  ${typographyStyles('body')}

  & h1 {
    margin: 0;
    ${typographyStyles('headline')}
  }
  & h2 {
    margin: 0;
    ${typographyStyles('title')}
  }
  & p {
    margin: 0;
  }
  /* :where() keeps this at class specificity, so a class on the code element (metaClass) wins. */
  & :where(code) {
    ${typographyStyles('code')}
    font-size: inherit;
  }
`);

export const headerClass = defineStyles(css`
  label: foundations-header;
  display: grid;
  gap: ${cssVar('space.2')};
`);

/** Introductory prose: a readable measure, secondary colour. */
export const leadClass = defineStyles(css`
  label: foundations-lead;
  max-inline-size: 72ch;
  color: ${cssVar('color.text.secondary')};
`);

export const sectionClass = defineStyles(css`
  label: foundations-section;
  display: grid;
  gap: ${cssVar('space.4')};
`);

export const tableClass = defineStyles(css`
  label: foundations-table;
  inline-size: 100%;
  border-collapse: collapse;
  ${typographyStyles('body-sm')}

  & th,
  & td {
    padding-block: ${cssVar('space.2')};
    padding-inline: ${cssVar('space.3')};
    border-block-end: ${cssVar('border.width.thin')} solid ${cssVar('color.border.subtle')};
    text-align: start;
    vertical-align: top;
    font-weight: inherit;
  }
  & thead th {
    ${typographyStyles('label')}
    background-color: ${cssVar('color.bg.sunken')};
    color: ${cssVar('color.text.primary')};
    vertical-align: bottom;
  }
  & td[data-numeric] {
    text-align: end;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
`);

/** Token name over its CSS variable, as in the Figma variables panel. */
export const tokenNameClass = defineStyles(css`
  label: foundations-token-name;
  display: grid;
  gap: ${cssVar('space.1')};
  & > code + code {
    ${typographyStyles('caption')}
    font-family: ${cssVar('font.family.mono')};
    color: ${cssVar('color.text.secondary')};
  }
`);

/** Small supporting text (values, aliases) next to a sample. */
export const metaClass = defineStyles(css`
  label: foundations-meta;
  ${typographyStyles('caption')}
  color: ${cssVar('color.text.secondary')};
  &:where(code),
  & code {
    font-family: ${cssVar('font.family.mono')};
  }
  & code {
    font-size: inherit;
  }
`);

/** A sample drawn with a border so it stays visible on any scheme's canvas. */
export const swatchClass = defineStyles(css`
  label: foundations-swatch;
  display: block;
  flex-shrink: 0;
  border: ${cssVar('border.width.thin')} solid ${cssVar('color.border.subtle')};
  border-radius: ${cssVar('radius.md')};
  /* Transparent colours are shown over a checkerboard, as design tools do. */
  background-image:
    linear-gradient(var(--_swatch), var(--_swatch)),
    conic-gradient(
      ${cssVar('palette.neutral.200')} 25%,
      ${cssVar('palette.neutral.0')} 0 50%,
      ${cssVar('palette.neutral.200')} 0 75%,
      ${cssVar('palette.neutral.0')} 0
    );
  background-size:
    100% 100%,
    ${cssVar('size.3')} ${cssVar('size.3')};
`);

/** A row of samples that wraps. */
export const rowClass = defineStyles(css`
  label: foundations-row;
  display: flex;
  flex-wrap: wrap;
  align-items: flex-end;
  gap: ${cssVar('space.6')};
`);

/** A card to draw samples on: the surface colour, separated from the canvas. */
export const surfaceClass = defineStyles(css`
  label: foundations-surface;
  padding: ${cssVar('space.inset.md')};
  border: ${cssVar('border.width.thin')} solid ${cssVar('color.border.subtle')};
  border-radius: ${cssVar('radius.lg')};
  background-color: ${cssVar('color.bg.surface')};
`);
