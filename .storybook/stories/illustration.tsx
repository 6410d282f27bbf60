import type { SVGProps } from 'react';
import { cssVar } from '../../src/tokens';

/*
 * A stand-in picture for the stories of components with media (Card, EmptyState): drawn with
 * the colour tokens, so it follows the colour scheme and its pixels come from no network.
 */

/**
 * A landscape, 16:9: sky, sun and hills, cropped to fill its box like `object-fit: cover`.
 * Decorative unless given `aria-label` and `role`.
 */
export function StoryIllustration(props: SVGProps<SVGSVGElement>) {
  return (
    <svg
      viewBox="0 0 320 180"
      preserveAspectRatio="xMidYMid slice"
      aria-hidden={props['aria-label'] ? undefined : true}
      {...props}
    >
      <rect width="320" height="180" fill={cssVar('color.status.info.bg')} />
      <circle cx="248" cy="52" r="22" fill={cssVar('color.status.warning.border')} />
      <path d="M0 140 80 80l70 50 50-30 120 80H0Z" fill={cssVar('color.status.success.border')} />
      <path d="M0 180v-30l110-40 90 50 60-20 60 40Z" fill={cssVar('color.status.success.fg')} />
    </svg>
  );
}
