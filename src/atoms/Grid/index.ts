export {
  Grid,
  GridItem,
  type GridItemOwnProps,
  type GridItemProps,
  type GridOwnProps,
  type GridProps,
  type GridSpan,
  type GridStart,
} from './Grid';
export {
  breakpointMinWidths,
  breakpointNames,
  breakpointQuery,
  gridColumns,
  type Breakpoint,
  type Responsive,
} from './breakpoints';
export {
  useBreakpoint,
  useMediaQuery,
  type UseBreakpointOptions,
  type UseMediaQueryOptions,
} from './useMediaQuery';
