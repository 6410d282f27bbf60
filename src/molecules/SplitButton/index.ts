export {
  SplitButton,
  type SplitButtonProps,
  type SplitButtonSize,
  type SplitButtonVariant,
} from './SplitButton';
