import { useState } from 'react';
import './plain.css';
import { nativeFormDialog } from './nativeDialog';
import type {
  ButtonFactory,
  ComboboxFactory,
  DialogFactory,
  FormDialogFactory,
  Provider as ProviderType,
  SelectFactory,
  TableFactory,
  TextFieldFactory,
  TooltipButtonFactory,
} from './types';
import { SORT_COLUMN, TABLE_COLUMNS, VISIBLE_ROWS, sortedBy, tableRows } from './tableData';

/** Plain React: no provider, a native element with a class, one static CSS file. */
export const Provider: ProviderType = ({ children }) => children;

export const button: ButtonFactory = (label, key) => (
  <button key={key} className="btn" type="button">
    {label}
  </button>
);

export const textField: TextFieldFactory = (label, key) => (
  <label key={key} className="field">
    {label}
    <input className="field-input" type="text" />
  </label>
);

/** A native <dialog>, closed: what the platform gives for nothing. */
export const dialog: DialogFactory = (title, key) => (
  <dialog key={key} aria-label={title}>
    Body
    <button className="btn" type="button">
      Save
    </button>
  </dialog>
);

/** The platform's own tooltip: the `title` attribute. */
export const tooltipButton: TooltipButtonFactory = (label, key) => (
  <button key={key} className="btn" type="button" title={`Runs ${label}`}>
    {label}
  </button>
);

/** The platform's modal: a native `<dialog>` opened with `showModal()` (nativeDialog.tsx). */
export const formDialog: FormDialogFactory = ({ open, onOpenChange, title, fields }) =>
  nativeFormDialog({ open, onOpenChange, title, fields });

/**
 * The floor of an open list (the "plain `<ul role=listbox>` with all options"): a
 * button that renders every option when pressed, with no keyboard, placement or styles.
 */
function PlainSelect({ label, count }: { label: string; count: number }) {
  const [open, setOpen] = useState(false);
  const options = [];
  if (open) {
    for (let index = 0; index < count; index += 1) {
      options.push(
        <li key={index} role="option" aria-selected={false}>
          Option {index}
        </li>,
      );
    }
  }
  return (
    <div>
      <button className="btn" type="button" aria-expanded={open} onClick={() => setOpen(!open)}>
        {label}
      </button>
      {open ? (
        <ul role="listbox" aria-label={label}>
          {options}
        </ul>
      ) : null}
    </div>
  );
}

export const select: SelectFactory = (label, count, key) => (
  <PlainSelect key={key} label={label} count={count} />
);

/**
 * The floor of filtering: an input whose every keystroke renders a `<ul role=listbox>` of
 * the options whose label contains the text (lower-cased), with no keyboard, placement,
 * virtualization or styles.
 */
function PlainCombobox({ label, count }: { label: string; count: number }) {
  const [text, setText] = useState('');
  const query = text.toLowerCase();
  const options = [];
  if (query) {
    for (let index = 0; index < count; index += 1) {
      const option = `Option ${index}`;
      if (!option.toLowerCase().includes(query)) continue;
      options.push(
        <li key={index} role="option" aria-selected={false}>
          {option}
        </li>,
      );
    }
  }
  return (
    <div>
      <input
        role="combobox"
        aria-label={label}
        aria-expanded={Boolean(query)}
        value={text}
        onChange={(event) => setText(event.target.value)}
      />
      {query ? (
        <ul role="listbox" aria-label={label}>
          {options}
        </ul>
      ) : null}
    </div>
  );
}

export const combobox: ComboboxFactory = (label, count, key) => (
  <PlainCombobox key={key} label={label} count={count} />
);

/**
 * The floor of a table: a `<table>` of every row, or, sortable, the array sorted by hand on a
 * header press and the first VISIBLE_ROWS rows rendered (the "sorting the array and
 * rendering the visible rows by hand in plain React").
 */
function PlainTable({ rows: count, sortable }: { rows: number; sortable: boolean }) {
  const [sorted, setSorted] = useState(false);
  const all = tableRows(count);
  const rows = sortable ? (sorted ? sortedBy(all, SORT_COLUMN) : all).slice(0, VISIBLE_ROWS) : all;
  return (
    <table className="table">
      <thead>
        <tr>
          {TABLE_COLUMNS.map((column) => (
            <th key={column.key} scope="col">
              {sortable && column.key === SORT_COLUMN ? (
                <button type="button" onClick={() => setSorted(true)}>
                  <span data-bench-sort="">{column.header}</span>
                </button>
              ) : (
                column.header
              )}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.id}>
            {TABLE_COLUMNS.map((column) => (
              <td key={column.key}>{row[column.key]}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export const table: TableFactory = (props) => <PlainTable {...props} />;
