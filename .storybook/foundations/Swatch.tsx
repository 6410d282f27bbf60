import type { CSSProperties } from 'react';
import { cssVar } from '../../src/tokens';
import { swatchClass } from './styles';

/**
 * A colour sample. Decorative (`aria-hidden`): the name and value beside it carry the meaning,
 * so nothing is conveyed by colour alone.
 */
export function Swatch({
  color,
  inlineSize = cssVar('size.10'),
  blockSize = inlineSize,
}: {
  /** Any CSS colour: a resolved value, or `var(--cal-…)` to follow the toolbar scheme. */
  color: string;
  inlineSize?: string;
  blockSize?: string;
}) {
  const style = { '--_swatch': color, inlineSize, blockSize } as CSSProperties;
  return <span aria-hidden="true" className={swatchClass} style={style} />;
}
