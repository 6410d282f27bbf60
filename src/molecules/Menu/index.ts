export {
  Menu,
  menuPlacements,
  type MenuOwnProps,
  type MenuPlacement,
  type MenuProps,
} from './Menu';
export { MenuTrigger, type MenuTriggerProps } from './MenuTrigger';
export { menuSizes, type MenuSize } from './menuContext';
export {
  menuItemKinds,
  type MenuEntry,
  type MenuItem,
  type MenuItemKind,
  type MenuSection,
  type MenuSeparator,
} from './menuModel';
