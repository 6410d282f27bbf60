import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { visuallyHiddenClass } from '../../theme/sharedStyles';
import { VisuallyHidden } from './VisuallyHidden';

describe('VisuallyHidden', () => {
  describe('given text inside a control', () => {
    it('stays in the accessible name, so assistive technology reads it', () => {
      render(
        <button type="button">
          Delete <VisuallyHidden>invoice 42</VisuallyHidden>
        </button>,
      );
      expect(screen.getByRole('button', { name: 'Delete invoice 42' })).toBeInTheDocument();
    });

    it('is not hidden from the accessibility tree (no aria-hidden, no hidden)', () => {
      render(<VisuallyHidden role="status">Saved</VisuallyHidden>);
      const status = screen.getByRole('status');
      expect(status).toHaveTextContent('Saved');
      expect(status).not.toHaveAttribute('aria-hidden');
      expect(status).not.toHaveAttribute('hidden');
      expect(status).toHaveClass(visuallyHiddenClass);
    });
  });

  describe('given `as`', () => {
    it('renders a span by default and a div on request', () => {
      render(
        <>
          <VisuallyHidden data-testid="s">a</VisuallyHidden>
          <VisuallyHidden as="div" data-testid="d">
            b
          </VisuallyHidden>
        </>,
      );
      expect(screen.getByTestId('s').tagName).toBe('SPAN');
      expect(screen.getByTestId('d').tagName).toBe('DIV');
    });
  });

  describe('when focusable (a skip link)', () => {
    it('marks itself focusable and lets the link inside take keyboard focus', async () => {
      render(
        <VisuallyHidden focusable data-testid="skip">
          <a href="#main">Skip to content</a>
        </VisuallyHidden>,
      );
      await userEvent.tab();
      expect(screen.getByRole('link', { name: 'Skip to content' })).toHaveFocus();
      expect(screen.getByTestId('skip')).toHaveAttribute('data-focusable');
    });

    it('is not marked focusable by default', () => {
      render(<VisuallyHidden data-testid="v">x</VisuallyHidden>);
      expect(screen.getByTestId('v')).not.toHaveAttribute('data-focusable');
    });
  });

  describe('given native props and a ref', () => {
    it('forwards the ref and merges className', () => {
      const ref = createRef<HTMLElement>();
      render(
        <VisuallyHidden ref={ref} id="v" className="mine">
          x
        </VisuallyHidden>,
      );
      expect(ref.current).toHaveAttribute('id', 'v');
      expect(ref.current).toHaveClass('mine');
      expect(ref.current).toHaveClass(visuallyHiddenClass);
    });
  });

  describe('on the server', () => {
    it('renders to a string', () => {
      const html = renderToString(<VisuallyHidden as="div">Server</VisuallyHidden>);
      expect(html).toMatch(/^<div class="cal-visually-hidden /);
      expect(html).toContain('>Server</div>');
    });
  });
});
