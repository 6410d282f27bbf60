export {
  FilterBar,
  type FilterBarFilter,
  type FilterBarFilterValue,
  type FilterBarProps,
  type FilterBarValue,
} from './FilterBar';
