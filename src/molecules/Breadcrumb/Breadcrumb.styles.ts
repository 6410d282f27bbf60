import { css } from '../../theme/css';
import { focusRing } from '../../theme/sharedStyles';
import { defineStyles } from '../../theme/styleRegistry';
import { cssVar, typographyStyles } from '../../tokens';

/*
 * One row that never wraps: links in the secondary text colour, the current page in the
 * primary one, chevrons between them. A label longer than `--_text-max` truncates with an
 * ellipsis (its text stays whole in the DOM, so its accessible name does). Collapsed items in
 * the 'auto' mode leave the flow and turn invisible (so they are neither seen, focused nor
 * read) but keep their width, which Breadcrumb measures. The list clips what still overflows,
 * with room for focus rings. Comments stay out of the template: they would ship.
 */
export const breadcrumbClass = defineStyles(css`
  label: breadcrumb;
  --_item: ${cssVar('size.control.sm')};
  --_text-max: calc(16 * ${cssVar('space.4')});
  ${typographyStyles('label')}
  color: ${cssVar('color.text.secondary')};
  &[data-size='sm'] {
    ${typographyStyles('label-sm')}
    --_item: ${cssVar('space.6')};
    --_text-max: calc(12 * ${cssVar('space.4')});
  }
  & > ol {
    position: relative;
    display: flex;
    align-items: center;
    margin: 0;
    padding: 0;
    list-style: none;
    overflow: clip;
    overflow-clip-margin: ${cssVar('space.1')};
  }
  & > ol > li {
    display: flex;
    align-items: center;
    flex: 0 1 auto;
    min-inline-size: 0;
    white-space: nowrap;
  }
  & > ol > li[data-collapsed] {
    position: absolute;
    visibility: hidden;
  }
  [data-part='separator'] {
    display: inline-flex;
    flex: none;
    margin-inline: ${cssVar('space.1')};
    color: ${cssVar('color.text.secondary')};
  }
  [data-part='separator'] > svg {
    inline-size: ${cssVar('size.icon.sm')};
    block-size: ${cssVar('size.icon.sm')};
  }
  [data-part='separator'] > svg:dir(rtl) {
    transform: scaleX(-1);
  }
  [data-part='link'],
  [data-part='current'] {
    display: inline-flex;
    min-inline-size: 0;
    border-radius: ${cssVar('radius.sm')};
    color: inherit;
  }
  [data-part='link'] {
    text-decoration: none;
  }
  [data-part='link']:hover {
    color: ${cssVar('color.text.link-hover')};
    text-decoration-line: underline;
  }
  [data-part='link']:focus-visible,
  [data-part='more'] > button:focus-visible {
    ${focusRing}
  }
  [data-part='current'] {
    color: ${cssVar('color.text.primary')};
    font-weight: ${cssVar('font.weight.semibold')};
  }
  [data-part='label'] {
    display: block;
    max-inline-size: var(--_text-max);
    overflow: hidden;
    text-overflow: ellipsis;
  }
  [data-part='more'] > button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    box-sizing: border-box;
    min-inline-size: var(--_item);
    block-size: var(--_item);
    margin: 0;
    padding: 0;
    border: 0;
    border-radius: ${cssVar('radius.sm')};
    background: none;
    color: inherit;
    font: inherit;
    cursor: pointer;
  }
  [data-part='more'] > button:hover,
  [data-part='more'] > button[aria-expanded='true'] {
    background-color: ${cssVar('color.interactive.tertiary.hover')};
    color: ${cssVar('color.text.primary')};
  }
`);
