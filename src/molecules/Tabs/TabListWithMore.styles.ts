import { css } from '../../theme/css';
import { focusRing } from '../../theme/sharedStyles';
import { defineStyles } from '../../theme/styleRegistry';
import { cssVar, typographyStyles } from '../../tokens';

/*
 * The row: [tab list][More]. The tab list never scrolls here (its scroll buttons are hidden):
 * tabs that do not fit leave the flow and turn invisible (neither seen, focused nor read) but
 * keep their width, which TabListWithMore measures; the More button carries the list's bottom
 * border on. While nothing overflows, the button is out of the flow and invisible the same
 * way. The scroll buttons' rule outweighs TabList's `[data-overflow]` one, which shows them.
 * Comments stay out of the template: they would ship.
 */
export const tabListWithMoreClass = defineStyles(css`
  label: tab-list-with-more;
  position: relative;
  display: flex;
  min-inline-size: 0;
  & > :first-child {
    flex: 1 1 auto;
  }
  & > * > [data-part^='scroll'][aria-hidden][tabindex] {
    display: none;
  }
  & [data-part='list'] {
    overflow: hidden;
  }
  & [role='tab'][data-overflowed],
  & li:has(> [data-overflowed]),
  & > [data-part='more'][data-overflowed] {
    position: absolute;
    visibility: hidden;
  }
  & > [data-part='more'] {
    display: inline-flex;
    flex: none;
    align-items: center;
    gap: ${cssVar('space.1')};
    min-block-size: var(--_tab-height);
    margin: 0;
    padding-inline: var(--_tab-padding);
    border: 0;
    border-block-end: ${cssVar('border.width.thin')} solid ${cssVar('color.border.subtle')};
    background: none;
    color: ${cssVar('color.text.secondary')};
    ${typographyStyles('label')}
    white-space: nowrap;
    cursor: pointer;
  }
  [data-size='sm'] > & > [data-part='more'] {
    ${typographyStyles('label-sm')}
  }
  [data-size='lg'] > & > [data-part='more'] {
    ${typographyStyles('label-lg')}
  }
  & > [data-part='more']:hover,
  & > [data-part='more'][aria-expanded='true'] {
    background-color: ${cssVar('color.interactive.tertiary.hover')};
    color: ${cssVar('color.text.primary')};
  }
  & > [data-part='more']:focus-visible {
    ${focusRing}
  }
  & > [data-part='more'] > svg {
    inline-size: ${cssVar('size.icon.sm')};
    block-size: ${cssVar('size.icon.sm')};
  }
`);
