import { createElement, type ReactElement } from 'react';
import { CircleCheck, CircleX, Info, TriangleAlert, X, type IconNode } from 'lucide';
import type { FeedbackStatus } from './statuses';

/**
 * lucide's drawings as bare `<svg>`s, the attributes the Icon atom writes: the feedback
 * molecules draw five fixed glyphs, so they skip the Icon component and its size and colour
 * styles (about 0.5 KiB of each one's bundle). StatusMessage.styles.ts sizes them as Icon
 * would (`size.icon.md`), and the dismiss Button sizes its own.
 */
function glyph(drawing: IconNode): ReactElement {
  return (
    <svg
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={2}
      strokeLinecap="round"
      strokeLinejoin="round"
      focusable="false"
      aria-hidden="true"
    >
      {drawing.map(([tag, attributes], index) => createElement(tag, { key: index, ...attributes }))}
    </svg>
  );
}

const icons: Record<FeedbackStatus, IconNode> = {
  info: Info,
  success: CircleCheck,
  warning: TriangleAlert,
  error: CircleX,
};

/** The status's glyph: decorative, as the status is also said in words. */
export function StatusIcon({ status }: { status: FeedbackStatus }) {
  return glyph(icons[status]);
}

/** The dismiss button's cross (lucide's `x`, as XIcon draws it). */
export function DismissGlyph() {
  return glyph(X);
}
