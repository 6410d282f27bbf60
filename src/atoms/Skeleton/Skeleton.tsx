import { forwardRef, type HTMLAttributes } from 'react';
import { cx, devError, reportUnknownValues } from '../../utils';
import { skeletonClass, skeletonSizes, type SkeletonSizeToken } from './Skeleton.styles';

export type { SkeletonSizeToken } from './Skeleton.styles';
export const skeletonShapes = ['text', 'rect', 'circle'] as const;
export type SkeletonShape = (typeof skeletonShapes)[number];

export interface SkeletonProps extends Omit<HTMLAttributes<HTMLDivElement>, 'children'> {
  /**
   * The outline of the content that is coming: lines of `text`, a `rect` (image, card,
   * control) or a `circle` (avatar).
   * @default 'text'
   */
  shape?: SkeletonShape;
  /**
   * Number of text lines (`shape="text"` only); the last of several is shorter.
   * @default 1
   */
  lines?: number;
  /**
   * Width from the `size.*` tokens (`'24'` is `size.24`). Unset: the full width available
   * (a circle: `size.10`).
   */
  width?: SkeletonSizeToken;
  /**
   * Height from the `size.*` tokens. Unset: `size.20` for a rect, `size.10` for a circle;
   * text lines are as tall as body text.
   */
  height?: SkeletonSizeToken;
}

/**
 * A placeholder in the shape of content that is loading. Always `aria-hidden`: it says
 * nothing to assistive technology. Announce the wait once for the whole region instead —
 * `aria-busy="true"` on the region and a `role="status"` text ("Loading profile") — and drop
 * both when the content arrives. The shimmer stops under `prefers-reduced-motion: reduce`.
 * Shape and sizes are `data-shape`, `data-width`, `data-height`; the default shape, `text`,
 * writes no `data-shape`.
 */
export const Skeleton = forwardRef<HTMLDivElement, SkeletonProps>(function Skeleton(
  { shape = 'text', lines = 1, width, height, className, ...rest },
  ref,
) {
  // Inline NODE_ENV check: production bundles drop the message (see toastStore.ts).
  if (typeof process !== 'undefined' && process.env.NODE_ENV !== 'production') {
    reportUnknownValues('Skeleton', {
      shape: [shape, skeletonShapes],
      // A number whose string is a key (`width={24}`) writes the same attribute: accepted.
      width: [width === undefined ? width : String(width), skeletonSizes],
      height: [height === undefined ? height : String(height), skeletonSizes],
    });
  }
  let lineCount = 1;
  if (shape === 'text') {
    if (Number.isInteger(lines) && lines >= 1) lineCount = lines;
    else devError('Skeleton', `\`lines\` must be a whole number of at least 1, got ${lines}.`);
  }
  return (
    <div
      {...rest}
      ref={ref}
      aria-hidden="true"
      className={cx(skeletonClass, className)}
      data-shape={shape === 'text' ? undefined : shape}
      data-width={width}
      data-height={shape === 'text' ? undefined : height}
    >
      {shape === 'text'
        ? Array.from({ length: lineCount }, (_, index) => <span key={index} data-part="line" />)
        : null}
    </div>
  );
});

Skeleton.displayName = 'Skeleton';
