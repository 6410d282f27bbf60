import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef, useState } from 'react';
import { renderToString } from 'react-dom/server';
import { useForm } from 'react-hook-form';
import { describe, expect, it, vi } from 'vitest';
import { TextField } from './TextField';

describe('TextField', () => {
  describe('given a label', () => {
    it('labels the input and describes it with description, error and count', () => {
      render(
        <TextField
          label="Email"
          description="We never share it."
          error="Enter an email."
          showCount
          maxLength={50}
          defaultValue="a@"
        />,
      );
      const input = screen.getByRole('textbox', { name: 'Email' });
      expect(input).toHaveAccessibleDescription('We never share it. Enter an email. 2/50');
      expect(input).toHaveAttribute('aria-invalid', 'true');
    });

    it('is not invalid without an error', () => {
      render(<TextField label="Name" />);
      expect(screen.getByRole('textbox')).not.toHaveAttribute('aria-invalid');
    });

    it('keeps a caller aria-describedby and id', () => {
      render(
        <>
          <p id="hint">Outside hint</p>
          <TextField id="custom" label="Name" aria-describedby="hint" description="Inside" />
        </>,
      );
      const input = screen.getByRole('textbox');
      expect(input).toHaveAttribute('id', 'custom');
      expect(input).toHaveAccessibleDescription('Inside Outside hint');
    });

    it('marks required natively and shows a marker hidden from assistive technology', () => {
      render(<TextField label="Name" required />);
      expect(screen.getByRole('textbox', { name: 'Name' })).toBeRequired();
    });

    it('supports disabled and read-only', async () => {
      render(
        <>
          <TextField label="A" disabled />
          <TextField label="B" readOnly defaultValue="fixed" />
        </>,
      );
      expect(screen.getByRole('textbox', { name: 'A' })).toBeDisabled();
      const readOnly = screen.getByRole('textbox', { name: 'B' });
      await userEvent.type(readOnly, 'x');
      expect(readOnly).toHaveValue('fixed');
    });

    it('hides the label visually but keeps the name', () => {
      render(<TextField label="Search" hideLabel />);
      expect(screen.getByRole('textbox', { name: 'Search' })).toBeInTheDocument();
    });
  });

  describe('typing', () => {
    it('works uncontrolled and counts characters', async () => {
      render(<TextField label="Title" showCount maxLength={10} />);
      await userEvent.type(screen.getByRole('textbox'), 'Doric');
      expect(screen.getByRole('textbox')).toHaveValue('Doric');
      expect(screen.getByText('5/10')).toBeInTheDocument();
    });

    it('loses no keystroke when controlled by a parent that re-renders on every change', async () => {
      function Parent() {
        const [value, setValue] = useState('');
        return (
          <TextField
            label="Fast"
            value={value}
            onChange={(event) => setValue(event.target.value)}
            showCount
          />
        );
      }
      render(<Parent />);
      const text = 'the quick brown fox jumps over the lazy dog';
      await userEvent.type(screen.getByRole('textbox'), text, { delay: null });
      expect(screen.getByRole('textbox')).toHaveValue(text);
      expect(screen.getByText(String(text.length))).toBeInTheDocument();
    });

    it('calls the caller onChange with the native event', async () => {
      const onChange = vi.fn();
      render(<TextField label="Name" onChange={onChange} />);
      await userEvent.type(screen.getByRole('textbox'), 'ab');
      expect(onChange).toHaveBeenCalledTimes(2);
      expect(onChange.mock.calls[1]?.[0].target.value).toBe('ab');
    });

    it('focuses the input when the suffix is pressed', async () => {
      render(<TextField label="Price" suffix="EUR" />);
      await userEvent.click(screen.getByText('EUR'));
      expect(screen.getByRole('textbox')).toHaveFocus();
    });
  });

  describe('in a native form', () => {
    it('submits its name and value and resets, count included', async () => {
      let submitted: FormData | undefined;
      render(
        <form
          onSubmit={(event) => {
            event.preventDefault();
            submitted = new FormData(event.currentTarget);
          }}
        >
          <TextField label="City" name="city" defaultValue="Athens" showCount />
          <button type="submit">Send</button>
          <button type="reset">Reset</button>
        </form>,
      );
      const input = screen.getByRole('textbox');
      await userEvent.clear(input);
      await userEvent.type(input, 'Delphi');
      await userEvent.click(screen.getByRole('button', { name: 'Send' }));
      expect(submitted?.get('city')).toBe('Delphi');
      await userEvent.click(screen.getByRole('button', { name: 'Reset' }));
      expect(input).toHaveValue('Athens');
      await vi.waitFor(() => expect(screen.getByText('6')).toBeInTheDocument());
    });

    it('works with react-hook-form register (ref reaches the input)', async () => {
      const onValid = vi.fn();
      function Form() {
        const { register, handleSubmit, formState } = useForm<{ email: string }>();
        return (
          <form onSubmit={handleSubmit(onValid)}>
            <TextField
              label="Email"
              {...register('email', { required: 'Email is required' })}
              error={formState.errors.email?.message}
            />
            <button type="submit">Send</button>
          </form>
        );
      }
      render(<Form />);
      await userEvent.click(screen.getByRole('button', { name: 'Send' }));
      expect(await screen.findByText('Email is required')).toBeInTheDocument();
      expect(screen.getByRole('textbox')).toHaveFocus();
      await userEvent.type(screen.getByRole('textbox'), 'phidias@acropolis.gr');
      await userEvent.click(screen.getByRole('button', { name: 'Send' }));
      expect(onValid).toHaveBeenCalledWith({ email: 'phidias@acropolis.gr' }, expect.anything());
    });
  });

  it('forwards the ref to the <input>', () => {
    const ref = createRef<HTMLInputElement>();
    render(<TextField label="Name" ref={ref} />);
    expect(ref.current).toBe(screen.getByRole('textbox'));
  });

  describe('given bad input', () => {
    it('reports a field with no accessible name in development, and still renders', () => {
      const error = vi.spyOn(console, 'error').mockImplementation(() => {});
      // @ts-expect-error label is required by the type; plain-JS callers can still omit it.
      render(<TextField name="orphan" />);
      expect(screen.getByRole('textbox')).toBeInTheDocument();
      expect(error).toHaveBeenCalledWith(
        expect.stringContaining('[Callicrates] TextField: a form control needs an accessible name'),
      );
      error.mockRestore();
    });

    it('accepts aria-labelledby instead of a label', () => {
      const error = vi.spyOn(console, 'error').mockImplementation(() => {});
      render(
        <>
          <h2 id="heading">Billing email</h2>
          <TextField label="" aria-labelledby="heading" />
        </>,
      );
      expect(screen.getByRole('textbox', { name: 'Billing email' })).toBeInTheDocument();
      expect(error).not.toHaveBeenCalled();
      error.mockRestore();
    });
  });

  it('renders on the server', () => {
    const html = renderToString(
      <TextField label="Name" name="name" description="Help" error="Wrong" />,
    );
    expect(html).toContain('<label');
    expect(html).toContain('aria-invalid="true"');
    expect(html).toContain('name="name"');
  });
});
