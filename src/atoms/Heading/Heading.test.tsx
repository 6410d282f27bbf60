import { render, screen } from '@testing-library/react';
import { createRef } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { Heading, headingVariantByLevel, type HeadingLevel } from './Heading';

const levels: HeadingLevel[] = [1, 2, 3, 4, 5, 6];

describe('Heading', () => {
  describe('given a level', () => {
    it.each(levels)('renders h%i with the look mapped from the level', (level) => {
      render(<Heading level={level}>Section</Heading>);
      const heading = screen.getByRole('heading', { level, name: 'Section' });
      expect(heading.tagName).toBe(`H${level}`);
      expect(heading).toHaveAttribute('data-variant', headingVariantByLevel[level]);
    });

    it('always writes data-variant, though the default look follows the level', () => {
      render(<Heading level={2}>Default look</Heading>);
      expect(screen.getByRole('heading', { level: 2 })).toHaveAttribute('data-variant', 'title');
    });

    it('maps 1 to headline and 2 to title', () => {
      expect(headingVariantByLevel[1]).toBe('headline');
      expect(headingVariantByLevel[2]).toBe('title');
    });
  });

  describe('given a variant that differs from the level', () => {
    it('keeps the level for the outline and takes the look from the variant', () => {
      render(
        <>
          <Heading level={1} variant="title">
            Small page title
          </Heading>
          <Heading level={3} variant="display">
            Big level three
          </Heading>
        </>,
      );
      expect(screen.getByRole('heading', { level: 1 })).toHaveAttribute('data-variant', 'title');
      expect(screen.getByRole('heading', { level: 3 })).toHaveAttribute('data-variant', 'display');
    });

    it('writes data-variant="body" too, where Text would write none', () => {
      render(
        <Heading level={4} variant="body">
          Body-looking heading
        </Heading>,
      );
      expect(screen.getByRole('heading', { level: 4 })).toHaveAttribute('data-variant', 'body');
    });
  });

  describe('given text props', () => {
    it('takes colour, weight, alignment and truncation like Text', () => {
      const long = 'Quarterly report for the Acropolis restoration programme';
      render(
        <Heading level={2} color="secondary" weight="bold" align="center" maxLines={1}>
          {long}
        </Heading>,
      );
      const heading = screen.getByRole('heading', { level: 2, name: long });
      expect(heading).toHaveAttribute('data-color', 'secondary');
      expect(heading).toHaveAttribute('data-weight', 'bold');
      expect(heading).toHaveAttribute('data-align', 'center');
      expect(heading).toHaveAttribute('data-truncate');
      expect(heading).toHaveAttribute('title', long);
      expect(heading).toHaveTextContent(long);
    });
  });

  describe('given native props and a ref', () => {
    it('forwards the ref to the <h*> and passes props through', () => {
      const ref = createRef<HTMLHeadingElement>();
      render(
        <Heading level={4} ref={ref} id="h" className="mine" tabIndex={-1}>
          Target
        </Heading>,
      );
      const heading = screen.getByRole('heading', { level: 4 });
      expect(ref.current).toBe(heading);
      expect(heading).toHaveAttribute('id', 'h');
      expect(heading).toHaveAttribute('tabindex', '-1');
      expect(heading).toHaveClass('mine');
      expect(heading.className).toMatch(/cal-text/);
      expect(heading.className).toMatch(/cal-heading/);
    });
  });

  describe('given a missing or invalid level', () => {
    it.each([
      [undefined, '[Callicrates] Heading: `level` must be 1, 2, 3, 4, 5 or 6'],
      [0, '[Callicrates] Heading: `level` is 0, which is not one of 1, 2, 3, 4, 5, 6.'],
      [7, '[Callicrates] Heading: `level` is 7, which is not one of 1, 2, 3, 4, 5, 6.'],
      [2.5, '[Callicrates] Heading: `level` is 2.5, which is not one of 1, 2, 3, 4, 5, 6.'],
      ['3', '[Callicrates] Heading: `level` is "3", which is not one of 1, 2, 3, 4, 5, 6.'],
    ])('reports level=%s once in development and renders an h2', (level, message) => {
      const error = vi.spyOn(console, 'error').mockImplementation(() => {});
      render(<Heading level={level as unknown as HeadingLevel}>Fallback</Heading>);
      const heading = screen.getByRole('heading', { level: 2, name: 'Fallback' });
      expect(heading).toHaveAttribute('data-variant', 'title');
      expect(error).toHaveBeenCalledTimes(1);
      expect(error).toHaveBeenCalledWith(expect.stringContaining(message));
      error.mockRestore();
    });
  });

  describe('on the server', () => {
    it('renders to a string', () => {
      const html = renderToString(
        <Heading level={3} variant="headline">
          Server
        </Heading>,
      );
      expect(html).toMatch(/^<h3[^>]*data-variant="headline"/);
      expect(html).toContain('>Server</h3>');
    });

    it('writes the variant derived from the level', () => {
      const html = renderToString(<Heading level={3}>Derived</Heading>);
      expect(html).toMatch(/^<h3[^>]*data-variant="label-lg"[^>]*>Derived<\/h3>$/);
    });
  });
});
