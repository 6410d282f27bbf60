import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef, forwardRef, type AnchorHTMLAttributes } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { Link } from './Link';

/** A stand-in for a router's link: takes `to`, renders an <a>, forwards its ref. */
const navigate = vi.fn();
const FakeRouterLink = forwardRef<
  HTMLAnchorElement,
  AnchorHTMLAttributes<HTMLAnchorElement> & { to: string }
>(function FakeRouterLink({ to, onClick, ...props }, ref) {
  return (
    <a
      {...props}
      ref={ref}
      href={to}
      data-router=""
      onClick={(event) => {
        onClick?.(event);
        event.preventDefault();
        navigate(to);
      }}
    />
  );
});

describe('Link', () => {
  describe('given href and text', () => {
    it('is a link, inline by default, not external', () => {
      render(<Link href="/docs">Read the docs</Link>);
      const link = screen.getByRole('link', { name: 'Read the docs' });
      expect(link).toHaveAttribute('href', '/docs');
      expect(link).not.toHaveAttribute('data-variant');
      expect(link).not.toHaveAttribute('target');
      expect(link).not.toHaveAttribute('rel');
      expect(link).not.toHaveAttribute('data-external');
      expect(link.querySelector('svg')).toBeNull();
    });

    it('writes no data-variant when inline is set explicitly', () => {
      render(
        <Link href="/docs" variant="inline">
          Docs
        </Link>,
      );
      expect(screen.getByRole('link', { name: 'Docs' })).not.toHaveAttribute('data-variant');
    });

    it('takes the standalone variant', () => {
      render(
        <Link href="/all" variant="standalone">
          See all
        </Link>,
      );
      expect(screen.getByRole('link', { name: 'See all' })).toHaveAttribute(
        'data-variant',
        'standalone',
      );
    });

    it('fires onClick by mouse and Enter, and takes focus by Tab', async () => {
      const onClick = vi.fn((event: React.MouseEvent) => event.preventDefault());
      render(
        <Link href="#x" onClick={onClick}>
          Go
        </Link>,
      );
      await userEvent.tab();
      const link = screen.getByRole('link', { name: 'Go' });
      expect(link).toHaveFocus();
      await userEvent.keyboard('{Enter}');
      await userEvent.click(link);
      expect(onClick).toHaveBeenCalledTimes(2);
    });

    it('forwards the ref to the <a> and passes native props through', () => {
      const ref = createRef<HTMLAnchorElement>();
      render(
        <Link ref={ref} href="/a" className="mine" hrefLang="fr" download="a.pdf" data-testid="l">
          A
        </Link>,
      );
      const link = screen.getByTestId('l');
      expect(ref.current).toBe(link);
      expect(link).toBeInstanceOf(HTMLAnchorElement);
      expect(link).toHaveClass('mine');
      expect(link.className).toMatch(/cal-link/);
      expect(link).toHaveAttribute('hreflang', 'fr');
      expect(link).toHaveAttribute('download', 'a.pdf');
    });
  });

  describe('when external', () => {
    it('opens a new tab safely, shows the icon and says so to assistive technology', () => {
      render(
        <Link href="https://example.com" external>
          Example
        </Link>,
      );
      const link = screen.getByRole('link', { name: /^Example\s\(opens in a new tab\)$/ });
      expect(link).toHaveAttribute('target', '_blank');
      expect(link).toHaveAttribute('rel', 'noopener noreferrer');
      expect(link).toHaveAttribute('data-external');
      const icon = link.querySelector('svg');
      expect(icon).toHaveAttribute('aria-hidden', 'true');
      expect(icon).toHaveAttribute('data-mirror');
    });

    it('merges a given rel without duplicates, and takes a translated label', () => {
      render(
        <Link
          href="https://example.com"
          external
          rel="nofollow noopener"
          externalLabel="(nouvel onglet)"
        >
          Exemple
        </Link>,
      );
      const link = screen.getByRole('link', { name: /^Exemple\s\(nouvel onglet\)$/ });
      expect(link).toHaveAttribute('rel', 'nofollow noopener noreferrer');
    });

    it('is not guessed from the URL: an absolute URL alone stays in the tab', () => {
      render(<Link href="https://example.com">Example</Link>);
      expect(screen.getByRole('link', { name: 'Example' })).not.toHaveAttribute('target');
    });
  });

  describe('rendered through a router link with as', () => {
    it('passes to, className and the ref, and lets the router navigate', async () => {
      const ref = createRef<HTMLAnchorElement>();
      render(
        <Link as={FakeRouterLink} to="/settings" ref={ref} variant="standalone">
          Settings
        </Link>,
      );
      const link = screen.getByRole('link', { name: 'Settings' });
      expect(link).toHaveAttribute('data-router');
      expect(link).toHaveAttribute('href', '/settings');
      expect(link).toHaveAttribute('data-variant', 'standalone');
      expect(link.className).toMatch(/cal-link/);
      expect(ref.current).toBe(link);
      await userEvent.click(link);
      expect(navigate).toHaveBeenCalledWith('/settings');
    });

    it('does not report a missing href, which the router link provides', () => {
      const error = vi.spyOn(console, 'error').mockImplementation(() => {});
      render(
        <Link as={FakeRouterLink} to="/x">
          X
        </Link>,
      );
      expect(error).not.toHaveBeenCalled();
      error.mockRestore();
    });
  });

  describe('given bad input', () => {
    it('reports an <a> without href in development and still renders', () => {
      const error = vi.spyOn(console, 'error').mockImplementation(() => {});
      render(<Link>Nowhere</Link>);
      expect(screen.getByText('Nowhere')).toBeInTheDocument();
      expect(error).toHaveBeenCalledWith(
        expect.stringContaining('[Callicrates] Link: an `<a>` without `href` is not a link'),
      );
      error.mockRestore();
    });
  });

  describe('on the server', () => {
    it('renders to a string, external parts included', () => {
      const html = renderToString(
        <Link href="https://example.com" external>
          Example
        </Link>,
      );
      expect(html).toMatch(/^<a[^>]*href="https:\/\/example.com"/);
      expect(html).toContain('target="_blank"');
      expect(html).toContain('(opens in a new tab)');
    });
  });
});
