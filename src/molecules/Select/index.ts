export {
  Select,
  selectPlacements,
  selectValueDisplays,
  type SelectPlacement,
  type SelectProps,
  type SelectSize,
  type SelectValueDisplay,
} from './Select';
export type {
  CollectionItem as SelectItem,
  CollectionOption as SelectOption,
  CollectionSection as SelectSection,
} from '../collection';
