export {
  Divider,
  type DividerElement,
  type DividerOrientation,
  type DividerOwnProps,
  type DividerProps,
  type DividerVariant,
} from './Divider';
