export {
  Stack,
  type StackAlign,
  type StackDirection,
  type StackJustify,
  type StackOwnProps,
  type StackProps,
} from './Stack';
