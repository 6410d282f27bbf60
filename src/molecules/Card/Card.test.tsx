import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef, forwardRef, type AnchorHTMLAttributes } from 'react';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Button } from '../../atoms/Button';
import { Link } from '../../atoms/Link';
import { Card } from '.';

afterEach(() => vi.restoreAllMocks());

const card = () => document.querySelector('.cal-card') as HTMLElement;
const parts = () => Array.from(card().children).map((part) => part.getAttribute('data-part'));

describe('Card', () => {
  describe('given every part', () => {
    it('renders an article with the title in an h3, and the parts in reading order', () => {
      render(
        <Card
          title="Quarterly report"
          description="Updated 2 days ago"
          media={<img src="data:," alt="" />}
          actions={<Button size="sm">Share</Button>}
          footer={<Button size="sm">Open</Button>}
        >
          Revenue grew 12%.
        </Card>,
      );
      expect(card().tagName).toBe('ARTICLE');
      expect(screen.getByRole('heading', { level: 3, name: 'Quarterly report' })).toBeVisible();
      // The title comes before the media in the DOM (the media is drawn first by the grid).
      expect(parts()).toEqual(['header', 'media', 'body', 'footer']);
      expect(card().querySelector('[data-part="description"]')).toHaveTextContent(
        'Updated 2 days ago',
      );
      expect(card().querySelector('[data-part="actions"]')).toContainElement(
        screen.getByRole('button', { name: 'Share' }),
      );
    });

    it('leaves out the parts it is not given', () => {
      render(<Card title="Only a title" />);
      expect(parts()).toEqual(['header']);
      expect(card().querySelector('[data-part="description"]')).toBeNull();
    });

    it('writes no data attributes for its defaults, and the variant and orientation when set', () => {
      const { rerender } = render(<Card title="T" />);
      expect(card()).not.toHaveAttribute('data-variant');
      expect(card()).not.toHaveAttribute('data-orientation');
      expect(card()).not.toHaveAttribute('data-interactive');
      rerender(<Card title="T" variant="elevated" orientation="horizontal" />);
      expect(card()).toHaveAttribute('data-variant', 'elevated');
      expect(card()).toHaveAttribute('data-orientation', 'horizontal');
    });

    it('takes another heading level and root element', () => {
      render(
        <ul>
          <Card title="In a list" headingLevel={2} element="li" />
        </ul>,
      );
      expect(screen.getByRole('listitem')).toHaveClass('cal-card');
      expect(screen.getByRole('heading', { level: 2 })).toBeInTheDocument();
    });
  });

  describe('as a whole-card link', () => {
    it('makes the title the one link, named by the title alone', () => {
      render(
        <Card
          title="Quarterly report"
          href="/reports/q3"
          description="Updated 2 days ago"
          actions={<Button size="sm">Share</Button>}
          footer={<Link href="/reports">All reports</Link>}
        >
          Revenue grew 12%.
        </Card>,
      );
      const link = screen.getByRole('link', { name: 'Quarterly report' });
      expect(link).toHaveAttribute('href', '/reports/q3');
      expect(link).toHaveAttribute('data-part', 'primary-action');
      expect(link.closest('h3')).not.toBeNull();
      expect(card()).toHaveAttribute('data-interactive');
    });

    it('nests no interactive element in another: the other controls stay their own', () => {
      render(
        <Card
          title="Quarterly report"
          href="/reports/q3"
          actions={<Button size="sm">Share</Button>}
          footer={<Link href="/reports">All reports</Link>}
        >
          See <Link href="/glossary">the glossary</Link>.
        </Card>,
      );
      const interactive = card().querySelectorAll('a, button');
      expect(interactive).toHaveLength(4);
      for (const element of Array.from(interactive)) {
        expect(element.parentElement?.closest('a, button')).toBeNull();
      }
    });

    it('keeps every control in the Tab order, the card’s link first', async () => {
      render(
        <Card
          title="Quarterly report"
          href="#q3"
          actions={<Button size="sm">Share</Button>}
          footer={<Link href="#all">All reports</Link>}
        />,
      );
      await userEvent.tab();
      expect(screen.getByRole('link', { name: 'Quarterly report' })).toHaveFocus();
      await userEvent.tab();
      expect(screen.getByRole('button', { name: 'Share' })).toHaveFocus();
      await userEvent.tab();
      expect(screen.getByRole('link', { name: 'All reports' })).toHaveFocus();
    });

    it('renders a router’s link through `as`, with `to` and link props', () => {
      const RouterLink = forwardRef<
        HTMLAnchorElement,
        AnchorHTMLAttributes<HTMLAnchorElement> & { to: string }
      >(function RouterLink({ to, ...props }, ref) {
        return <a ref={ref} href={`#router${to}`} {...props} />;
      });
      render(
        <Card title="Settings" as={RouterLink} to="/settings" linkProps={{ target: '_self' }} />,
      );
      const link = screen.getByRole('link', { name: 'Settings' });
      expect(link).toHaveAttribute('href', '#router/settings');
      expect(link).toHaveAttribute('target', '_self');
    });
  });

  describe('as a whole-card button', () => {
    it('makes the title the one button and calls onClick', async () => {
      const onClick = vi.fn();
      render(
        <Card title="Add a project" onClick={onClick}>
          Start from a template.
        </Card>,
      );
      const button = screen.getByRole('button', { name: 'Add a project' });
      expect(button).toHaveAttribute('type', 'button');
      await userEvent.click(button);
      expect(onClick).toHaveBeenCalledTimes(1);
    });
  });

  it('forwards the ref to the root and passes native props, merging the class name', () => {
    const ref = createRef<HTMLElement>();
    render(<Card ref={ref} title="T" id="c" className="mine" aria-describedby="x" />);
    expect(ref.current).toBe(card());
    expect(ref.current).toHaveAttribute('id', 'c');
    expect(ref.current).toHaveAttribute('aria-describedby', 'x');
    expect(ref.current).toHaveClass('cal-card', 'mine');
  });

  describe('given bad input', () => {
    it('reports a card without a title', () => {
      const error = vi.spyOn(console, 'error').mockImplementation(() => {});
      // @ts-expect-error: untyped callers can omit it
      render(<Card>Body</Card>);
      expect(error).toHaveBeenCalledWith(expect.stringContaining('Card: `title` is required'));
      expect(card()).toHaveTextContent('Body');
    });

    it('reports a card that is both a link and a button, and keeps the link', () => {
      const error = vi.spyOn(console, 'error').mockImplementation(() => {});
      render(<Card title="Both" href="#x" onClick={() => {}} />);
      expect(error).toHaveBeenCalledWith(expect.stringContaining('one link or one button'));
      expect(within(card()).getByRole('link', { name: 'Both' })).toBeInTheDocument();
    });
  });

  it('renders on the server', () => {
    const html = renderToString(
      <Card title="Report" href="/r" variant="elevated">
        Body
      </Card>,
    );
    expect(html).toMatch(
      /<article class="cal-card" data-variant="elevated" data-interactive="true">/,
    );
    expect(html).toContain('<a href="/r" data-part="primary-action">Report</a>');
  });
});
