import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef, useState } from 'react';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Button } from '../../atoms/Button';
import { List, ListItem, type ListProps } from '.';

afterEach(() => vi.restoreAllMocks());

function People(props: Partial<ListProps>) {
  return (
    <List aria-label="People" {...props}>
      <ListItem value="ada" title="Ada Lovelace" description="Mathematician" />
      <ListItem value="grace" title="Grace Hopper" description="Computer scientist" />
      <ListItem value="alan" title="Alan Turing" disabled />
    </List>
  );
}

const checkbox = (name: string) => screen.getByRole('checkbox', { name });

describe('List', () => {
  describe('given plain rows', () => {
    it('is a named list of items with title and description, no controls', () => {
      render(<People />);
      const list = screen.getByRole('list', { name: 'People' });
      expect(within(list).getAllByRole('listitem')).toHaveLength(3);
      expect(screen.queryByRole('checkbox')).toBeNull();
      expect(screen.queryByRole('link')).toBeNull();
      const first = within(list).getAllByRole('listitem')[0]!;
      expect(first.querySelector('[data-part="title"]')).toHaveTextContent('Ada Lovelace');
      expect(first.querySelector('[data-part="description"]')).toHaveTextContent('Mathematician');
    });

    it('renders start and end slots around the text', () => {
      render(
        <List>
          <ListItem title="Ada" start={<span>AL</span>} end={<span>2 min ago</span>} />
        </List>,
      );
      const row = screen.getByRole('listitem');
      expect(Array.from(row.children).map((part) => part.getAttribute('data-part'))).toEqual([
        'start',
        'content',
        'end',
      ]);
    });

    it('writes dividers and size when set, nothing for its defaults', () => {
      const { rerender } = render(<People />);
      const list = screen.getByRole('list');
      expect(list).not.toHaveAttribute('data-dividers');
      expect(list).not.toHaveAttribute('data-size');
      rerender(<People dividers size="sm" />);
      expect(list).toHaveAttribute('data-dividers');
      expect(list).toHaveAttribute('data-size', 'sm');
    });
  });

  describe('given interactive rows', () => {
    it('makes each title its row’s one link or button, the end controls their own', async () => {
      const open = vi.fn();
      const remove = vi.fn();
      render(
        <List>
          <ListItem title="Report" description="PDF" href="/report" />
          <ListItem
            title="Settings"
            onClick={open}
            end={
              <Button size="sm" variant="tertiary" onClick={remove}>
                Remove
              </Button>
            }
          />
        </List>,
      );
      expect(screen.getByRole('link', { name: 'Report' })).toHaveAttribute('href', '/report');
      await userEvent.click(screen.getByRole('button', { name: 'Settings' }));
      await userEvent.click(screen.getByRole('button', { name: 'Remove' }));
      expect(open).toHaveBeenCalledTimes(1);
      expect(remove).toHaveBeenCalledTimes(1);
      expect(screen.getAllByRole('listitem')[1]).toHaveAttribute('data-interactive');
    });

    it('renders a disabled row’s title as text, not a link', () => {
      render(
        <List>
          <ListItem title="Archived" href="/archived" disabled />
        </List>,
      );
      expect(screen.queryByRole('link')).toBeNull();
      expect(screen.getByRole('listitem')).toHaveAttribute('data-disabled');
    });
  });

  describe('when selectable', () => {
    it('gives each row a checkbox named by its title and described by its description', () => {
      render(<People selectable />);
      expect(checkbox('Ada Lovelace')).toHaveAccessibleDescription('Mathematician');
      expect(checkbox('Alan Turing')).toBeDisabled();
      expect(screen.getByRole('list')).toHaveAttribute('data-selectable');
    });

    it('toggles by the checkbox or a press anywhere on the row, and reports the values', async () => {
      const onValueChange = vi.fn();
      render(<People selectable onValueChange={onValueChange} />);
      await userEvent.click(checkbox('Ada Lovelace'));
      expect(checkbox('Ada Lovelace')).toBeChecked();
      expect(screen.getAllByRole('listitem')[0]).toHaveAttribute('data-selected');
      // The row's stretched target is a label for its checkbox.
      const rowTarget = screen.getAllByRole('listitem')[1]!.querySelector('label')!;
      expect(rowTarget).toHaveAttribute('for', checkbox('Grace Hopper').id);
      await userEvent.click(rowTarget);
      expect(checkbox('Grace Hopper')).toBeChecked();
      expect(onValueChange.mock.calls).toEqual([[['ada']], [['ada', 'grace']]]);
      await userEvent.click(checkbox('Ada Lovelace'));
      expect(onValueChange).toHaveBeenLastCalledWith(['grace']);
    });

    it('toggles with Space on the focused checkbox', async () => {
      render(<People selectable />);
      await userEvent.tab();
      expect(checkbox('Ada Lovelace')).toHaveFocus();
      await userEvent.keyboard(' ');
      expect(checkbox('Ada Lovelace')).toBeChecked();
    });

    it('follows a controlled value', async () => {
      function Parent() {
        const [value, setValue] = useState<string[]>(['grace']);
        return (
          <>
            <People selectable value={value} onValueChange={setValue} />
            <output>{value.join(',')}</output>
          </>
        );
      }
      render(<Parent />);
      expect(checkbox('Grace Hopper')).toBeChecked();
      await userEvent.click(checkbox('Ada Lovelace'));
      expect(screen.getByRole('status')).toHaveTextContent('grace,ada');
    });

    it('submits one name=value entry per selected row', async () => {
      let submitted: string[] = [];
      render(
        <form
          onSubmit={(event) => {
            event.preventDefault();
            submitted = new FormData(event.currentTarget).getAll('people') as string[];
          }}
        >
          <People selectable name="people" defaultValue={['ada', 'grace']} />
          <button type="submit">Save</button>
        </form>,
      );
      await userEvent.click(checkbox('Ada Lovelace'));
      await userEvent.click(screen.getByRole('button', { name: 'Save' }));
      expect(submitted).toEqual(['grace']);
    });

    it('returns to its default selection on form.reset(), without reporting a change', async () => {
      const onValueChange = vi.fn();
      render(
        <form aria-label="People">
          <People selectable name="people" defaultValue={['grace']} onValueChange={onValueChange} />
        </form>,
      );
      await userEvent.click(checkbox('Ada Lovelace'));
      await userEvent.click(checkbox('Grace Hopper'));
      onValueChange.mockClear();
      const form = screen.getByRole('form', { name: 'People' }) as HTMLFormElement;
      await act(async () => form.reset());
      expect(checkbox('Ada Lovelace')).not.toBeChecked();
      expect(checkbox('Grace Hopper')).toBeChecked();
      expect(checkbox('Grace Hopper').closest('li')).toHaveAttribute('data-selected');
      expect(checkbox('Ada Lovelace').closest('li')).not.toHaveAttribute('data-selected');
      expect(new FormData(form).getAll('people')).toEqual(['grace']);
      expect(onValueChange).not.toHaveBeenCalled();
    });

    it('keeps a row with its own link: the checkbox and the link are both there', () => {
      render(
        <List selectable>
          <ListItem value="r" title="Report" href="/report" />
        </List>,
      );
      expect(checkbox('Report')).toBeInTheDocument();
      expect(screen.getByRole('link', { name: 'Report' })).toBeInTheDocument();
      expect(screen.getByRole('listitem').querySelector('label[for]')).toBeNull();
    });
  });

  it('forwards refs and passes native props, merging class names', () => {
    const list = createRef<HTMLUListElement>();
    const item = createRef<HTMLLIElement>();
    render(
      <List ref={list} className="mine" id="l">
        <ListItem ref={item} title="A" className="row" data-x="1" />
      </List>,
    );
    expect(list.current).toHaveClass('cal-list', 'mine');
    expect(list.current).toHaveAttribute('id', 'l');
    expect(item.current).toHaveClass('cal-list-item', 'row');
    expect(item.current).toHaveAttribute('data-x', '1');
  });

  describe('given bad input', () => {
    it('reports a selectable row without a value', () => {
      const error = vi.spyOn(console, 'error').mockImplementation(() => {});
      render(
        <List selectable>
          <ListItem title="No value" />
        </List>,
      );
      expect(error).toHaveBeenCalledWith(expect.stringContaining('needs a `value`'));
    });

    it('takes a value that is not an array as no selection, and says so', () => {
      const error = vi.spyOn(console, 'error').mockImplementation(() => {});
      // `value={null}` from a form library, or one value where a list is meant.
      render(<People selectable value={null as never} onValueChange={() => {}} />);
      expect(checkbox('Ada Lovelace')).not.toBeChecked();
      render(<People selectable defaultValue={'grace' as never} aria-label="Others" />);
      const others = within(screen.getByRole('list', { name: 'Others' }));
      // A string's `includes` would have matched "grace" as a substring of any value.
      expect(others.getByRole('checkbox', { name: 'Grace Hopper' })).not.toBeChecked();
      expect(error).toHaveBeenCalledWith(
        '[Callicrates] List: `value` and `defaultValue` must be arrays of the selected rows’ values; got null, taken as none.',
      );
    });

    it('does not report a value with no checkboxes to change it', () => {
      const error = vi.spyOn(console, 'error').mockImplementation(() => {});
      render(<People value={['ada']} />);
      expect(error).not.toHaveBeenCalled();
    });

    it('reports a row outside a List, and a row that is both link and button', () => {
      const error = vi.spyOn(console, 'error').mockImplementation(() => {});
      render(
        <ul>
          <ListItem title="Lonely" href="#a" onClick={() => {}} />
        </ul>,
      );
      expect(error).toHaveBeenCalledWith(expect.stringContaining('must be inside a List'));
      expect(error).toHaveBeenCalledWith(expect.stringContaining('one link or one button'));
      expect(screen.getByRole('link', { name: 'Lonely' })).toBeInTheDocument();
    });
  });

  it('renders on the server with the selected rows checked', () => {
    const html = renderToString(<People selectable defaultValue={['grace']} name="p" />);
    expect(html).toContain('role="list"');
    expect(html).toMatch(/<li class="cal-list-item" data-selected="true">/);
    expect(html.match(/checked=""/g)).toHaveLength(1);
  });
});
