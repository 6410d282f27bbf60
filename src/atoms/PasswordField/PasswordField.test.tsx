import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef, useState } from 'react';
import { renderToString } from 'react-dom/server';
import { useForm } from 'react-hook-form';
import { describe, expect, it, vi } from 'vitest';
import { resetDevErrors } from '../../utils';
import { PasswordField } from './PasswordField';

// A password input has no role; find it by its label.
const password = (name = 'Password') => screen.getByLabelText(name) as HTMLInputElement;
const toggle = () => screen.getByRole('button', { name: 'Show password' });

describe('PasswordField', () => {
  describe('given a label', () => {
    it('is a masked input for the current password with a toggle that is not pressed', () => {
      render(<PasswordField label="Password" description="At least 12 characters" />);
      expect(password()).toHaveAttribute('type', 'password');
      expect(password()).toHaveAttribute('autocomplete', 'current-password');
      expect(password()).toHaveAccessibleDescription('At least 12 characters');
      expect(toggle()).toHaveAttribute('aria-pressed', 'false');
      expect(toggle()).toHaveAttribute('type', 'button');
    });

    it('takes autoComplete="new-password" for sign-up', () => {
      render(<PasswordField label="Password" autoComplete="new-password" />);
      expect(password()).toHaveAttribute('autocomplete', 'new-password');
    });

    it('wires an error to aria-invalid and aria-describedby', () => {
      render(<PasswordField label="Password" error="Too short" />);
      expect(password()).toHaveAttribute('aria-invalid', 'true');
      expect(password()).toHaveAccessibleDescription('Too short');
    });
  });

  describe('when the toggle is pressed with a pointer', () => {
    it('shows the password, keeps focus and the caret in the input, and hides it again', async () => {
      render(<PasswordField label="Password" defaultValue="hunter2" />);
      const input = password();
      await userEvent.click(input);
      input.setSelectionRange(3, 3);
      await userEvent.click(toggle());
      expect(input).toHaveAttribute('type', 'text');
      expect(toggle()).toHaveAttribute('aria-pressed', 'true');
      expect(input).toHaveFocus();
      expect([input.selectionStart, input.selectionEnd]).toEqual([3, 3]);
      await userEvent.keyboard('X');
      expect(input).toHaveValue('hunX' + 'ter2');
      await userEvent.click(toggle());
      expect(input).toHaveAttribute('type', 'password');
      expect(toggle()).toHaveAttribute('aria-pressed', 'false');
    });
  });

  describe('keyboard', () => {
    it('reaches the toggle with Tab and toggles with Enter and Space', async () => {
      render(<PasswordField label="Password" />);
      await userEvent.tab();
      expect(password()).toHaveFocus();
      await userEvent.tab();
      expect(toggle()).toHaveFocus();
      await userEvent.keyboard('{Enter}');
      expect(password()).toHaveAttribute('type', 'text');
      await userEvent.keyboard(' ');
      expect(password()).toHaveAttribute('type', 'password');
    });
  });

  describe('visibility', () => {
    it('can be controlled', async () => {
      const onVisibleChange = vi.fn();
      const { rerender } = render(
        <PasswordField label="Password" visible={false} onVisibleChange={onVisibleChange} />,
      );
      await userEvent.click(toggle());
      expect(onVisibleChange).toHaveBeenCalledWith(true);
      expect(password()).toHaveAttribute('type', 'password');
      rerender(<PasswordField label="Password" visible onVisibleChange={onVisibleChange} />);
      expect(password()).toHaveAttribute('type', 'text');
    });

    it('starts visible with defaultVisible', () => {
      render(<PasswordField label="Password" defaultVisible />);
      expect(password()).toHaveAttribute('type', 'text');
    });
  });

  describe('typing', () => {
    it('loses no keystroke when controlled by a parent that re-renders on every change', async () => {
      function Parent() {
        const [value, setValue] = useState('');
        return (
          <PasswordField
            label="Password"
            value={value}
            onChange={(event) => setValue(event.target.value)}
            showCount
          />
        );
      }
      render(<Parent />);
      const text = 'correct horse battery staple';
      await userEvent.type(password(), text, { delay: null });
      expect(password()).toHaveValue(text);
      expect(screen.getByText(String(text.length))).toBeInTheDocument();
    });
  });

  describe('given disabled or read-only', () => {
    it('disables the toggle with the input; read-only keeps the value', async () => {
      render(
        <>
          <PasswordField label="Disabled" disabled />
          <PasswordField label="Read-only" readOnly defaultValue="fixed" />
        </>,
      );
      expect(password('Disabled')).toBeDisabled();
      expect(screen.getAllByRole('button', { name: 'Show password' })[0]).toBeDisabled();
      await userEvent.type(password('Read-only'), 'x');
      expect(password('Read-only')).toHaveValue('fixed');
    });
  });

  describe('in a native form', () => {
    it('submits its name and value and resets', async () => {
      let submitted: FormData | undefined;
      render(
        <form
          onSubmit={(event) => {
            event.preventDefault();
            submitted = new FormData(event.currentTarget);
          }}
        >
          <PasswordField label="Password" name="password" defaultValue="initial" showCount />
          <button type="submit">Send</button>
          <button type="reset">Reset</button>
        </form>,
      );
      await userEvent.clear(password());
      await userEvent.type(password(), 'secret');
      await userEvent.click(screen.getByRole('button', { name: 'Send' }));
      expect(submitted?.get('password')).toBe('secret');
      await userEvent.click(screen.getByRole('button', { name: 'Reset' }));
      expect(password()).toHaveValue('initial');
      await vi.waitFor(() => expect(screen.getByText('7')).toBeInTheDocument());
    });

    it('works with react-hook-form register', async () => {
      const onValid = vi.fn();
      function Form() {
        const { register, handleSubmit, formState } = useForm<{ password: string }>();
        return (
          <form onSubmit={handleSubmit(onValid)}>
            <PasswordField
              label="Password"
              {...register('password', { required: 'Enter your password' })}
              error={formState.errors.password?.message}
            />
            <button type="submit">Sign in</button>
          </form>
        );
      }
      render(<Form />);
      await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
      expect(await screen.findByText('Enter your password')).toBeInTheDocument();
      expect(password()).toHaveFocus();
      await userEvent.type(password(), 'opensesame');
      await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
      await vi.waitFor(() =>
        expect(onValid).toHaveBeenCalledWith({ password: 'opensesame' }, expect.anything()),
      );
    });
  });

  it('forwards the ref to the <input> and passes native props through', () => {
    const ref = createRef<HTMLInputElement>();
    render(<PasswordField label="Password" ref={ref} minLength={12} data-testid="pw" />);
    expect(ref.current).toBe(password());
    expect(password()).toHaveAttribute('minlength', '12');
    expect(password()).toHaveAttribute('data-testid', 'pw');
  });

  describe('given bad input', () => {
    it('reports a missing label and an empty toggle name, and still renders', () => {
      resetDevErrors();
      const error = vi.spyOn(console, 'error').mockImplementation(() => {});
      // @ts-expect-error label is required by the type; plain-JS callers can still omit it.
      render(<PasswordField name="pw" toggleLabel="" />);
      expect(screen.getByRole('button')).toBeInTheDocument();
      expect(error).toHaveBeenCalledWith(
        expect.stringContaining(
          '[Callicrates] PasswordField: a form control needs an accessible name',
        ),
      );
      expect(error).toHaveBeenCalledWith(
        '[Callicrates] PasswordField: an icon-only field action needs an `aria-label`.',
      );
      error.mockRestore();
    });
  });

  it('renders on the server', () => {
    const html = renderToString(<PasswordField label="Password" name="pw" error="Wrong" />);
    expect(html).toContain('type="password"');
    expect(html).toContain('aria-pressed="false"');
    expect(html).toContain('aria-invalid="true"');
  });
});
