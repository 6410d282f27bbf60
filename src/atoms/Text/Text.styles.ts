import { css } from '../../theme/css';
import { defineStyles } from '../../theme/styleRegistry';
import { cssVar, typographyStyles, type TokenName, type TypographyRole } from '../../tokens';

export const textVariants = [
  'body',
  'body-sm',
  'display',
  'headline',
  'title',
  'label',
  'label-sm',
  'label-lg',
  'caption',
  'code',
] as const satisfies readonly TypographyRole[];

const colors = {
  primary: 'color.text.primary',
  secondary: 'color.text.secondary',
  disabled: 'color.text.disabled',
  inverse: 'color.text.inverse',
  link: 'color.text.link',
  info: 'color.status.info.fg',
  success: 'color.status.success.fg',
  warning: 'color.status.warning.fg',
  error: 'color.status.error.fg',
} as const satisfies Record<string, TokenName>;

/** A text or status colour role; `inherit` takes the colour of the surrounding element. */
export type TextColor = keyof typeof colors | 'inherit';
export const textColors = Object.keys(colors) as Array<keyof typeof colors>;

export const textWeights = ['regular', 'medium', 'semibold', 'bold'] as const;
export type TextWeight = (typeof textWeights)[number];

/*
 * Shared by Text and Heading. Role, colour, weight, alignment and truncation are data
 * attributes; only the number of lines for `maxLines` travels as a custom property
 * (`--_max-lines`), because it is an open number. The base rule is the `body` role, so body
 * has no attribute rule: Text writes no `data-variant` for it, and a Heading that writes
 * `data-variant="body"` falls through to the base rule.
 *
 * `overflow-wrap: anywhere` (not `break-word`): a long word also shrinks the min-content width,
 * so text in a flex or grid item wraps inside its column instead of stretching it. Truncation
 * keeps the whole text in the DOM: assistive technology reads all of it.
 */
export const textClass = defineStyles(css`
  label: text;
  margin: 0;
  overflow-wrap: anywhere;
  ${typographyStyles('body')}

  ${textVariants
    .filter((role) => role !== 'body')
    .map((role) => `&[data-variant='${role}'] { ${typographyStyles(role)} }`)
    .join('\n')}

  ${Object.entries(colors)
    .map(([name, token]) => `&[data-color='${name}'] { color: ${cssVar(token as TokenName)}; }`)
    .join('\n')}

  ${textWeights
    .map(
      (weight) => `&[data-weight='${weight}'] { font-weight: ${cssVar(`font.weight.${weight}`)}; }`,
    )
    .join('\n')}

  &[data-align='start'] {
    text-align: start;
  }
  &[data-align='center'] {
    text-align: center;
  }
  &[data-align='end'] {
    text-align: end;
  }
  &[data-align='justify'] {
    text-align: justify;
  }

  &[data-truncate] {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: var(--_max-lines);
    line-clamp: var(--_max-lines);
    overflow: hidden;
    overflow-wrap: anywhere;
  }
`);
