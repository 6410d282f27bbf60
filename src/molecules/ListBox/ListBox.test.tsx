import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef, useState } from 'react';
import { renderToString } from 'react-dom/server';
import { Controller, useForm } from 'react-hook-form';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { resetDevErrors } from '../../utils';
import { ListBox, type ListBoxItem } from './index';

afterEach(() => {
  resetDevErrors();
  vi.restoreAllMocks();
});

const temples: ListBoxItem<string>[] = [
  { value: 'parthenon', label: 'Parthenon', description: 'Athens' },
  { value: 'erechtheion', label: 'Erechtheion' },
  { value: 'nike', label: 'Temple of Athena Nike', disabled: true },
  {
    label: 'Outside Athens',
    options: [
      { value: 'apollo', label: 'Temple of Apollo' },
      { value: 'hera', label: 'Heraion' },
    ],
  },
];

const listbox = () => screen.getByRole('listbox');
const option = (name: string) => screen.getByRole('option', { name });
const active = () => {
  const id = listbox().getAttribute('aria-activedescendant');
  return id ? document.getElementById(id) : null;
};

describe('ListBox', () => {
  describe('given a label and options', () => {
    it('is a listbox named by its label, described by description and error, with options and groups', () => {
      render(
        <ListBox
          label="Temple"
          description="Pick one to visit."
          error="Choose a temple."
          options={temples}
          required
        />,
      );
      expect(listbox()).toHaveAccessibleName('Temple');
      expect(listbox()).toHaveAccessibleDescription('Pick one to visit. Choose a temple.');
      expect(listbox()).toHaveAttribute('aria-invalid', 'true');
      expect(listbox()).toHaveAttribute('aria-required', 'true');
      expect(listbox()).not.toHaveAttribute('aria-multiselectable');
      expect(option('Parthenon')).toHaveAccessibleDescription('Athens');
      expect(option('Temple of Athena Nike')).toHaveAttribute('aria-disabled', 'true');
      expect(screen.getByRole('group', { name: 'Outside Athens' })).toContainElement(
        option('Heraion'),
      );
    });

    it('writes the size as data-size, none at the md default', () => {
      const { container, rerender } = render(<ListBox label="T" options={temples} />);
      expect(container.firstElementChild).not.toHaveAttribute('data-size');
      rerender(<ListBox label="T" options={temples} size="sm" />);
      expect(container.firstElementChild).toHaveAttribute('data-size', 'sm');
      expect(listbox()).toHaveAttribute('data-size', 'sm');
    });

    it('shows the empty label when there are no options', () => {
      render(<ListBox label="Temple" options={[]} emptyLabel="Nothing to show" />);
      expect(screen.getByText('Nothing to show')).toBeInTheDocument();
    });
  });

  describe('with the mouse', () => {
    it('chooses a pressed option, reports its value, and ignores a disabled one', async () => {
      const onValueChange = vi.fn();
      render(<ListBox label="Temple" options={temples} onValueChange={onValueChange} />);
      await userEvent.click(option('Temple of Athena Nike'));
      expect(onValueChange).not.toHaveBeenCalled();
      await userEvent.click(option('Heraion'));
      expect(onValueChange).toHaveBeenCalledWith('hera');
      expect(option('Heraion')).toHaveAttribute('aria-selected', 'true');
      expect(listbox()).toHaveFocus();
    });

    it('toggles options with `multiple`, reporting the list', async () => {
      const onValueChange = vi.fn();
      render(
        <ListBox
          label="Temples"
          options={temples}
          multiple
          defaultValue={['apollo']}
          onValueChange={onValueChange}
        />,
      );
      expect(listbox()).toHaveAttribute('aria-multiselectable', 'true');
      await userEvent.click(option('Parthenon'));
      expect(onValueChange).toHaveBeenLastCalledWith(['apollo', 'parthenon']);
      await userEvent.click(option('Temple of Apollo'));
      expect(onValueChange).toHaveBeenLastCalledWith(['parthenon']);
    });
  });

  describe('with the keyboard (APG listbox)', () => {
    it('makes the chosen option active on focus, else the first; DOM focus stays on the list', async () => {
      const { unmount } = render(<ListBox label="Temple" options={temples} defaultValue="hera" />);
      await userEvent.tab();
      expect(listbox()).toHaveFocus();
      expect(active()).toBe(option('Heraion'));
      unmount();
      render(<ListBox label="Temple" options={temples} />);
      await userEvent.tab();
      expect(active()).toBe(option('Parthenon'));
    });

    it('moves with the arrows, Home and End, skipping disabled options, and chooses with Space and Enter', async () => {
      const onValueChange = vi.fn();
      render(<ListBox label="Temple" options={temples} onValueChange={onValueChange} />);
      await userEvent.tab();
      await userEvent.keyboard('{ArrowDown}{ArrowDown}');
      expect(active()).toBe(option('Temple of Apollo'));
      expect(active()).toHaveAttribute('data-focus-visible');
      await userEvent.keyboard('{ArrowUp}');
      expect(active()).toBe(option('Erechtheion'));
      await userEvent.keyboard('{End}');
      expect(active()).toBe(option('Heraion'));
      await userEvent.keyboard(' ');
      expect(onValueChange).toHaveBeenLastCalledWith('hera');
      await userEvent.keyboard('{Home}{Enter}');
      expect(onValueChange).toHaveBeenLastCalledWith('parthenon');
      expect(option('Parthenon')).toHaveAttribute('aria-selected', 'true');
      expect(option('Heraion')).toHaveAttribute('aria-selected', 'false');
    });

    it('jumps to an option by typing its first letters', async () => {
      render(<ListBox label="Temple" options={temples} />);
      await userEvent.tab();
      await userEvent.keyboard('h');
      expect(active()).toBe(option('Heraion'));
      await userEvent.keyboard('{Home}');
      await userEvent.keyboard('te');
      expect(active()).toBe(option('Temple of Apollo'));
    });

    it('extends a multiple selection with Shift+arrows and chooses all with Ctrl+A', async () => {
      const onValueChange = vi.fn();
      render(<ListBox label="Temples" options={temples} multiple onValueChange={onValueChange} />);
      await userEvent.tab();
      await userEvent.keyboard(' ');
      expect(onValueChange).toHaveBeenLastCalledWith(['parthenon']);
      await userEvent.keyboard('{Shift>}{ArrowDown}{/Shift}');
      expect(onValueChange).toHaveBeenLastCalledWith(['parthenon', 'erechtheion']);
      await userEvent.keyboard('{Control>}a{/Control}');
      expect(onValueChange).toHaveBeenLastCalledWith([
        'parthenon',
        'erechtheion',
        'apollo',
        'hera',
      ]);
      await userEvent.keyboard('{Control>}a{/Control}');
      expect(onValueChange).toHaveBeenLastCalledWith([]);
    });

    it('forgets the active option when focus leaves', async () => {
      render(
        <>
          <ListBox label="Temple" options={temples} />
          <button type="button">After</button>
        </>,
      );
      await userEvent.tab();
      expect(active()).not.toBeNull();
      await userEvent.tab();
      expect(listbox()).not.toHaveAttribute('aria-activedescendant');
    });
  });

  describe('when disabled', () => {
    it('is out of the tab order, ignores presses and submits nothing', async () => {
      const onValueChange = vi.fn();
      let submitted: FormData | undefined;
      render(
        <form
          onSubmit={(event) => {
            event.preventDefault();
            submitted = new FormData(event.currentTarget);
          }}
        >
          <ListBox
            label="Temple"
            options={temples}
            disabled
            name="temple"
            defaultValue="hera"
            onValueChange={onValueChange}
          />
          <button type="submit">Send</button>
        </form>,
      );
      expect(listbox()).toHaveAttribute('aria-disabled', 'true');
      expect(listbox()).toHaveAttribute('tabindex', '-1');
      await userEvent.click(option('Parthenon'));
      expect(onValueChange).not.toHaveBeenCalled();
      await userEvent.click(screen.getByRole('button', { name: 'Send' }));
      expect(submitted?.has('temple')).toBe(false);
    });

    it('shows no active option when a press focuses it', async () => {
      render(<ListBox label="Temple" options={temples} disabled defaultValue="hera" />);
      await userEvent.click(listbox());
      expect(listbox()).toHaveFocus();
      for (const item of screen.getAllByRole('option')) {
        expect(item).not.toHaveAttribute('data-active');
      }
    });
  });

  describe('in a native form', () => {
    it('submits each chosen value under its name and returns to the default on reset', async () => {
      let submitted: FormData | undefined;
      render(
        <form
          onSubmit={(event) => {
            event.preventDefault();
            submitted = new FormData(event.currentTarget);
          }}
        >
          <ListBox
            label="Temples"
            options={temples}
            multiple
            name="temples"
            defaultValue={['hera']}
          />
          <ListBox label="Favourite" options={temples} name="favourite" />
          <button type="submit">Send</button>
          <button type="reset">Reset</button>
        </form>,
      );
      await userEvent.click(screen.getAllByRole('option', { name: 'Parthenon' })[0]!);
      await userEvent.click(screen.getByRole('button', { name: 'Send' }));
      expect(submitted?.getAll('temples')).toEqual(['hera', 'parthenon']);
      expect(submitted?.get('favourite')).toBe('');
      await userEvent.click(screen.getByRole('button', { name: 'Reset' }));
      await vi.waitFor(() =>
        expect(screen.getAllByRole('option', { name: 'Parthenon' })[0]).toHaveAttribute(
          'aria-selected',
          'false',
        ),
      );
      await userEvent.click(screen.getByRole('button', { name: 'Send' }));
      expect(submitted?.getAll('temples')).toEqual(['hera']);
    });

    it('returns to the default on form.reset() without calling onValueChange', async () => {
      const onValueChange = vi.fn();
      let submitted: FormData | undefined;
      render(
        <form
          onSubmit={(event) => {
            event.preventDefault();
            submitted = new FormData(event.currentTarget);
          }}
        >
          <ListBox
            label="Temples"
            options={temples}
            multiple
            name="temples"
            defaultValue={['hera']}
            onValueChange={onValueChange}
          />
          <button type="submit">Send</button>
        </form>,
      );
      await userEvent.click(option('Parthenon'));
      expect(onValueChange).toHaveBeenLastCalledWith(['hera', 'parthenon']);
      onValueChange.mockClear();

      act(() => listbox().closest('form')!.reset());
      await vi.waitFor(() => expect(option('Parthenon')).toHaveAttribute('aria-selected', 'false'));
      expect(option('Heraion')).toHaveAttribute('aria-selected', 'true');
      expect(onValueChange).not.toHaveBeenCalled();
      await userEvent.click(screen.getByRole('button', { name: 'Send' }));
      expect(submitted?.getAll('temples')).toEqual(['hera']);
    });

    it('submits numbers as their text, and keeps them numbers in onValueChange', async () => {
      const onValueChange = vi.fn();
      let submitted: FormData | undefined;
      render(
        <form
          onSubmit={(event) => {
            event.preventDefault();
            submitted = new FormData(event.currentTarget);
          }}
        >
          <ListBox label="Year" options={[432, 447]} name="year" onValueChange={onValueChange} />
          <button type="submit">Send</button>
        </form>,
      );
      await userEvent.click(option('447'));
      expect(onValueChange).toHaveBeenCalledWith(447);
      await userEvent.click(screen.getByRole('button', { name: 'Send' }));
      expect(submitted?.get('year')).toBe('447');
    });

    it('works with a react-hook-form Controller (value, onValueChange, ref focuses on error)', async () => {
      const onValid = vi.fn();
      function Form() {
        const { control, handleSubmit } = useForm<{ temples: string[] }>({
          defaultValues: { temples: [] },
        });
        return (
          <form onSubmit={handleSubmit(onValid)}>
            <Controller
              control={control}
              name="temples"
              rules={{ validate: (value) => value.length > 0 || 'Choose at least one.' }}
              render={({ field, fieldState }) => (
                <ListBox
                  label="Temples"
                  options={temples}
                  multiple
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
      expect(await screen.findByText('Choose at least one.')).toBeInTheDocument();
      expect(listbox()).toHaveFocus();
      await userEvent.click(option('Heraion'));
      await userEvent.click(screen.getByRole('button', { name: 'Send' }));
      await vi.waitFor(() =>
        expect(onValid).toHaveBeenCalledWith({ temples: ['hera'] }, expect.anything()),
      );
    });
  });

  describe('controlled', () => {
    it('shows the value the parent holds and keeps it when the parent ignores a change', async () => {
      function Parent() {
        const [value, setValue] = useState<string | null>('apollo');
        return (
          <>
            <ListBox label="Temple" options={temples} value={value} onValueChange={setValue} />
            <output>{String(value)}</output>
          </>
        );
      }
      render(<Parent />);
      await userEvent.click(option('Heraion'));
      expect(screen.getByText('hera')).toBeInTheDocument();
      render(<ListBox label="Fixed" options={[1, 2]} value={1} onValueChange={() => {}} />);
      await userEvent.click(screen.getByRole('option', { name: '2' }));
      expect(screen.getByRole('option', { name: '1' })).toHaveAttribute('aria-selected', 'true');
    });
  });

  it('forwards the ref to the listbox and passes native props through', () => {
    const ref = createRef<HTMLDivElement>();
    render(<ListBox label="Temple" options={temples} ref={ref} data-testid="list" />);
    expect(ref.current).toBe(listbox());
    expect(listbox()).toHaveAttribute('data-testid', 'list');
  });

  describe('given bad input', () => {
    it('reports a list with no accessible name, and still renders', () => {
      const error = vi.spyOn(console, 'error').mockImplementation(() => {});
      // @ts-expect-error label is required by the type; plain-JS callers can still omit it.
      render(<ListBox options={temples} />);
      expect(listbox()).toBeInTheDocument();
      expect(error).toHaveBeenCalledWith(
        expect.stringContaining('[Callicrates] ListBox: a form control needs an accessible name'),
      );
    });

    it('reports an array value without `multiple` and a single value with it, using the first', () => {
      const error = vi.spyOn(console, 'error').mockImplementation(() => {});
      render(
        <>
          <ListBox label="One" options={temples} value={['hera', 'apollo'] as never} />
          <ListBox label="Several" options={temples} multiple defaultValue={'hera' as never} />
        </>,
      );
      const [one, several] = screen.getAllByRole('listbox');
      expect(within(one!).getByRole('option', { name: 'Heraion' })).toHaveAttribute(
        'aria-selected',
        'true',
      );
      expect(within(one!).getByRole('option', { name: 'Temple of Apollo' })).toHaveAttribute(
        'aria-selected',
        'false',
      );
      expect(within(several!).getByRole('option', { name: 'Heraion' })).toHaveAttribute(
        'aria-selected',
        'true',
      );
      expect(error).toHaveBeenCalledWith(
        '[Callicrates] ListBox: `value` and `defaultValue` are one value (or null) unless `multiple` is set; only the first item of the array is used.',
      );
      expect(error).toHaveBeenCalledWith(
        '[Callicrates] ListBox: with `multiple`, `value` and `defaultValue` are arrays of values.',
      );
    });

    it('keeps and submits a value missing from the options, and reports it', async () => {
      const error = vi.spyOn(console, 'error').mockImplementation(() => {});
      let submitted: FormData | undefined;
      render(
        <form
          onSubmit={(event) => {
            event.preventDefault();
            submitted = new FormData(event.currentTarget);
          }}
        >
          <ListBox
            label="Temples"
            options={temples}
            name="temples"
            multiple
            defaultValue={['troy', 'hera']}
          />
          <button type="submit">Send</button>
        </form>,
      );
      expect(option('Heraion')).toHaveAttribute('aria-selected', 'true');
      expect(error).toHaveBeenCalledWith(
        expect.stringContaining('[Callicrates] ListBox: the value "troy" is not among the options'),
      );
      expect(error).toHaveBeenCalledTimes(1);
      await userEvent.click(screen.getByRole('button', { name: 'Send' }));
      expect(submitted?.getAll('temples')).toEqual(['troy', 'hera']);
    });

    it('says nothing about values that are among the options', () => {
      const error = vi.spyOn(console, 'error').mockImplementation(() => {});
      render(
        <>
          <ListBox label="One" options={temples} defaultValue="hera" />
          <ListBox
            label="Several"
            options={[432, 447]}
            multiple
            value={[447]}
            onValueChange={() => {}}
          />
        </>,
      );
      expect(error).not.toHaveBeenCalled();
    });

    it('reports options that are not an array, and renders an empty list', () => {
      const error = vi.spyOn(console, 'error').mockImplementation(() => {});
      render(<ListBox label="Temple" options={'a,b' as unknown as string[]} />);
      expect(screen.queryAllByRole('option')).toHaveLength(0);
      expect(error).toHaveBeenCalledWith(expect.stringContaining('`options` must be an array'));
    });
  });

  it('renders on the server without touching the window', () => {
    const html = renderToString(
      <ListBox label="Temple" options={temples} name="temple" defaultValue="hera" />,
    );
    expect(html).toContain('role="listbox"');
    expect(html).toContain('aria-selected="true"');
    expect(html).toContain('name="temple" value="hera"');
  });
});
