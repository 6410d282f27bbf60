import { css } from '../../theme/css';
import { defineStyles } from '../../theme/styleRegistry';
import { cssVar, typographyStyles } from '../../tokens';
import { stretchedTarget } from '../PrimaryAction';

/*
 * The list numbers its steps with a CSS counter, drawn in the marker of the steps that show
 * no sign (pending, current), so no step needs its index. Each step is a grid: the marker
 * and the connector to the next step on one line (horizontal), or the connector under the
 * marker and the text beside them (vertical). The connector after a done step takes the
 * primary colour: the path so far.
 */
export const stepperClass = defineStyles(css`
  label: stepper;
  display: flex;
  gap: ${cssVar('space.2')};
  margin: 0;
  padding: 0;
  list-style: none;
  counter-reset: cal-step;
  &[data-orientation='vertical'] {
    flex-direction: column;
    gap: 0;
  }
`);

const status = (name: 'warning' | 'error') => `
  &[data-status='${name}'] > [data-part='marker'] {
    border-color: ${cssVar(`color.status.${name}.border`)};
    background-color: ${cssVar(`color.status.${name}.bg`)};
    color: ${cssVar(`color.status.${name}.fg`)};
  }
`;

/*
 * Under forced colours, which drop the primary colour, the current step's marker has a
 * `Highlight` border (beside its bold title); done, warning and error keep their glyphs.
 */
export const stepClass = defineStyles(css`
  label: step;
  position: relative;
  display: grid;
  flex: 1 1 0;
  grid-template-columns: auto minmax(0, 1fr);
  grid-template-areas: 'marker line' 'content content';
  align-items: center;
  align-content: start;
  gap: ${cssVar('space.2')};
  min-inline-size: 0;
  border-radius: ${cssVar('radius.md')};
  color: ${cssVar('color.text.primary')};
  counter-increment: cal-step;

  & > [data-part='marker'] {
    grid-area: marker;
    display: inline-flex;
    align-items: center;
    justify-content: center;
    box-sizing: border-box;
    inline-size: ${cssVar('size.8')};
    block-size: ${cssVar('size.8')};
    border: ${cssVar('border.width.thick')} solid ${cssVar('color.border.strong')};
    border-radius: ${cssVar('radius.full')};
    background-color: ${cssVar('color.bg.canvas')};
    color: ${cssVar('color.text.secondary')};
    ${typographyStyles('label-sm')}
  }
  & > [data-part='marker']:empty::before {
    content: counter(cal-step);
  }
  &[data-status='current'] > [data-part='marker'] {
    border-color: ${cssVar('color.interactive.primary.rest')};
    color: ${cssVar('color.text.primary')};
  }
  @media (forced-colors: active) {
    &[data-status='current'] > [data-part='marker'] {
      border-color: Highlight;
    }
  }
  &[data-status='done'] > [data-part='marker'] {
    border-color: ${cssVar('color.interactive.primary.rest')};
    background-color: ${cssVar('color.interactive.primary.rest')};
    color: ${cssVar('color.interactive.primary.fg')};
  }
  ${status('warning')}
  ${status('error')}

  &::after {
    content: '';
    grid-area: line;
    block-size: ${cssVar('border.width.thick')};
    border-radius: ${cssVar('radius.full')};
    background-color: ${cssVar('color.border.subtle')};
  }
  &[data-status='done']::after {
    background-color: ${cssVar('color.interactive.primary.rest')};
  }
  &:last-child {
    flex: 0 1 auto;
  }
  &:last-child::after {
    content: none;
  }

  & > [data-part='content'] {
    grid-area: content;
    display: grid;
    gap: ${cssVar('space.1')};
    padding-inline-end: ${cssVar('space.2')};
    overflow-wrap: anywhere;
  }
  & [data-part='title'] {
    ${typographyStyles('label')}
  }
  &:not([data-status]) [data-part='title'] {
    color: ${cssVar('color.text.secondary')};
  }
  &[data-status='current'] [data-part='title'] {
    font-weight: ${cssVar('font.weight.semibold')};
  }
  & [data-part='description'] {
    ${typographyStyles('body-sm')}
    color: ${cssVar('color.text.secondary')};
  }
  &[data-status='error'] [data-part='description'] {
    color: ${cssVar('color.status.error.fg')};
  }

  [data-orientation='vertical'] > & {
    flex: none;
    grid-template-rows: auto 1fr;
    grid-template-areas: 'marker content' 'line content';
    align-items: start;
    column-gap: ${cssVar('space.3')};
    row-gap: ${cssVar('space.1')};
  }
  [data-orientation='vertical'] > &::after {
    justify-self: center;
    inline-size: ${cssVar('border.width.thick')};
    block-size: auto;
    min-block-size: ${cssVar('space.6')};
    margin-block-end: ${cssVar('space.1')};
  }
  [data-orientation='vertical'] > & > [data-part='content'] {
    padding-block: ${cssVar('space.1')} ${cssVar('space.4')};
  }

  ${stretchedTarget}
  &:has([data-part='primary-action']:hover) [data-part='title'] {
    text-decoration: underline;
  }
`);
