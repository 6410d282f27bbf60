import { css } from '../../theme/css';
import { forcedInvalidOutline } from '../../theme/forcedColors';
import { focusRing } from '../../theme/sharedStyles';
import { defineStyles } from '../../theme/styleRegistry';
import { cssVar } from '../../tokens';
import { choiceLayout } from '../ChoiceControl';

/*
 * A track with a thumb. The native checkbox (role="switch") covers the track with opacity 0.
 * The thumb slides with `inset-inline-start`, so it moves the right way in RTL; the slide uses
 * motion tokens and stops under prefers-reduced-motion.
 *
 * Forced colours drop backgrounds: the thumb (a filled circle) would vanish and on could not be
 * told from off. The track and thumb draw their own system colours instead, as Windows' own
 * toggles do: off, an outlined track with a CanvasText thumb; on, a Highlight track with a
 * HighlightText thumb; disabled, GrayText. The focus ring follows CanvasText. Invalid and
 * read-only, drawn in colours with no system colour, take a shape as every field does: a second
 * line around the track when invalid, a dashed track when read-only (on: an outlined track with
 * a Highlight thumb, so its dashes show). The forced-colours rules set properties, not the
 * private colours: hover, read-only and invalid set those in tokens.
 * Comments stay out of the style template, which ships as written.
 */
export const switchClass = defineStyles(css`
  label: switch;
  ${choiceLayout}
  --_track-block: ${cssVar('size.5')};
  --_track-inline: ${cssVar('size.10')};
  --_gap: calc(2 * ${cssVar('size.px')});

  &[data-size='sm'] {
    --_track-block: ${cssVar('size.4')};
    --_track-inline: ${cssVar('size.8')};
  }
  &[data-size='lg'] {
    --_track-block: ${cssVar('size.6')};
    --_track-inline: ${cssVar('size.12')};
  }
  &[data-label-placement='start'] {
    grid-template-columns: minmax(0, 1fr) auto;
  }
  &[data-label-placement='start'] > [data-part='control'] {
    grid-column: 2;
    grid-row: 1;
  }
  &[data-label-placement='start'] > [data-part='text'] {
    grid-column: 1;
    grid-row: 1;
  }

  & > [data-part='control'] > [data-part='track'] {
    --_track-bg: ${cssVar('color.border.strong')};
    --_track-border: ${cssVar('color.border.strong')};
    --_thumb-bg: ${cssVar('color.field.bg')};
    position: relative;
    box-sizing: border-box;
    display: inline-block;
    flex: none;
    inline-size: var(--_track-inline);
    block-size: var(--_track-block);
    border: ${cssVar('border.width.thin')} solid var(--_track-border);
    border-radius: ${cssVar('radius.full')};
    background-color: var(--_track-bg);
    transition-property: background-color, border-color;
    transition-duration: ${cssVar('motion.duration.fast')};
    transition-timing-function: ${cssVar('motion.easing.standard')};
  }
  & > [data-part='control'] > [data-part='track'] > [data-part='thumb'] {
    position: absolute;
    inset-block-start: calc(var(--_gap) - ${cssVar('border.width.thin')});
    inset-inline-start: calc(var(--_gap) - ${cssVar('border.width.thin')});
    inline-size: calc(var(--_track-block) - 2 * var(--_gap));
    block-size: calc(var(--_track-block) - 2 * var(--_gap));
    border-radius: ${cssVar('radius.full')};
    background-color: var(--_thumb-bg);
    transition-property: inset-inline-start, background-color;
    transition-duration: ${cssVar('motion.duration.fast')};
    transition-timing-function: ${cssVar('motion.easing.standard')};
  }
  & > [data-part='control'] > input:checked + [data-part='track'] > [data-part='thumb'] {
    inset-inline-start: calc(
      var(--_track-inline) - var(--_track-block) + var(--_gap) - ${cssVar('border.width.thin')}
    );
  }

  &:not([data-readonly])
    > [data-part='control']
    > input:hover:not(:disabled)
    + [data-part='track'] {
    --_track-bg: ${cssVar('color.field.border-hover')};
    --_track-border: ${cssVar('color.field.border-hover')};
  }
  &[data-invalid] > [data-part='control'] > [data-part='track'] {
    --_track-border: ${cssVar('color.status.error.fg')};
  }
  & > [data-part='control'] > input:checked + [data-part='track'] {
    --_track-bg: ${cssVar('color.interactive.primary.rest')};
    --_track-border: ${cssVar('color.interactive.primary.rest')};
    --_thumb-bg: ${cssVar('color.interactive.primary.fg')};
  }
  &:not([data-readonly])
    > [data-part='control']
    > input:checked:hover:not(:disabled)
    + [data-part='track'] {
    --_track-bg: ${cssVar('color.interactive.primary.hover')};
    --_track-border: ${cssVar('color.interactive.primary.hover')};
  }
  &[data-readonly] > [data-part='control'] > input + [data-part='track'] {
    --_track-bg: ${cssVar('color.bg.sunken')};
    --_track-border: ${cssVar('color.border.strong')};
    --_thumb-bg: ${cssVar('color.text.secondary')};
  }
  &[data-readonly] > [data-part='control'] > input:checked + [data-part='track'] {
    --_thumb-bg: ${cssVar('color.text.primary')};
  }
  & > [data-part='control'] > input:disabled + [data-part='track'] {
    --_track-bg: ${cssVar('color.field.bg-disabled')};
    --_track-border: ${cssVar('color.border.subtle')};
    --_thumb-bg: ${cssVar('color.text.disabled')};
  }
  & > [data-part='control'] > input:disabled:checked + [data-part='track'] {
    --_track-bg: ${cssVar('color.interactive.primary.disabled')};
    --_track-border: ${cssVar('color.interactive.primary.disabled')};
    --_thumb-bg: ${cssVar('color.interactive.primary.fg-disabled')};
  }
  & > [data-part='control'] > input:focus-visible + [data-part='track'] {
    ${focusRing}
  }

  @media (forced-colors: active) {
    & > [data-part='control'] > [data-part='track'] {
      forced-color-adjust: none;
      border-color: CanvasText;
      background-color: Canvas;
    }
    & > [data-part='control'] > [data-part='track'] > [data-part='thumb'] {
      background-color: CanvasText;
    }
    & > [data-part='control'] > input:checked + [data-part='track'] {
      border-color: Highlight;
      background-color: Highlight;
    }
    & > [data-part='control'] > input:checked + [data-part='track'] > [data-part='thumb'] {
      background-color: HighlightText;
    }
    & > [data-part='control'] > input:disabled + [data-part='track'] {
      border-color: GrayText;
      background-color: Canvas;
    }
    & > [data-part='control'] > input:disabled + [data-part='track'] > [data-part='thumb'] {
      background-color: GrayText;
    }
    & > [data-part='control'] > input:disabled:checked + [data-part='track'] {
      background-color: GrayText;
    }
    & > [data-part='control'] > input:disabled:checked + [data-part='track'] > [data-part='thumb'] {
      background-color: Canvas;
    }
    & > [data-part='control'] > input:focus-visible + [data-part='track'] {
      outline-color: CanvasText;
    }
    &[data-invalid] > [data-part='control'] > input:not(:focus-visible) + [data-part='track'] {
      ${forcedInvalidOutline}
    }
    &[data-readonly] > [data-part='control'] > [data-part='track'] {
      border-style: dashed;
    }
    &[data-readonly] > [data-part='control'] > input:checked + [data-part='track'] {
      background-color: Canvas;
    }
    &[data-readonly]
      > [data-part='control']
      > input:checked
      + [data-part='track']
      > [data-part='thumb'] {
      background-color: Highlight;
    }
  }

  @media (prefers-reduced-motion: reduce) {
    & > [data-part='control'] > [data-part='track'],
    & > [data-part='control'] > [data-part='track'] > [data-part='thumb'] {
      transition: none;
    }
  }
`);
