import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef, useState } from 'react';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Banner } from './Banner';

afterEach(() => vi.restoreAllMocks());

describe('Banner', () => {
  describe('given a title', () => {
    it('is a region landmark named by its title, not a live region', () => {
      render(<Banner title="Scheduled maintenance" description="Sunday 02:00 UTC." />);
      const region = screen.getByRole('region', { name: 'Scheduled maintenance' });
      expect(region.tagName).toBe('SECTION');
      expect(region).toHaveTextContent('InformationScheduled maintenanceSunday 02:00 UTC.');
      expect(screen.queryByRole('alert')).toBeNull();
    });

    it('is named by its status when it has no title', () => {
      render(<Banner status="warning" description="Your trial ends tomorrow." />);
      expect(screen.getByRole('region', { name: 'Warning' })).toBeInTheDocument();
    });

    it('becomes an alert when live and an error', () => {
      render(<Banner live status="error" title="Connection lost" />);
      expect(screen.getByRole('alert')).toHaveTextContent('Connection lost');
    });
  });

  describe('when dismissible and uncontrolled', () => {
    it('hides itself on the dismiss button and calls onDismiss', async () => {
      const onDismiss = vi.fn();
      render(<Banner title="Welcome" dismissible onDismiss={onDismiss} />);
      await userEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
      expect(onDismiss).toHaveBeenCalledTimes(1);
      expect(screen.queryByRole('region')).toBeNull();
    });

    it('moves focus to the next focusable element, not to <body>', async () => {
      render(
        <>
          <button type="button">Before</button>
          <Banner title="Welcome" dismissible />
          <a href="#main">Main content</a>
        </>,
      );
      await userEvent.tab();
      await userEvent.tab();
      expect(screen.getByRole('button', { name: 'Dismiss' })).toHaveFocus();
      await userEvent.keyboard('{Enter}');
      expect(screen.queryByRole('region')).toBeNull();
      expect(screen.getByRole('link', { name: 'Main content' })).toHaveFocus();
    });

    it('falls back to the previous focusable element at the end of the page', async () => {
      render(
        <>
          <button type="button">Before</button>
          <Banner title="Welcome" dismissible />
        </>,
      );
      await userEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
      expect(screen.getByRole('button', { name: 'Before' })).toHaveFocus();
    });

    it('takes a translated dismiss label', () => {
      render(<Banner title="Bienvenue" dismissible dismissLabel="Fermer" />);
      expect(screen.getByRole('button', { name: 'Fermer' })).toBeInTheDocument();
    });

    it('starts hidden with defaultOpen={false}', () => {
      render(<Banner title="Hidden" defaultOpen={false} />);
      expect(screen.queryByRole('region')).toBeNull();
    });
  });

  describe('when controlled', () => {
    it('stays open until the parent closes it', async () => {
      const onDismiss = vi.fn();
      const { rerender } = render(<Banner title="Kept" dismissible open onDismiss={onDismiss} />);
      await userEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
      expect(onDismiss).toHaveBeenCalledTimes(1);
      expect(screen.getByRole('region', { name: 'Kept' })).toBeInTheDocument();
      rerender(<Banner title="Kept" dismissible open={false} onDismiss={onDismiss} />);
      expect(screen.queryByRole('region')).toBeNull();
    });

    it('moves focus on when the parent closes it in onDismiss', async () => {
      function Page() {
        const [open, setOpen] = useState(true);
        return (
          <>
            <Banner title="Cookies" dismissible open={open} onDismiss={() => setOpen(false)} />
            <button type="button">Next</button>
          </>
        );
      }
      render(<Page />);
      await userEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
      expect(screen.getByRole('button', { name: 'Next' })).toHaveFocus();
    });
  });

  it('writes data-status and data-dismissible only when not default', () => {
    const { rerender } = render(<Banner data-testid="b" title="T" />);
    const banner = screen.getByTestId('b');
    expect(banner).not.toHaveAttribute('data-status');
    expect(banner).not.toHaveAttribute('data-dismissible');
    rerender(<Banner data-testid="b" title="T" status="success" dismissible />);
    expect(banner).toHaveAttribute('data-status', 'success');
    expect(banner).toHaveAttribute('data-dismissible');
  });

  it('forwards the ref to the <section> and merges the class name', () => {
    const ref = createRef<HTMLElement>();
    render(<Banner ref={ref} className="mine" title="T" />);
    expect(ref.current?.tagName).toBe('SECTION');
    expect(ref.current).toHaveClass('cal-banner', 'mine');
  });

  describe('given bad input', () => {
    it('reports a banner with nothing to say', () => {
      const error = vi.spyOn(console, 'error').mockImplementation(() => {});
      render(<Banner />);
      expect(error).toHaveBeenCalledWith(expect.stringContaining('Banner: a banner needs'));
    });

    it('reports a controlled dismissible banner without onDismiss', () => {
      const error = vi.spyOn(console, 'error').mockImplementation(() => {});
      render(<Banner title="T" open dismissible />);
      expect(error).toHaveBeenCalledWith(expect.stringContaining('needs `onDismiss`'));
    });
  });

  it('renders on the server', () => {
    const html = renderToString(<Banner status="error" title="Down" dismissible />);
    expect(html).toContain('<section');
    expect(html).toContain('data-status="error"');
    expect(html).toContain('aria-label="Dismiss"');
  });
});
