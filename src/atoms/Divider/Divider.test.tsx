import { render, screen } from '@testing-library/react';
import { createRef } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { Divider } from './Divider';

describe('Divider', () => {
  describe('given no props', () => {
    it('is a horizontal, subtle <hr> separator', () => {
      render(<Divider />);
      const separator = screen.getByRole('separator');
      expect(separator.tagName).toBe('HR');
      expect(separator).not.toHaveAttribute('role');
      expect(separator).toHaveAttribute('aria-orientation', 'horizontal');
      expect(separator).not.toHaveAttribute('data-orientation');
      expect(separator).not.toHaveAttribute('data-variant');
      expect(separator).not.toHaveAttribute('aria-hidden');
    });

    it('writes no data-orientation or data-variant when the defaults are set explicitly', () => {
      render(<Divider orientation="horizontal" variant="subtle" />);
      const separator = screen.getByRole('separator');
      // ARIA still states the orientation: only the data attributes drop at the defaults.
      expect(separator).toHaveAttribute('aria-orientation', 'horizontal');
      expect(separator).not.toHaveAttribute('data-orientation');
      expect(separator).not.toHaveAttribute('data-variant');
    });
  });

  describe('given orientation="vertical" and variant="strong"', () => {
    it('announces a vertical separator and exposes both as data attributes', () => {
      render(<Divider orientation="vertical" variant="strong" />);
      const separator = screen.getByRole('separator');
      expect(separator).toHaveAttribute('aria-orientation', 'vertical');
      expect(separator).toHaveAttribute('data-orientation', 'vertical');
      expect(separator).toHaveAttribute('data-variant', 'strong');
    });
  });

  describe('given as="div"', () => {
    it('sets role="separator" explicitly', () => {
      render(<Divider as="div" orientation="vertical" />);
      const separator = screen.getByRole('separator');
      expect(separator.tagName).toBe('DIV');
      expect(separator).toHaveAttribute('role', 'separator');
      expect(separator).toHaveAttribute('aria-orientation', 'vertical');
    });
  });

  describe('when decorative', () => {
    it('is hidden from assistive technology, with no role or orientation', () => {
      render(<Divider decorative data-testid="line" />);
      expect(screen.queryByRole('separator')).toBeNull();
      const line = screen.getByTestId('line');
      expect(line).toHaveAttribute('aria-hidden', 'true');
      expect(line).not.toHaveAttribute('aria-orientation');
      expect(line).toHaveAttribute('data-decorative');
    });

    it('can be a list item that keeps the list to its real items', () => {
      render(
        <ul>
          <li>One</li>
          <Divider as="li" decorative />
          <li>Two</li>
        </ul>,
      );
      expect(screen.getAllByRole('listitem')).toHaveLength(2);
    });
  });

  describe('given native props and a ref', () => {
    it('passes them through, merges className and reaches the element', () => {
      const ref = createRef<HTMLElement>();
      render(<Divider ref={ref} id="rule" className="mine" title="Section end" />);
      const separator = screen.getByRole('separator');
      expect(ref.current).toBe(separator);
      expect(ref.current).toBeInstanceOf(HTMLHRElement);
      expect(separator).toHaveAttribute('id', 'rule');
      expect(separator).toHaveAttribute('title', 'Section end');
      expect(separator).toHaveClass('mine');
      expect(separator.className).toMatch(/cal-divider/);
    });

    it('is not focusable', () => {
      render(<Divider />);
      const separator = screen.getByRole('separator');
      separator.focus();
      expect(separator).not.toHaveFocus();
    });
  });

  describe('given bad input', () => {
    it('drops children with a dev error instead of crashing the void <hr>', () => {
      const error = vi.spyOn(console, 'error').mockImplementation(() => {});
      const props = { children: 'Or' } as object;
      render(<Divider {...props} />);
      expect(screen.getByRole('separator')).toBeEmptyDOMElement();
      expect(error).toHaveBeenCalledWith(
        '[Callicrates] Divider: a divider takes no children; they are not rendered. Put a heading next to it instead.',
      );
      error.mockRestore();
    });

    it('reports a semantic divider rendered as a list item', () => {
      const error = vi.spyOn(console, 'error').mockImplementation(() => {});
      render(
        <ul>
          <Divider as="li" />
        </ul>,
      );
      expect(error).toHaveBeenCalledWith(
        '[Callicrates] Divider: a list may only contain list items, so a divider rendered as `li` must be `decorative`.',
      );
      error.mockRestore();
    });
  });

  describe('on the server', () => {
    it('renders with renderToString', () => {
      const html = renderToString(<Divider orientation="vertical" />);
      expect(html).toMatch(
        /^<hr class="cal-divider" aria-orientation="vertical" data-orientation="vertical"\/>$/,
      );
      expect(renderToString(<Divider />)).toMatch(
        /^<hr class="cal-divider" aria-orientation="horizontal"\/>$/,
      );
    });
  });
});
