import { render, screen } from '@testing-library/react';
import { createRef } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { getStyleSheetText } from '../../theme/styleRegistry';
import { Container } from './Container';

describe('Container', () => {
  describe('given no props', () => {
    it('caps at the xl container width, the default, which writes no attribute', () => {
      render(<Container data-testid="container">Page</Container>);
      const container = screen.getByTestId('container');
      expect(container).not.toHaveAttribute('data-max-width');
      expect(container.className).toMatch(/cal-box cal-container/);
    });
  });

  describe('given the style sheet', () => {
    it('sets the margins of every breakpoint from grid.margin.*', () => {
      const sheet = getStyleSheetText();
      expect(sheet).toMatch(
        /\.cal-container\{box-sizing:border-box;inline-size:100%;margin-inline:auto;padding-inline:var\(--cal-grid-margin-xs\);\}/,
      );
      expect(sheet).toMatch(
        /@media \(min-width: 1280px\)\{\.cal-container\{padding-inline:var\(--cal-grid-margin-xl\);max-inline-size:calc\(var\(--cal-grid-container-xl\) \+ 2 \* var\(--cal-grid-margin-xl\)\);\}/,
      );
    });

    it('uses the container width of min(breakpoint, maxWidth)', () => {
      const sheet = getStyleSheetText();
      // At md, a container capped at sm keeps the sm width; one capped at xl takes md's.
      const md =
        /@media \(min-width: 768px\)\{(.*?\})\}/.exec(
          sheet.slice(sheet.indexOf('-container{')),
        )?.[1] ?? '';
      expect(md).toContain(
        "[data-max-width='sm']{max-inline-size:calc(var(--cal-grid-container-sm) + 2 * var(--cal-grid-margin-md));}",
      );
      expect(md).toMatch(
        /^\.cal-container\{padding-inline:var\(--cal-grid-margin-md\);max-inline-size:calc\(var\(--cal-grid-container-md\) \+ 2 \* var\(--cal-grid-margin-md\)\);\}/,
      );
      expect(md).not.toContain("[data-max-width='xl']");
      expect(md).not.toContain("[data-max-width='none']");
    });

    it('lifts the default cap for maxWidth="none", at every breakpoint', () => {
      const sheet = getStyleSheetText();
      expect(sheet).toMatch(/\}\.cal-container\[data-max-width='none'\]\{max-inline-size:none;\}/);
      expect(sheet).not.toContain("[data-max-width='xl']");
    });
  });

  describe('given props and a ref', () => {
    it('writes maxWidth, passes props through and reaches the element', () => {
      const ref = createRef<HTMLElement>();
      render(
        <Container
          ref={ref}
          as="main"
          maxWidth="md"
          aria-label="Page"
          className="mine"
          paddingBlock="6"
        />,
      );
      const main = screen.getByRole('main', { name: 'Page' });
      expect(ref.current).toBe(main);
      expect(main).toHaveAttribute('data-max-width', 'md');
      expect(main).toHaveAttribute('data-padding-block', '6');
      expect(main).toHaveClass('mine');
    });
  });

  describe('on the server', () => {
    it('renders with renderToString', () => {
      const html = renderToString(<Container maxWidth="none">Page</Container>);
      expect(html).toMatch(/^<div [^>]*data-max-width="none"[^>]*>Page<\/div>$/);
    });
  });
});
