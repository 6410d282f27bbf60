import { css } from '../../theme/css';
import { focusRing } from '../../theme/sharedStyles';
import { defineStyles } from '../../theme/styleRegistry';
import { cssVar, typographyStyles } from '../../tokens';

/*
 * The pill: a rounded box around the trigger button and, for an `added` filter, its remove
 * button. An applied filter takes the selected look of a Tag (the primary fill), so a row of
 * filters shows at a glance which ones narrow the list. The label never wraps (a pill of two
 * lines is a blob); a long value is cut with an ellipsis and the pill stops at the row's width.
 */
export const filterClass = defineStyles(css`
  label: filter;
  --_bg: ${cssVar('color.interactive.secondary.rest')};
  --_bg-hover: ${cssVar('color.interactive.secondary.hover')};
  --_bg-pressed: ${cssVar('color.interactive.secondary.pressed')};
  --_fg: ${cssVar('color.interactive.secondary.fg')};
  --_height: ${cssVar('size.control.md')};
  --_pad: ${cssVar('space.3')};
  display: inline-flex;
  align-items: stretch;
  max-inline-size: 100%;
  min-block-size: var(--_height);
  box-sizing: border-box;
  border: ${cssVar('border.width.thin')} solid ${cssVar('color.border.strong')};
  border-radius: ${cssVar('radius.full')};
  background-color: var(--_bg);
  color: var(--_fg);
  ${typographyStyles('label')}
  vertical-align: middle;

  &[data-size='sm'] {
    --_height: ${cssVar('size.control.sm')};
    --_pad: ${cssVar('space.2')};
    ${typographyStyles('label-sm')}
  }
  &[data-size='lg'] {
    --_height: ${cssVar('size.control.lg')};
    --_pad: ${cssVar('space.4')};
    ${typographyStyles('label-lg')}
  }
  &[data-applied] {
    --_bg: ${cssVar('color.interactive.primary.rest')};
    --_bg-hover: ${cssVar('color.interactive.primary.hover')};
    --_bg-pressed: ${cssVar('color.interactive.primary.pressed')};
    --_fg: ${cssVar('color.interactive.primary.fg')};
    border-color: transparent;
  }
  &[data-disabled] {
    --_bg: ${cssVar('color.bg.sunken')};
    --_bg-hover: var(--_bg);
    --_bg-pressed: var(--_bg);
    --_fg: ${cssVar('color.text.secondary')};
    border-color: ${cssVar('color.border.subtle')};
  }

  & > button {
    display: inline-flex;
    align-items: center;
    gap: ${cssVar('space.1')};
    min-inline-size: 0;
    margin: 0;
    border: 0;
    border-radius: inherit;
    background: transparent;
    color: inherit;
    font: inherit;
    cursor: pointer;
    -webkit-tap-highlight-color: transparent;
  }
  & > button:hover:not(:disabled) {
    background-color: var(--_bg-hover);
  }
  & > button:active:not(:disabled),
  &[data-open] > [data-part='trigger'] {
    background-color: var(--_bg-pressed);
  }
  & > button:focus-visible {
    ${focusRing}
  }
  & > button:disabled {
    cursor: not-allowed;
  }
  & > [data-part='trigger'] {
    flex: 0 1 auto;
    padding-block: 0;
    padding-inline: var(--_pad) ${cssVar('space.2')};
  }
  &[data-filter-type='added'] > [data-part='trigger'] {
    padding-inline-end: ${cssVar('space.1')};
  }
  [data-part='text'] {
    overflow: hidden;
    min-inline-size: 0;
    white-space: nowrap;
    text-overflow: ellipsis;
  }
  [data-part='value'] {
    font-weight: ${cssVar('font.weight.semibold')};
  }
  [data-part='chevron'],
  & > [data-part='remove'] > svg {
    flex: none;
    inline-size: ${cssVar('size.icon.sm')};
    block-size: ${cssVar('size.icon.sm')};
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  &[data-open] [data-part='chevron'] {
    transform: rotate(180deg);
  }
  & > [data-part='remove'] {
    flex: none;
    justify-content: center;
    padding-block: 0;
    padding-inline: ${cssVar('space.1')} var(--_pad);
  }
`);

/*
 * The popover: the search input on top, the list scrolling under it (at most eight md rows,
 * or the room left), the actions at the bottom. At least as wide as the pill.
 */
export const filterPopupClass = defineStyles(css`
  label: filter-popup;
  min-inline-size: max(
    var(--trigger-width, ${cssVar('space.0')}),
    calc(6 * ${cssVar('size.control.lg')})
  );

  & > [data-part='content'] {
    display: flex;
    flex-direction: column;
    gap: ${cssVar('space.2')};
    padding-block: ${cssVar('space.2')};
    padding-inline: ${cssVar('space.2')};
    overflow: hidden;
  }
  [data-part='search'] {
    box-sizing: border-box;
    inline-size: 100%;
    min-block-size: ${cssVar('size.control.md')};
    margin: 0;
    padding-inline: ${cssVar('space.3')};
    border: ${cssVar('border.width.thin')} solid ${cssVar('color.field.border')};
    border-radius: ${cssVar('radius.md')};
    background-color: ${cssVar('color.field.bg')};
    color: ${cssVar('color.text.primary')};
    ${typographyStyles('body')}
  }
  [data-part='search']::placeholder {
    color: ${cssVar('color.text.secondary')};
    opacity: 1;
  }
  [data-part='search']:focus-visible {
    ${focusRing}
  }
  .cal-listbox {
    flex: 1 1 auto;
    min-block-size: 0;
    max-block-size: calc(8 * ${cssVar('size.control.md')});
  }
  [data-part='empty'] {
    margin: 0;
    padding-block: ${cssVar('space.2')};
    padding-inline: ${cssVar('space.3')};
    ${typographyStyles('body-sm')}
    color: ${cssVar('color.text.secondary')};
  }
  [data-part='empty'][data-status='error'] {
    color: ${cssVar('color.status.error.fg')};
  }
  [data-part='actions'] {
    display: flex;
    justify-content: space-between;
    gap: ${cssVar('space.2')};
    padding-block-start: ${cssVar('space.2')};
    border-block-start: ${cssVar('border.width.thin')} solid ${cssVar('color.border.subtle')};
  }
`);
