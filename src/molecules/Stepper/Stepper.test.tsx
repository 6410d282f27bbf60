import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef } from 'react';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { getStyleSheetText } from '../../theme/styleRegistry';
import { Step, Stepper } from '.';

afterEach(() => vi.restoreAllMocks());

function Checkout({ onShipping }: { onShipping?: () => void }) {
  return (
    <Stepper aria-label="Checkout">
      <Step title="Cart" status="done" href="#cart" />
      <Step
        title="Shipping"
        status="warning"
        description="Check the address"
        onClick={onShipping}
      />
      <Step title="Payment" status="current" />
      <Step title="Review" />
      <Step title="Confirm" status="error" description="Card declined" />
    </Stepper>
  );
}

const steps = () => screen.getAllByRole('listitem');

describe('Stepper', () => {
  it('is a named ordered list of steps', () => {
    render(<Checkout />);
    const list = screen.getByRole('list', { name: 'Checkout' });
    expect(list.tagName).toBe('OL');
    expect(steps()).toHaveLength(5);
  });

  describe('status', () => {
    it('writes each status but the default, pending, as data-status', () => {
      render(<Checkout />);
      expect(steps().map((step) => step.getAttribute('data-status'))).toEqual([
        'done',
        'warning',
        'current',
        null,
        'error',
      ]);
    });

    it('says each status in words after the title; the current step is aria-current', () => {
      render(<Checkout onShipping={() => {}} />);
      expect(screen.getByRole('link', { name: 'Cart, completed' })).toBeInTheDocument();
      expect(screen.getByRole('button', { name: 'Shipping, warning' })).toBeInTheDocument();
      expect(steps()[2]).toHaveAttribute('aria-current', 'step');
      expect(steps()[2]).toHaveTextContent(/^Payment$/);
      expect(steps()[3]).toHaveTextContent('Review, not started');
      expect(steps()[4]).toHaveTextContent('Confirm, errorCard declined');
    });

    it('takes translated status words', () => {
      render(
        <Stepper aria-label="Paiement">
          <Step title="Panier" status="done" statusLabel="terminé" />
        </Stepper>,
      );
      expect(steps()[0]).toHaveTextContent('Panier, terminé');
    });

    it('draws a sign for done, warning and error, and leaves the number to the list', () => {
      render(<Checkout />);
      const markers = steps().map((step) => step.querySelector('[data-part="marker"]')!);
      expect(markers.map((marker) => marker.childElementCount)).toEqual([1, 1, 0, 0, 1]);
      for (const marker of markers) expect(marker).toHaveAttribute('aria-hidden', 'true');
      const sheet = getStyleSheetText();
      expect(sheet).toContain('counter-reset:cal-step');
      expect(sheet).toContain(
        ".cal-step>[data-part='marker']:empty::before{content:counter(cal-step);}",
      );
    });
  });

  describe('clickable steps, only where allowed', () => {
    it('makes a step with href a link and one with onClick a button; the others text', async () => {
      const onShipping = vi.fn();
      render(<Checkout onShipping={onShipping} />);
      expect(screen.getAllByRole('link')).toHaveLength(1);
      expect(screen.getAllByRole('button')).toHaveLength(1);
      await userEvent.click(screen.getByRole('button', { name: 'Shipping, warning' }));
      expect(onShipping).toHaveBeenCalledTimes(1);
      expect(steps()[0]).toHaveAttribute('data-interactive');
      expect(steps()[2]).not.toHaveAttribute('data-interactive');
    });

    it('puts aria-current on a clickable current step’s link', () => {
      render(
        <Stepper aria-label="Setup">
          <Step title="Account" status="current" href="#account" />
        </Stepper>,
      );
      expect(screen.getByRole('link', { name: 'Account' })).toHaveAttribute('aria-current', 'step');
      expect(steps()[0]).not.toHaveAttribute('aria-current');
    });

    it('reaches the clickable steps with Tab, and only them', async () => {
      render(<Checkout onShipping={() => {}} />);
      await userEvent.tab();
      expect(screen.getByRole('link', { name: 'Cart, completed' })).toHaveFocus();
      await userEvent.tab();
      expect(screen.getByRole('button', { name: 'Shipping, warning' })).toHaveFocus();
      await userEvent.tab();
      expect(document.body).toHaveFocus();
    });
  });

  it('writes the orientation when vertical', () => {
    render(
      <Stepper aria-label="S" orientation="vertical">
        <Step title="A" />
      </Stepper>,
    );
    expect(screen.getByRole('list')).toHaveAttribute('data-orientation', 'vertical');
  });

  it('forwards refs and passes native props, merging class names', () => {
    const list = createRef<HTMLOListElement>();
    const step = createRef<HTMLLIElement>();
    render(
      <Stepper ref={list} aria-label="S" className="mine">
        <Step ref={step} title="A" className="one" data-x="1" />
      </Stepper>,
    );
    expect(list.current).toHaveClass('cal-stepper', 'mine');
    expect(step.current).toHaveClass('cal-step', 'one');
    expect(step.current).toHaveAttribute('data-x', '1');
  });

  describe('given bad input', () => {
    it('reports a stepper without a name', () => {
      const error = vi.spyOn(console, 'error').mockImplementation(() => {});
      render(
        <Stepper>
          <Step title="A" />
        </Stepper>,
      );
      expect(error).toHaveBeenCalledWith(
        expect.stringContaining('Stepper: a stepper needs a name'),
      );
    });

    it('reports an unknown status and shows the step as pending', () => {
      const error = vi.spyOn(console, 'error').mockImplementation(() => {});
      render(
        <Stepper aria-label="S">
          {/* @ts-expect-error: untyped callers can pass anything */}
          <Step title="A" status="skipped" />
        </Stepper>,
      );
      expect(error).toHaveBeenCalledWith(
        expect.stringContaining('Step: `status` is "skipped", which is not one of'),
      );
      expect(steps()[0]).not.toHaveAttribute('data-status');
      expect(steps()[0]).toHaveTextContent('A, not started');
    });

    it('reports a step outside a Stepper', () => {
      const error = vi.spyOn(console, 'error').mockImplementation(() => {});
      render(
        <ol>
          <Step title="Alone" />
        </ol>,
      );
      expect(error).toHaveBeenCalledWith(expect.stringContaining('must be inside a Stepper'));
      expect(screen.getByText('Alone')).toBeInTheDocument();
    });
  });

  it('renders on the server', () => {
    const html = renderToString(<Checkout />);
    expect(html).toContain('<ol aria-label="Checkout" class="cal-stepper">');
    expect(html).toContain('aria-current="step"');
    expect(html).toContain('<a href="#cart" data-part="primary-action">Cart');
  });
});
