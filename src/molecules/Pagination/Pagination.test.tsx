import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef, forwardRef, useState, type AnchorHTMLAttributes } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { resetDevErrors } from '../../utils/dev';
import { PageSizeSelect, Pagination, type PaginationProps } from '.';

afterEach(() => {
  vi.restoreAllMocks();
  resetDevErrors();
});

const items = () => within(screen.getByRole('navigation')).getAllByRole('listitem');
const texts = () => items().map((item) => item.textContent);

describe('Pagination', () => {
  it('is a navigation landmark named "Pagination", holding a list', () => {
    render(<Pagination pageCount={5} />);
    const nav = screen.getByRole('navigation', { name: 'Pagination' });
    expect(within(nav).getByRole('list')).toBeInTheDocument();
    expect(texts()).toEqual(['', '1', '2', '3', '4', '5', '']);
  });

  it('marks the current page with aria-current="page" and names pages "Page N"', () => {
    render(<Pagination pageCount={5} defaultPage={3} label="Results pages" />);
    expect(screen.getByRole('navigation', { name: 'Results pages' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Page 3' })).toHaveAttribute('aria-current', 'page');
    expect(screen.getByRole('button', { name: 'Page 2' })).not.toHaveAttribute('aria-current');
  });

  it('shows gaps for the pages left out, hidden from assistive technology', () => {
    render(<Pagination pageCount={20} defaultPage={10} />);
    expect(texts()).toEqual(['', '1', '…', '9', '10', '11', '…', '20', '']);
    for (const gap of screen.getAllByText('…')) expect(gap).toHaveAttribute('aria-hidden', 'true');
  });

  it('moves by mouse: a page, then next and previous, reporting each page', async () => {
    const user = userEvent.setup();
    const onPageChange = vi.fn();
    render(<Pagination pageCount={20} onPageChange={onPageChange} />);
    await user.click(screen.getByRole('button', { name: 'Page 4' }));
    expect(onPageChange).toHaveBeenLastCalledWith(4);
    expect(screen.getByRole('button', { name: 'Page 4' })).toHaveAttribute('aria-current', 'page');
    await user.click(screen.getByRole('button', { name: 'Next page' }));
    expect(onPageChange).toHaveBeenLastCalledWith(5);
    await user.click(screen.getByRole('button', { name: 'Previous page' }));
    expect(onPageChange).toHaveBeenLastCalledWith(4);
  });

  it('keeps previous and next focusable at the ends, aria-disabled, doing nothing', async () => {
    const user = userEvent.setup();
    const onPageChange = vi.fn();
    render(<Pagination pageCount={3} defaultPage={3} onPageChange={onPageChange} />);
    const next = screen.getByRole('button', { name: 'Next page' });
    expect(next).toHaveAttribute('aria-disabled', 'true');
    expect(next).not.toBeDisabled();
    await user.click(next);
    expect(onPageChange).not.toHaveBeenCalled();
    expect(screen.getByRole('button', { name: 'Previous page' })).not.toHaveAttribute(
      'aria-disabled',
    );
  });

  it('works by keyboard: Tab reaches each item, Enter and Space choose, focus stays put', async () => {
    const user = userEvent.setup();
    render(<Pagination pageCount={5} />);
    await user.tab();
    expect(screen.getByRole('button', { name: 'Previous page' })).toHaveFocus();
    await user.tab();
    await user.tab();
    const two = screen.getByRole('button', { name: 'Page 2' });
    expect(two).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(two).toHaveAttribute('aria-current', 'page');
    expect(two).toHaveFocus();
    await user.tab();
    await user.keyboard(' ');
    expect(screen.getByRole('button', { name: 'Page 3' })).toHaveAttribute('aria-current', 'page');
  });

  it('adds first and last', async () => {
    const user = userEvent.setup();
    render(<Pagination pageCount={9} defaultPage={5} showFirstLast />);
    await user.click(screen.getByRole('button', { name: 'Last page' }));
    expect(screen.getByRole('button', { name: 'Page 9' })).toHaveAttribute('aria-current', 'page');
    expect(screen.getByRole('button', { name: 'Last page' })).toHaveAttribute('aria-disabled');
    await user.click(screen.getByRole('button', { name: 'First page' }));
    expect(screen.getByRole('button', { name: 'Page 1' })).toHaveAttribute('aria-current', 'page');
  });

  it('is controlled by page and onPageChange', async () => {
    const user = userEvent.setup();
    function Controlled() {
      const [page, setPage] = useState(2);
      return (
        <>
          <Pagination pageCount={5} page={page} onPageChange={setPage} />
          <output>{page}</output>
        </>
      );
    }
    render(<Controlled />);
    await user.click(screen.getByRole('button', { name: 'Next page' }));
    expect(screen.getByRole('status')).toHaveTextContent('3');
    expect(screen.getByRole('button', { name: 'Page 3' })).toHaveAttribute('aria-current', 'page');
  });

  it('shows the compact form, its text a polite live region', async () => {
    const user = userEvent.setup();
    render(<Pagination pageCount={12} defaultPage={4} variant="compact" />);
    const status = screen.getByText('Page 4 of 12');
    expect(status).toHaveAttribute('aria-live', 'polite');
    expect(screen.queryByRole('button', { name: 'Page 4' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Next page' }));
    expect(status).toHaveTextContent('Page 5 of 12');
  });

  it('renders links from pageHref, the current one aria-current and the ends without href', () => {
    render(<Pagination pageCount={3} page={1} pageHref={(page) => `/results?page=${page}`} />);
    const link = screen.getByRole('link', { name: 'Page 2' });
    expect(link).toHaveAttribute('href', '/results?page=2');
    expect(screen.getByRole('link', { name: 'Page 1' })).toHaveAttribute('aria-current', 'page');
    const previous = screen.getByRole('link', { name: 'Previous page' });
    expect(previous).not.toHaveAttribute('href');
    expect(previous).toHaveAttribute('aria-disabled', 'true');
    expect(screen.getByRole('link', { name: 'Next page' })).toHaveAttribute(
      'href',
      '/results?page=2',
    );
  });

  it('renders a router link through as and pageTo, as Link does', async () => {
    const user = userEvent.setup();
    const navigate = vi.fn();
    const RouterLink = forwardRef<
      HTMLAnchorElement,
      AnchorHTMLAttributes<HTMLAnchorElement> & { to?: string }
    >(function RouterLink({ to, onClick, ...props }, ref) {
      return (
        <a
          {...props}
          ref={ref}
          href={to}
          onClick={(event) => {
            event.preventDefault();
            onClick?.(event);
            navigate(to);
          }}
        />
      );
    });
    const onPageChange = vi.fn();
    render(
      <Pagination
        pageCount={4}
        as={RouterLink}
        pageTo={(page) => `/p/${page}`}
        onPageChange={onPageChange}
      />,
    );
    await user.click(screen.getByRole('link', { name: 'Page 3' }));
    expect(navigate).toHaveBeenCalledWith('/p/3');
    expect(onPageChange).toHaveBeenCalledWith(3);
  });

  it('submits the chosen page from a form without script, given a name', async () => {
    const user = userEvent.setup();
    const submitted: string[] = [];
    render(
      <form
        onSubmit={(event) => {
          event.preventDefault();
          const data = new FormData(
            event.currentTarget,
            (event.nativeEvent as SubmitEvent).submitter,
          );
          submitted.push(String(data.get('page')));
        }}
      >
        <Pagination pageCount={5} defaultPage={2} name="page" />
      </form>,
    );
    const three = screen.getByRole('button', { name: 'Page 3' });
    expect(three).toHaveAttribute('type', 'submit');
    await user.click(three);
    expect(submitted).toEqual(['3']);
    // Previous submits the page before; at the first page it would submit nothing.
    const previous = screen.getByRole('button', { name: 'Previous page' });
    expect(previous).toHaveAttribute('value', '2');
  });

  it('mirrors the arrows right to left', () => {
    render(<Pagination pageCount={3} dir="rtl" />);
    for (const name of ['Previous page', 'Next page']) {
      const icon = screen.getByRole('button', { name }).querySelector('svg');
      expect(icon).toHaveAttribute('data-mirror');
    }
  });

  it('forwards the ref and native props to the nav, and takes translated labels', () => {
    const ref = createRef<HTMLElement>();
    render(
      <Pagination
        ref={ref}
        pageCount={2}
        id="pages"
        data-testid="pagination"
        label="Seiten"
        previousLabel="Zurück"
        nextLabel="Weiter"
        pageLabel={(page) => `Seite ${page}`}
      />,
    );
    expect(ref.current).toBe(screen.getByRole('navigation', { name: 'Seiten' }));
    expect(ref.current).toHaveAttribute('id', 'pages');
    expect(screen.getByRole('button', { name: 'Seite 2' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Weiter' })).toBeInTheDocument();
  });

  it('says what is wrong with a bad pageCount or page, and shows a page that exists', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    render(<Pagination pageCount={3} page={7} />);
    expect(screen.getByRole('button', { name: 'Page 3' })).toHaveAttribute('aria-current', 'page');
    expect(error).toHaveBeenCalledWith(expect.stringContaining('Pagination: `pageCount`'));
    render(<Pagination pageCount={Number.NaN as PaginationProps['pageCount']} />);
    expect(screen.getAllByRole('navigation')).toHaveLength(2);
  });

  it('takes an endless pageCount (a count divided by a page size of 0) as one page, and says so', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    render(<Pagination pageCount={10 / 0} variant="compact" showFirstLast />);
    expect(screen.getByText('Page 1 of 1')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Last page' })).toHaveAttribute('aria-disabled');
    expect(error).toHaveBeenCalledWith(
      '[Callicrates] Pagination: `pageCount` must be a whole number from 1 and `page` one of the pages: got page 1 of Infinity, shown as page 1 of 1.',
    );
  });

  it('shows the last page, silently, when an uncontrolled pagination loses pages', async () => {
    const user = userEvent.setup();
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const { rerender } = render(<Pagination pageCount={10} showFirstLast />);
    await user.click(screen.getByRole('button', { name: 'Last page' }));
    rerender(<Pagination pageCount={3} showFirstLast />);
    expect(screen.getByRole('button', { name: 'Page 3' })).toHaveAttribute('aria-current', 'page');
    expect(screen.getByRole('button', { name: 'Next page' })).toHaveAttribute('aria-disabled');
    expect(error).not.toHaveBeenCalled();
    render(<Pagination pageCount={3} defaultPage={0} />);
    expect(error).toHaveBeenCalledWith(expect.stringContaining('Pagination: `pageCount`'));
  });

  it('says what is wrong with a bad siblingCount or boundaryCount, and still shows the page', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    render(
      <Pagination pageCount={20} defaultPage={10} siblingCount={-2} boundaryCount={Number.NaN} />,
    );
    expect(screen.getByRole('button', { name: 'Page 10' })).toHaveAttribute('aria-current', 'page');
    expect(texts()).toEqual(['', '1', '…', '10', '…', '20', '']);
    expect(error).toHaveBeenCalledWith(expect.stringContaining('`siblingCount`'));
  });
});

describe('PageSizeSelect', () => {
  it('is a Select labelled "Rows per page", starting on the first size', () => {
    render(<PageSizeSelect />);
    expect(screen.getByRole('combobox', { name: 'Rows per page' })).toHaveTextContent('10');
  });

  it('reports the size chosen by keyboard', async () => {
    const user = userEvent.setup();
    const onValueChange = vi.fn();
    render(<PageSizeSelect options={[20, 50]} onValueChange={onValueChange} />);
    screen.getByRole('combobox').focus();
    await user.keyboard('{ArrowDown}');
    await user.keyboard('{ArrowDown}{Enter}');
    expect(onValueChange).toHaveBeenCalledWith(50);
    expect(screen.getByRole('combobox')).toHaveTextContent('50');
  });
});
