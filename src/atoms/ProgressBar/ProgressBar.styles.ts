import { css } from '../../theme/css';
import { defineStyles } from '../../theme/styleRegistry';
import { cssVar, typographyStyles } from '../../tokens';

/*
 * In the rules below:
 * - the base `--_fill`: the defaults, variant primary and size md (no data-variant, no data-size).
 * - `& [data-part='track']`: The track: its border (border.strong, 3:1) shows the whole extent the
 *   fill is part of.
 * - `&[data-indeterminate] [data-part='indicator']`: Indeterminate: a segment sweeps along the
 *   track (the other way in right-to-left text).
 * - under `prefers-reduced-motion`, still: a centred segment, which does not read
 *   as a percentage from the start.
 * - under forced colours, which drop backgrounds and so the fill with them: a `Highlight` fill.
 */
export const progressBarClass = defineStyles(css`
  label: progress-bar;
  display: grid;
  gap: ${cssVar('space.1')};
  inline-size: 100%;
  min-inline-size: 0;
  --_fill: ${cssVar('color.interactive.primary.rest')};
  --_thickness: ${cssVar('space.2')};

  &[data-variant='success'] {
    --_fill: ${cssVar('color.status.success.fg')};
  }
  &[data-variant='warning'] {
    --_fill: ${cssVar('color.status.warning.fg')};
  }
  &[data-variant='error'] {
    --_fill: ${cssVar('color.status.error.fg')};
  }
  &[data-size='sm'] {
    --_thickness: ${cssVar('space.1')};
  }
  &[data-size='lg'] {
    --_thickness: ${cssVar('space.3')};
  }

  & > [data-part='header'] {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    justify-content: space-between;
    gap: ${cssVar('space.2')};
    min-inline-size: 0;
  }
  & [data-part='label'] {
    ${typographyStyles('label')}
    color: ${cssVar('color.text.primary')};
    overflow-wrap: anywhere;
    min-inline-size: 0;
  }
  & [data-part='value'] {
    ${typographyStyles('body-sm')}
    color: ${cssVar('color.text.secondary')};
    font-variant-numeric: tabular-nums;
    margin-inline-start: auto;
  }
  & [data-part='description'] {
    ${typographyStyles('body-sm')}
    color: ${cssVar('color.text.secondary')};
    overflow-wrap: anywhere;
  }

  & [data-part='track'] {
    position: relative;
    overflow: hidden;
    block-size: calc(var(--_thickness) + 2 * ${cssVar('border.width.thin')});
    border: ${cssVar('border.width.thin')} solid ${cssVar('color.border.strong')};
    border-radius: ${cssVar('radius.full')};
    background-color: ${cssVar('color.bg.sunken')};
  }
  & [data-part='indicator'] {
    position: absolute;
    inset-block: 0;
    inset-inline-start: 0;
    inline-size: calc(var(--_value, 0) * 100%);
    border-radius: ${cssVar('radius.full')};
    background-color: var(--_fill);
    transition: inline-size ${cssVar('motion.duration.normal')} ${cssVar('motion.easing.standard')};
  }

  &[data-indeterminate] [data-part='indicator'] {
    inline-size: 40%;
    animation: cal-progress-sweep calc(${cssVar('motion.duration.slow')} * 4)
      ${cssVar('motion.easing.standard')} infinite;
  }
  &[data-indeterminate]:dir(rtl) [data-part='indicator'] {
    animation-name: cal-progress-sweep-rtl;
  }
  @media (forced-colors: active) {
    & [data-part='indicator'] {
      background-color: Highlight;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    &[data-indeterminate] [data-part='indicator'] {
      animation: none;
      inset-inline: 0;
      margin-inline: auto;
    }
    & [data-part='indicator'] {
      transition: none;
    }
  }
  @keyframes cal-progress-sweep {
    from {
      transform: translateX(-100%);
    }
    to {
      transform: translateX(250%);
    }
  }
  @keyframes cal-progress-sweep-rtl {
    from {
      transform: translateX(100%);
    }
    to {
      transform: translateX(-250%);
    }
  }
`);
