import { css } from '../../theme/css';
import { defineStyles } from '../../theme/styleRegistry';
import { cssVar } from '../../tokens';

/** The `size.*` tokens a Skeleton's width and height can take. */
export const skeletonSizes = ['3', '4', '5', '6', '8', '10', '12', '14', '16', '20', '24'] as const;
export type SkeletonSizeToken = (typeof skeletonSizes)[number];

const dimension = (attribute: 'width' | 'height', property: 'inline-size' | 'block-size') =>
  skeletonSizes
    .map((size) => `&[data-${attribute}='${size}'] { ${property}: ${cssVar(`size.${size}`)}; }`)
    .join('\n');

/* A light band sweeps across the placeholder, from the start edge to the end edge. */
const shimmer = `
  background-color: ${cssVar('color.border.subtle')};
  background-image: linear-gradient(
    to right,
    transparent 0%,
    ${cssVar('color.bg.surface')} 50%,
    transparent 100%
  );
  background-size: 200% 100%;
  background-repeat: no-repeat;
  background-position: 150% 0;
  animation: cal-skeleton-shimmer calc(${cssVar('motion.duration.slow')} * 5) linear infinite;
`;

/*
 * In the rules below:
 * - the base rule: the default shape, text (no `data-shape`): one bar per line, as tall as body
 *   text, spaced like its lines; the last is shorter.
 * - `&[data-shape]`: rect and circle: one block that shimmers itself.
 * - `@media (prefers-reduced-motion: reduce)`: Reduced motion: a still placeholder, no sweeping
 *   band.
 * - `@media (forced-colors: active)`: the bars are fills, which forced colours drop, so the
 *   whole placeholder vanished: still `GrayText` bars there, the system's colour for what
 *   cannot be used yet.
 */
export const skeletonClass = defineStyles(css`
  label: skeleton;
  display: grid;
  gap: ${cssVar('space.2')};
  flex-shrink: 0;
  inline-size: 100%;
  max-inline-size: 100%;

  &[data-shape] {
    display: block;
    block-size: ${cssVar('size.20')};
    border-radius: ${cssVar('radius.md')};
  }

  &[data-shape],
  & > [data-part='line'] {
    ${shimmer}
  }

  &[data-shape='circle'] {
    inline-size: ${cssVar('size.10')};
    block-size: ${cssVar('size.10')};
    border-radius: ${cssVar('radius.full')};
  }

  & > [data-part='line'] {
    display: block;
    block-size: ${cssVar('typography.body.font-size')};
    border-radius: ${cssVar('radius.sm')};
  }
  & > [data-part='line']:last-child:not(:first-child) {
    inline-size: 60%;
  }

  ${dimension('width', 'inline-size')}
  ${dimension('height', 'block-size')}

  &[data-shape]:dir(rtl),
  &:dir(rtl) > [data-part='line'] {
    animation-direction: reverse;
  }

  @media (forced-colors: active) {
    &[data-shape],
    & > [data-part='line'] {
      background-color: GrayText;
      background-image: none;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    &[data-shape],
    & > [data-part='line'] {
      animation: none;
      background-image: none;
    }
  }

  @keyframes cal-skeleton-shimmer {
    from {
      background-position: 150% 0;
    }
    to {
      background-position: -50% 0;
    }
  }
`);
