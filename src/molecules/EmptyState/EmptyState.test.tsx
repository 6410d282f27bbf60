import { render, screen } from '@testing-library/react';
import { createRef } from 'react';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Button } from '../../atoms/Button';
import { EmptyState } from '.';

afterEach(() => vi.restoreAllMocks());

const root = () => document.querySelector('.cal-empty-state') as HTMLElement;
const parts = () => Array.from(root().children).map((part) => part.getAttribute('data-part'));

describe('EmptyState', () => {
  it('shows the icon, the title in an h2, the description and the actions, in order', () => {
    render(
      <EmptyState
        icon={<svg data-testid="icon" />}
        title="No projects yet"
        description="Projects you create appear here."
        actions={<Button>New project</Button>}
      />,
    );
    expect(screen.getByRole('heading', { level: 2, name: 'No projects yet' })).toBeVisible();
    expect(parts()).toEqual(['icon', 'title', 'description', 'actions']);
    expect(screen.getByTestId('icon').parentElement).toHaveAttribute('aria-hidden', 'true');
    expect(screen.getByRole('button', { name: 'New project' })).toBeInTheDocument();
  });

  it('shows an illustration instead of the icon when given both', () => {
    render(
      <EmptyState
        icon={<svg data-testid="icon" />}
        illustration={<img src="data:," alt="" />}
        title="Nothing here"
      />,
    );
    expect(parts()).toEqual(['illustration', 'title']);
    expect(screen.queryByTestId('icon')).toBeNull();
  });

  it('takes another heading level', () => {
    render(<EmptyState title="No results" headingLevel={3} />);
    expect(screen.getByRole('heading', { level: 3 })).toHaveTextContent('No results');
  });

  it('is no live region by default, and a polite one with `live`', () => {
    const { rerender } = render(<EmptyState title="No results" />);
    expect(screen.queryByRole('status')).toBeNull();
    rerender(<EmptyState title="No results" live />);
    expect(screen.getByRole('status')).toHaveTextContent('No results');
  });

  it('writes the size but not its default', () => {
    const { rerender } = render(<EmptyState title="T" />);
    expect(root()).not.toHaveAttribute('data-size');
    rerender(<EmptyState title="T" size="sm" />);
    expect(root()).toHaveAttribute('data-size', 'sm');
  });

  it('forwards the ref and passes native props, merging the class name', () => {
    const ref = createRef<HTMLDivElement>();
    render(<EmptyState ref={ref} title="T" id="e" className="mine" />);
    expect(ref.current).toBe(root());
    expect(ref.current).toHaveAttribute('id', 'e');
    expect(ref.current).toHaveClass('cal-empty-state', 'mine');
  });

  it('reports an empty state without a title, and still shows the rest', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    // @ts-expect-error: untyped callers can omit it
    render(<EmptyState description="Nothing" />);
    expect(error).toHaveBeenCalledWith(expect.stringContaining('EmptyState: `title` is required'));
    expect(root()).toHaveTextContent('Nothing');
  });

  it('renders on the server', () => {
    const html = renderToString(<EmptyState title="Empty" size="lg" live />);
    expect(html).toBe(
      '<div class="cal-empty-state" data-size="lg" role="status"><h2 data-part="title">Empty</h2></div>',
    );
  });
});
