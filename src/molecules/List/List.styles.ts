import { css } from '../../theme/css';
import { defineStyles } from '../../theme/styleRegistry';
import { cssVar, typographyStyles } from '../../tokens';
import { stretchedTarget } from '../PrimaryAction';

/**
 * A hovered selected item's frame: a border token drawn as an inset shadow, so the item's
 * size does not change (no elevation token is a line).
 */
const selectedHoverFrame = `inset 0 0 0 ${cssVar('border.width.thick')} ${cssVar('color.border.strong')}`;

export const listClass = defineStyles(css`
  label: list;
  --_row-block: ${cssVar('space.3')};
  --_row-inline: ${cssVar('space.4')};
  display: grid;
  margin: 0;
  padding: 0;
  list-style: none;
  color: ${cssVar('color.text.primary')};
  &[data-size='sm'] {
    --_row-block: ${cssVar('space.2')};
    --_row-inline: ${cssVar('space.3')};
  }
  &[data-dividers] > li + li {
    border-block-start: ${cssVar('border.width.thin')} solid ${cssVar('color.border.subtle')};
  }
`);

/*
 * A row: [select] [start] content [end], centred on one line. An interactive row (or a
 * selectable one, whose stretched target is a label for its checkbox) takes the stretched
 * target of Card, with an inset focus ring, since rows sit edge to edge. A disabled row is
 * muted to the secondary text colour, not the disabled one: its text is still text a reader
 * needs (WCAG 1.4.3 exempts only the labels of disabled controls), and its checkbox says
 * disabled.
 *
 * A selected row takes the selection tint (color.bg.selected), not a status colour (an info
 * Banner's), and all its text the primary colour, a disabled row's too: secondary text falls
 * short of 4.5:1 on the tint in light (4.39:1); text.primary, links, tertiary buttons, the
 * checkbox and the focus ring are paired with it in contrast-pairs.json. Under the pointer it
 * keeps the tint (the grey hover would hide the selection) and gains a strong inset frame;
 * the focus ring, an outline, stays distinct. Forced colours drop the tint and box shadows:
 * a selected row is outlined in Highlight, as the Calendar marks its selection; keyboard
 * focus replaces that outline with its ring. (Comments inside the template ship in the
 * bundle: the reasons live here.)
 */
export const listItemClass = defineStyles(css`
  label: list-item;
  position: relative;
  display: flex;
  align-items: center;
  gap: ${cssVar('space.3')};
  padding: var(--_row-block) var(--_row-inline);
  overflow-wrap: anywhere;

  & > [data-part='select'],
  & > [data-part='start'] {
    display: inline-flex;
    flex: none;
    align-items: center;
  }
  & > [data-part='content'] {
    display: grid;
    flex: 1 1 auto;
    gap: ${cssVar('space.1')};
    min-inline-size: 0;
  }
  & [data-part='title'] {
    ${typographyStyles('body')}
    font-weight: ${cssVar('font.weight.medium')};
  }
  & [data-part='description'] {
    ${typographyStyles('body-sm')}
    color: ${cssVar('color.text.secondary')};
  }
  [data-size='sm'] > & [data-part='title'] {
    ${typographyStyles('body-sm')}
    font-weight: ${cssVar('font.weight.medium')};
  }
  [data-size='sm'] > & [data-part='description'] {
    ${typographyStyles('caption')}
  }
  & > [data-part='end'] {
    display: flex;
    flex: none;
    align-items: center;
    gap: ${cssVar('space.2')};
    color: ${cssVar('color.text.secondary')};
    ${typographyStyles('body-sm')}
  }

  ${stretchedTarget}
  &:has([data-part='primary-action']:focus-visible) {
    outline-offset: calc(-1 * ${cssVar('focus.ring.width')});
  }
  &:has([data-part='primary-action']:hover) {
    background-color: ${cssVar('color.interactive.tertiary.hover')};
  }
  &[data-disabled] {
    color: ${cssVar('color.text.secondary')};
  }
  &[data-selected] {
    background-color: ${cssVar('color.bg.selected')};
  }
  &[data-selected],
  &[data-selected] [data-part='description'],
  &[data-selected] > [data-part='end'] {
    color: ${cssVar('color.text.primary')};
  }
  &[data-selected]:has([data-part='primary-action']:hover) {
    background-color: ${cssVar('color.bg.selected')};
    box-shadow: ${selectedHoverFrame};
  }

  @media (forced-colors: active) {
    &[data-selected] {
      outline: ${cssVar('border.width.thick')} solid Highlight;
      outline-offset: calc(-1 * ${cssVar('border.width.thick')});
    }
  }
`);
