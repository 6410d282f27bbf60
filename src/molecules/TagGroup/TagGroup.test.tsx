import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef, useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { resetDevErrors } from '../../utils';
import { TagGroup, type TagGroupItem } from './index';

afterEach(() => {
  resetDevErrors();
  vi.restoreAllMocks();
});

const topics: TagGroupItem<string>[] = [
  { value: 'news', label: 'News' },
  { value: 'travel', label: 'Travel' },
  { value: 'gaming', label: 'Gaming', disabled: true },
  { value: 'shopping', label: 'Shopping' },
];

const row = (name: string) => screen.getByRole('row', { name });
const grid = () => screen.getByRole('grid');

/** A TagGroup that drops removed tags, as the docs ask. */
function Removable({ initial = topics, onRemove = vi.fn() }) {
  const [items, setItems] = useState(initial);
  return (
    <TagGroup
      label="Topics"
      options={items}
      onRemove={(value) => {
        onRemove(value);
        setItems((list) => list.filter((item) => typeof item !== 'object' || item.value !== value));
      }}
    />
  );
}

describe('TagGroup', () => {
  it('is a grid named by its label, one row per tag, one tab stop', () => {
    render(<TagGroup label="Topics" description="Pick a few" options={topics} />);
    expect(grid()).toHaveAccessibleName('Topics');
    expect(grid()).toHaveAccessibleDescription('Pick a few');
    expect(screen.getAllByRole('row')).toHaveLength(4);
    expect(screen.getAllByRole('gridcell')).toHaveLength(4);
    expect(row('News')).toHaveAttribute('tabindex', '0');
    expect(row('Travel')).toHaveAttribute('tabindex', '-1');
    expect(row('Gaming')).toHaveAttribute('aria-disabled', 'true');
    expect(row('News')).not.toHaveAttribute('aria-selected');
  });

  describe('with the keyboard (roving focus)', () => {
    it('moves with the arrows and Home/End, skipping disabled tags, without wrapping', async () => {
      const user = userEvent.setup();
      render(<TagGroup label="Topics" options={topics} />);
      await user.tab();
      expect(row('News')).toHaveFocus();
      await user.keyboard('{ArrowRight}');
      expect(row('Travel')).toHaveFocus();
      await user.keyboard('{ArrowRight}');
      expect(row('Shopping')).toHaveFocus();
      await user.keyboard('{ArrowRight}');
      expect(row('Shopping')).toHaveFocus();
      await user.keyboard('{ArrowLeft}');
      expect(row('Travel')).toHaveFocus();
      await user.keyboard('{End}');
      expect(row('Shopping')).toHaveFocus();
      await user.keyboard('{Home}');
      expect(row('News')).toHaveFocus();
      await user.keyboard('{ArrowDown}');
      expect(row('Travel')).toHaveFocus();
      await user.keyboard('{ArrowUp}');
      expect(row('News')).toHaveFocus();
    });

    it('returns to the tag focused last with Tab, and leaves the group with Tab', async () => {
      const user = userEvent.setup();
      render(
        <>
          <TagGroup label="Topics" options={topics} />
          <button type="button">After</button>
        </>,
      );
      await user.tab();
      await user.keyboard('{ArrowRight}');
      await user.tab();
      expect(screen.getByRole('button', { name: 'After' })).toHaveFocus();
      expect(row('Travel')).toHaveAttribute('tabindex', '0');
      await user.tab({ shift: true });
      expect(row('Travel')).toHaveFocus();
    });

    it('mirrors the left and right arrows in right-to-left', async () => {
      const user = userEvent.setup();
      render(
        <div dir="rtl" style={{ direction: 'rtl' }}>
          <TagGroup label="Topics" options={topics} />
        </div>,
      );
      await user.tab();
      await user.keyboard('{ArrowLeft}');
      expect(row('Travel')).toHaveFocus();
      await user.keyboard('{ArrowRight}');
      expect(row('News')).toHaveFocus();
    });

    it('removes the focused tag with Delete or Backspace and focuses its neighbour', async () => {
      const user = userEvent.setup();
      const onRemove = vi.fn();
      render(<Removable onRemove={onRemove} />);
      await user.tab();
      await user.keyboard('{ArrowRight}');
      await user.keyboard('{Delete}');
      expect(onRemove).toHaveBeenLastCalledWith('travel');
      expect(screen.queryByRole('row', { name: 'Travel' })).toBeNull();
      // Gaming took its place but is disabled: focus goes to the next enabled tag.
      expect(row('Shopping')).toHaveFocus();
      await user.keyboard('{Backspace}');
      expect(onRemove).toHaveBeenLastCalledWith('shopping');
      expect(row('News')).toHaveFocus();
      await user.keyboard('{Backspace}');
      // Only the disabled tag is left: focus goes to the grid.
      expect(grid()).toHaveFocus();
    });

    it('keeps focus where the user went when the caller drops a removed tag later', async () => {
      const user = userEvent.setup();
      const onRemove = vi.fn();
      const page = (options: TagGroupItem<string>[]) => (
        <>
          <TagGroup label="Topics" options={options} onRemove={onRemove} />
          <button type="button">After</button>
        </>
      );
      const { rerender } = render(page(topics));
      await user.tab();
      await user.keyboard('{Delete}');
      expect(onRemove).toHaveBeenCalledWith('news');
      // The caller asks a server first; meanwhile the user moves on.
      await user.tab();
      const after = screen.getByRole('button', { name: 'After' });
      expect(after).toHaveFocus();
      rerender(page(topics.slice(1)));
      expect(after).toHaveFocus();
      expect(row('Travel')).toHaveAttribute('tabindex', '0');
    });

    it('moves focus to the neighbour when the focused tag leaves through props', async () => {
      const user = userEvent.setup();
      const without = (value: string) =>
        topics.filter((item) => typeof item === 'object' && item.value !== value);
      const { rerender } = render(<TagGroup label="Topics" options={topics} />);
      await user.tab();
      await user.keyboard('{End}');
      expect(row('Shopping')).toHaveFocus();
      rerender(<TagGroup label="Topics" options={without('shopping')} />);
      // Gaming, before it, is disabled: focus goes on to Travel.
      expect(row('Travel')).toHaveFocus();
      expect(row('Travel')).toHaveAttribute('tabindex', '0');
    });

    it('toggles selection with Space and Enter (single and multiple)', async () => {
      const user = userEvent.setup();
      const onValueChange = vi.fn();
      const { unmount } = render(
        <TagGroup
          label="Topics"
          options={topics}
          selectionMode="single"
          onValueChange={onValueChange}
        />,
      );
      await user.tab();
      await user.keyboard(' ');
      expect(row('News')).toHaveAttribute('aria-selected', 'true');
      expect(onValueChange).toHaveBeenLastCalledWith('news');
      await user.keyboard('{ArrowRight}{Enter}');
      expect(row('News')).toHaveAttribute('aria-selected', 'false');
      expect(row('Travel')).toHaveAttribute('aria-selected', 'true');
      await user.keyboard(' ');
      expect(onValueChange).toHaveBeenLastCalledWith(null);
      unmount();

      const onMany = vi.fn();
      render(
        <TagGroup
          label="Topics"
          options={topics}
          selectionMode="multiple"
          defaultValue={['shopping']}
          onValueChange={onMany}
        />,
      );
      expect(grid()).toHaveAttribute('aria-multiselectable', 'true');
      await user.tab();
      // Tab enters at the first selected tag.
      expect(row('Shopping')).toHaveFocus();
      await user.keyboard('{Home} ');
      expect(onMany).toHaveBeenLastCalledWith(['shopping', 'news']);
      await user.keyboard('{End} ');
      expect(onMany).toHaveBeenLastCalledWith(['news']);
    });
    it('takes a removed tag out of the selection, and reports it', async () => {
      const user = userEvent.setup();
      const onValueChange = vi.fn();
      function Selectable() {
        const [items, setItems] = useState(topics);
        return (
          <TagGroup
            label="Topics"
            options={items}
            selectionMode="multiple"
            defaultValue={['news', 'shopping']}
            onValueChange={onValueChange}
            onRemove={(value) =>
              setItems((list) =>
                list.filter((item) => typeof item !== 'object' || item.value !== value),
              )
            }
          />
        );
      }
      render(<Selectable />);
      await user.tab();
      expect(row('News')).toHaveFocus();
      await user.keyboard('{Delete}');
      expect(onValueChange).toHaveBeenLastCalledWith(['shopping']);
      // An unselected tag's removal changes no value.
      expect(row('Travel')).toHaveFocus();
      await user.keyboard('{Delete}');
      expect(onValueChange).toHaveBeenCalledTimes(1);
      // The removed tags are not reported again.
      expect(row('Shopping')).toHaveFocus();
      await user.keyboard(' ');
      expect(onValueChange).toHaveBeenLastCalledWith([]);
      expect(onValueChange).toHaveBeenCalledTimes(2);
    });
  });

  describe('with the mouse', () => {
    it('removes a tag with its remove button, which is out of the tab order', async () => {
      const user = userEvent.setup();
      const onRemove = vi.fn();
      render(<Removable onRemove={onRemove} />);
      const button = within(row('Travel')).getByRole('button', { name: 'Remove Travel' });
      expect(button).toHaveAttribute('tabindex', '-1');
      await user.click(button);
      expect(onRemove).toHaveBeenCalledWith('travel');
      expect(row('Shopping')).toHaveFocus();
      // A disabled tag's button does nothing.
      await user.click(within(row('Gaming')).getByRole('button', { name: 'Remove Gaming' }));
      expect(onRemove).toHaveBeenCalledTimes(1);
    });

    it('selects on a press, not on a disabled tag, and follows a controlled value', async () => {
      const user = userEvent.setup();
      function Controlled() {
        const [value, setValue] = useState<string[]>(['news']);
        return (
          <>
            <TagGroup
              label="Topics"
              options={topics}
              selectionMode="multiple"
              value={value}
              onValueChange={setValue}
            />
            <output>{value.join(',')}</output>
          </>
        );
      }
      render(<Controlled />);
      await user.click(screen.getByText('Travel'));
      expect(screen.getByRole('status')).toHaveTextContent('news,travel');
      expect(row('Travel')).toHaveFocus();
      await user.click(screen.getByText('Gaming'));
      expect(row('Gaming')).toHaveAttribute('aria-selected', 'false');
      await user.click(screen.getByText('News'));
      expect(screen.getByRole('status')).toHaveTextContent('travel');
    });
  });

  it('shows the empty state as a row, and a disabled group skips every tag', async () => {
    const user = userEvent.setup();
    const { rerender } = render(<TagGroup label="Topics" options={[]} emptyLabel="Nothing yet" />);
    expect(screen.getByRole('gridcell')).toHaveTextContent('Nothing yet');
    rerender(<TagGroup label="Topics" options={topics} disabled onRemove={vi.fn()} />);
    expect(grid()).toHaveAttribute('aria-disabled', 'true');
    await user.tab();
    expect(document.body).toHaveFocus();
  });

  it('calls its own onClick, onKeyDown and onFocus as well as handling the tags', async () => {
    const user = userEvent.setup();
    const onClick = vi.fn();
    const onKeyDown = vi.fn();
    const onFocus = vi.fn();
    render(
      <TagGroup
        label="Topics"
        options={topics}
        selectionMode="single"
        onClick={onClick}
        onKeyDown={onKeyDown}
        onFocus={onFocus}
      />,
    );
    await user.click(screen.getByText('Travel'));
    expect(onClick).toHaveBeenCalledTimes(1);
    expect(onFocus).toHaveBeenCalledTimes(1);
    expect(row('Travel')).toHaveAttribute('aria-selected', 'true');
    await user.keyboard('{ArrowRight}');
    expect(onKeyDown).toHaveBeenCalledTimes(1);
    expect(row('Shopping')).toHaveFocus();
  });

  it('forwards the ref to the grid, passes native props through, and takes bare values', () => {
    const ref = createRef<HTMLDivElement>();
    render(
      <TagGroup
        ref={ref}
        label="Numbers"
        options={[1, 2]}
        data-testid="tags"
        removeLabel={(text) => `Drop ${text}`}
        onRemove={vi.fn()}
      />,
    );
    expect(ref.current).toBe(grid());
    expect(grid()).toHaveAttribute('data-testid', 'tags');
    expect(screen.getByRole('button', { name: 'Drop 2' })).toBeInTheDocument();
  });

  it('reports a value no tag has, and says nothing of values among the tags', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    render(
      <>
        <TagGroup label="One" options={topics} selectionMode="single" defaultValue="news" />
        <TagGroup<string | number>
          label="Several"
          options={topics}
          selectionMode="multiple"
          value={['travel', 2]}
        />
      </>,
    );
    expect(error).toHaveBeenCalledWith(
      expect.stringContaining('[Callicrates] TagGroup: the value 2 is not among the tags'),
    );
    expect(error).toHaveBeenCalledTimes(2);
    const several = screen.getByRole('grid', { name: 'Several' });
    expect(within(several).getByRole('row', { name: 'Travel' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
  });

  it('reports bad input and still renders', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    render(
      <>
        {/* @ts-expect-error — no label, value without selectionMode */}
        <TagGroup options={topics} value="news" />
        {/* @ts-expect-error — options must be an array */}
        <TagGroup label="Bad" options="news" />
      </>,
    );
    const messages = error.mock.calls.map((call) => String(call[0])).join('\n');
    expect(messages).toContain('`label` is required');
    expect(messages).toContain('need `selectionMode');
    expect(messages).toContain('`options` must be an array');
    expect(screen.getAllByRole('grid')).toHaveLength(2);
  });
});
