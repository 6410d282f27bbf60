import { css } from '../../theme/css';
import { defineStyles } from '../../theme/styleRegistry';
import { cssVar } from '../../tokens';

/*
 * Composed with the shared `controlClass` (the bordered box with its hover, focus, invalid,
 * disabled and read-only states, sizes, and the textarea's type, colours and placeholder),
 * so TextArea looks like TextField; this adds rows and resizing. Row limits come from
 * `--_min-rows`/`--_max-rows` set by the component, in `lh` units, so they hold before (or
 * without) JavaScript. The doubled class (`&&`) outranks the shared `& > textarea` rule; the
 * default `resize: vertical` is the base look, `[data-resize='none']` the only departure.
 */
export const textAreaControlClass = defineStyles(css`
  label: text-area-control;
  --_pad-block: ${cssVar('space.2')};
  align-items: stretch;

  && > textarea {
    box-sizing: border-box;
    min-block-size: calc(var(--_min-rows, 1) * 1lh + 2 * var(--_pad-block));
    max-block-size: calc(var(--_max-rows) * 1lh + 2 * var(--_pad-block));
    padding-block: var(--_pad-block);
    overflow-wrap: anywhere;
    text-overflow: clip;
    resize: vertical;
  }
  &[data-size='sm'] {
    --_pad-block: ${cssVar('space.1')};
  }
  &[data-size='lg'] {
    --_pad-block: ${cssVar('space.3')};
  }
  &[data-resize='none'] > textarea {
    resize: none;
  }
`);
