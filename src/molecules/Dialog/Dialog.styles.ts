import { css } from '../../theme/css';
import { defineStyles } from '../../theme/styleRegistry';
import { cssVar, typographyStyles } from '../../tokens';

/**
 * The parts every dialog surface shares (Dialog, AlertDialog, Drawer): a header with title,
 * description and close button; a body that scrolls on its own, so header and footer stay
 * in view; a footer of actions, aligned to the end.
 */
export const dialogParts = `
  box-sizing: border-box;
  padding: 0;
  border: ${cssVar('border.width.thin')} solid ${cssVar('color.border.subtle')};
  background-color: ${cssVar('color.bg.raised')};
  color: ${cssVar('color.text.primary')};
  box-shadow: ${cssVar('elevation.xl')};
  overflow: hidden;
  &[open] {
    display: flex;
    flex-direction: column;
  }
  &::backdrop {
    background-color: ${cssVar('color.bg.scrim')};
  }
  &[data-exiting] {
    pointer-events: none;
  }

  & > [data-part='header'] {
    display: flex;
    flex: none;
    align-items: flex-start;
    gap: ${cssVar('space.4')};
    padding-block: ${cssVar('space.5')} ${cssVar('space.3')};
    padding-inline: ${cssVar('space.6')} ${cssVar('space.4')};
  }
  & [data-part='heading'] {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    flex: 1 1 auto;
    gap: ${cssVar('space.1')};
    min-inline-size: 0;
    padding-block-start: ${cssVar('space.1')};
    overflow-wrap: anywhere;
  }
  & [data-part='title'],
  & [data-part='description'] {
    margin: 0;
  }
  & [data-part='title'] {
    ${typographyStyles('title')}
  }
  & [data-part='description'] {
    ${typographyStyles('body')}
    color: ${cssVar('color.text.secondary')};
  }
  & [data-part='close'] {
    flex: none;
    margin-inline-start: auto;
  }
  & > [data-part='body'] {
    flex: 1 1 auto;
    min-block-size: 0;
    overflow: auto;
    padding-block: 0 ${cssVar('space.5')};
    padding-inline: ${cssVar('space.6')};
    ${typographyStyles('body')}
  }
  & > [data-part='body']:focus-visible {
    outline-offset: calc(-1 * ${cssVar('focus.ring.width')});
    outline: ${cssVar('focus.ring.width')} solid ${cssVar('color.focus.ring')};
  }
  & > [data-part='footer'] {
    display: flex;
    flex: none;
    flex-wrap: wrap;
    justify-content: flex-end;
    gap: ${cssVar('space.3')};
    padding-block: ${cssVar('space.4')};
    padding-inline: ${cssVar('space.6')};
    border-block-start: ${cssVar('border.width.thin')} solid ${cssVar('color.border.subtle')};
  }
`;

/*
 * Motion: the surface and its backdrop fade in (motion.duration.normal, the enter easing) and
 * out faster on `[data-exiting]` (usePresence waits for that animation before unmounting).
 * One pair of keyframes serves both. None under prefers-reduced-motion.
 */
export const dialogClass = defineStyles(css`
  label: dialog;
  --_size: ${cssVar('size.dialog.md')};
  ${dialogParts}
  inline-size: var(--_size);
  max-inline-size: calc(100% - 2 * ${cssVar('space.4')});
  max-block-size: calc(100% - 2 * ${cssVar('space.4')});
  border-radius: ${cssVar('radius.lg')};
  &,
  &::backdrop {
    animation: cal-dialog-in ${cssVar('motion.duration.normal')} ${cssVar('motion.easing.enter')};
  }
  &[data-exiting],
  &[data-exiting]::backdrop {
    animation: cal-dialog-out ${cssVar('motion.duration.fast')} ${cssVar('motion.easing.exit')}
      forwards;
  }

  &[data-size='sm'] {
    --_size: ${cssVar('size.dialog.sm')};
  }
  &[data-size='lg'] {
    --_size: ${cssVar('size.dialog.lg')};
  }
  &[data-size='fullscreen'] {
    inline-size: 100%;
    block-size: 100%;
    max-inline-size: none;
    max-block-size: none;
    border: none;
    border-radius: 0;
  }

  @media (prefers-reduced-motion: reduce) {
    &,
    &::backdrop,
    &[data-exiting],
    &[data-exiting]::backdrop {
      animation: none;
    }
  }

  @keyframes cal-dialog-in {
    from {
      opacity: 0;
    }
  }
  @keyframes cal-dialog-out {
    to {
      opacity: 0;
    }
  }
`);
