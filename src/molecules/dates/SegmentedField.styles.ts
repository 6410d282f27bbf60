import { css } from '../../theme/css';
import { defineStyles } from '../../theme/styleRegistry';
import { cssVar, typographyStyles } from '../../tokens';

/*
 * The box is FieldControl's (`controlClass`: border, focus ring on :focus-within, sizes,
 * invalid and disabled looks); this lays out the segments. The focused segment takes the
 * primary action colours, so it is clear which part the keys will change; forced colours drop
 * that fill, so there it is `Highlight` with `HighlightText` (under `forced-color-adjust: none`:
 * the browser's Canvas backplate behind text would hide it). Digits are tabular, so a segment
 * keeps its width as it changes.
 */
export const segmentFieldClass = defineStyles(css`
  label: segmented-field;
  gap: 0;
  cursor: text;
  ${typographyStyles('body')}
  font-variant-numeric: tabular-nums;

  &[data-size='sm'] {
    ${typographyStyles('body-sm')}
  }
  & [role='spinbutton'] {
    box-sizing: border-box;
    padding-inline: ${cssVar('space.1')};
    border-radius: ${cssVar('radius.sm')};
    text-align: center;
    white-space: nowrap;
    caret-color: transparent;
    outline: none;
  }
  & [role='spinbutton'][data-placeholder] {
    color: ${cssVar('color.text.secondary')};
  }
  & [role='spinbutton']:focus {
    background-color: ${cssVar('color.interactive.primary.rest')};
    color: ${cssVar('color.interactive.primary.fg')};
  }
  @media (forced-colors: active) {
    & [role='spinbutton']:focus {
      forced-color-adjust: none;
      background-color: Highlight;
      color: HighlightText;
    }
  }
  & [data-part='literal'] {
    color: ${cssVar('color.text.secondary')};
    white-space: pre;
  }
  [data-disabled] > & [role='spinbutton'],
  [data-disabled] > & [data-part='literal'] {
    color: ${cssVar('color.text.disabled')};
  }
`);
