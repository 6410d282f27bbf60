import { Fragment, type ReactNode } from 'react';
import { tableClass, tokenNameClass } from './styles';
import type { TokenRecord } from './tokenData';

export interface Column<Row> {
  header: string;
  cell: (row: Row) => ReactNode;
  /** Right-aligned, tabular figures. */
  numeric?: boolean;
  width?: string;
}

/**
 * A token table. The first column is the row header (the token), so a screen reader announces
 * which token each value belongs to.
 */
export function TokenTable<Row>({
  label,
  rows,
  rowKey,
  columns,
}: {
  /** Accessible name of the table; usually its section title. */
  label: string;
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  columns: readonly Column<Row>[];
}) {
  return (
    <table className={tableClass} aria-label={label}>
      <thead>
        <tr>
          {columns.map((column) => (
            <th key={column.header} scope="col" style={{ inlineSize: column.width }}>
              {column.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={rowKey(row)}>
            {columns.map((column, index) => {
              const content = column.cell(row);
              if (index === 0) {
                return (
                  <th key={column.header} scope="row">
                    {content}
                  </th>
                );
              }
              return (
                <td key={column.header} data-numeric={column.numeric ? '' : undefined}>
                  {content}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** A dotted name that may wrap after a dot, never inside a word (dashes break on their own). */
export function Breakable({ text }: { text: string }) {
  const parts = text.split(/(?<=\.)/);
  return parts.map((part, index) => (
    <Fragment key={index}>
      {index > 0 && <wbr />}
      {part}
    </Fragment>
  ));
}

/** A token's name over its CSS variable. */
export function TokenName({ record }: { record: TokenRecord }) {
  return (
    <span className={tokenNameClass}>
      <code>
        <Breakable text={record.name} />
      </code>
      <code>
        <Breakable text={record.cssVar} />
      </code>
    </span>
  );
}

/** The usual first column: the token. */
export const tokenColumn: Column<TokenRecord> = {
  header: 'Token',
  cell: (record) => <TokenName record={record} />,
};

/** The resolved value, and the token it aliases when it is one. */
export const valueColumn: Column<TokenRecord> = {
  header: 'Value',
  cell: (record) => (
    <span className={tokenNameClass}>
      <code>{String(record.value)}</code>
      {record.alias && (
        <code>
          <Breakable text={record.alias} />
        </code>
      )}
    </span>
  ),
};

export const descriptionColumn: Column<TokenRecord> = {
  header: 'Description',
  cell: (record) => record.description,
};
