export { DataTable, type DataTableProps } from './DataTable';
export {
  dataTableAligns,
  dataTableColumnTypes,
  dataTableSizes,
  type DataTableAlign,
  type DataTableColumn,
  type DataTableColumnType,
  type DataTableSelection,
  type DataTableSize,
  type DataTableSortDescriptor,
  type DataTableSortDirection,
} from './types';
