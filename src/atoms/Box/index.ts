export { Box, type BoxElement, type BoxOwnProps, type BoxProps } from './Box';
export {
  spaceKeys,
  type BoxBackground,
  type BoxBorder,
  type BoxColor,
  type BoxElevation,
  type BoxRadius,
  type SpaceKey,
} from './Box.styles';
