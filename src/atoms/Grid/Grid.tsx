import { forwardRef, type ForwardedRef, type ReactNode } from 'react';
import { cx, devError, reportUnknownValues } from '../../utils';
import { Box, spaceKeys, type BoxProps, type SpaceKey } from '../Box';
import { responsiveAttributes, type Responsive } from './breakpoints';
import { gridClass, gridItemClass } from './Grid.styles';

export interface GridOwnProps {
  /**
   * Space between rows, a `space.*` key. Columns are always separated by the gutter of the
   * breakpoint (`grid.gutter.*`).
   * @default the breakpoint's gutter
   * @selector [data-row-gap="0" | "1" | … | "24"] — absent when unset
   */
  rowGap?: SpaceKey;
  /** GridItems (or any elements, which take one column each). */
  children?: ReactNode;
}

export interface GridProps extends GridOwnProps, Omit<BoxProps, keyof GridOwnProps> {}

/**
 * The layout grid of the design: `grid.columns.*` equal columns separated by `grid.gutter.*`,
 * both switching at the `grid.breakpoint.*` widths (4 columns on phones, 8 from `sm`, 12 from
 * `md`). Place content with GridItem. Takes every Box prop too.
 */
export const Grid = forwardRef(function Grid(props: GridProps, ref: ForwardedRef<HTMLElement>) {
  const { rowGap, className, ...rest } = props;
  // Inline NODE_ENV check: production bundles drop the message (see toastStore.ts).
  if (typeof process !== 'undefined' && process.env.NODE_ENV !== 'production') {
    // A number whose string is a key (`rowGap={8}`) writes the same attribute: accepted.
    reportUnknownValues('Grid', {
      rowGap: [rowGap === undefined ? rowGap : String(rowGap), spaceKeys],
    });
  }
  return <Box {...rest} ref={ref} className={cx(gridClass, className)} data-row-gap={rowGap} />;
});

Grid.displayName = 'Grid';

/** How many columns an item covers; `full` is the whole row at every breakpoint. */
export type GridSpan = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12 | 'full';
/** The column line an item starts at (1 is the start edge); `auto` follows the flow. */
export type GridStart = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12 | 'auto';

export interface GridItemOwnProps {
  /**
   * Columns covered, per breakpoint from the smallest up: `{ xs: 'full', md: 6 }` is the whole
   * row on phones and half of it from `md`. A span wider than the grid is clamped to the row.
   * @default 1
   */
  span?: Responsive<GridSpan>;
  /**
   * The column the item starts at, per breakpoint. Use it to offset an item: `start={3}`
   * leaves two empty columns before it. `auto` returns to the normal flow.
   * @default 'auto'
   */
  start?: Responsive<GridStart>;
  /** The content. */
  children?: ReactNode;
}

export interface GridItemProps extends GridItemOwnProps, Omit<BoxProps, keyof GridItemOwnProps> {}

function isValid(value: unknown, allowed: string): boolean {
  const values = typeof value === 'object' && value !== null ? Object.values(value) : [value];
  return values.every(
    (item) =>
      item === undefined ||
      item === allowed ||
      (typeof item === 'number' && Number.isInteger(item) && item >= 1 && item <= 12),
  );
}

/**
 * A cell of a Grid that spans columns and starts where you say, per breakpoint. The defaults
 * (`span={1}`, `start="auto"`) write no attribute: the base rule holds them.
 */
export const GridItem = forwardRef(function GridItem(
  props: GridItemProps,
  ref: ForwardedRef<HTMLElement>,
) {
  const { span, start, className, ...rest } = props;
  if (!isValid(span, 'full')) {
    devError('GridItem', '`span` takes a whole number of columns from 1 to 12, or "full".');
  }
  if (!isValid(start, 'auto')) {
    devError('GridItem', '`start` takes a column line from 1 to 12, or "auto".');
  }
  return (
    <Box
      {...rest}
      {...responsiveAttributes<GridSpan>('span', span, 1)}
      {...responsiveAttributes<GridStart>('start', start, 'auto')}
      ref={ref}
      className={cx(gridItemClass, className)}
    />
  );
});

GridItem.displayName = 'GridItem';
