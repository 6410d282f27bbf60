import { css } from '../../theme/css';
import { focusRing } from '../../theme/sharedStyles';
import { defineStyles } from '../../theme/styleRegistry';
import { cssVar, typographyStyles } from '../../tokens';

/*
 * The tags wrap; each row is the focusable element (one tab stop, roving) and draws the
 * focus ring around its Tag. A selected row marks its Tag `data-selected`, so the Tag's own
 * rules draw the selected look of a selectable Tag (the primary fill; selected and disabled: the
 * strong border), and hover and disabled keep working the Tag's way.
 *
 * In the rules below:
 * - `@media (forced-colors: active)`: The selected fill is dropped under forced colours, so a
 *   selected tag is `Highlight` (its own fill kept, `forced-color-adjust: none`) and a disabled
 *   one `GrayText`; selected and disabled keeps the Tag's thick border.
 * - `[data-part='remove'] > svg`: The remove button's cross, drawn inline at the Tag atom's icon
 *   size and stroke.
 */
export const tagGroupClass = defineStyles(css`
  label: tag-group;
  display: flex;
  flex-direction: column;
  gap: ${cssVar('space.2')};
  min-inline-size: 0;
  color: ${cssVar('color.text.primary')};

  & > [data-part='label'] {
    ${typographyStyles('label')}
  }
  & > [data-part='description'] {
    ${typographyStyles('body-sm')}
    color: ${cssVar('color.text.secondary')};
  }
  & > [data-part='list'] {
    display: flex;
    flex-wrap: wrap;
    gap: ${cssVar('space.2')};
    align-items: center;
    min-inline-size: 0;
    outline: none;
  }
  [data-part='row'] {
    display: inline-flex;
    max-inline-size: 100%;
    border-radius: ${cssVar('radius.md')};
    outline: none;
  }
  [data-part='list']:focus-visible,
  [data-part='row']:focus-visible {
    ${focusRing}
  }
  &[data-selection-mode] [data-part='row']:not([aria-disabled]) {
    cursor: pointer;
  }
  &[data-selection-mode] [data-part='row']:not([aria-disabled]):hover > .cal-tag {
    background-color: var(--_bg-hover);
  }
  &[data-selection-mode] [data-part='row']:not([aria-disabled]):active > .cal-tag {
    background-color: var(--_bg-pressed);
  }
  [data-part='remove'] > svg {
    inline-size: ${cssVar('size.icon.sm')};
    block-size: ${cssVar('size.icon.sm')};
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  [data-part='empty'] {
    ${typographyStyles('body-sm')}
    color: ${cssVar('color.text.secondary')};
  }
  @media (forced-colors: active) {
    [data-selected]:not([data-disabled]) {
      forced-color-adjust: none;
      background-color: Highlight;
      color: HighlightText;
    }
    [data-disabled] {
      color: GrayText;
    }
  }
`);
