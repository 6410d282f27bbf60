import { Button } from '../../atoms/Button';
import { useTableContext } from './context';
import { useSelectionValue } from './stores';
import type { DataTableSelection } from './types';

/**
 * The bar over the table while rows are selected: how many, "Select all N" once the whole
 * page is selected and more rows exist, "Clear selection" and the caller's bulk actions.
 * It subscribes to the selection store itself, so a toggle re-renders it and the row only.
 * The count is a live region that exists before any selection, so the first count is read.
 */
export function DataTableBulkBar() {
  const context = useTableContext();
  const { selection, labels } = context;
  const count = useSelectionValue(selection, () =>
    selection.value === 'all' ? context.total : selection.value.size,
  );
  const pageSelected = useSelectionValue(
    selection,
    () => context.pageIds.length > 0 && context.pageIds.every((id) => selection.isSelected(id)),
  );
  const open = count > 0;
  const value: DataTableSelection = selection.value === 'all' ? 'all' : [...selection.value];
  return (
    <div
      data-part="bulk-bar"
      data-open={open ? '' : undefined}
      role="group"
      aria-label={labels.bulkActionsLabel}
    >
      <span data-part="bulk-count" role="status">
        {open ? labels.selectedCountLabel(count) : ''}
      </span>
      {open ? (
        <>
          {pageSelected && selection.value !== 'all' && count < context.total ? (
            <Button size="sm" variant="tertiary" onClick={context.selectAllPages}>
              {labels.selectAllPagesLabel(context.total)}
            </Button>
          ) : null}
          <Button size="sm" variant="tertiary" onClick={context.clearSelection}>
            {labels.clearSelectionLabel}
          </Button>
          {context.bulkActions ? (
            <div data-part="bulk-actions">{context.bulkActions(value)}</div>
          ) : null}
        </>
      ) : null}
    </div>
  );
}
