export { SearchField, type SearchFieldProps, type SearchFieldSize } from './SearchField';
