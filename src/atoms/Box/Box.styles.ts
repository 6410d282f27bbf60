import { css } from '../../theme/css';
import { focusRing } from '../../theme/sharedStyles';
import { defineStyles } from '../../theme/styleRegistry';
import { cssVar } from '../../tokens';

/*
 * Box maps every style prop to a data attribute (`padding="4"` → `data-padding="4"`) and this
 * module writes one static rule per attribute value, once, at import. We chose attributes over
 * inline custom properties (`style={{ '--_p': … }}`) because a render then allocates no style
 * object at all, server HTML carries no inline styles, the values are visible and testable in
 * the DOM, and the cost is a fixed ~120 tiny rules in the one style sheet.
 *
 * Order matters where props overlap: the shorthand (`padding`) comes before the axis props
 * (`paddingInline`, `paddingBlock`), so an axis prop wins over the shorthand whatever the
 * order of the attributes — the same specificity, a later rule.
 */

/** The space scale keys, `space.*`. */
export const spaceKeys = [
  '0',
  '1',
  '2',
  '3',
  '4',
  '5',
  '6',
  '8',
  '10',
  '12',
  '16',
  '20',
  '24',
] as const;
export type SpaceKey = (typeof spaceKeys)[number];

export const backgroundRoles = ['canvas', 'surface', 'raised', 'sunken', 'inverse'] as const;
export type BoxBackground = (typeof backgroundRoles)[number];

export const textRoles = ['primary', 'secondary', 'inverse', 'disabled'] as const;
export type BoxColor = (typeof textRoles)[number];

export const radiusKeys = ['none', 'sm', 'md', 'lg', 'xl', 'full'] as const;
export type BoxRadius = (typeof radiusKeys)[number];

export const elevationKeys = ['none', 'sm', 'md', 'lg', 'xl'] as const;
export type BoxElevation = (typeof elevationKeys)[number];

export const boxBorders = ['subtle', 'strong'] as const;
export type BoxBorder = (typeof boxBorders)[number];

/** Style props backed by the space scale, with the attribute and CSS property each sets. */
export const spaceProps = [
  ['padding', 'data-padding', 'padding'],
  ['paddingInline', 'data-padding-inline', 'padding-inline'],
  ['paddingBlock', 'data-padding-block', 'padding-block'],
  ['margin', 'data-margin', 'margin'],
  ['marginInline', 'data-margin-inline', 'margin-inline'],
  ['marginBlock', 'data-margin-block', 'margin-block'],
] as const;

const spaceRules = spaceProps
  .map(([, attribute, property]) =>
    spaceKeys
      .map((key) => `&[${attribute}='${key}'] { ${property}: ${cssVar(`space.${key}`)}; }`)
      .join('\n'),
  )
  .join('\n');

const backgroundRules = backgroundRoles
  .map(
    (role) => `&[data-background='${role}'] { background-color: ${cssVar(`color.bg.${role}`)}; }`,
  )
  .join('\n');

const colorRules = textRoles
  .map((role) => `&[data-color='${role}'] { color: ${cssVar(`color.text.${role}`)}; }`)
  .join('\n');

const radiusRules = radiusKeys
  .map((key) => `&[data-radius='${key}'] { border-radius: ${cssVar(`radius.${key}`)}; }`)
  .join('\n');

const elevationRules = elevationKeys
  .map((key) => `&[data-elevation='${key}'] { box-shadow: ${cssVar(`elevation.${key}`)}; }`)
  .join('\n');

/*
 * In the rules below:
 * - `&:is(ul, ol)`: Lists rendered by a Box are layout, not bullets: the caller adds markers if
 *   wanted.
 * - `&:focus-visible`: A Box made focusable (a scrollable region with tabIndex={0}) shows where
 *   focus is.
 * - `&[data-background='inverse']`: Text on the inverse surface defaults to the inverse text role,
 *   so it always contrasts.
 */
export const boxClass = defineStyles(css`
  label: box;
  &:is(ul, ol) {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  &:focus-visible {
    ${focusRing}
  }
  ${spaceRules}
  ${backgroundRules}
  &[data-background='inverse'] {
    color: ${cssVar('color.text.inverse')};
  }
  ${colorRules}
  ${radiusRules}
  ${elevationRules}
  &[data-border='subtle'] {
    border: ${cssVar('border.width.thin')} solid ${cssVar('color.border.subtle')};
  }
  &[data-border='strong'] {
    border: ${cssVar('border.width.thin')} solid ${cssVar('color.border.strong')};
  }
`);
