export {
  Combobox,
  comboboxPlacements,
  type ComboboxPlacement,
  type ComboboxProps,
  type ComboboxSize,
} from './Combobox';
export { containsFilter, type ComboboxFilter, type ComboboxFilterOption } from './filter';
export type { LoadOptions, LoadOptionsContext } from '../collection';
export type {
  CollectionItem as ComboboxItem,
  CollectionOption as ComboboxOption,
  CollectionSection as ComboboxSection,
} from '../collection';
