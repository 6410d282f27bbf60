export {
  DropdownButton,
  type DropdownButtonProps,
  type DropdownButtonSize,
  type DropdownButtonVariant,
} from './DropdownButton';
