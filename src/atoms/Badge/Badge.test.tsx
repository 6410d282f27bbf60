import { render, screen } from '@testing-library/react';
import { createRef } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { Badge } from './Badge';

/** What a screen reader reads: the text that is not inside aria-hidden. */
function spokenText(element: Element): string {
  const clone = element.cloneNode(true) as Element;
  clone.querySelectorAll('[aria-hidden="true"]').forEach((node) => node.remove());
  return clone.textContent ?? '';
}

describe('Badge', () => {
  describe('given text', () => {
    it('shows it, neutral by default', () => {
      render(<Badge data-testid="b">Beta</Badge>);
      const badge = screen.getByTestId('b');
      expect(badge).toHaveTextContent('Beta');
      expect(badge).not.toHaveAttribute('data-variant');
    });

    it('writes no data-variant when neutral is set explicitly', () => {
      render(
        <Badge data-testid="b" variant="neutral">
          Beta
        </Badge>,
      );
      expect(screen.getByTestId('b')).not.toHaveAttribute('data-variant');
    });

    it.each(['info', 'success', 'warning', 'error'] as const)('takes the %s variant', (variant) => {
      render(
        <Badge data-testid="b" variant={variant}>
          {variant}
        </Badge>,
      );
      expect(screen.getByTestId('b')).toHaveAttribute('data-variant', variant);
    });
  });

  describe('given a count', () => {
    it('shows it as is up to max, and announces it with its label', () => {
      render(<Badge data-testid="b" count={7} label="unread messages" />);
      const badge = screen.getByTestId('b');
      expect(badge).toHaveAttribute('data-count');
      expect(spokenText(badge)).toBe('7 unread messages');
      expect(badge.querySelector('[aria-hidden="true"]')).toHaveTextContent(/^7$/);
    });

    it('shows "99+" above the default max and still announces the exact number', () => {
      render(<Badge data-testid="b" count={120} label="unread messages" />);
      const badge = screen.getByTestId('b');
      expect(badge.querySelector('[aria-hidden="true"]')).toHaveTextContent(/^99\+$/);
      expect(spokenText(badge)).toBe('120 unread messages');
    });

    it('takes another max ("999+") and shows the count at exactly max', () => {
      render(
        <>
          <Badge data-testid="a" count={1000} max={999} />
          <Badge data-testid="b" count={99} />
        </>,
      );
      expect(screen.getByTestId('a').querySelector('[aria-hidden="true"]')).toHaveTextContent(
        /^999\+$/,
      );
      expect(spokenText(screen.getByTestId('a'))).toBe('1000');
      expect(screen.getByTestId('b').querySelector('[aria-hidden="true"]')).toHaveTextContent(
        /^99$/,
      );
    });

    it('updates when the count changes', () => {
      const { rerender } = render(<Badge data-testid="b" count={1} label="alerts" />);
      rerender(<Badge data-testid="b" count={2} label="alerts" />);
      expect(spokenText(screen.getByTestId('b'))).toBe('2 alerts');
    });
  });

  describe('as a dot', () => {
    it('is an image named by its label', () => {
      render(<Badge dot variant="error" label="New activity" />);
      const dot = screen.getByRole('img', { name: 'New activity' });
      expect(dot).toHaveAttribute('data-dot');
      expect(dot).toBeEmptyDOMElement();
    });

    it('is decorative without a label', () => {
      const { container } = render(<Badge dot />);
      expect(screen.queryByRole('img')).toBeNull();
      expect(container.firstElementChild).toHaveAttribute('aria-hidden', 'true');
    });
  });

  describe('as an element', () => {
    it('forwards the ref to the <span> and passes native props through', () => {
      const ref = createRef<HTMLSpanElement>();
      render(
        <Badge ref={ref} className="mine" id="b1" title="Tip">
          New
        </Badge>,
      );
      const badge = screen.getByText('New');
      expect(ref.current).toBe(badge);
      expect(badge).toHaveClass('mine');
      expect(badge.className).toMatch(/cal-badge/);
      expect(badge).toHaveAttribute('id', 'b1');
      expect(badge).toHaveAttribute('title', 'Tip');
    });
  });

  describe('given bad input', () => {
    it.each([
      ['negative', -1],
      ['not a number', Number.NaN],
    ])('reports a %s count and shows 0', (_case, count) => {
      const error = vi.spyOn(console, 'error').mockImplementation(() => {});
      render(<Badge data-testid="b" count={count} />);
      expect(spokenText(screen.getByTestId('b'))).toBe('0');
      expect(error).toHaveBeenCalledWith(
        expect.stringContaining('[Callicrates] Badge: `count` must be a number of 0 or more'),
      );
      error.mockRestore();
    });

    it('reports an invalid max and falls back to 99', () => {
      const error = vi.spyOn(console, 'error').mockImplementation(() => {});
      render(<Badge data-testid="b" count={500} max={0} />);
      expect(screen.getByTestId('b').querySelector('[aria-hidden="true"]')).toHaveTextContent(
        '99+',
      );
      expect(error).toHaveBeenCalledWith(
        expect.stringContaining('[Callicrates] Badge: `max` must be a whole number'),
      );
      error.mockRestore();
    });

    it('reports an empty badge', () => {
      const error = vi.spyOn(console, 'error').mockImplementation(() => {});
      render(<Badge data-testid="b" />);
      expect(screen.getByTestId('b')).toBeInTheDocument();
      expect(error).toHaveBeenCalledWith(
        expect.stringContaining('[Callicrates] Badge: a badge needs text'),
      );
      error.mockRestore();
    });
  });

  describe('on the server', () => {
    it('renders to a string', () => {
      const html = renderToString(<Badge count={120} label="unread messages" variant="error" />);
      expect(html).toContain('99+');
      expect(html).toContain('120 unread messages');
      expect(html).toContain('data-variant="error"');
    });
  });
});
