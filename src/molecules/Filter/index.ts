export {
  Filter,
  filterPlacements,
  filterTypes,
  type FilterPlacement,
  type FilterProps,
  type FilterSize,
  type FilterType,
} from './Filter';
export type {
  CollectionItem as FilterItem,
  CollectionOption as FilterOption,
  CollectionSection as FilterSection,
} from '../collection';
