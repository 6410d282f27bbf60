// @vitest-environment node
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { DataTable, type DataTableColumn } from '.';

interface Row {
  id: string;
  name: string;
  amount: number;
}

const columns: DataTableColumn<Row>[] = [
  { id: 'name', header: 'Name', sortable: true },
  { id: 'amount', header: 'Amount', type: 'number', resizable: true, width: 120 },
];

// On a real server there is no `window` or `document`: importing and rendering, sorted,
// selected, paged and windowed, must not touch them.
describe('DataTable on a server (no DOM)', () => {
  it('renders a sorted, selected grid and a windowed 10,000-row table without a DOM', () => {
    expect(typeof window).toBe('undefined');
    expect(typeof document).toBe('undefined');
    const rows = Array.from({ length: 10_000 }, (_, index) => ({
      id: `r${index}`,
      name: `Row ${index}`,
      amount: index,
    }));
    const html = renderToString(
      <>
        <DataTable
          label="Small"
          columns={columns}
          rows={rows.slice(0, 3)}
          selectable
          defaultSelectedRows={['r1']}
          defaultSort={[{ column: 'amount', direction: 'descending' }]}
          pageSize={2}
        />
        <DataTable label="Large" columns={columns} rows={rows} />
      </>,
    );
    expect(html).toContain('role="grid"');
    expect(html).toContain('aria-sort="descending"');
    expect(html).toContain('1 selected');
    expect(html).toContain('Page 1 of 2');
    expect(html.indexOf('Row 2')).toBeLessThan(html.indexOf('Row 1'));
    // The large table renders a window, not 10,000 rows.
    expect(html).toContain('data-virtual');
    expect(html).not.toContain('Row 500<');
    expect(html).toContain('aria-rowcount="10001"');
  });

  it('renders column menu buttons and an expanded treegrid without a DOM', () => {
    const html = renderToString(
      <DataTable
        label="Tree"
        columns={columns}
        rows={[
          { id: 'p', name: 'Parent', amount: 2, children: [{ id: 'c', name: 'Child', amount: 1 }] },
        ]}
        getSubRows={(row: Row & { children?: Row[] }) => row.children}
        defaultExpandedRows={['p']}
      />,
    );
    expect(html).toContain('role="treegrid"');
    expect(html).toContain('aria-haspopup="menu"');
    expect(html).toContain('aria-label="Name options"');
    expect(html).toMatch(/aria-level="2" aria-posinset="1" aria-setsize="1"/);
  });

  it('renders a read-only table as a plain table', () => {
    const html = renderToString(
      <DataTable
        label="Plain"
        columns={[{ id: 'name', header: 'Name' }]}
        rows={[{ id: '1', name: 'A' }]}
      />,
    );
    expect(html).not.toContain('role="grid"');
    expect(html).not.toContain('tabindex');
    expect(html).toContain('<table aria-label="Plain"');
  });
});
