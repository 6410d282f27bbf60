import { css } from '../../theme/css';
import { defineStyles } from '../../theme/styleRegistry';
import { cssVar, typographyStyles } from '../../tokens';

/*
 * A centred column. Sizes set private properties: the padding, the icon's circle and glyph,
 * the illustration's width (multiples of `size.24`, the largest size token), the title's
 * typography. The description keeps a readable measure: the width of a small dialog.
 */
export const emptyStateClass = defineStyles(css`
  label: empty-state;
  --_pad: ${cssVar('space.8')};
  --_circle: ${cssVar('size.16')};
  --_glyph: ${cssVar('size.icon.lg')};
  --_picture: calc(2 * ${cssVar('size.24')});
  display: flex;
  flex-direction: column;
  align-items: center;
  gap: ${cssVar('space.3')};
  box-sizing: border-box;
  padding: var(--_pad);
  text-align: center;
  color: ${cssVar('color.text.primary')};
  overflow-wrap: anywhere;

  &[data-size='sm'] {
    --_pad: ${cssVar('space.4')};
    --_circle: ${cssVar('size.10')};
    --_glyph: ${cssVar('size.icon.md')};
    --_picture: ${cssVar('size.24')};
    gap: ${cssVar('space.2')};
  }
  &[data-size='lg'] {
    --_pad: ${cssVar('space.16')};
    --_circle: ${cssVar('size.20')};
    --_picture: calc(3 * ${cssVar('size.24')});
    gap: ${cssVar('space.4')};
  }

  & > [data-part='icon'] {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    inline-size: var(--_circle);
    block-size: var(--_circle);
    margin-block-end: ${cssVar('space.1')};
    border-radius: ${cssVar('radius.full')};
    background-color: ${cssVar('color.bg.sunken')};
    color: ${cssVar('color.text.secondary')};
  }
  & > [data-part='icon'] > svg {
    inline-size: var(--_glyph);
    block-size: var(--_glyph);
  }
  & > [data-part='illustration'] {
    inline-size: min(100%, var(--_picture));
    margin-block-end: ${cssVar('space.1')};
  }
  & > [data-part='illustration'] > :is(img, svg, picture) {
    display: block;
    inline-size: 100%;
    block-size: auto;
  }
  & > [data-part='title'] {
    margin: 0;
    ${typographyStyles('title')}
  }
  &[data-size='sm'] > [data-part='title'] {
    ${typographyStyles('label-lg')}
  }
  &[data-size='lg'] > [data-part='title'] {
    ${typographyStyles('headline')}
  }
  & > [data-part='description'] {
    max-inline-size: ${cssVar('size.dialog.sm')};
    ${typographyStyles('body')}
    color: ${cssVar('color.text.secondary')};
  }
  &[data-size='sm'] > [data-part='description'] {
    ${typographyStyles('body-sm')}
  }
  & > [data-part='actions'] {
    display: flex;
    flex-wrap: wrap;
    justify-content: center;
    gap: ${cssVar('space.2')};
    margin-block-start: ${cssVar('space.2')};
  }
`);
