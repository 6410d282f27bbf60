import { css } from '../../theme/css';
import { forcedInvalidOutline } from '../../theme/forcedColors';
import { focusRing } from '../../theme/sharedStyles';
import { defineStyles } from '../../theme/styleRegistry';
import { cssVar, typographyStyles } from '../../tokens';

/*
 * The track is drawn; each thumb is a drawn circle holding its native <input type="range">
 * (opacity 0, no pointer events: presses land on the drawn parts, which the component
 * handles). Positions are fractions set inline (`--_at` on a thumb or mark, `--_fill-start`
 * and `--_fill-end` on the root) and placed with logical properties, so RTL mirrors without a
 * second rule. The control is padded by half a thumb so thumbs at the ends stay inside it.
 * Nothing moves with a transition: a thumb follows the pointer exactly.
 *
 * Forced colours (Windows contrast themes) drop backgrounds, so the fill and the marks vanished
 * and only the thumbs showed the value: the fill is `Highlight`, marks `CanvasText`
 * (`HighlightText` on the fill), and disabled takes `GrayText` throughout. Read-only and
 * invalid, drawn in colours with no system colour, take a shape as every field does: a dashed
 * rail, or a second line around it.
 *
 * In the rules below:
 * - `& > [data-part='row'] > .cal-number-field`: A SliderNumberField beside the track: wide enough
 *   for a formatted number, no wider.
 * - `touch-action: none`: The page must not scroll or zoom while a finger drags a thumb.
 * - `& [data-part='track']::before`: The rail: its border (border.strong, 3:1) shows the whole
 *   extent, as ProgressBar's.
 * - `& [data-part='mark']`: Thumbs and marks: centred on their fraction of the track, across it and
 *   along it.
 * - `& [data-part='mark-label']`: A zero-width box centred on the mark: its label centres on it in
 *   either direction.
 * - `& [data-part='thumb'] > input`: The native input stays in the thumb (where a screen reader's
 *   focus box is drawn).
 * - `&[data-orientation='vertical'] > [data-part='row']`: Vertical: the control's inline axis
 *   turned upright and reversed (vertical writing, right to left), so every logical rule above lays
 *   it out from the bottom up, in any page direction.
 * - `&[data-orientation='vertical'] [data-part='mark-label'] > span`: Mark labels stay upright,
 *   their direction taken from their own text.
 */
export const sliderClass = defineStyles(css`
  label: slider;
  --_thumb: ${cssVar('size.5')};
  --_rail: calc(1.5 * ${cssVar('space.1')});
  --_fill: ${cssVar('color.interactive.primary.rest')};
  --_thumb-border: ${cssVar('color.interactive.primary.rest')};
  --_thumb-bg: ${cssVar('color.field.bg')};
  --_rail-bg: ${cssVar('color.bg.sunken')};
  --_rail-border: ${cssVar('color.border.strong')};
  --_mark: ${cssVar('color.border.strong')};
  --_mark-in: ${cssVar('color.interactive.primary.fg')};

  &[data-size='sm'] {
    --_thumb: ${cssVar('size.4')};
    --_rail: ${cssVar('space.1')};
  }
  &[data-size='lg'] {
    --_thumb: ${cssVar('size.6')};
    --_rail: ${cssVar('space.2')};
  }

  & > [data-part='row'] {
    display: flex;
    align-items: center;
    gap: ${cssVar('space.3')};
    min-inline-size: 0;
  }

  & > [data-part='row'] > .cal-number-field {
    flex: none;
    inline-size: ${cssVar('size.24')};
  }

  & [data-part='control'] {
    position: relative;
    display: flex;
    flex: 1 1 auto;
    align-items: center;
    box-sizing: border-box;
    min-inline-size: ${cssVar('size.24')};
    block-size: calc(var(--_thumb) + 2 * ${cssVar('space.1')});
    padding-inline: calc(var(--_thumb) / 2);
    cursor: pointer;
    touch-action: none;
    user-select: none;
    -webkit-tap-highlight-color: transparent;
  }
  &[data-marks-labelled] [data-part='control'] {
    margin-block-end: ${cssVar('space.5')};
  }

  & [data-part='track'] {
    position: relative;
    flex: 1 1 auto;
    block-size: var(--_rail);
  }
  & [data-part='track']::before {
    content: '';
    position: absolute;
    inset: calc(-1 * ${cssVar('border.width.thin')});
    border: ${cssVar('border.width.thin')} solid var(--_rail-border);
    border-radius: ${cssVar('radius.full')};
    background-color: var(--_rail-bg);
  }
  & [data-part='fill'] {
    position: absolute;
    inset-block: 0;
    inset-inline-start: calc(var(--_fill-start) * 100%);
    inset-inline-end: calc((1 - var(--_fill-end)) * 100%);
    border-radius: ${cssVar('radius.full')};
    background-color: var(--_fill);
  }

  & [data-part='mark'],
  & [data-part='thumb'] {
    position: absolute;
    inset-block-start: 50%;
    inset-inline-start: calc(var(--_at) * 100%);
    box-sizing: border-box;
    inline-size: var(--_size);
    block-size: var(--_size);
    margin: calc(var(--_size) / -2);
    border-radius: ${cssVar('radius.full')};
  }
  & [data-part='mark'] {
    --_size: ${cssVar('space.1')};
    background-color: var(--_mark);
  }
  & [data-part='mark'][data-in-range] {
    background-color: var(--_mark-in);
  }
  & [data-part='mark-label'] {
    ${typographyStyles('body-sm')}
    position: absolute;
    inset-block-start: calc(var(--_thumb) / 2 + ${cssVar('space.1')});
    inset-inline-start: 50%;
    display: flex;
    justify-content: center;
    inline-size: 0;
    color: ${cssVar('color.text.secondary')};
    white-space: nowrap;
    font-variant-numeric: tabular-nums;
  }
  & [data-part='thumb'] {
    --_size: var(--_thumb);
    border: ${cssVar('border.width.thick')} solid var(--_thumb-border);
    background-color: var(--_thumb-bg);
    box-shadow: ${cssVar('elevation.sm')};
    cursor: grab;
    transition: border-color ${cssVar('motion.duration.fast')} ${cssVar('motion.easing.standard')};
  }
  & [data-part='thumb'] > input {
    position: absolute;
    inset: 0;
    inline-size: 100%;
    block-size: 100%;
    margin: 0;
    padding: 0;
    opacity: 0;
    appearance: none;
    pointer-events: none;
  }
  & [data-part='thumb']:not([data-press-focused]):has(> input:focus-visible) {
    ${focusRing}
    z-index: 1;
  }
  &:not([data-disabled], [data-readonly]) [data-part='thumb']:hover {
    --_thumb-border: ${cssVar('color.interactive.primary.hover')};
  }
  & [data-part='thumb'][data-dragging] {
    --_thumb-border: ${cssVar('color.interactive.primary.pressed')};
    cursor: grabbing;
    z-index: 1;
  }
  & [data-part='control'][data-dragging] {
    cursor: grabbing;
  }

  &[data-invalid] {
    --_fill: ${cssVar('color.status.error.fg')};
    --_thumb-border: ${cssVar('color.status.error.fg')};
    --_rail-border: ${cssVar('color.status.error.fg')};
  }
  &[data-readonly] {
    --_fill: ${cssVar('color.text.secondary')};
    --_thumb-border: ${cssVar('color.text.secondary')};
    --_mark-in: ${cssVar('color.bg.surface')};
  }
  &[data-readonly] [data-part='control'],
  &[data-readonly] [data-part='thumb'] {
    cursor: default;
  }
  &[data-disabled] {
    --_fill: ${cssVar('color.interactive.primary.disabled')};
    --_thumb-border: ${cssVar('color.border.subtle')};
    --_thumb-bg: ${cssVar('color.field.bg-disabled')};
    --_rail-bg: ${cssVar('color.field.bg-disabled')};
    --_rail-border: ${cssVar('color.border.subtle')};
    --_mark: ${cssVar('color.border.subtle')};
    --_mark-in: ${cssVar('color.interactive.primary.fg-disabled')};
  }
  &[data-disabled] [data-part='control'],
  &[data-disabled] [data-part='thumb'] {
    cursor: not-allowed;
  }
  &[data-disabled] [data-part='thumb'] {
    box-shadow: none;
  }
  &[data-disabled] [data-part='mark-label'] {
    color: ${cssVar('color.text.disabled')};
  }

  &[data-orientation='vertical'] > [data-part='row'] {
    flex-direction: column;
    align-items: flex-start;
  }
  &[data-orientation='vertical'] [data-part='control'] {
    flex: none;
    writing-mode: vertical-lr;
    direction: rtl;
    inline-size: calc(2 * ${cssVar('size.24')});
  }
  &[data-orientation='vertical'][data-marks-labelled] [data-part='control'] {
    margin-block-end: ${cssVar('size.12')};
  }
  &[data-orientation='vertical'] [data-part='mark-label'] > span {
    writing-mode: horizontal-tb;
    unicode-bidi: plaintext;
  }

  @media (forced-colors: active) {
    & [data-part='fill'] {
      background-color: Highlight;
    }
    & [data-part='mark'] {
      background-color: CanvasText;
    }
    & [data-part='mark'][data-in-range] {
      background-color: HighlightText;
    }
    &[data-disabled] [data-part='fill'],
    &[data-disabled] [data-part='mark'] {
      background-color: GrayText;
    }
    &[data-disabled] [data-part='thumb'],
    &[data-disabled] [data-part='track']::before {
      border-color: GrayText;
    }
    &[data-disabled] [data-part='mark'][data-in-range] {
      background-color: Canvas;
    }
    &[data-readonly] [data-part='track']::before {
      border-style: dashed;
    }
    &[data-invalid] [data-part='track']::before {
      ${forcedInvalidOutline}
    }
  }
  @media (prefers-reduced-motion: reduce) {
    & [data-part='thumb'] {
      transition: none;
    }
  }
`);
