import { act, fireEvent, render, screen } from '@testing-library/react';
import { Profiler, createRef, useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { createActiveStore, useActiveDescendant } from './activeStore';
import { createCollection, type CollectionItem } from './collection';
import { OptionList, type OptionListHandle, VIRTUALIZE_ABOVE } from './OptionList';

const numbers = (count: number) =>
  Array.from({ length: count }, (_, index) => ({ value: index, label: `Option ${index}` }));

function List({
  items,
  multiple = false,
  onChoose = () => {},
  onRender = () => {},
  handle = createRef<OptionListHandle>(),
  store = createActiveStore<number | string>(),
}: {
  items: CollectionItem<number | string>[];
  multiple?: boolean;
  onChoose?: (value: number | string) => void;
  onRender?: () => void;
  handle?: React.Ref<OptionListHandle>;
  store?: ReturnType<typeof createActiveStore<number | string>>;
}) {
  const [collection] = useState(() => createCollection(items, 'Test'));
  return (
    <Profiler id="list" onRender={onRender}>
      <OptionList
        id="list"
        aria-label="Numbers"
        collection={collection}
        selected={new Set([1])}
        multiple={multiple}
        store={store}
        size="md"
        onChoose={(node) => onChoose(node.value)}
        handle={handle}
      />
    </Profiler>
  );
}

describe('OptionList', () => {
  it('renders options with ids, selection and disabled state, and sections as named groups', () => {
    render(
      <List
        items={[
          { value: 0, label: 'Zero', description: 'Nothing' },
          {
            label: 'More',
            options: [
              { value: 1, label: 'One' },
              { value: 2, label: 'Two', disabled: true },
            ],
          },
        ]}
      />,
    );
    const zero = screen.getByRole('option', { name: 'Zero' });
    expect(zero).toHaveAttribute('id', 'list-option-0');
    expect(zero).toHaveAccessibleDescription('Nothing');
    expect(zero).toHaveAttribute('aria-selected', 'false');
    expect(screen.getByRole('option', { name: 'One' })).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByRole('option', { name: 'Two' })).toHaveAttribute('aria-disabled', 'true');
    expect(screen.getByRole('group', { name: 'More' })).toContainElement(
      screen.getByRole('option', { name: 'One' }),
    );
  });

  it('chooses a pressed option, never a disabled one', () => {
    const onChoose = vi.fn();
    render(
      <List
        items={[
          { value: 0, label: 'Zero' },
          { value: 1, label: 'One', disabled: true },
        ]}
        onChoose={onChoose}
      />,
    );
    fireEvent.click(screen.getByText('One'));
    expect(onChoose).not.toHaveBeenCalled();
    fireEvent.click(screen.getByText('Zero'));
    expect(onChoose).toHaveBeenCalledWith(0);
  });

  it('re-renders the two options a hover moves between, not the list', () => {
    // Count renders through the data each one reads: the list reads `rows`, an option its
    // node's `label`.
    let listRenders = 0;
    const optionRenders: number[] = [];
    const base = createCollection(numbers(50), 'Test');
    const options = base.options.map(
      (node) =>
        new Proxy(node, {
          get(target, property) {
            if (property === 'label')
              optionRenders[target.index] = (optionRenders[target.index] ?? 0) + 1;
            return Reflect.get(target, property);
          },
        }),
    );
    const rows = base.rows.map((row) =>
      row.kind === 'option' ? { kind: 'option' as const, node: options[row.node.index]! } : row,
    );
    const collection = {
      ...base,
      options,
      get rows() {
        listRenders += 1;
        return rows;
      },
    };
    const store = createActiveStore<number>();
    render(
      <OptionList
        id="list"
        aria-label="Numbers"
        collection={collection}
        selected={new Set<number>()}
        multiple={false}
        store={store}
        size="md"
        onChoose={() => {}}
        handle={createRef()}
      />,
    );
    const before = { list: listRenders, options: [...optionRenders] };
    fireEvent.pointerMove(screen.getByText('Option 3'), { clientX: 1, clientY: 1 });
    fireEvent.pointerMove(screen.getByText('Option 4'), { clientX: 1, clientY: 2 });
    expect(store.value).toBe(4);
    expect(screen.getByRole('option', { name: 'Option 4' })).toHaveAttribute('data-active');
    expect(screen.getByRole('option', { name: 'Option 3' })).not.toHaveAttribute('data-active');
    expect(listRenders).toBe(before.list);
    const rerendered = optionRenders
      .map((count, index) => count - (before.options[index] ?? 0))
      .flatMap((extra, index) => (extra > 0 ? [index] : []));
    expect(rerendered).toEqual([3, 4]);
  });

  it(`renders every option up to ${VIRTUALIZE_ABOVE} rows, and a window of at most 60 at 10,000`, () => {
    const { unmount } = render(<List items={numbers(VIRTUALIZE_ABOVE)} />);
    expect(screen.getAllByRole('option')).toHaveLength(VIRTUALIZE_ABOVE);
    unmount();
    render(<List items={numbers(10_000)} />);
    const rendered = screen.getAllByRole('option');
    expect(rendered.length).toBeLessThanOrEqual(60);
    expect(rendered[0]).toHaveAttribute('aria-setsize', '10000');
    expect(rendered[0]).toHaveAttribute('aria-posinset', '1');
  });

  it('grows from empty past the window threshold without rendering a missing row', () => {
    // An async answer (Filter, Combobox) can turn an empty list into 10,000 rows at once.
    const store = createActiveStore<number | string>();
    const list = (items: CollectionItem<number>[]) => (
      <OptionList
        id="grow"
        aria-label="Numbers"
        collection={createCollection(items, 'Test')}
        selected={new Set<number>()}
        multiple={false}
        store={store}
        size="md"
        onChoose={() => {}}
        handle={createRef<OptionListHandle>()}
      />
    );
    const { rerender } = render(list([]));
    expect(screen.queryAllByRole('option')).toHaveLength(0);
    rerender(list(numbers(10_000)));
    const rendered = screen.getAllByRole('option');
    expect(rendered.length).toBeGreaterThan(0);
    expect(rendered.length).toBeLessThanOrEqual(60);
    expect(rendered[0]).toHaveAttribute('aria-posinset', '1');
  });

  it('renders a far option once scrolled to, so aria-activedescendant can name it', () => {
    const handle = createRef<OptionListHandle>();
    render(<List items={numbers(10_000)} handle={handle} />);
    expect(screen.queryByRole('option', { name: 'Option 9000' })).toBeNull();
    act(() => handle.current?.scrollToOption(9000));
    expect(screen.getByRole('option', { name: 'Option 9000' })).toHaveAttribute(
      'aria-posinset',
      '9001',
    );
    expect(screen.getAllByRole('option').length).toBeLessThanOrEqual(60);
  });
  it('keeps the active option in the DOM, out of sight, when the window has moved away from it', () => {
    const store = createActiveStore<number | string>();
    render(<List items={numbers(10_000)} store={store} />);
    expect(screen.queryByRole('option', { name: 'Option 5000' })).toBeNull();
    act(() => store.set(5000, false));
    const kept = screen.getByRole('option', { name: 'Option 5000' });
    expect(kept).toHaveAttribute('data-outside');
    expect(kept).not.toHaveAttribute('data-row');
    act(() => store.set(1, false));
    expect(screen.queryByRole('option', { name: 'Option 5000' })).toBeNull();
  });
});

describe('useActiveDescendant', () => {
  function Focused({
    store,
    enabled,
  }: {
    store: ReturnType<typeof createActiveStore<number>>;
    enabled: boolean;
  }) {
    const ref = createRef<HTMLButtonElement>();
    const [element] = useState(() => ref);
    useActiveDescendant(store, element, (value) => `opt-${value}`, enabled);
    return <button ref={element}>Trigger</button>;
  }

  it('names the active option on the focused element without re-rendering it, and clears when disabled', () => {
    const store = createActiveStore<number>();
    const { rerender } = render(<Focused store={store} enabled />);
    const button = screen.getByRole('button');
    expect(button).not.toHaveAttribute('aria-activedescendant');
    act(() => store.set(4, true));
    expect(button).toHaveAttribute('aria-activedescendant', 'opt-4');
    rerender(<Focused store={store} enabled={false} />);
    expect(button).not.toHaveAttribute('aria-activedescendant');
  });
});
