import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef, useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { resetDevErrors } from '../../utils';
import { Dialog } from '../Dialog';
import { Select, type SelectItem } from './index';

afterEach(() => {
  resetDevErrors();
  vi.restoreAllMocks();
});

const cities: SelectItem<string>[] = [
  { value: 'athens', label: 'Athens', description: 'Attica' },
  { value: 'corinth', label: 'Corinth' },
  { value: 'delphi', label: 'Delphi', disabled: true },
  {
    label: 'Islands',
    options: [
      { value: 'naxos', label: 'Naxos' },
      { value: 'rhodes', label: 'Rhodes' },
    ],
  },
  { value: 'sparta', label: 'Sparta' },
];

const trigger = () => screen.getByRole('combobox');
const listbox = () => screen.getByRole('listbox');
const option = (name: string) => screen.getByRole('option', { name });
const active = () => {
  const id = trigger().getAttribute('aria-activedescendant');
  return id ? document.getElementById(id) : null;
};

describe('Select', () => {
  describe('given a label and options', () => {
    it('is a closed select-only combobox named by its label, showing the placeholder', () => {
      render(
        <Select
          label="City"
          description="Where the tour starts."
          error="Choose a city."
          options={cities}
          required
        />,
      );
      expect(trigger().tagName).toBe('BUTTON');
      expect(trigger()).toHaveAccessibleName('City');
      expect(trigger()).toHaveAccessibleDescription('Where the tour starts. Choose a city.');
      expect(trigger()).toHaveAttribute('aria-expanded', 'false');
      expect(trigger()).toHaveAttribute('aria-haspopup', 'listbox');
      expect(trigger()).toHaveAttribute('aria-invalid', 'true');
      expect(trigger()).toHaveAttribute('aria-required', 'true');
      expect(trigger()).toHaveTextContent('Select…');
      expect(screen.queryByRole('listbox')).toBeNull();
      expect(screen.queryAllByRole('option')).toHaveLength(0);
    });

    it('shows the chosen option’s label, a count or tags', () => {
      const { rerender } = render(<Select label="City" options={cities} defaultValue="naxos" />);
      expect(trigger()).toHaveTextContent('Naxos');
      rerender(<Select label="Cities" options={cities} multiple value={['naxos', 'sparta']} />);
      expect(trigger()).toHaveTextContent('2 selected');
      rerender(
        <Select
          label="Cities"
          options={cities}
          multiple
          value={['naxos', 'sparta']}
          valueDisplay="tags"
        />,
      );
      expect(within(trigger()).getByText('Naxos')).toHaveAttribute('data-part', 'tag');
      expect(within(trigger()).getByText('Sparta')).toHaveAttribute('data-part', 'tag');
    });

    it('writes size and states as data attributes, none for the defaults', () => {
      const { rerender } = render(<Select label="City" options={cities} />);
      const box = () => trigger().parentElement!;
      expect(box()).not.toHaveAttribute('data-size');
      expect(box()).not.toHaveAttribute('data-readonly');
      rerender(<Select label="City" options={cities} size="lg" readOnly />);
      expect(box()).toHaveAttribute('data-size', 'lg');
      expect(box()).toHaveAttribute('data-readonly');
    });

    it('focuses the field, without opening it, when the label is pressed', async () => {
      render(<Select label="City" options={cities} />);
      await userEvent.click(screen.getByText('City'));
      expect(trigger()).toHaveFocus();
      expect(trigger()).toHaveAttribute('aria-expanded', 'false');
    });
  });

  describe('with the mouse', () => {
    it('opens on a press with the chosen option active, chooses one and closes, focus staying on the field', async () => {
      const onValueChange = vi.fn();
      const onOpenChange = vi.fn();
      render(
        <Select
          label="City"
          options={cities}
          defaultValue="corinth"
          onValueChange={onValueChange}
          onOpenChange={onOpenChange}
        />,
      );
      await userEvent.click(trigger());
      expect(onOpenChange).toHaveBeenLastCalledWith(true);
      expect(trigger()).toHaveAttribute('aria-expanded', 'true');
      expect(trigger()).toHaveAttribute('aria-controls', listbox().id);
      expect(listbox()).toHaveAccessibleName('City');
      expect(active()).toBe(option('Corinth'));
      expect(option('Corinth')).toHaveAttribute('aria-selected', 'true');
      expect(screen.getByRole('group', { name: 'Islands' })).toContainElement(option('Naxos'));
      await userEvent.click(option('Rhodes'));
      expect(onValueChange).toHaveBeenCalledWith('rhodes');
      expect(onOpenChange).toHaveBeenLastCalledWith(false);
      expect(screen.queryByRole('listbox')).toBeNull();
      expect(trigger()).toHaveTextContent('Rhodes');
      expect(trigger()).toHaveFocus();
      expect(trigger()).not.toHaveAttribute('aria-activedescendant');
    });

    it('does not choose a disabled option', async () => {
      const onValueChange = vi.fn();
      render(<Select label="City" options={cities} onValueChange={onValueChange} />);
      await userEvent.click(trigger());
      await userEvent.click(option('Delphi'));
      expect(onValueChange).not.toHaveBeenCalled();
      expect(listbox()).toBeInTheDocument();
    });

    it('toggles options with `multiple` and stays open', async () => {
      const onValueChange = vi.fn();
      render(<Select label="Cities" options={cities} multiple onValueChange={onValueChange} />);
      await userEvent.click(trigger());
      expect(listbox()).toHaveAttribute('aria-multiselectable', 'true');
      await userEvent.click(option('Naxos'));
      await userEvent.click(option('Athens'));
      expect(onValueChange).toHaveBeenLastCalledWith(['naxos', 'athens']);
      await userEvent.click(option('Naxos'));
      expect(onValueChange).toHaveBeenLastCalledWith(['athens']);
      expect(listbox()).toBeInTheDocument();
      expect(trigger()).toHaveTextContent('Athens');
    });

    it('closes on a press outside without choosing, and on a second press of the field', async () => {
      const onValueChange = vi.fn();
      render(
        <>
          <Select label="City" options={cities} onValueChange={onValueChange} />
          <button type="button">Elsewhere</button>
        </>,
      );
      await userEvent.click(trigger());
      await userEvent.click(screen.getByRole('button', { name: 'Elsewhere' }));
      expect(screen.queryByRole('listbox')).toBeNull();
      expect(screen.getByRole('button', { name: 'Elsewhere' })).toHaveFocus();
      await userEvent.click(trigger());
      await userEvent.click(trigger());
      expect(screen.queryByRole('listbox')).toBeNull();
      expect(onValueChange).not.toHaveBeenCalled();
    });

    it('clears with the clear button of a clearable field and gives focus back', async () => {
      const onValueChange = vi.fn();
      render(
        <Select
          label="City"
          options={cities}
          clearable
          defaultValue="sparta"
          onValueChange={onValueChange}
        />,
      );
      await userEvent.click(screen.getByRole('button', { name: 'Clear selection' }));
      expect(onValueChange).toHaveBeenCalledWith(null);
      expect(trigger()).toHaveTextContent('Select…');
      expect(trigger()).toHaveFocus();
      expect(screen.queryByRole('button', { name: 'Clear selection' })).toBeNull();
    });
  });

  describe('with the keyboard (APG select-only combobox)', () => {
    it.each(['{ArrowDown}', '{ArrowUp}', '{Enter}', ' ', '{Alt>}{ArrowDown}{/Alt}'])(
      '%s opens the list with the chosen option active',
      async (keys) => {
        render(<Select label="City" options={cities} defaultValue="naxos" />);
        await userEvent.tab();
        await userEvent.keyboard(keys);
        expect(trigger()).toHaveAttribute('aria-expanded', 'true');
        expect(active()).toBe(option('Naxos'));
        expect(active()).toHaveAttribute('data-focus-visible');
        expect(trigger()).toHaveFocus();
      },
    );

    it('opens at the first option without a value, and at the first or last with Home and End', async () => {
      render(<Select label="City" options={cities} />);
      await userEvent.tab();
      await userEvent.keyboard('{ArrowDown}');
      expect(active()).toBe(option('Athens'));
      await userEvent.keyboard('{Escape}{End}');
      expect(active()).toBe(option('Sparta'));
      await userEvent.keyboard('{Escape}{Home}');
      expect(active()).toBe(option('Athens'));
    });

    it('moves the active option with the arrows, Home, End and Page keys, skipping disabled ones', async () => {
      render(<Select label="City" options={cities} />);
      await userEvent.tab();
      await userEvent.keyboard('{ArrowDown}{ArrowDown}{ArrowDown}');
      expect(active()).toBe(option('Naxos'));
      await userEvent.keyboard('{ArrowUp}');
      expect(active()).toBe(option('Corinth'));
      await userEvent.keyboard('{End}');
      expect(active()).toBe(option('Sparta'));
      await userEvent.keyboard('{ArrowDown}');
      expect(active()).toBe(option('Sparta'));
      await userEvent.keyboard('{PageUp}');
      expect(active()).toBe(option('Athens'));
      await userEvent.keyboard('{PageDown}');
      expect(active()).toBe(option('Sparta'));
    });

    it('chooses with Enter and with Space, and closes', async () => {
      const onValueChange = vi.fn();
      render(<Select label="City" options={cities} onValueChange={onValueChange} />);
      await userEvent.tab();
      await userEvent.keyboard('{ArrowDown}{ArrowDown}{Enter}');
      expect(onValueChange).toHaveBeenLastCalledWith('corinth');
      expect(trigger()).toHaveAttribute('aria-expanded', 'false');
      await userEvent.keyboard(' {ArrowDown} ');
      expect(onValueChange).toHaveBeenLastCalledWith('naxos');
      expect(trigger()).toHaveAttribute('aria-expanded', 'false');
      expect(trigger()).toHaveFocus();
    });

    it('closes on Escape without choosing, and the Escape goes no further', async () => {
      const onValueChange = vi.fn();
      const outer = vi.fn();
      render(
        <div onKeyDown={(event) => event.key === 'Escape' && outer(event.defaultPrevented)}>
          <Select label="City" options={cities} onValueChange={onValueChange} />
        </div>,
      );
      await userEvent.tab();
      await userEvent.keyboard('{ArrowDown}{ArrowDown}{Escape}');
      expect(trigger()).toHaveAttribute('aria-expanded', 'false');
      expect(onValueChange).not.toHaveBeenCalled();
      expect(outer).toHaveBeenCalledWith(true);
      expect(trigger()).toHaveFocus();
    });

    it('chooses the active option on Tab (APG), closes, and lets focus move on', async () => {
      const onValueChange = vi.fn();
      render(
        <>
          <Select label="City" options={cities} onValueChange={onValueChange} />
          <button type="button">Next</button>
        </>,
      );
      await userEvent.tab();
      await userEvent.keyboard('{ArrowDown}{ArrowDown}');
      await userEvent.tab();
      expect(onValueChange).toHaveBeenCalledWith('corinth');
      expect(screen.queryByRole('listbox')).toBeNull();
      expect(screen.getByRole('button', { name: 'Next' })).toHaveFocus();
    });

    it('chooses and closes with Alt+ArrowUp', async () => {
      const onValueChange = vi.fn();
      render(<Select label="City" options={cities} onValueChange={onValueChange} />);
      await userEvent.tab();
      await userEvent.keyboard('{End}{Alt>}{ArrowUp}{/Alt}');
      expect(onValueChange).toHaveBeenCalledWith('sparta');
      expect(trigger()).toHaveAttribute('aria-expanded', 'false');
    });

    it('opens at the first match when typing on the closed field, and moves by typing while open', async () => {
      render(<Select label="City" options={cities} />);
      await userEvent.tab();
      await userEvent.keyboard('r');
      expect(trigger()).toHaveAttribute('aria-expanded', 'true');
      expect(active()).toBe(option('Rhodes'));
      await userEvent.keyboard('{Home}s');
      expect(active()).toBe(option('Sparta'));
    });

    it('toggles with Space and Enter, extends with Shift+arrows and chooses all with Ctrl+A when multiple', async () => {
      const onValueChange = vi.fn();
      render(<Select label="Cities" options={cities} multiple onValueChange={onValueChange} />);
      await userEvent.tab();
      await userEvent.keyboard('{ArrowDown} ');
      expect(onValueChange).toHaveBeenLastCalledWith(['athens']);
      expect(trigger()).toHaveAttribute('aria-expanded', 'true');
      await userEvent.keyboard('{Shift>}{ArrowDown}{/Shift}');
      expect(onValueChange).toHaveBeenLastCalledWith(['athens', 'corinth']);
      await userEvent.keyboard('{Enter}');
      expect(onValueChange).toHaveBeenLastCalledWith(['athens']);
      await userEvent.keyboard('{Control>}a{/Control}');
      expect(onValueChange).toHaveBeenLastCalledWith([
        'athens',
        'corinth',
        'naxos',
        'rhodes',
        'sparta',
      ]);
      await userEvent.keyboard('{Escape}');
      expect(trigger()).toHaveTextContent('5 selected');
    });

    it('clears a clearable field with Escape when closed, and only then', async () => {
      const onValueChange = vi.fn();
      render(
        <Select
          label="City"
          options={cities}
          clearable
          defaultValue="athens"
          onValueChange={onValueChange}
        />,
      );
      await userEvent.tab();
      await userEvent.keyboard('{ArrowDown}{Escape}');
      expect(onValueChange).not.toHaveBeenCalled();
      await userEvent.keyboard('{Escape}');
      expect(onValueChange).toHaveBeenCalledWith(null);
    });
  });

  describe('at 10,000 options', () => {
    const many = Array.from({ length: 10_000 }, (_, index) => ({
      value: index,
      label: `Option ${index}`,
    }));

    it('renders no option while closed and at most 60 when open, the chosen one in view', async () => {
      render(<Select label="Number" options={many} defaultValue={9000} />);
      expect(trigger()).toHaveTextContent('Option 9000');
      expect(screen.queryAllByRole('option')).toHaveLength(0);
      await userEvent.click(trigger());
      expect(screen.getAllByRole('option').length).toBeLessThanOrEqual(60);
      expect(active()).toBe(option('Option 9000'));
      expect(option('Option 9000')).toHaveAttribute('aria-setsize', '10000');
    });

    it('keeps the active option rendered as End and typing jump across the window', async () => {
      render(<Select label="Number" options={many} />);
      await userEvent.tab();
      await userEvent.keyboard('{End}');
      expect(active()).toBe(option('Option 9999'));
      await userEvent.keyboard('{Home}');
      expect(active()).toBe(option('Option 0'));
      for (let i = 0; i < 30; i += 1) await userEvent.keyboard('{PageDown}');
      expect(active()).not.toBeNull();
      expect(screen.getAllByRole('option').length).toBeLessThanOrEqual(60);
    });
  });

  describe('when disabled or read-only', () => {
    it('cannot be opened; read-only stays focusable', async () => {
      const { unmount } = render(<Select label="City" options={cities} disabled />);
      expect(trigger()).toBeDisabled();
      unmount();
      render(<Select label="City" options={cities} readOnly defaultValue="athens" clearable />);
      await userEvent.click(trigger());
      expect(trigger()).toHaveFocus();
      expect(trigger()).toHaveAttribute('aria-readonly', 'true');
      await userEvent.keyboard('{ArrowDown}{Escape}');
      expect(screen.queryByRole('listbox')).toBeNull();
      expect(trigger()).toHaveTextContent('Athens');
      expect(screen.queryByRole('button', { name: 'Clear selection' })).toBeNull();
    });
  });

  describe('controlled open state', () => {
    it('opens when asked and reports closing requests', async () => {
      const onOpenChange = vi.fn();
      const { rerender } = render(
        <Select label="City" options={cities} open={false} onOpenChange={onOpenChange} />,
      );
      rerender(<Select label="City" options={cities} open onOpenChange={onOpenChange} />);
      expect(listbox()).toBeInTheDocument();
      await userEvent.click(option('Athens'));
      expect(onOpenChange).toHaveBeenLastCalledWith(false);
      expect(listbox()).toBeInTheDocument();
    });
  });

  describe('inside a Dialog', () => {
    it('closes alone on Escape: the dialog stays open', async () => {
      const onDialogOpenChange = vi.fn();
      render(
        <Dialog title="Trip" open onOpenChange={onDialogOpenChange}>
          <Select label="City" options={cities} />
        </Dialog>,
      );
      await userEvent.click(trigger());
      expect(listbox()).toBeInTheDocument();
      expect(screen.getByRole('dialog')).toContainElement(listbox());
      await userEvent.keyboard('{Escape}');
      expect(screen.queryByRole('listbox')).toBeNull();
      expect(onDialogOpenChange).not.toHaveBeenCalled();
      await userEvent.keyboard('{Escape}');
      expect(onDialogOpenChange).toHaveBeenCalledWith(false);
    });
  });

  describe('in a native form', () => {
    it('submits under its name, one entry per value, and returns to the default on reset', async () => {
      let submitted: FormData | undefined;
      render(
        <form
          onSubmit={(event) => {
            event.preventDefault();
            submitted = new FormData(event.currentTarget);
          }}
        >
          <Select label="City" options={cities} name="city" defaultValue="athens" />
          <Select label="Stops" options={cities} name="stops" multiple />
          <Select label="Nothing" options={cities} name="none" />
          <button type="submit">Send</button>
          <button type="reset">Reset</button>
        </form>,
      );
      const [city, stops] = screen.getAllByRole('combobox');
      await userEvent.click(city!);
      await userEvent.click(option('Sparta'));
      await userEvent.click(stops!);
      await userEvent.click(option('Naxos'));
      await userEvent.click(option('Rhodes'));
      await userEvent.keyboard('{Escape}');
      await userEvent.click(screen.getByRole('button', { name: 'Send' }));
      expect(submitted?.get('city')).toBe('sparta');
      expect(submitted?.getAll('stops')).toEqual(['naxos', 'rhodes']);
      expect(submitted?.get('none')).toBe('');
      await userEvent.click(screen.getByRole('button', { name: 'Reset' }));
      await vi.waitFor(() => expect(city).toHaveTextContent('Athens'));
      expect(stops).toHaveTextContent('Select…');
      await userEvent.click(screen.getByRole('button', { name: 'Send' }));
      expect(submitted?.get('city')).toBe('athens');
      expect(submitted?.has('stops')).toBe(false);
    });

    it('returns to the default on form.reset() without calling onValueChange', async () => {
      const onCityChange = vi.fn();
      const onStopsChange = vi.fn();
      let submitted: FormData | undefined;
      render(
        <form
          onSubmit={(event) => {
            event.preventDefault();
            submitted = new FormData(event.currentTarget);
          }}
        >
          <Select
            label="City"
            options={cities}
            name="city"
            defaultValue="athens"
            onValueChange={onCityChange}
          />
          <Select
            label="Stops"
            options={cities}
            name="stops"
            multiple
            defaultValue={['naxos']}
            onValueChange={onStopsChange}
          />
          <button type="submit">Send</button>
        </form>,
      );
      const [city, stops] = screen.getAllByRole('combobox');
      await userEvent.click(city!);
      await userEvent.click(option('Sparta'));
      await userEvent.click(stops!);
      await userEvent.click(option('Rhodes'));
      await userEvent.keyboard('{Escape}');
      expect(onCityChange).toHaveBeenLastCalledWith('sparta');
      expect(onStopsChange).toHaveBeenLastCalledWith(['naxos', 'rhodes']);
      onCityChange.mockClear();
      onStopsChange.mockClear();

      act(() => city!.closest('form')!.reset());
      await vi.waitFor(() => expect(city).toHaveTextContent('Athens'));
      expect(stops).toHaveTextContent('Naxos');
      expect(onCityChange).not.toHaveBeenCalled();
      expect(onStopsChange).not.toHaveBeenCalled();
      await userEvent.click(screen.getByRole('button', { name: 'Send' }));
      expect(submitted?.getAll('city')).toEqual(['athens']);
      expect(submitted?.getAll('stops')).toEqual(['naxos']);
    });

    it('blocks a native submit while a required field is empty, and hands focus to the field', async () => {
      const onSubmit = vi.fn((event: React.FormEvent) => event.preventDefault());
      render(
        <form onSubmit={onSubmit}>
          <Select label="City" options={cities} name="city" required />
          <button type="submit">Send</button>
        </form>,
      );
      const form = trigger().closest('form')!;
      expect(form.checkValidity()).toBe(false);
      const proxy = form.querySelector('select')!;
      act(() => proxy.focus());
      expect(trigger()).toHaveFocus();
      await userEvent.click(trigger());
      await userEvent.click(option('Corinth'));
      expect(form.checkValidity()).toBe(true);
      await userEvent.click(screen.getByRole('button', { name: 'Send' }));
      expect(onSubmit).toHaveBeenCalled();
    });

    it('works with a react-hook-form Controller, focusing the field on an error', async () => {
      const onValid = vi.fn();
      function Form() {
        const { control, handleSubmit } = useForm<{ city: string | null }>({
          defaultValues: { city: null },
        });
        return (
          <form onSubmit={handleSubmit(onValid)}>
            <Controller
              control={control}
              name="city"
              rules={{ required: 'Choose a city.' }}
              render={({ field, fieldState }) => (
                <Select
                  label="City"
                  options={cities}
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
      expect(await screen.findByText('Choose a city.')).toBeInTheDocument();
      expect(trigger()).toHaveFocus();
      await userEvent.keyboard('{ArrowDown}{ArrowDown}{Enter}');
      await userEvent.click(screen.getByRole('button', { name: 'Send' }));
      await vi.waitFor(() =>
        expect(onValid).toHaveBeenCalledWith({ city: 'corinth' }, expect.anything()),
      );
    });

    it('follows react-hook-form reset() and setValue() through the Controller', async () => {
      function Form() {
        const { control, reset, setValue } = useForm<{ cities: string[] }>({
          defaultValues: { cities: ['naxos'] },
        });
        return (
          <form>
            <Controller
              control={control}
              name="cities"
              render={({ field }) => (
                <Select
                  label="Cities"
                  options={cities}
                  multiple
                  ref={field.ref}
                  value={field.value}
                  onValueChange={field.onChange}
                />
              )}
            />
            <button type="button" onClick={() => setValue('cities', ['athens', 'sparta'])}>
              Set
            </button>
            <button type="button" onClick={() => reset()}>
              Reset
            </button>
          </form>
        );
      }
      render(<Form />);
      expect(trigger()).toHaveTextContent('Naxos');
      await userEvent.click(screen.getByRole('button', { name: 'Set' }));
      expect(trigger()).toHaveTextContent('2 selected');
      await userEvent.click(screen.getByRole('button', { name: 'Reset' }));
      expect(trigger()).toHaveTextContent('Naxos');
    });
  });

  describe('controlled value', () => {
    it('keeps a numeric value a number and follows the parent', async () => {
      function Parent() {
        const [year, setYear] = useState<number | null>(447);
        return (
          <>
            <Select label="Year" options={[432, 438, 447]} value={year} onValueChange={setYear} />
            <output>{JSON.stringify(year)}</output>
          </>
        );
      }
      render(<Parent />);
      expect(trigger()).toHaveTextContent('447');
      await userEvent.click(trigger());
      await userEvent.click(option('432'));
      expect(screen.getByText('432', { selector: 'output' })).toBeInTheDocument();
    });
  });

  it('forwards the ref to the button and passes native props through', () => {
    const ref = createRef<HTMLButtonElement>();
    render(<Select label="City" options={cities} ref={ref} data-testid="city" autoFocus />);
    expect(ref.current).toBe(trigger());
    expect(trigger()).toHaveAttribute('data-testid', 'city');
    expect(trigger()).toHaveFocus();
  });

  describe('given bad input', () => {
    it('reports a field with no accessible name, and still renders', () => {
      const error = vi.spyOn(console, 'error').mockImplementation(() => {});
      // @ts-expect-error label is required by the type; plain-JS callers can still omit it.
      render(<Select options={cities} />);
      expect(trigger()).toBeInTheDocument();
      expect(error).toHaveBeenCalledWith(
        expect.stringContaining('[Callicrates] Select: a form control needs an accessible name'),
      );
    });

    it('shows a value missing from the options as itself, and reports it', () => {
      const error = vi.spyOn(console, 'error').mockImplementation(() => {});
      render(<Select label="City" options={cities} defaultValue="troy" />);
      expect(trigger()).toHaveTextContent('troy');
      expect(error).toHaveBeenCalledWith(
        expect.stringContaining('the value "troy" is not among the options'),
      );
    });

    it('reports an array value without `multiple`, a single value with it, and open without onOpenChange', () => {
      const error = vi.spyOn(console, 'error').mockImplementation(() => {});
      render(
        <>
          <Select label="A" options={cities} value={['athens', 'sparta'] as never} />
          <Select label="B" options={cities} multiple value={'athens' as never} />
          <Select label="C" options={cities} open={false} />
        </>,
      );
      const [a, b] = screen.getAllByRole('combobox');
      expect(a).toHaveTextContent('Athens');
      expect(b).toHaveTextContent('Athens');
      expect(error).toHaveBeenCalledWith(expect.stringContaining('unless `multiple` is set'));
      expect(error).toHaveBeenCalledWith(
        expect.stringContaining('with `multiple`, `value` and `defaultValue` are arrays'),
      );
      expect(error).toHaveBeenCalledWith(
        expect.stringContaining('`open` is set without `onOpenChange`'),
      );
    });

    it('opens an empty list that says so: named by the label, described by the empty label', async () => {
      const onValueChange = vi.fn();
      render(
        <Select label="Route" options={[]} emptyLabel="No routes" onValueChange={onValueChange} />,
      );
      await userEvent.click(trigger());
      const list = screen.getByRole('listbox', { name: 'Route' });
      expect(trigger()).toHaveAttribute('aria-controls', list.id);
      expect(list).toHaveAccessibleDescription('No routes');
      expect(screen.queryAllByRole('option')).toHaveLength(0);
      expect(trigger()).not.toHaveAttribute('aria-activedescendant');
      await userEvent.keyboard('{Enter}');
      expect(trigger()).toHaveAttribute('aria-expanded', 'false');
      expect(onValueChange).not.toHaveBeenCalled();
      await userEvent.keyboard('{ArrowDown}');
      expect(screen.getByRole('listbox', { name: 'Route' })).toHaveAccessibleDescription(
        'No routes',
      );
    });

    describe('when an empty list opens', () => {
      // DOM focus stays on the field, so only a live region tells a screen reader the list is
      // empty. It is in the page before anything is said (one added with its message is often
      // not read), and is emptied on close, so nothing stale stays.
      it('says the empty label in a polite live region, opened by mouse or keyboard', async () => {
        render(<Select label="Route" options={[]} emptyLabel="No routes" />);
        const status = screen.getByRole('status');
        expect(status).toHaveAttribute('aria-live', 'polite');
        expect(status).toBeEmptyDOMElement();

        await userEvent.click(trigger());
        expect(trigger()).toHaveAttribute('aria-expanded', 'true');
        expect(screen.getByRole('status')).toBe(status);
        expect(status).toHaveTextContent('No routes');
        await userEvent.click(trigger());
        expect(trigger()).toHaveAttribute('aria-expanded', 'false');
        expect(status).toBeEmptyDOMElement();

        await userEvent.keyboard('{ArrowDown}');
        expect(trigger()).toHaveAttribute('aria-expanded', 'true');
        expect(status).toHaveTextContent('No routes');
        await userEvent.keyboard('{Escape}');
        expect(status).toBeEmptyDOMElement();

        await userEvent.keyboard('{Enter}');
        expect(status).toHaveTextContent('No routes');
        await userEvent.tab();
        expect(trigger()).toHaveAttribute('aria-expanded', 'false');
        expect(status).toBeEmptyDOMElement();
      });

      it('says nothing for a list with options', async () => {
        render(<Select label="City" options={cities} />);
        const status = screen.getByRole('status');
        await userEvent.click(trigger());
        expect(listbox()).toBeInTheDocument();
        expect(status).toBeEmptyDOMElement();
        await userEvent.keyboard('{ArrowDown}{ArrowDown}{Enter}');
        expect(status).toBeEmptyDOMElement();
        await userEvent.keyboard('{ArrowDown}');
        expect(status).toBeEmptyDOMElement();
        await userEvent.keyboard('{Escape}');
        expect(status).toBeEmptyDOMElement();
      });
    });

    it('reports options that are not an array, and opens an empty list', async () => {
      const error = vi.spyOn(console, 'error').mockImplementation(() => {});
      render(<Select label="City" options={null as never} emptyLabel="Nothing here" />);
      await userEvent.click(trigger());
      // Shown under the list (which it describes), and said in the live region.
      expect(listbox()).toHaveAccessibleDescription('Nothing here');
      expect(screen.getByRole('status')).toHaveTextContent('Nothing here');
      expect(error).toHaveBeenCalledWith(expect.stringContaining('`options` must be an array'));
    });
  });

  it('hands the pointer’s active option to the keyboard', async () => {
    render(<Select label="City" options={cities} />);
    await userEvent.click(trigger());
    fireEvent.pointerMove(option('Naxos'), { clientX: 5, clientY: 5 });
    expect(active()).toBe(option('Naxos'));
    expect(option('Naxos')).not.toHaveAttribute('data-focus-visible');
    await userEvent.keyboard('{ArrowDown}');
    expect(active()).toBe(option('Rhodes'));
    expect(option('Rhodes')).toHaveAttribute('data-focus-visible');
  });
});
