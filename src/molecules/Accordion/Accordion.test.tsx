import { act, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef, useState } from 'react';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Accordion, AccordionItem, type AccordionProps } from '.';

afterEach(() => vi.restoreAllMocks());

function Faq(props: Partial<AccordionProps>) {
  return (
    <Accordion {...props}>
      <AccordionItem value="shipping" title="Shipping">
        Ships in 2 days.
      </AccordionItem>
      <AccordionItem value="returns" title="Returns">
        30 days to return.
      </AccordionItem>
      <AccordionItem value="legacy" title="Legacy plans" disabled>
        No longer sold.
      </AccordionItem>
      <AccordionItem value="warranty" title="Warranty">
        Two years.
      </AccordionItem>
    </Accordion>
  );
}

// Testing Library gives `<summary>` no role; the header is found by its heading.
const header = (name: string) => screen.getByRole('heading', { name }).closest('summary')!;
const item = (name: string) => header(name).closest('details')!;
const openItems = () =>
  Array.from(document.querySelectorAll('details'))
    .filter((details) => details.open)
    .map((details) => details.querySelector('[data-part="title"]')!.textContent);

describe('Accordion', () => {
  describe('given items', () => {
    it('renders each as a details, its title in a level-3 heading, all closed', () => {
      render(<Faq />);
      expect(screen.getAllByRole('heading', { level: 3 })).toHaveLength(4);
      expect(openItems()).toEqual([]);
      expect(item('Shipping').parentElement).toHaveClass('cal-accordion');
    });

    it('takes another heading level, from the accordion or an item', () => {
      render(
        <Accordion headingLevel={2}>
          <AccordionItem value="a" title="A">
            a
          </AccordionItem>
          <AccordionItem value="b" title="B" headingLevel={4}>
            b
          </AccordionItem>
        </Accordion>,
      );
      expect(screen.getByRole('heading', { level: 2, name: 'A' })).toBeInTheDocument();
      expect(screen.getByRole('heading', { level: 4, name: 'B' })).toBeInTheDocument();
    });
  });

  describe('with one open at a time (the default)', () => {
    it('closes the open item when another opens, and reports the value', async () => {
      const onValueChange = vi.fn();
      render(<Faq defaultValue={['shipping']} onValueChange={onValueChange} />);
      expect(openItems()).toEqual(['Shipping']);
      await userEvent.click(header('Returns'));
      expect(openItems()).toEqual(['Returns']);
      expect(onValueChange).toHaveBeenLastCalledWith(['returns']);
    });

    it('lets the open item close, leaving none open', async () => {
      render(<Faq defaultValue={['shipping']} />);
      await userEvent.click(header('Shipping'));
      expect(openItems()).toEqual([]);
    });

    it('gives the items one `name`, so the browser keeps one open (before hydration too)', () => {
      render(<Faq />);
      const names = Array.from(document.querySelectorAll('details')).map((d) =>
        d.getAttribute('name'),
      );
      expect(new Set(names).size).toBe(1);
      expect(names[0]).toBeTruthy();
    });

    it('follows the browser when it opens another item itself (find-in-page)', async () => {
      const onValueChange = vi.fn();
      render(<Faq defaultValue={['shipping']} onValueChange={onValueChange} />);
      // What a browser does on a match in a closed item: open it, close the one with its name.
      await act(async () => {
        item('Warranty').open = true;
        item('Shipping').open = false;
        fireEvent(item('Shipping'), new Event('toggle'));
        fireEvent(item('Warranty'), new Event('toggle'));
      });
      expect(openItems()).toEqual(['Warranty']);
      expect(onValueChange).toHaveBeenLastCalledWith(['warranty']);
    });
  });

  describe('with `multiple`', () => {
    it('keeps several open, with no shared name', async () => {
      render(<Faq multiple />);
      await userEvent.click(header('Shipping'));
      await userEvent.click(header('Warranty'));
      expect(openItems()).toEqual(['Shipping', 'Warranty']);
      expect(item('Shipping')).not.toHaveAttribute('name');
      await userEvent.click(header('Shipping'));
      expect(openItems()).toEqual(['Warranty']);
    });

    it('keeps both when the browser opens two items in one task', async () => {
      render(<Faq multiple />);
      await act(async () => {
        item('Shipping').open = true;
        item('Warranty').open = true;
        fireEvent(item('Shipping'), new Event('toggle'));
        fireEvent(item('Warranty'), new Event('toggle'));
      });
      expect(openItems()).toEqual(['Shipping', 'Warranty']);
    });
  });

  describe('when controlled', () => {
    it('shows the given value and asks to change it', async () => {
      const onValueChange = vi.fn();
      render(<Faq multiple value={['returns']} onValueChange={onValueChange} />);
      expect(openItems()).toEqual(['Returns']);
      await userEvent.click(header('Shipping'));
      expect(onValueChange).toHaveBeenCalledWith(['returns', 'shipping']);
      expect(openItems()).toEqual(['Returns']);
    });

    it('follows the parent’s state', async () => {
      function Parent() {
        const [value, setValue] = useState<string[]>([]);
        return (
          <>
            <Faq value={value} onValueChange={setValue} />
            <output>{value.join(',')}</output>
          </>
        );
      }
      render(<Parent />);
      await userEvent.click(header('Returns'));
      expect(screen.getByRole('status')).toHaveTextContent('returns');
      expect(openItems()).toEqual(['Returns']);
    });
  });

  describe('with the keyboard (APG accordion)', () => {
    it('keeps every header in the Tab order', async () => {
      render(<Faq />);
      await userEvent.tab();
      expect(header('Shipping')).toHaveFocus();
      await userEvent.tab();
      expect(header('Returns')).toHaveFocus();
      await userEvent.tab();
      // A disabled item's header stays reachable: it says it is disabled.
      expect(header('Legacy plans')).toHaveFocus();
    });

    it('moves between headers with Down, Up, Home and End, wrapping', async () => {
      render(<Faq />);
      await userEvent.tab();
      await userEvent.keyboard('{ArrowDown}');
      expect(header('Returns')).toHaveFocus();
      await userEvent.keyboard('{End}');
      expect(header('Warranty')).toHaveFocus();
      await userEvent.keyboard('{ArrowDown}');
      expect(header('Shipping')).toHaveFocus();
      await userEvent.keyboard('{ArrowUp}');
      expect(header('Warranty')).toHaveFocus();
      await userEvent.keyboard('{Home}');
      expect(header('Shipping')).toHaveFocus();
    });

    it('leaves arrow keys alone inside the content', async () => {
      render(
        <Accordion defaultValue={['a']}>
          <AccordionItem value="a" title="A">
            <textarea aria-label="Notes" />
          </AccordionItem>
          <AccordionItem value="b" title="B">
            b
          </AccordionItem>
        </Accordion>,
      );
      screen.getByRole('textbox', { name: 'Notes' }).focus();
      await userEvent.keyboard('{ArrowDown}');
      expect(screen.getByRole('textbox', { name: 'Notes' })).toHaveFocus();
    });

    it('moves among its own headers only, not a nested accordion’s', async () => {
      render(
        <Accordion defaultValue={['outer']}>
          <AccordionItem value="outer" title="Outer">
            <Accordion>
              <AccordionItem value="inner" title="Inner">
                i
              </AccordionItem>
            </Accordion>
          </AccordionItem>
          <AccordionItem value="next" title="Next">
            n
          </AccordionItem>
        </Accordion>,
      );
      header('Outer').focus();
      await userEvent.keyboard('{ArrowDown}');
      expect(header('Next')).toHaveFocus();
    });
  });

  describe('a disabled item', () => {
    it('does not open', async () => {
      const onValueChange = vi.fn();
      render(<Faq onValueChange={onValueChange} />);
      await userEvent.click(header('Legacy plans'));
      expect(openItems()).toEqual([]);
      expect(onValueChange).not.toHaveBeenCalled();
      expect(header('Legacy plans')).toHaveAttribute('aria-disabled', 'true');
    });
  });

  it('forwards refs and passes native props, merging class names', () => {
    const root = createRef<HTMLDivElement>();
    const first = createRef<HTMLDetailsElement>();
    render(
      <Accordion ref={root} id="faq" className="mine">
        <AccordionItem ref={first} value="a" title="A" className="item" data-x="1">
          a
        </AccordionItem>
      </Accordion>,
    );
    expect(root.current).toHaveAttribute('id', 'faq');
    expect(root.current).toHaveClass('cal-accordion', 'mine');
    expect(first.current?.tagName).toBe('DETAILS');
    expect(first.current).toHaveClass('cal-disclosure', 'item');
    expect(first.current).toHaveAttribute('data-x', '1');
  });

  describe('given bad input', () => {
    it('reports several open items when only one may be, and shows them all', () => {
      const error = vi.spyOn(console, 'error').mockImplementation(() => {});
      render(<Faq value={['shipping', 'returns']} />);
      expect(error).toHaveBeenCalledWith(expect.stringContaining('2 items are open'));
      expect(openItems()).toEqual(['Shipping', 'Returns']);
    });

    it('reports an item outside an Accordion, which works as a Disclosure', async () => {
      const error = vi.spyOn(console, 'error').mockImplementation(() => {});
      render(
        <AccordionItem value="a" title="Alone">
          Body
        </AccordionItem>,
      );
      expect(error).toHaveBeenCalledWith(
        expect.stringContaining('AccordionItem: an AccordionItem must be inside an Accordion'),
      );
      await userEvent.click(screen.getByText('Alone'));
      expect(document.querySelector('details')!.open).toBe(true);
    });

    it('reports an item without a value', () => {
      const error = vi.spyOn(console, 'error').mockImplementation(() => {});
      render(
        <Accordion>
          {/* @ts-expect-error: untyped callers can omit it */}
          <AccordionItem title="No value">Body</AccordionItem>
        </Accordion>,
      );
      expect(error).toHaveBeenCalledWith(expect.stringContaining('`value` is required'));
    });
  });

  it('renders on the server with the open item open and one name for all', () => {
    const html = renderToString(<Faq defaultValue={['returns']} />);
    const details = html.match(/<details[^>]*>/g) ?? [];
    expect(details).toHaveLength(4);
    expect(details.filter((tag) => tag.includes('open=""'))).toHaveLength(1);
    const names = new Set(details.map((tag) => tag.match(/name="([^"]+)"/)?.[1]));
    expect(names.size).toBe(1);
    expect(html).toContain('30 days to return.');
  });
});
