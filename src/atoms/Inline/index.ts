export {
  Inline,
  type InlineAlign,
  type InlineJustify,
  type InlineOwnProps,
  type InlineProps,
} from './Inline';
