import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef, useState } from 'react';
import { renderToString } from 'react-dom/server';
import { Controller, useForm } from 'react-hook-form';
import { describe, expect, it, vi } from 'vitest';
import { resetDevErrors } from '../../utils';
import { NumberField } from './NumberField';

const spin = (name = 'Quantity') => screen.getByRole('spinbutton', { name });

describe('NumberField', () => {
  describe('given a label, min, max and a value', () => {
    it('is a labelled spinbutton text input with the value range and text', () => {
      render(
        <NumberField
          label="Quantity"
          description="Per order"
          error="Too many"
          locale="en-US"
          min={0}
          max={10}
          defaultValue={4}
        />,
      );
      const input = spin();
      expect(input).toHaveAttribute('type', 'text');
      expect(input).toHaveAttribute('inputmode', 'decimal');
      expect(input).toHaveAttribute('aria-valuenow', '4');
      expect(input).toHaveAttribute('aria-valuemin', '0');
      expect(input).toHaveAttribute('aria-valuemax', '10');
      expect(input).toHaveAttribute('aria-valuetext', '4');
      expect(input).toHaveAttribute('aria-invalid', 'true');
      expect(input).toHaveAccessibleDescription('Per order Too many');
    });

    it('uses inputmode numeric when no fraction digits are shown', () => {
      render(
        <NumberField
          label="Quantity"
          locale="en-US"
          formatOptions={{ maximumFractionDigits: 0 }}
        />,
      );
      expect(spin()).toHaveAttribute('inputmode', 'numeric');
    });

    it('has labelled stepper buttons outside the tab order', async () => {
      render(<NumberField label="Quantity" locale="en-US" defaultValue={1} />);
      const increase = screen.getByRole('button', { name: 'Increase' });
      expect(increase).toHaveAttribute('tabindex', '-1');
      expect(screen.getByRole('button', { name: 'Decrease' })).toHaveAttribute('tabindex', '-1');
      await userEvent.tab();
      expect(spin()).toHaveFocus();
      await userEvent.tab();
      expect(document.body).toHaveFocus();
    });
  });

  describe('keyboard', () => {
    it('steps with arrows (Shift ×10), Page keys (×10) and goes to min/max with Home/End', async () => {
      const onValueChange = vi.fn();
      render(
        <NumberField
          label="Quantity"
          locale="en-US"
          min={0}
          max={100}
          step={2}
          defaultValue={10}
          onValueChange={onValueChange}
        />,
      );
      const input = spin();
      await userEvent.click(input);
      await userEvent.keyboard('{ArrowUp}');
      expect(input).toHaveValue('12');
      await userEvent.keyboard('{ArrowDown}{ArrowDown}');
      expect(input).toHaveValue('8');
      await userEvent.keyboard('{Shift>}{ArrowUp}{/Shift}');
      expect(input).toHaveValue('28');
      await userEvent.keyboard('{PageUp}');
      expect(input).toHaveValue('48');
      await userEvent.keyboard('{PageDown}');
      expect(input).toHaveValue('28');
      await userEvent.keyboard('{End}');
      expect(input).toHaveValue('100');
      await userEvent.keyboard('{ArrowUp}');
      expect(input).toHaveValue('100');
      await userEvent.keyboard('{Home}');
      expect(input).toHaveValue('0');
      expect(input).toHaveAttribute('aria-valuenow', '0');
      expect(onValueChange.mock.calls.map(([value]) => value)).toEqual([
        12, 10, 8, 28, 48, 28, 100, 0,
      ]);
    });

    it('steps from a value between steps to the neighbouring step, without float noise', async () => {
      render(<NumberField label="Quantity" locale="en-US" step={0.1} defaultValue={0.25} />);
      const input = spin();
      await userEvent.click(input);
      await userEvent.keyboard('{ArrowUp}');
      expect(input).toHaveValue('0.3');
      await userEvent.keyboard('{ArrowUp}{ArrowUp}{ArrowUp}');
      expect(input).toHaveValue('0.6');
    });

    it('starts from min (up) or max (down) when empty', async () => {
      render(<NumberField label="Quantity" locale="en-US" min={5} max={9} />);
      await userEvent.click(spin());
      await userEvent.keyboard('{ArrowUp}');
      expect(spin()).toHaveValue('5');
      await userEvent.clear(spin());
      await userEvent.keyboard('{ArrowDown}');
      expect(spin()).toHaveValue('9');
    });
  });

  describe('typing', () => {
    it('rejects characters that cannot form a number', async () => {
      render(<NumberField label="Quantity" locale="en-US" />);
      await userEvent.type(spin(), '1a2.5.x');
      expect(spin()).toHaveValue('12.5');
    });

    it('clamps and snaps to step on blur, and formats', async () => {
      const onValueChange = vi.fn();
      render(
        <NumberField
          label="Quantity"
          locale="en-US"
          min={0}
          max={5000}
          step={5}
          onValueChange={onValueChange}
        />,
      );
      await userEvent.type(spin(), '1237');
      expect(onValueChange).not.toHaveBeenCalled();
      await userEvent.tab();
      expect(spin()).toHaveValue('1,235');
      expect(onValueChange).toHaveBeenLastCalledWith(1235);
      await userEvent.clear(spin());
      await userEvent.type(spin(), '9999');
      await userEvent.tab();
      expect(spin()).toHaveValue('5,000');
      await userEvent.clear(spin());
      await userEvent.tab();
      expect(onValueChange).toHaveBeenLastCalledWith(null);
      expect(spin()).not.toHaveAttribute('aria-valuenow');
    });

    it('only clamps (no snapping) when no step is given', async () => {
      render(<NumberField label="Quantity" locale="en-US" min={1} />);
      await userEvent.type(spin(), '-0');
      expect(spin()).toHaveValue('0');
      await userEvent.tab();
      expect(spin()).toHaveValue('1');
      await userEvent.type(spin(), '{Backspace}2.75');
      await userEvent.tab();
      expect(spin()).toHaveValue('2.75');
    });

    it('parses and formats in the given locale (de-DE and ar-EG)', async () => {
      const onValueChange = vi.fn();
      render(
        <>
          <NumberField label="German" locale="de-DE" onValueChange={onValueChange} />
          <NumberField label="Arabic" locale="ar-EG" defaultValue={1234.5} />
        </>,
      );
      await userEvent.type(spin('German'), '1234,5');
      await userEvent.tab();
      expect(spin('German')).toHaveValue('1.234,5');
      expect(onValueChange).toHaveBeenLastCalledWith(1234.5);
      expect(spin('Arabic')).toHaveValue('١٬٢٣٤٫٥');
      expect(spin('Arabic')).toHaveAttribute('aria-valuenow', '1234.5');
    });

    it('defaults the locale to the document language', () => {
      document.documentElement.lang = 'de-DE';
      try {
        render(<NumberField label="Quantity" defaultValue={1234.5} />);
        expect(spin()).toHaveValue('1.234,5');
      } finally {
        document.documentElement.removeAttribute('lang');
      }
    });

    it('formats with formatOptions (currency) and submits the plain number', () => {
      render(
        <form data-testid="form">
          <NumberField
            label="Price"
            name="price"
            locale="en-US"
            formatOptions={{ style: 'currency', currency: 'EUR' }}
            defaultValue={1234.5}
          />
        </form>,
      );
      expect(spin('Price')).toHaveValue('€1,234.50');
      const data = new FormData(screen.getByTestId('form') as HTMLFormElement);
      expect(data.get('price')).toBe('1234.5');
    });

    it('loses no keystroke when the parent re-renders on every change', async () => {
      function Parent() {
        const [value, setValue] = useState<number | null>(null);
        const [, setText] = useState('');
        return (
          <>
            <NumberField
              label="Quantity"
              locale="en-US"
              value={value}
              onValueChange={setValue}
              onChange={(event) => setText(event.target.value)}
            />
            <output>{String(value)}</output>
          </>
        );
      }
      render(<Parent />);
      await userEvent.type(spin(), '1234567.89', { delay: null });
      expect(spin()).toHaveValue('1234567.89');
      await userEvent.tab();
      expect(spin()).toHaveValue('1,234,567.89');
      expect(screen.getByRole('status')).toHaveTextContent('1234567.89');
    });
  });

  describe('mouse', () => {
    it('steps with the buttons, keeps focus in the input, disables them at the bounds', async () => {
      render(<NumberField label="Quantity" locale="en-US" min={0} max={2} defaultValue={1} />);
      await userEvent.click(spin());
      await userEvent.click(screen.getByRole('button', { name: 'Increase' }));
      expect(spin()).toHaveValue('2');
      expect(spin()).toHaveFocus();
      expect(screen.getByRole('button', { name: 'Increase' })).toBeDisabled();
      await userEvent.click(screen.getByRole('button', { name: 'Decrease' }));
      await userEvent.click(screen.getByRole('button', { name: 'Decrease' }));
      expect(spin()).toHaveValue('0');
      expect(screen.getByRole('button', { name: 'Decrease' })).toBeDisabled();
    });

    it('changes with the wheel only when allowWheel is set and the input has focus', async () => {
      render(
        <>
          <NumberField label="Wheel" locale="en-US" defaultValue={1} allowWheel />
          <NumberField label="No wheel" locale="en-US" defaultValue={1} />
        </>,
      );
      fireEvent.wheel(spin('Wheel'), { deltaY: -100 });
      expect(spin('Wheel')).toHaveValue('1');
      spin('Wheel').focus();
      const notCancelled = fireEvent.wheel(spin('Wheel'), { deltaY: -100 });
      expect(notCancelled).toBe(false);
      expect(spin('Wheel')).toHaveValue('2');
      fireEvent.wheel(spin('Wheel'), { deltaY: 100 });
      expect(spin('Wheel')).toHaveValue('1');
      spin('No wheel').focus();
      fireEvent.wheel(spin('No wheel'), { deltaY: -100 });
      expect(spin('No wheel')).toHaveValue('1');
    });
  });

  describe('given disabled or read-only', () => {
    it('does not step', async () => {
      render(
        <>
          <NumberField label="Disabled" locale="en-US" defaultValue={1} disabled />
          <NumberField label="Read-only" locale="en-US" defaultValue={1} readOnly />
        </>,
      );
      expect(spin('Disabled')).toBeDisabled();
      await userEvent.click(spin('Read-only'));
      await userEvent.keyboard('{ArrowUp}{End}9');
      expect(spin('Read-only')).toHaveValue('1');
      for (const button of screen.getAllByRole('button')) expect(button).toBeDisabled();
    });
  });

  describe('in a native form', () => {
    it('submits the raw number under its name and resets to defaultValue', async () => {
      let submitted: FormData | undefined;
      render(
        <form
          onSubmit={(event) => {
            event.preventDefault();
            submitted = new FormData(event.currentTarget);
          }}
        >
          <NumberField label="Amount" name="amount" locale="de-DE" defaultValue={12.5} />
          <button type="submit">Send</button>
          <button type="reset">Reset</button>
        </form>,
      );
      const input = spin('Amount');
      expect(input).toHaveValue('12,5');
      await userEvent.clear(input);
      await userEvent.type(input, '1234,75{Enter}');
      expect(submitted?.get('amount')).toBe('1234.75');
      expect(input).toHaveValue('1.234,75');
      await userEvent.click(screen.getByRole('button', { name: 'Reset' }));
      await vi.waitFor(() => expect(input).toHaveValue('12,5'));
      expect(input).toHaveAttribute('aria-valuenow', '12.5');
      await userEvent.click(screen.getByRole('button', { name: 'Send' }));
      expect(submitted?.get('amount')).toBe('12.5');
      expect([...(submitted?.keys() ?? [])]).toEqual(['amount']);
    });

    it('works with react-hook-form through Controller (ref focuses the input on error)', async () => {
      const onValid = vi.fn();
      function Form() {
        const { control, handleSubmit } = useForm<{ age: number | null }>({
          defaultValues: { age: null },
        });
        return (
          <form onSubmit={handleSubmit(onValid)}>
            <Controller
              control={control}
              name="age"
              rules={{ validate: (age) => (age !== null && age >= 18) || 'Must be 18 or older' }}
              render={({ field, fieldState }) => (
                <NumberField
                  label="Age"
                  locale="en-US"
                  ref={field.ref}
                  name={field.name}
                  value={field.value}
                  onValueChange={field.onChange}
                  onBlur={field.onBlur}
                  error={fieldState.error?.message}
                />
              )}
            />
            <button type="submit">Send</button>
          </form>
        );
      }
      render(<Form />);
      await userEvent.click(screen.getByRole('button', { name: 'Send' }));
      expect(await screen.findByText('Must be 18 or older')).toBeInTheDocument();
      expect(spin('Age')).toHaveFocus();
      await userEvent.type(spin('Age'), '42');
      await userEvent.click(screen.getByRole('button', { name: 'Send' }));
      await vi.waitFor(() => expect(onValid).toHaveBeenCalledWith({ age: 42 }, expect.anything()));
    });
  });

  it('forwards the ref to the visible <input> and passes native props through', () => {
    const ref = createRef<HTMLInputElement>();
    render(<NumberField label="Quantity" ref={ref} placeholder="0" data-testid="qty" autoFocus />);
    expect(ref.current).toBe(spin());
    expect(spin()).toHaveAttribute('placeholder', '0');
    expect(spin()).toHaveAttribute('data-testid', 'qty');
  });

  describe('given bad input', () => {
    it('reports min > max, a bad step, a bad locale and a missing label, and still renders', () => {
      resetDevErrors();
      const error = vi.spyOn(console, 'error').mockImplementation(() => {});
      render(
        // @ts-expect-error label is required by the type; plain-JS callers can still omit it.
        <NumberField min={10} max={1} step={-1} locale="not a locale!" defaultValue={3} />,
      );
      expect(screen.getByRole('spinbutton')).toHaveValue('3');
      const messages = error.mock.calls.map(([message]) => String(message));
      expect(messages).toEqual(
        expect.arrayContaining([
          '[Callicrates] NumberField: `min` (10) is greater than `max` (1).',
          '[Callicrates] NumberField: `step` must be a positive number; got -1. Using 1.',
          '[Callicrates] NumberField: cannot format numbers for locale "not a locale!"; using en-US.',
          expect.stringContaining(
            '[Callicrates] NumberField: a form control needs an accessible name',
          ),
        ]),
      );
      error.mockRestore();
    });

    it('treats NaN as empty', () => {
      render(<NumberField label="Quantity" value={Number.NaN} onValueChange={() => {}} />);
      expect(spin()).toHaveValue('');
      expect(spin()).not.toHaveAttribute('aria-valuenow');
    });
  });

  it('renders on the server with the en-US default locale', () => {
    const html = renderToString(
      <NumberField label="Amount" name="amount" defaultValue={1234.5} error="Wrong" />,
    );
    expect(html).toContain('role="spinbutton"');
    expect(html).toContain('value="1,234.5"');
    expect(html).toContain('type="hidden"');
    expect(html).toContain('aria-invalid="true"');
  });
});
