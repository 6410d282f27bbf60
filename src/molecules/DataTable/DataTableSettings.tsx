import { useState } from 'react';
import type { DataTableColumn } from './types';

export interface DataTableSettingsProps<T> {
  columns: readonly DataTableColumn<T>[];
  labelOf: (column: DataTableColumn<T>) => string;
  hidden: readonly string[];
  pinned: readonly string[];
  onHiddenChange: (hidden: string[]) => void;
  onPinnedChange: (pinned: string[]) => void;
  columnsLabel: string;
  showColumnsLabel: string;
  pinColumnsLabel: string;
}

const toggle = (list: readonly string[], id: string, on: boolean) =>
  on ? (list.includes(id) ? [...list] : [...list, id]) : list.filter((item) => item !== id);

/**
 * Column settings in a native disclosure (`<details>`: no overlay code, keyboard and state
 * from the browser): a box per hideable column to show it and per pinnable column to pin it
 * to the start.
 */
export function DataTableSettings<T>({
  columns,
  labelOf,
  hidden,
  pinned,
  onHiddenChange,
  onPinnedChange,
  columnsLabel,
  showColumnsLabel,
  pinColumnsLabel,
}: DataTableSettingsProps<T>) {
  const hideable = columns.filter((column) => column.hideable);
  const pinnable = columns.filter((column) => column.pinnable);
  // The boxes render only while open: nothing to mount for a closed disclosure.
  const [open, setOpen] = useState(false);
  return (
    <details data-part="settings" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{columnsLabel}</summary>
      {open ? (
        <div data-part="settings-panel">
          {hideable.length > 0 ? (
            <fieldset>
              <legend>{showColumnsLabel}</legend>
              {hideable.map((column) => (
                <label key={column.id}>
                  <input
                    type="checkbox"
                    checked={!hidden.includes(column.id)}
                    onChange={(event) =>
                      onHiddenChange(toggle(hidden, column.id, !event.currentTarget.checked))
                    }
                  />
                  {labelOf(column)}
                </label>
              ))}
            </fieldset>
          ) : null}
          {pinnable.length > 0 ? (
            <fieldset>
              <legend>{pinColumnsLabel}</legend>
              {pinnable.map((column) => (
                <label key={column.id}>
                  <input
                    type="checkbox"
                    checked={pinned.includes(column.id)}
                    onChange={(event) =>
                      onPinnedChange(toggle(pinned, column.id, event.currentTarget.checked))
                    }
                  />
                  {labelOf(column)}
                </label>
              ))}
            </fieldset>
          ) : null}
        </div>
      ) : null}
    </details>
  );
}
