import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef, useState } from 'react';
import { renderToString } from 'react-dom/server';
import { useForm } from 'react-hook-form';
import { describe, expect, it, vi } from 'vitest';
import { resetDevErrors } from '../../utils';
import { SearchField } from './SearchField';

const search = (name = 'Search') => screen.getByRole('searchbox', { name });
const clearButton = () => screen.queryByRole('button', { name: 'Clear search' });

describe('SearchField', () => {
  describe('given a label', () => {
    it('is a type="search" box with a decorative icon and no clear button while empty', () => {
      render(<SearchField label="Search" description="Projects and people" />);
      expect(search()).toHaveAttribute('type', 'search');
      expect(search()).toHaveAccessibleDescription('Projects and people');
      expect(clearButton()).toBeNull();
    });

    it('wires an error to aria-invalid and aria-describedby', () => {
      render(<SearchField label="Search" error="Type at least two letters" />);
      expect(search()).toHaveAttribute('aria-invalid', 'true');
      expect(search()).toHaveAccessibleDescription('Type at least two letters');
    });
  });

  describe('uncontrolled', () => {
    it('shows the clear button with a value; clearing empties, refocuses and calls onClear', async () => {
      const onClear = vi.fn();
      const onChange = vi.fn();
      render(<SearchField label="Search" onClear={onClear} onChange={onChange} />);
      await userEvent.type(search(), 'acropolis');
      const clear = clearButton();
      expect(clear).toHaveAttribute('tabindex', '-1');
      await userEvent.click(clear as HTMLElement);
      expect(search()).toHaveValue('');
      expect(search()).toHaveFocus();
      expect(onClear).toHaveBeenCalledTimes(1);
      expect(onChange).toHaveBeenLastCalledWith(
        expect.objectContaining({ target: expect.objectContaining({ value: '' }) }),
      );
      expect(clearButton()).toBeNull();
    });

    it('clears with Escape when it has a value and lets Escape through when empty', async () => {
      const onClear = vi.fn();
      const outer = vi.fn();
      render(
        <div onKeyDown={(event) => outer(event.key)}>
          <SearchField label="Search" onClear={onClear} defaultValue="doric" />
        </div>,
      );
      await userEvent.click(search());
      await userEvent.keyboard('{Escape}');
      expect(search()).toHaveValue('');
      expect(onClear).toHaveBeenCalledTimes(1);
      expect(outer).not.toHaveBeenCalledWith('Escape');
      await userEvent.keyboard('{Escape}');
      expect(onClear).toHaveBeenCalledTimes(1);
      expect(outer).toHaveBeenCalledWith('Escape');
    });

    it('calls onSubmit with the value on Enter', async () => {
      const onSubmit = vi.fn();
      render(<SearchField label="Search" onSubmit={onSubmit} />);
      await userEvent.type(search(), 'ionic{Enter}');
      expect(onSubmit).toHaveBeenCalledWith('ionic');
    });
  });

  describe('controlled', () => {
    it('clears through onChange and loses no keystroke when the parent re-renders', async () => {
      function Parent() {
        const [value, setValue] = useState('');
        return (
          <>
            <SearchField
              label="Search"
              value={value}
              onChange={(event) => setValue(event.target.value)}
            />
            <output>{value}</output>
          </>
        );
      }
      render(<Parent />);
      const text = 'the quick brown fox jumps over the lazy dog';
      await userEvent.type(search(), text, { delay: null });
      expect(search()).toHaveValue(text);
      await userEvent.click(clearButton() as HTMLElement);
      expect(search()).toHaveValue('');
      expect(screen.getByRole('status')).toHaveTextContent('');
      expect(clearButton()).toBeNull();
    });
  });

  describe('given disabled or read-only', () => {
    it('shows no clear button and Escape keeps the read-only value', async () => {
      render(
        <>
          <SearchField label="Disabled" disabled defaultValue="locked" />
          <SearchField label="Read-only" readOnly defaultValue="fixed" />
        </>,
      );
      expect(search('Disabled')).toBeDisabled();
      expect(clearButton()).toBeNull();
      await userEvent.click(search('Read-only'));
      await userEvent.keyboard('x{Escape}');
      expect(search('Read-only')).toHaveValue('fixed');
    });
  });

  describe('in a native form', () => {
    it('submits its name and value; reset restores the value and the clear button', async () => {
      let submitted: FormData | undefined;
      render(
        <form
          onSubmit={(event) => {
            event.preventDefault();
            submitted = new FormData(event.currentTarget);
          }}
        >
          <SearchField label="Search" name="q" defaultValue="temple" />
          <button type="submit">Go</button>
          <button type="reset">Reset</button>
        </form>,
      );
      await userEvent.click(clearButton() as HTMLElement);
      await userEvent.type(search(), 'agora');
      await userEvent.click(screen.getByRole('button', { name: 'Go' }));
      expect(submitted?.get('q')).toBe('agora');
      await userEvent.click(clearButton() as HTMLElement);
      expect(clearButton()).toBeNull();
      await userEvent.click(screen.getByRole('button', { name: 'Reset' }));
      expect(search()).toHaveValue('temple');
      await vi.waitFor(() => expect(clearButton()).not.toBeNull());
    });

    it('works with react-hook-form register, clear included', async () => {
      const onValid = vi.fn();
      function Form() {
        const { register, handleSubmit } = useForm<{ q: string }>({ defaultValues: { q: '' } });
        return (
          <form onSubmit={handleSubmit(onValid)}>
            <SearchField label="Search" {...register('q')} />
            <button type="submit">Go</button>
          </form>
        );
      }
      render(<Form />);
      await userEvent.type(search(), 'stoa');
      await userEvent.click(screen.getByRole('button', { name: 'Go' }));
      await vi.waitFor(() =>
        expect(onValid).toHaveBeenLastCalledWith({ q: 'stoa' }, expect.anything()),
      );
      await userEvent.click(clearButton() as HTMLElement);
      await userEvent.click(screen.getByRole('button', { name: 'Go' }));
      await vi.waitFor(() =>
        expect(onValid).toHaveBeenLastCalledWith({ q: '' }, expect.anything()),
      );
    });
  });

  it('forwards the ref to the <input> and passes native props through', () => {
    const ref = createRef<HTMLInputElement>();
    render(<SearchField label="Search" ref={ref} placeholder="Find…" data-testid="s" />);
    expect(ref.current).toBe(search());
    expect(search()).toHaveAttribute('placeholder', 'Find…');
    expect(search()).toHaveAttribute('data-testid', 's');
  });

  describe('given bad input', () => {
    it('reports a missing label and still renders', () => {
      resetDevErrors();
      const error = vi.spyOn(console, 'error').mockImplementation(() => {});
      // @ts-expect-error label is required by the type; plain-JS callers can still omit it.
      render(<SearchField name="q" />);
      expect(screen.getByRole('searchbox')).toBeInTheDocument();
      expect(error).toHaveBeenCalledWith(
        expect.stringContaining(
          '[Callicrates] SearchField: a form control needs an accessible name',
        ),
      );
      error.mockRestore();
    });
  });

  it('renders on the server', () => {
    const html = renderToString(<SearchField label="Search" name="q" defaultValue="x" />);
    expect(html).toContain('type="search"');
    expect(html).toContain('aria-label="Clear search"');
  });
});
