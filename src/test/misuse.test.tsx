import { render } from '@testing-library/react';
import { Component, type ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import * as library from '../index';
import { resetDevErrors } from '../utils';
import { components, misuse, type Subject } from './misuseCases';

/*
 * Non-negotiable: misuse gets a clear development message, never a crash. Typed props keep
 * most of it out of a TypeScript app; this is for the rest: plain JavaScript, props built from
 * data (`[home, isAdmin && admin, page]`), an `as any`. Every component exported from the
 * root is rendered without its required props, and again with wrong ones; none may throw.
 */

/** Catches a render error, so one component's crash names it instead of ending the test. */
class Catch extends Component<{ children: ReactNode; onError: (error: unknown) => void }> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override componentDidCatch(error: unknown) {
    this.props.onError(error);
  }
  override render() {
    return this.state.failed ? null : this.props.children;
  }
}

/** Renders a component under the theme and returns what it threw, if anything. */
function crashOf(Subject: Subject, props: Record<string, unknown>) {
  return crashesOf([['', Subject]], props)[0]?.slice(2);
}

/**
 * Renders each component in turn under one theme (its style sheet is mounted once: most of a
 * render's cost in jsdom) and returns `name: message` for each that threw.
 */
function crashesOf(
  subjects: ReadonlyArray<[string, Subject]>,
  props: Record<string, unknown>,
): string[] {
  const crashes: string[] = [];
  const view = render(<library.ThemeProvider>{null}</library.ThemeProvider>);
  for (const [name, Tested] of subjects) {
    let thrown: unknown;
    try {
      view.rerender(
        <library.ThemeProvider>
          <Catch key={name} onError={(error) => (thrown = error)}>
            <Tested {...props} />
          </Catch>
        </library.ThemeProvider>,
      );
      // Unmount it before the next, so what it opened (an overlay, a modal) closes.
      view.rerender(<library.ThemeProvider>{null}</library.ThemeProvider>);
    } catch (error) {
      thrown = error;
    }
    if (thrown !== undefined)
      crashes.push(`${name}: ${String((thrown as Error)?.message ?? thrown)}`);
  }
  view.unmount();
  return crashes;
}

let consoleError: MockInstance<typeof console.error>;
beforeEach(() => {
  // React and the components report the misuse here: expected, and asserted below.
  consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe('no export crashes on misuse', () => {
  it('finds the components', () => {
    expect(components.length).toBeGreaterThan(80);
  });

  it.each(Object.keys(misuse))('%s', (set) => {
    expect(crashesOf(components, misuse[set] ?? {})).toEqual([]);
  });
});

describe('a form control given children', () => {
  const controls = [
    'Checkbox',
    'Radio',
    'Switch',
    'TextField',
    'PasswordField',
    'SearchField',
    'NumberField',
    'Slider',
    'Combobox',
  ] as const;

  it.each(controls)('%s drops them and says to use `label`', (name) => {
    const control = library[name] as unknown as Subject;
    expect(crashOf(control, { label: 'Accept', children: 'Accept the terms' })).toBeUndefined();
    expect(consoleError).toHaveBeenCalledWith(
      `[Callicrates] ${name}: \`children\` is not rendered: a form control holds no content. Pass its text as \`label\`.`,
    );
  });
});

describe('arrays built from data', () => {
  it('DataTable leaves out a column that is not an object, and says so', () => {
    const { getAllByRole, unmount } = render(
      <library.DataTable
        label="Orders"
        columns={[
          { id: 'name', header: 'Name', cell: (row: { id: string; name: string }) => row.name },
          false as never,
        ]}
        rows={[{ id: '1', name: 'Ada' }]}
      />,
    );
    expect(getAllByRole('columnheader')).toHaveLength(1);
    expect(consoleError).toHaveBeenCalledWith(
      '[Callicrates] DataTable: every column must be an object with an `id`; the others are left out.',
    );
    unmount();
  });

  it('PageSizeSelect takes sizes that are not an array as the default ones, and says so', () => {
    const Sizes = library.PageSizeSelect as unknown as Subject;
    expect(crashOf(Sizes, { options: '10,20' })).toBeUndefined();
    expect(consoleError).toHaveBeenCalledWith(
      '[Callicrates] PageSizeSelect: `options` must be an array of page sizes; the default ones are used.',
    );
  });

  it('Breadcrumb leaves out an item that is not an object, and says so', () => {
    const { getAllByRole, unmount } = render(
      <library.Breadcrumb
        items={[{ label: 'Home', href: '/' }, false as never, { label: 'Orders' }]}
      />,
    );
    expect(getAllByRole('listitem')).toHaveLength(2);
    expect(consoleError).toHaveBeenCalledWith(
      '[Callicrates] Breadcrumb: every item must be an object with a `label`; the others are left out.',
    );
    unmount();
  });
});

describe('a controlled value without its handler', () => {
  const options = [{ value: 'a', label: 'A' }];
  // A column the user can sort, hide, pin and resize: each state has a control that changes it.
  const column = { id: 'name', header: 'Name', sortable: true, hideable: true, pinnable: true };
  const table = {
    label: 'People',
    columns: [{ ...column, resizable: true }],
    rows: [
      { id: '1', name: 'Ada' },
      { id: '2', name: 'Grace' },
    ],
  };
  const renderExpanded = () => 'Details';
  // [component, the controlled prop, its value, its handler, other props it needs]; those with
  // read-only or disabled states stay quiet in them (nothing can change the value anyway).
  const cases: Array<[string, string, unknown, string, Record<string, unknown>]> = [
    ['TextField', 'value', 'a', 'onChange', { label: 'Name' }],
    ['PasswordField', 'value', 'a', 'onChange', { label: 'Password' }],
    ['SearchField', 'value', 'a', 'onChange', { label: 'Search' }],
    ['TextArea', 'value', 'a', 'onChange', { label: 'Notes' }],
    ['NumberField', 'value', 1, 'onValueChange', { label: 'Count' }],
    ['Checkbox', 'checked', true, 'onChange', { label: 'Accept' }],
    ['Switch', 'checked', true, 'onChange', { label: 'Wi-Fi' }],
    ['CheckboxGroup', 'value', ['a'], 'onValueChange', { label: 'Days' }],
    ['RadioGroup', 'value', 'a', 'onValueChange', { label: 'Size' }],
    ['Select', 'value', 'a', 'onValueChange', { label: 'City', options }],
    ['ListBox', 'value', 'a', 'onValueChange', { label: 'City', options }],
    ['Combobox', 'value', 'a', 'onValueChange', { label: 'City', options }],
    ['Filter', 'value', ['a'], 'onValueChange', { label: 'Status', options, multiple: true }],
    ['Slider', 'value', 5, 'onValueChange', { label: 'Volume' }],
    ['DateField', 'value', '2026-12-02', 'onValueChange', { label: 'Date' }],
    ['TimeField', 'value', '10:00', 'onValueChange', { label: 'Time' }],
    ['DatePicker', 'value', '2026-12-02', 'onValueChange', { label: 'Date' }],
    ['Calendar', 'value', '2026-12-02', 'onValueChange', { 'aria-label': 'Date' }],
    ['Tabs', 'value', 'a', 'onValueChange', {}],
    ['Accordion', 'value', ['a'], 'onValueChange', {}],
    ['Disclosure', 'open', true, 'onOpenChange', { summary: 'More' }],
    ['Pagination', 'page', 2, 'onPageChange', { pageCount: 5 }],
    ['PageSizeSelect', 'value', 25, 'onValueChange', {}],
    ['List', 'value', ['a'], 'onValueChange', { selectable: true }],
    ['DataTable', 'sort', [], 'onSortChange', table],
    ['DataTable', 'selectedRows', [], 'onSelectedRowsChange', { ...table, selectable: true }],
    ['DataTable', 'page', 2, 'onPageChange', { ...table, pageSize: 1 }],
    ['DataTable', 'expandedRows', [], 'onExpandedRowsChange', { ...table, renderExpanded }],
    ['DataTable', 'hiddenColumns', [], 'onHiddenColumnsChange', table],
    ['DataTable', 'pinnedColumns', [], 'onPinnedColumnsChange', table],
    ['DataTable', 'columnWidths', {}, 'onColumnWidthsChange', table],
  ];
  const unlockable = new Set([
    'Tabs',
    'Accordion',
    'Disclosure',
    'Pagination',
    'DataTable',
    'List',
  ]);

  it.each(cases)(
    '%s: `%s` alone is reported; with its handler, or read-only, it is not',
    (name, prop, value, handler, props) => {
      const Subject = library[name as keyof typeof library] as unknown as Subject;
      const message = expect.stringMatching(
        new RegExp(`^\\[Callicrates\\] ${name}: \`${prop}\` is set without \`${handler}\``),
      );
      expect(crashOf(Subject, { ...props, [prop]: value })).toBeUndefined();
      expect(consoleError).toHaveBeenCalledWith(message);
      consoleError.mockClear();
      resetDevErrors();
      crashOf(Subject, { ...props, [prop]: value, [handler]: () => {} });
      if (!unlockable.has(name)) {
        crashOf(Subject, { ...props, [prop]: value, readOnly: true });
        crashOf(Subject, { ...props, [prop]: value, disabled: true });
      }
      expect(consoleError).not.toHaveBeenCalledWith(message);
    },
  );
});
