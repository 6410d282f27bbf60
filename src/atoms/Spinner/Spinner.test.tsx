import { render, screen } from '@testing-library/react';
import { createRef } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { getStyleSheetText } from '../../theme/styleRegistry';
import { Spinner } from './Spinner';
import { spinnerClass } from './Spinner.styles';
import { reducedMotionRulesFor } from '../../test/reducedMotion';

describe('Spinner', () => {
  describe('given no props', () => {
    it('is a status announcing "Loading", with a decorative circle, size md (no data-size)', () => {
      render(<Spinner />);
      const status = screen.getByRole('status');
      expect(status).toHaveTextContent('Loading');
      expect(status).not.toHaveAttribute('data-size');
      expect(status.querySelector('[data-part="circle"]')).toHaveAttribute('aria-hidden', 'true');
    });
  });

  describe('given a label', () => {
    it('announces it, hidden on screen unless showLabel', () => {
      const { rerender } = render(<Spinner label="Loading invoices" />);
      const label = screen.getByText('Loading invoices');
      expect(screen.getByRole('status')).toHaveTextContent('Loading invoices');
      expect(label.className).toMatch(/visually-hidden/);
      rerender(<Spinner label="Loading invoices" showLabel />);
      expect(screen.getByText('Loading invoices').className).not.toMatch(/visually-hidden/);
    });
  });

  describe('given a size and a colour', () => {
    it.each(['sm', 'lg'] as const)('writes size %s as data-size', (size) => {
      render(<Spinner size={size} />);
      expect(screen.getByRole('status')).toHaveAttribute('data-size', size);
    });

    it('writes no data-size for the default md, even when set explicitly', () => {
      render(<Spinner size="md" />);
      expect(screen.getByRole('status')).not.toHaveAttribute('data-size');
    });

    it('writes primary as data-color and leaves inherit unmarked', () => {
      render(<Spinner color="primary" label="A" />);
      render(<Spinner label="B" />);
      expect(screen.getByText('A').parentElement).toHaveAttribute('data-color', 'primary');
      expect(screen.getByText('B').parentElement).not.toHaveAttribute('data-color');
    });
  });

  describe('under prefers-reduced-motion: reduce', () => {
    it('has a rule that stops the circle turning', () => {
      const rule = reducedMotionRulesFor(getStyleSheetText(), spinnerClass);
      expect(rule).toBeDefined();
      expect(rule).toMatch(/\[data-part='circle'\]\{animation:none;\}/);
    });
  });

  describe('given native props and a ref', () => {
    it('forwards the ref to the status element and passes props through', () => {
      const ref = createRef<HTMLSpanElement>();
      render(<Spinner ref={ref} id="s" className="mine" aria-live="assertive" />);
      const status = screen.getByRole('status');
      expect(ref.current).toBe(status);
      expect(status).toHaveAttribute('id', 's');
      expect(status).toHaveAttribute('aria-live', 'assertive');
      expect(status).toHaveClass('mine');
    });
  });

  describe('given bad input', () => {
    it('reports an empty label and falls back to "Loading"', () => {
      const error = vi.spyOn(console, 'error').mockImplementation(() => {});
      render(<Spinner label=" " />);
      expect(screen.getByRole('status')).toHaveTextContent('Loading');
      expect(error).toHaveBeenCalledWith(
        expect.stringContaining('[Callicrates] Spinner: an empty `label` announces nothing'),
      );
      error.mockRestore();
    });
  });

  describe('on the server', () => {
    it('renders to a string', () => {
      const html = renderToString(<Spinner size="lg" />);
      expect(html).toMatch(/^<span role="status"[^>]*data-size="lg"/);
      expect(html).toContain('Loading');
    });
  });
});
