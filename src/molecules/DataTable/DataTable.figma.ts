// url=<figma:DataTable>
// component=DataTable
import figma from 'figma';

// Code Connect for the Figma component "DataTable": density, selection (with its bulk bar),
// paging, a sticky first column and the loading, empty and error states. Columns and rows are
// data, not layers: the code gets a realistic set of invoice columns and rows, which the app
// replaces with its own.
const table = figma.selectedInstance;
const { renderProp } = figma.helpers.react;

const size = table.getEnum('Density', { Medium: undefined, Small: 'sm', Large: 'lg' });
const state = table.getEnum('State', {
  Default: 'default',
  Loading: 'loading',
  Empty: 'empty',
  Error: 'error',
});
const selectable = table.getBoolean('Selectable');
const paginated = table.getBoolean('Paginated');
const pinned = table.getBoolean('Sticky first column')
  ? ` defaultPinnedColumns={['customer']}`
  : '';
const error = state === 'error' ? table.getString('Error') : undefined;
const rows =
  state === 'empty' || state === 'loading'
    ? '[]'
    : `[
    { id: 'INV-1001', customer: 'Athena Stores', status: 'Paid', amount: 1250.5 },
    { id: 'INV-1002', customer: 'Spartan Goods', status: 'Open', amount: 320 },
  ]`;
const bulk = selectable
  ? `\n  bulkActions={() => <Button size="sm" variant="danger">Delete</Button>}`
  : '';

export default {
  example: figma.tsx`<DataTable
  label="Invoices"
  columns={[
    { id: 'customer', header: 'Customer', sortable: true, pinnable: true },
    { id: 'status', header: 'Status', sortable: true, hideable: true },
    { id: 'amount', header: 'Amount', type: 'number', sortable: true },
  ]}
  rows={${rows}}${renderProp('size', size)}${renderProp('selectable', selectable)}${renderProp('pageSize', paginated ? 25 : undefined)}${renderProp('loading', state === 'loading')}${renderProp('error', error)}${pinned}${bulk}
/>`,
  imports: [`import { ${selectable ? 'Button, ' : ''}DataTable } from 'callicrates'`],
  id: 'DataTable',
  metadata: { nestable: false },
};
