export {
  Pagination,
  paginationVariants,
  type PaginationProps,
  type PaginationSize,
  type PaginationVariant,
} from './Pagination';
export { PageSizeSelect, type PageSizeSelectProps } from './PageSizeSelect';
