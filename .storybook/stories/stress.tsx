import type { HTMLAttributes } from 'react';
import { css } from '../../src/theme/css';
import { defineStyles } from '../../src/theme';
import { cx } from '../../src/utils';

/*
 * The scaffolding of the stress stories every component has (docs/CONVENTIONS.md, "Stories"):
 * `RightToLeft`, `Zoom200` and `LongText`. Each story keeps its own content and layout (its
 * `style`); these give the stress its one name and its one spelling.
 */

const zoom200Class = defineStyles(css`
  label: story-zoom-200;
  zoom: 2;
`);

type BlockProps = HTMLAttributes<HTMLDivElement>;

/** Stress: its children in an Arabic, right-to-left block (`dir="rtl" lang="ar"`). */
export function RightToLeftBlock(props: BlockProps) {
  return <div dir="rtl" lang="ar" {...props} />;
}

/** Stress: its children at 200% zoom (WCAG 1.4.4, resize text). */
export function Zoom200Block({ className, ...rest }: BlockProps) {
  return <div className={cx(zoom200Class, className)} {...rest} />;
}

/** A label far longer than a label should be: it has to wrap at its spaces. */
export const longLabel =
  'A label that is far longer than any label should be, and keeps going to test wrapping';

/** An error message with no space to break at: it has to wrap inside the word. */
export const unbrokenError =
  'Averyveryveryveryveryveryveryveryveryveryveryverylongerrormessagewithoutaspace.';
