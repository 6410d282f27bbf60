import { css } from '../../theme/css';
import { defineStyles } from '../../theme/styleRegistry';
import { cssVar, typographyStyles } from '../../tokens';
import { stretchedTarget } from '../PrimaryAction';

/*
 * A grid of named areas: the media comes first on screen (above, or at the start when
 * horizontal) while the title comes first in the reading order, as Inclusive Components'
 * cards advise. Each part pads its top and sides; the card pads the bottom once, whichever
 * part is last (horizontal media reaches over it to the edge). Interactive cards
 * (`data-interactive`) take the stretched target and a hover elevation.
 */
export const cardClass = defineStyles(css`
  label: card;
  position: relative;
  display: grid;
  grid-template-columns: minmax(0, 1fr);
  grid-template-areas: 'media' 'header' 'body' 'footer';
  align-content: start;
  box-sizing: border-box;
  margin: 0;
  padding: 0 0 ${cssVar('space.4')};
  border: ${cssVar('border.width.thin')} solid ${cssVar('color.border.subtle')};
  border-radius: ${cssVar('radius.lg')};
  background-color: ${cssVar('color.bg.raised')};
  color: ${cssVar('color.text.primary')};
  ${typographyStyles('body')}
  overflow-wrap: anywhere;
  transition: box-shadow ${cssVar('motion.duration.fast')} ${cssVar('motion.easing.standard')};

  &[data-variant='elevated'] {
    border-color: transparent;
    box-shadow: ${cssVar('elevation.sm')};
  }
  &[data-orientation='horizontal'] {
    grid-template-columns: minmax(0, 1fr) minmax(0, 2fr);
    grid-template-rows: auto 1fr auto;
    grid-template-areas: 'media header' 'media body' 'media footer';
  }

  & > [data-part='header'] {
    grid-area: header;
    display: flex;
    align-items: flex-start;
    gap: ${cssVar('space.3')};
    padding: ${cssVar('space.4')} ${cssVar('space.4')} 0;
  }
  & [data-part='heading'] {
    display: grid;
    flex: 1 1 auto;
    gap: ${cssVar('space.1')};
    min-inline-size: 0;
  }
  & [data-part='title'] {
    margin: 0;
    ${typographyStyles('title')}
  }
  & [data-part='description'] {
    margin: 0;
    ${typographyStyles('body-sm')}
    color: ${cssVar('color.text.secondary')};
  }
  & > [data-part='header'] > [data-part='actions'] {
    display: flex;
    flex: none;
    gap: ${cssVar('space.1')};
    margin-block: calc(-1 * ${cssVar('space.1')});
  }
  & > [data-part='media'] {
    grid-area: media;
    overflow: hidden;
    border-start-start-radius: inherit;
    border-start-end-radius: inherit;
  }
  &[data-orientation='horizontal'] > [data-part='media'] {
    margin-block-end: calc(-1 * ${cssVar('space.4')});
    border-start-end-radius: 0;
    border-end-start-radius: inherit;
  }
  & > [data-part='media'] > :is(img, video, svg, picture) {
    display: block;
    inline-size: 100%;
    block-size: 100%;
    object-fit: cover;
  }
  & > [data-part='body'] {
    grid-area: body;
    padding: ${cssVar('space.3')} ${cssVar('space.4')} 0;
  }
  & > [data-part='body'] > :first-child {
    margin-block-start: 0;
  }
  & > [data-part='body'] > :last-child {
    margin-block-end: 0;
  }
  & > [data-part='footer'] {
    grid-area: footer;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: ${cssVar('space.2')};
    padding: ${cssVar('space.4')} ${cssVar('space.4')} 0;
  }
  ${stretchedTarget}
  &[data-interactive]:hover {
    box-shadow: ${cssVar('elevation.md')};
  }
  &[data-interactive]:hover [data-part='primary-action'] {
    text-decoration: underline;
  }
  @media (prefers-reduced-motion: reduce) {
    & {
      transition: none;
    }
  }
`);
