import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef, forwardRef, type AnchorHTMLAttributes } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { resetDevErrors } from '../../utils/dev';
import { Breadcrumb, type BreadcrumbItem } from '.';

afterEach(() => {
  vi.restoreAllMocks();
  resetDevErrors();
});

const trail: BreadcrumbItem[] = [
  { label: 'Home', href: '/' },
  { label: 'Docs', href: '/docs' },
  { label: 'Components', href: '/docs/components' },
  { label: 'Navigation', href: '/docs/components/navigation' },
  { label: 'Breadcrumb' },
];

/** The visible list items of the trail (not those in the "more" popup, nor collapsed ones). */
const shown = () =>
  Array.from(screen.getByRole('navigation').querySelectorAll(':scope > ol > li'))
    .filter((item) => !item.hasAttribute('data-collapsed'))
    .map((item) =>
      item.getAttribute('data-part') === 'more'
        ? ''
        : (item.querySelector('[data-part="label"]') ?? item).textContent,
    );

describe('Breadcrumb', () => {
  it('is a navigation landmark named "Breadcrumb" with an ordered list of links', () => {
    render(<Breadcrumb items={trail} />);
    const nav = screen.getByRole('navigation', { name: 'Breadcrumb' });
    expect(nav.firstElementChild?.tagName).toBe('OL');
    expect(
      within(nav)
        .getAllByRole('link')
        .map((link) => link.getAttribute('href')),
    ).toEqual(['/', '/docs', '/docs/components', '/docs/components/navigation']);
    expect(shown()).toEqual(['Home', 'Docs', 'Components', 'Navigation', 'Breadcrumb']);
  });

  it('takes another landmark name, and passes native props and the ref to the <nav>', () => {
    const ref = createRef<HTMLElement>();
    render(<Breadcrumb ref={ref} items={trail} label="Fil d’Ariane" id="trail" />);
    expect(screen.getByRole('navigation', { name: 'Fil d’Ariane' })).toBe(ref.current);
    expect(ref.current).toHaveAttribute('id', 'trail');
  });

  it('marks the last item aria-current="page", as text unless linkCurrent', () => {
    const { rerender } = render(<Breadcrumb items={trail} />);
    const current = screen.getByText('Breadcrumb').parentElement;
    expect(current).toHaveAttribute('aria-current', 'page');
    expect(current?.tagName).toBe('SPAN');
    const linked = [...trail.slice(0, -1), { label: 'Breadcrumb', href: '/bc' }];
    rerender(<Breadcrumb items={linked} linkCurrent />);
    expect(screen.getByRole('link', { name: 'Breadcrumb' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    expect(screen.getByRole('link', { name: 'Docs' })).not.toHaveAttribute('aria-current');
  });

  it('hides the separators from assistive technology', () => {
    render(<Breadcrumb items={trail} separator="/" />);
    const separators = screen.getAllByText('/');
    expect(separators).toHaveLength(4);
    for (const separator of separators) expect(separator).toHaveAttribute('aria-hidden', 'true');
  });

  it('renders router links through `as`, with `to`', async () => {
    const navigate = vi.fn();
    const RouterLink = forwardRef<
      HTMLAnchorElement,
      AnchorHTMLAttributes<HTMLAnchorElement> & { to: string }
    >(function RouterLink({ to, onClick, ...rest }, ref) {
      return (
        <a
          {...rest}
          ref={ref}
          href={to}
          onClick={(event) => {
            onClick?.(event);
            event.preventDefault();
            navigate(to);
          }}
        />
      );
    });
    render(
      <Breadcrumb
        as={RouterLink}
        items={[{ label: 'Home', to: '/' }, { label: 'Docs', to: '/docs' }, { label: 'Page' }]}
      />,
    );
    await userEvent.click(screen.getByRole('link', { name: 'Docs' }));
    expect(navigate).toHaveBeenCalledWith('/docs');
    expect(screen.getByRole('link', { name: 'Home' })).toHaveAttribute('href', '/');
  });

  it('reaches every link with Tab, in order, and skips the current page', async () => {
    const user = userEvent.setup();
    render(<Breadcrumb items={trail} />);
    for (const name of ['Home', 'Docs', 'Components', 'Navigation']) {
      await user.tab();
      expect(screen.getByRole('link', { name })).toHaveFocus();
    }
    await user.tab();
    expect(document.body).toHaveFocus();
  });

  it('collapses the middle over maxItems into a "more" button that controls a list of links', () => {
    render(<Breadcrumb items={trail} maxItems={3} />);
    expect(shown()).toEqual(['Home', '', 'Breadcrumb']);
    const more = screen.getByRole('button', { name: 'Show 3 more' });
    expect(more).toHaveAttribute('aria-expanded', 'false');
    const popup = document.getElementById(more.getAttribute('aria-controls') ?? '');
    expect(popup).toHaveAttribute('popover', 'auto');
    expect(more).toHaveAttribute('popovertarget', popup?.id);
    expect(
      Array.from(popup?.querySelectorAll('a') ?? []).map((link) => link.getAttribute('href')),
    ).toEqual(['/docs', '/docs/components', '/docs/components/navigation']);
    expect(screen.getByRole('navigation')).toHaveAttribute('data-collapsed');
  });

  it('keeps the items asked for before and after the collapse, and names the button by count', () => {
    const long = [
      ...trail.slice(0, -1),
      { label: 'A', href: '/a' },
      { label: 'B', href: '/b' },
      { label: 'End' },
    ];
    render(
      <Breadcrumb
        items={long}
        maxItems={4}
        itemsBeforeCollapse={2}
        itemsAfterCollapse={2}
        moreLabel={(count) => `${count} weitere anzeigen`}
      />,
    );
    expect(shown()).toEqual(['Home', 'Docs', '', 'B', 'End']);
    expect(screen.getByRole('button', { name: '3 weitere anzeigen' })).toBeInTheDocument();
  });

  it('starts with the "more" button, no separator before it, when no item is kept before', () => {
    render(
      <Breadcrumb items={trail} maxItems={3} itemsBeforeCollapse={0} itemsAfterCollapse={2} />,
    );
    expect(shown()).toEqual(['', 'Navigation', 'Breadcrumb']);
    const first = screen.getByRole('navigation').querySelector(':scope > ol > li')!;
    expect(first).toHaveAttribute('data-part', 'more');
    expect(first.querySelector('[data-part="separator"]')).toBeNull();
    expect(screen.getByRole('button', { name: 'Show 3 more' })).toBeInTheDocument();
  });

  it('reports the popup opening and closing in aria-expanded', () => {
    render(<Breadcrumb items={trail} maxItems={3} />);
    const more = screen.getByRole('button', { name: 'Show 3 more' });
    const popup = document.getElementById(more.getAttribute('aria-controls') ?? '') as HTMLElement;
    const toggle = (newState: string) =>
      act(() => {
        popup.dispatchEvent(Object.assign(new Event('toggle'), { newState }));
      });
    // jsdom has no Popover API: the browser's toggle event is what Breadcrumb listens to.
    vi.stubGlobal('CSS', { supports: () => true });
    toggle('open');
    expect(more).toHaveAttribute('aria-expanded', 'true');
    toggle('closed');
    expect(more).toHaveAttribute('aria-expanded', 'false');
    vi.unstubAllGlobals();
  });

  it("collapses what does not fit in 'auto' mode, and shows it again when the room grows", () => {
    let room = 300;
    let resize: () => void = () => {};
    vi.stubGlobal(
      'ResizeObserver',
      class {
        constructor(callback: () => void) {
          resize = callback;
        }
        observe() {}
        disconnect() {}
      },
    );
    vi.spyOn(HTMLElement.prototype, 'offsetWidth', 'get').mockReturnValue(100);
    vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockImplementation(function (
      this: HTMLElement,
    ) {
      return this.tagName === 'OL' ? room : 0;
    });
    render(<Breadcrumb items={trail} maxItems="auto" />);
    // Home (100) + more (100) + Breadcrumb (100) fill 300.
    expect(shown()).toEqual(['Home', '', 'Breadcrumb']);
    expect(screen.getByRole('button', { name: 'Show 3 more' })).toBeInTheDocument();
    room = 1000;
    // React batches the state set by the observer.
    act(() => resize());
    expect(shown()).toEqual(['Home', 'Docs', 'Components', 'Navigation', 'Breadcrumb']);
    vi.unstubAllGlobals();
  });

  it('shows a truncated label in full as a tooltip on hover, keeping its accessible name whole', async () => {
    const label = 'A very long section name that would never fit on one line of a breadcrumb';
    render(<Breadcrumb items={[{ label, href: '/' }, { label: 'Here' }]} />);
    const text = screen.getByText(label);
    vi.spyOn(text, 'scrollWidth', 'get').mockReturnValue(400);
    vi.spyOn(text, 'clientWidth', 'get').mockReturnValue(200);
    await userEvent.hover(text);
    expect(text).toHaveAttribute('title', label);
    expect(screen.getByRole('link', { name: label })).toBeInTheDocument();
  });

  describe('misuse', () => {
    it('says when there are no items, and renders nothing', () => {
      const error = vi.spyOn(console, 'error').mockImplementation(() => {});
      const { container } = render(<Breadcrumb items={[]} />);
      expect(container).toBeEmptyDOMElement();
      expect(error).toHaveBeenCalledWith(expect.stringContaining('`items` is empty'));
    });

    it('says when maxItems is under 2, and takes it as 2', () => {
      const error = vi.spyOn(console, 'error').mockImplementation(() => {});
      render(<Breadcrumb items={trail} maxItems={1} />);
      expect(error).toHaveBeenCalledWith(expect.stringContaining('`maxItems={1}` cannot work'));
      expect(shown()).toEqual(['Home', '', 'Breadcrumb']);
    });

    it('says when the kept items exceed maxItems', () => {
      const error = vi.spyOn(console, 'error').mockImplementation(() => {});
      render(
        <Breadcrumb items={trail} maxItems={2} itemsBeforeCollapse={2} itemsAfterCollapse={1} />,
      );
      expect(error).toHaveBeenCalledWith(expect.stringContaining('keep more than `maxItems={2}`'));
    });

    it('says when a step before the current page has no destination', () => {
      const error = vi.spyOn(console, 'error').mockImplementation(() => {});
      render(<Breadcrumb items={[{ label: 'Home' }, { label: 'Here' }]} />);
      expect(error).toHaveBeenCalledWith(expect.stringContaining('needs `href`'));
    });
  });
});
