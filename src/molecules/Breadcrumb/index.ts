export {
  Breadcrumb,
  breadcrumbSizes,
  type BreadcrumbItem,
  type BreadcrumbProps,
  type BreadcrumbSize,
} from './Breadcrumb';
