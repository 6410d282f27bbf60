export {
  SearchField,
  type SearchFieldMessages,
  type SearchFieldProps,
  type SearchFieldSize,
} from './SearchField';
