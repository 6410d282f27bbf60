import { act, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef, useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { resetDevErrors } from '../../utils';
import { Dialog } from '../Dialog';
import { Combobox, containsFilter, type ComboboxItem } from './index';

afterEach(() => {
  resetDevErrors();
  vi.restoreAllMocks();
  vi.useRealTimers();
});

const cities: ComboboxItem<string>[] = [
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
  { value: 'eleusis', label: 'Éleusis' },
];

const input = () => screen.getByRole('combobox') as HTMLInputElement;
const option = (name: string) => screen.getByRole('option', { name });
const names = () =>
  screen
    .queryAllByRole('option')
    .map((element) => element.querySelector('[data-part="label"]')?.textContent);
const active = () => {
  const id = input().getAttribute('aria-activedescendant');
  return id ? document.getElementById(id) : null;
};
const liveRegion = () => screen.getByRole('status');

describe('Combobox', () => {
  describe('given a label and options', () => {
    it('is a closed editable combobox with list autocomplete, named and described', () => {
      render(
        <Combobox
          label="City"
          description="Where the tour starts."
          error="Choose a city."
          options={cities}
          required
        />,
      );
      expect(input().tagName).toBe('INPUT');
      expect(input()).toHaveAccessibleName('City');
      expect(input()).toHaveAccessibleDescription('Where the tour starts. Choose a city.');
      expect(input()).toHaveAttribute('aria-autocomplete', 'list');
      expect(input()).toHaveAttribute('aria-expanded', 'false');
      expect(input()).not.toHaveAttribute('aria-controls');
      expect(input()).toHaveAttribute('aria-invalid', 'true');
      expect(input()).toHaveAttribute('aria-required', 'true');
      expect(screen.queryAllByRole('option')).toHaveLength(0);
      // The polite live region is there before anything is said.
      expect(liveRegion()).toHaveAttribute('aria-live', 'polite');
      expect(liveRegion()).toBeEmptyDOMElement();
    });

    it('shows the chosen option’s label in the input', () => {
      render(<Combobox label="City" options={cities} defaultValue="naxos" />);
      expect(input()).toHaveValue('Naxos');
    });
  });

  describe('filtering', () => {
    it('filters as the user types, ignoring case and accents, keeping sections with a match', async () => {
      render(<Combobox label="City" options={cities} />);
      await userEvent.type(input(), 'o');
      expect(input()).toHaveAttribute('aria-expanded', 'true');
      expect(input()).toHaveAttribute('aria-controls', screen.getByRole('listbox').id);
      expect(names()).toEqual(['Corinth', 'Naxos', 'Rhodes']);
      expect(screen.getByRole('group', { name: 'Islands' })).toBeInTheDocument();
      expect(active()).toBe(option('Corinth'));
      await userEvent.clear(input());
      await userEvent.type(input(), 'ELEU');
      expect(names()).toEqual(['Éleusis']);
      await userEvent.clear(input());
      await userEvent.type(input(), 'éle');
      expect(names()).toEqual(['Éleusis']);
      expect(input()).toHaveFocus();
    });

    it('takes a custom filter', async () => {
      const startsWith = vi.fn((option: { label: string }, query: string) =>
        option.label.toLowerCase().startsWith(query.toLowerCase()),
      );
      render(<Combobox label="City" options={cities} filter={startsWith} />);
      await userEvent.type(input(), 'a');
      expect(names()).toEqual(['Athens']);
      expect(startsWith).toHaveBeenCalledWith(expect.objectContaining({ value: 'athens' }), 'a');
    });

    it('exports the default filter: a locale-aware contains', () => {
      const contains = containsFilter('de');
      const node = {
        value: 1,
        label: 'Straße',
        textValue: 'Straße',
        description: undefined,
        disabled: false,
      };
      expect(contains(node, 'STRA')).toBe(true);
      expect(contains({ ...node, textValue: 'Café' }, 'cafe')).toBe(true);
      expect(contains(node, 'x')).toBe(false);
    });

    it('says when nothing matches, in the live region and in the list', async () => {
      render(<Combobox label="City" options={cities} emptyLabel="No city matches" />);
      await userEvent.type(input(), 'zzz');
      expect(screen.queryAllByRole('option')).toHaveLength(0);
      expect(liveRegion()).toHaveTextContent('No city matches');
      expect(document.querySelector('[data-part="status"]')).toHaveTextContent('No city matches');
    });

    it('shows every option again when opened on a chosen value', async () => {
      render(<Combobox label="City" options={cities} defaultValue="sparta" />);
      await userEvent.click(input());
      expect(names()).toHaveLength(7);
      expect(active()).toBe(option('Sparta'));
    });
  });

  describe('with the mouse', () => {
    it('chooses an option, closes, and keeps focus in the input', async () => {
      const onValueChange = vi.fn();
      render(<Combobox label="City" options={cities} onValueChange={onValueChange} />);
      await userEvent.click(input());
      expect(input()).toHaveAttribute('aria-expanded', 'true');
      await userEvent.hover(option('Corinth'));
      expect(option('Corinth')).toHaveAttribute('data-active');
      await userEvent.click(option('Corinth'));
      expect(onValueChange).toHaveBeenLastCalledWith('corinth');
      expect(input()).toHaveValue('Corinth');
      expect(input()).toHaveAttribute('aria-expanded', 'false');
      expect(input()).toHaveFocus();
    });

    it('re-renders only the options a hover moves between, not the field or the list', async () => {
      // `removeLabel` runs once per tag in every render of the Combobox: it counts them.
      const removeLabel = vi.fn((text: string) => `Remove ${text}`);
      render(
        <Combobox
          label="Stops"
          options={cities}
          multiple
          defaultValue={['athens']}
          removeLabel={removeLabel}
        />,
      );
      await userEvent.click(input());
      removeLabel.mockClear();
      for (const name of ['Corinth', 'Naxos', 'Sparta']) {
        fireEvent.pointerMove(option(name), { clientX: name.length, clientY: name.length * 10 });
        expect(option(name)).toHaveAttribute('data-active');
      }
      expect(removeLabel).not.toHaveBeenCalled();
    });

    it('opens and closes with the toggle button, which is out of the tab order', async () => {
      render(<Combobox label="City" options={cities} />);
      const toggle = screen.getByRole('button', { name: 'Show options', hidden: true });
      expect(toggle).toHaveAttribute('tabindex', '-1');
      await userEvent.click(toggle);
      expect(input()).toHaveAttribute('aria-expanded', 'true');
      expect(input()).toHaveFocus();
      await userEvent.click(toggle);
      expect(input()).toHaveAttribute('aria-expanded', 'false');
    });

    it('closes on a press outside and puts back the chosen label', async () => {
      render(
        <>
          <Combobox label="City" options={cities} defaultValue="athens" />
          <button type="button">Outside</button>
        </>,
      );
      // Typed over the label (erasing it first would clear the value).
      await userEvent.type(input(), 'rh', { initialSelectionStart: 0, initialSelectionEnd: 6 });
      await userEvent.click(screen.getByRole('button', { name: 'Outside' }));
      expect(input()).toHaveAttribute('aria-expanded', 'false');
      expect(input()).toHaveValue('Athens');
    });
  });

  describe('with the keyboard (APG editable combobox)', () => {
    it('ArrowDown opens at the first option, moves, skips disabled ones; ArrowUp opens at the last', async () => {
      render(<Combobox label="City" options={cities} />);
      await userEvent.tab();
      await userEvent.keyboard('{ArrowDown}');
      expect(input()).toHaveAttribute('aria-expanded', 'true');
      expect(active()).toBe(option('Athens'));
      expect(active()).toHaveAttribute('data-focus-visible');
      await userEvent.keyboard('{ArrowDown}{ArrowDown}');
      expect(active()).toBe(option('Naxos'));
      await userEvent.keyboard('{ArrowUp}');
      expect(active()).toBe(option('Corinth'));
      await userEvent.keyboard('{Escape}{ArrowUp}');
      expect(active()).toBe(option('Éleusis'));
      expect(input()).toHaveFocus();
    });

    it('Alt+ArrowDown opens without moving; Alt+ArrowUp closes', async () => {
      render(<Combobox label="City" options={cities} />);
      await userEvent.tab();
      await userEvent.keyboard('{Alt>}{ArrowDown}{/Alt}');
      expect(input()).toHaveAttribute('aria-expanded', 'true');
      expect(input()).not.toHaveAttribute('aria-activedescendant');
      await userEvent.keyboard('{Alt>}{ArrowUp}{/Alt}');
      expect(input()).toHaveAttribute('aria-expanded', 'false');
    });

    it('Enter chooses the active option and closes; typing makes the first match active', async () => {
      const onValueChange = vi.fn();
      render(<Combobox label="City" options={cities} onValueChange={onValueChange} />);
      await userEvent.type(input(), 'r');
      expect(active()).toBe(option('Corinth'));
      await userEvent.keyboard('{ArrowDown}{Enter}');
      expect(onValueChange).toHaveBeenLastCalledWith('rhodes');
      expect(input()).toHaveValue('Rhodes');
      expect(input()).toHaveAttribute('aria-expanded', 'false');
    });

    it('Enter with the list open and nothing active does not submit the form', async () => {
      const onSubmit = vi.fn((event: React.FormEvent) => event.preventDefault());
      render(
        <form onSubmit={onSubmit}>
          <Combobox label="City" options={cities} />
        </form>,
      );
      await userEvent.click(input());
      await userEvent.keyboard('{Alt>}{ArrowDown}{/Alt}{Enter}');
      expect(onSubmit).not.toHaveBeenCalled();
    });

    it('Tab chooses the option reached with the arrows or by typing, and focus moves on', async () => {
      const onValueChange = vi.fn();
      render(
        <>
          <Combobox label="City" options={cities} onValueChange={onValueChange} />
          <button type="button">Next</button>
        </>,
      );
      await userEvent.tab();
      await userEvent.keyboard('{ArrowDown}{ArrowDown}');
      expect(active()).toBe(option('Corinth'));
      await userEvent.tab();
      expect(onValueChange).toHaveBeenCalledTimes(1);
      expect(onValueChange).toHaveBeenLastCalledWith('corinth');
      expect(input()).toHaveValue('Corinth');
      expect(input()).toHaveAttribute('aria-expanded', 'false');
      expect(screen.getByRole('button', { name: 'Next' })).toHaveFocus();
      await userEvent.click(input());
      await userEvent.type(input(), 'spa', { initialSelectionStart: 0, initialSelectionEnd: 7 });
      await userEvent.tab();
      expect(onValueChange).toHaveBeenLastCalledWith('sparta');
      expect(input()).toHaveValue('Sparta');
    });

    it('Tab chooses nothing the keyboard did not reach, nor the "Create" option', async () => {
      const onValueChange = vi.fn();
      const onCreate = vi.fn();
      render(
        <>
          <Combobox
            label="City"
            options={cities}
            creatable
            onCreate={onCreate}
            onValueChange={onValueChange}
          />
          <button type="button">Next</button>
        </>,
      );
      // Opened by a press, at the first option.
      await userEvent.click(input());
      expect(active()).toBe(option('Athens'));
      await userEvent.tab();
      // Left active under the pointer.
      await userEvent.click(input());
      await userEvent.keyboard('{ArrowDown}');
      await userEvent.hover(option('Sparta'));
      await userEvent.tab();
      // Left active after the text was erased.
      await userEvent.click(input());
      await userEvent.type(input(), 'sp');
      await userEvent.clear(input());
      await userEvent.tab();
      // Creating is asked for with Enter or a press.
      await userEvent.click(input());
      await userEvent.type(input(), 'Knossos');
      expect(active()).toHaveTextContent('Create “Knossos”');
      await userEvent.tab();
      expect(onCreate).not.toHaveBeenCalled();
      expect(onValueChange).not.toHaveBeenCalled();
      expect(input()).toHaveValue('');
      // Once the arrows reach an option, Tab takes it.
      await userEvent.click(input());
      await userEvent.keyboard('{ArrowDown}');
      await userEvent.tab();
      expect(onValueChange).toHaveBeenCalledTimes(1);
      expect(onValueChange).toHaveBeenLastCalledWith('corinth');
    });

    it('Tab in a multiple field closes the list without choosing, as on Select', async () => {
      const onCity = vi.fn();
      const onStops = vi.fn();
      render(
        <>
          <Combobox label="City" options={cities} onValueChange={onCity} />
          <Combobox label="Stops" options={cities} multiple onValueChange={onStops} />
          <button type="button">Next</button>
        </>,
      );
      const [city, stops] = screen.getAllByRole('combobox');
      await userEvent.tab();
      await userEvent.keyboard('{ArrowDown}');
      await userEvent.tab();
      expect(onCity).toHaveBeenLastCalledWith('athens');
      expect(stops).toHaveFocus();
      await userEvent.keyboard('{ArrowDown}');
      expect(
        document.getElementById(stops!.getAttribute('aria-activedescendant')!),
      ).toHaveTextContent('Athens');
      await userEvent.tab();
      expect(onStops).not.toHaveBeenCalled();
      expect(stops).toHaveAttribute('aria-expanded', 'false');
      expect(city).toHaveValue('Athens');
      expect(screen.getByRole('button', { name: 'Next' })).toHaveFocus();
    });

    it('Escape closes, then clears, then lets the Escape go on', async () => {
      const onValueChange = vi.fn();
      const onKeyDown = vi.fn();
      render(
        <div onKeyDown={onKeyDown}>
          <Combobox
            label="City"
            options={cities}
            defaultValue="corinth"
            onValueChange={onValueChange}
          />
        </div>,
      );
      await userEvent.click(input());
      await userEvent.keyboard('{Escape}');
      expect(input()).toHaveAttribute('aria-expanded', 'false');
      expect(input()).toHaveValue('Corinth');
      await userEvent.keyboard('{Escape}');
      expect(input()).toHaveValue('');
      expect(onValueChange).toHaveBeenLastCalledWith(null);
      const before = onKeyDown.mock.calls.filter(([event]) => event.defaultPrevented).length;
      await userEvent.keyboard('{Escape}');
      const prevented = onKeyDown.mock.calls.filter(([event]) => event.defaultPrevented).length;
      expect(prevented).toBe(before);
    });

    it('Home and End move the caret in the input, not the active option', async () => {
      render(<Combobox label="City" options={cities} />);
      await userEvent.type(input(), 'o');
      await userEvent.keyboard('{ArrowDown}{ArrowDown}');
      expect(active()).toBe(option('Rhodes'));
      await userEvent.keyboard('{Home}');
      expect(input().selectionStart).toBe(0);
      expect(active()).toBe(option('Rhodes'));
      await userEvent.keyboard('{End}');
      expect(input().selectionStart).toBe(1);
      expect(active()).toBe(option('Rhodes'));
      expect(input()).toHaveAttribute('aria-expanded', 'true');
    });

    it('PageDown and PageUp move a page in the open list', async () => {
      const many = Array.from({ length: 50 }, (_, index) => `Item ${index}`);
      render(<Combobox label="Item" options={many} />);
      await userEvent.click(input());
      expect(active()).toBe(option('Item 0'));
      await userEvent.keyboard('{PageDown}');
      expect(active()).toBe(option('Item 10'));
      await userEvent.keyboard('{PageDown}{PageUp}');
      expect(active()).toBe(option('Item 10'));
    });
  });

  describe('clearable', () => {
    it('shows a clear button, out of the tab order, only while something is chosen or typed', async () => {
      render(<Combobox label="City" options={cities} clearable />);
      expect(screen.queryByRole('button', { name: 'Clear selection' })).toBeNull();
      await userEvent.type(input(), 'co');
      const clear = screen.getByRole('button', { name: 'Clear selection' });
      expect(clear).toHaveAttribute('tabindex', '-1');
      expect(clear.closest('.cal-combobox')).toHaveAttribute('data-clearable');
      await userEvent.keyboard('{Enter}');
      await userEvent.tab();
      // Tab from the input goes past the clear and toggle buttons.
      expect(document.body).toHaveFocus();
    });

    it('clears the input and the value, keeps focus in the input, and announces it', async () => {
      const onValueChange = vi.fn();
      const onInputValueChange = vi.fn();
      render(
        <Combobox
          label="City"
          options={cities}
          defaultValue="corinth"
          clearable
          clearLabel="Clear city"
          clearedLabel="City cleared"
          onValueChange={onValueChange}
          onInputValueChange={onInputValueChange}
        />,
      );
      expect(liveRegion()).toBeEmptyDOMElement();
      await userEvent.click(screen.getByRole('button', { name: 'Clear city' }));
      expect(onValueChange).toHaveBeenLastCalledWith(null);
      expect(onInputValueChange).toHaveBeenLastCalledWith('');
      expect(input()).toHaveValue('');
      expect(input()).toHaveFocus();
      expect(input()).toHaveAttribute('aria-expanded', 'false');
      expect(liveRegion()).toHaveTextContent('City cleared');
      expect(screen.queryByRole('button', { name: 'Clear city' })).toBeNull();
      // The next edit drops the announcement; reopening shows every option.
      await userEvent.keyboard('{ArrowDown}');
      expect(names()).toHaveLength(cities.length + 1);
      await userEvent.type(input(), 'zz');
      expect(liveRegion()).toHaveTextContent('No options');
    });

    it('clears every tag and the typed text of a multiple field at once', async () => {
      const onValueChange = vi.fn();
      render(
        <Combobox
          label="Stops"
          options={cities}
          multiple
          defaultValue={['athens', 'sparta']}
          clearable
          onValueChange={onValueChange}
          name="stops"
        />,
      );
      await userEvent.type(input(), 'nax');
      await userEvent.click(screen.getByRole('button', { name: 'Clear selection' }));
      expect(onValueChange).toHaveBeenLastCalledWith([]);
      expect(input()).toHaveValue('');
      expect(input()).toHaveFocus();
      expect(screen.queryByRole('button', { name: /^Remove/ })).toBeNull();
      expect(liveRegion()).toHaveTextContent('Selection cleared');
    });

    it('Escape on a clearable field closes the list, then clears', async () => {
      const onValueChange = vi.fn();
      render(
        <Combobox
          label="City"
          options={cities}
          defaultValue="corinth"
          clearable
          onValueChange={onValueChange}
        />,
      );
      await userEvent.click(input());
      expect(input()).toHaveAttribute('aria-expanded', 'true');
      await userEvent.keyboard('{Escape}');
      expect(input()).toHaveAttribute('aria-expanded', 'false');
      expect(input()).toHaveValue('Corinth');
      expect(onValueChange).not.toHaveBeenCalled();
      await userEvent.keyboard('{Escape}');
      expect(input()).toHaveValue('');
      expect(onValueChange).toHaveBeenLastCalledWith(null);
      expect(screen.queryByRole('button', { name: 'Clear selection' })).toBeNull();
    });

    it('announces an Escape that clears a value, clearable or not, in the same live region', async () => {
      render(
        <>
          <Combobox
            label="City"
            options={cities}
            defaultValue="corinth"
            clearedLabel="City cleared"
          />
          <Combobox label="Stops" options={cities} multiple defaultValue={['athens']} />
        </>,
      );
      const [city, stops] = screen.getAllByRole('combobox');
      const [cityRegion, stopsRegion] = screen.getAllByRole('status');
      await userEvent.click(city!);
      await userEvent.keyboard('{Escape}');
      expect(cityRegion).toBeEmptyDOMElement();
      await userEvent.keyboard('{Escape}');
      expect(city).toHaveValue('');
      expect(cityRegion).toHaveTextContent('City cleared');
      // The next edit drops it.
      await userEvent.type(city!, 's');
      expect(cityRegion).not.toHaveTextContent('City cleared');
      // A multiple field's Escape clears only the text: no value went, nothing is said.
      await userEvent.type(stops!, 'sp');
      await userEvent.keyboard('{Escape}{Escape}');
      expect(stops).toHaveValue('');
      expect(screen.getByRole('button', { name: 'Remove Athens' })).toBeInTheDocument();
      expect(stopsRegion).toBeEmptyDOMElement();
    });

    it('shows no clear button when disabled or read-only', () => {
      render(
        <>
          <Combobox label="A" options={cities} defaultValue="athens" clearable disabled />
          <Combobox label="B" options={cities} defaultValue="athens" clearable readOnly />
        </>,
      );
      expect(screen.queryByRole('button', { name: 'Clear selection' })).toBeNull();
    });
  });

  describe('creatable', () => {
    it('offers to create text no option has, and never a case-insensitive duplicate', async () => {
      const onCreate = vi.fn();
      const onValueChange = vi.fn();
      render(
        <Combobox
          label="Tags"
          options={cities}
          creatable
          multiple
          onCreate={onCreate}
          onValueChange={onValueChange}
        />,
      );
      await userEvent.type(input(), 'ATHENS');
      expect(screen.queryByRole('option', { name: /Create/ })).toBeNull();
      await userEvent.clear(input());
      await userEvent.type(input(), 'Thebes');
      expect(active()).toBe(option('Create “Thebes”'));
      await userEvent.keyboard('{Enter}');
      expect(onCreate).toHaveBeenCalledWith('Thebes');
      expect(onValueChange).toHaveBeenLastCalledWith(['Thebes']);
      expect(screen.getByRole('button', { name: 'Remove Thebes' })).toBeInTheDocument();
      await userEvent.type(input(), 'thebes');
      expect(screen.queryByRole('option', { name: /Create/ })).toBeNull();
      expect(names()).toEqual(['Thebes']);
    });
  });

  describe('multiple', () => {
    it('shows chosen values as tags, stays open, and Backspace in an empty input removes the last', async () => {
      const onValueChange = vi.fn();
      render(
        <Combobox
          label="Stops"
          options={cities}
          multiple
          defaultValue={['athens']}
          onValueChange={onValueChange}
        />,
      );
      await userEvent.type(input(), 'sp');
      await userEvent.keyboard('{Enter}');
      expect(onValueChange).toHaveBeenLastCalledWith(['athens', 'sparta']);
      expect(input()).toHaveValue('');
      expect(input()).toHaveAttribute('aria-expanded', 'true');
      expect(option('Sparta')).toHaveAttribute('aria-selected', 'true');
      expect(screen.getByRole('listbox')).toHaveAttribute('aria-multiselectable', 'true');
      await userEvent.keyboard('{Backspace}');
      expect(onValueChange).toHaveBeenLastCalledWith(['athens']);
      await userEvent.click(screen.getByRole('button', { name: 'Remove Athens' }));
      expect(onValueChange).toHaveBeenLastCalledWith([]);
      expect(input()).toHaveFocus();
      await userEvent.keyboard('{Backspace}');
      expect(onValueChange).toHaveBeenCalledTimes(3);
    });

    it('keeps the tags of values 1 and "1" apart (keys include the type)', async () => {
      const error = vi.spyOn(console, 'error').mockImplementation(() => {});
      const onValueChange = vi.fn();
      render(
        <Combobox<number | string>
          label="Codes"
          options={[
            { value: 1, label: 'One (number)' },
            { value: '1', label: 'One (text)' },
          ]}
          multiple
          defaultValue={[1, '1']}
          onValueChange={onValueChange}
        />,
      );
      expect(error).not.toHaveBeenCalledWith(
        expect.stringContaining('same key'),
        expect.anything(),
      );
      await userEvent.click(screen.getByRole('button', { name: 'Remove One (number)' }));
      expect(onValueChange).toHaveBeenLastCalledWith(['1']);
      expect(screen.queryByRole('button', { name: 'Remove One (number)' })).toBeNull();
      expect(screen.getByRole('button', { name: 'Remove One (text)' })).toBeInTheDocument();
    });

    it('names the active option after a choice re-indexes the list, so a tag removed by mouse leaves ArrowDown + Enter working', async () => {
      const onValueChange = vi.fn();
      render(
        <Combobox
          label="Stops"
          options={cities}
          multiple
          defaultValue={['athens', 'corinth']}
          onValueChange={onValueChange}
        />,
      );
      // "sp" leaves Sparta alone, at index 0; the choice empties the text and Sparta is back
      // at index 6. aria-activedescendant must follow it, not keep naming index 0 (Athens).
      await userEvent.type(input(), 'sp{Enter}');
      expect(active()).toHaveTextContent('Sparta');
      await userEvent.click(screen.getByRole('button', { name: 'Remove Athens' }));
      expect(onValueChange).toHaveBeenLastCalledWith(['corinth', 'sparta']);
      expect(input()).toHaveFocus();
      expect(input()).toHaveAttribute('aria-expanded', 'true');
      expect(active()).toHaveTextContent('Sparta');
      await userEvent.keyboard('{ArrowDown}');
      expect(active()).toHaveTextContent('Éleusis');
      await userEvent.keyboard('{Enter}');
      expect(onValueChange).toHaveBeenLastCalledWith(['corinth', 'sparta', 'eleusis']);
      expect(input()).toHaveFocus();
    });
  });

  describe('async options', () => {
    it('loads after the debounce, aborts stale requests, announces loading and failures', async () => {
      vi.useFakeTimers({ shouldAdvanceTime: true });
      const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
      const signals: AbortSignal[] = [];
      const loadOptions = vi.fn((query: string, { signal }: { signal: AbortSignal }) => {
        signals.push(signal);
        if (query === 'fail') return Promise.reject(new Error('offline'));
        return Promise.resolve([`${query} one`, `${query} two`]);
      });
      render(<Combobox label="City" loadOptions={loadOptions} debounce={300} />);
      await user.type(input(), 'ab');
      expect(liveRegion()).toHaveTextContent('Loading…');
      expect(loadOptions).not.toHaveBeenCalled();
      await act(() => vi.advanceTimersByTimeAsync(300));
      expect(loadOptions).toHaveBeenCalledTimes(1);
      expect(loadOptions).toHaveBeenLastCalledWith('ab', { signal: expect.any(AbortSignal) });
      expect(names()).toEqual(['ab one', 'ab two']);
      expect(liveRegion()).toBeEmptyDOMElement();

      // A slow answer to an older query never lands: the newer query aborts it.
      let resolveSlow: (items: string[]) => void = () => {};
      loadOptions.mockImplementationOnce((_query, { signal }) => {
        signals.push(signal);
        return new Promise((resolve) => {
          resolveSlow = resolve;
        });
      });
      await user.type(input(), 'c');
      await act(() => vi.advanceTimersByTimeAsync(300));
      const slow = signals.at(-1)!;
      await user.type(input(), 'd');
      expect(slow.aborted).toBe(true);
      await act(() => vi.advanceTimersByTimeAsync(300));
      resolveSlow(['stale']);
      await act(() => vi.advanceTimersByTimeAsync(0));
      expect(names()).toEqual(['abcd one', 'abcd two']);

      await user.clear(input());
      await user.type(input(), 'fail');
      await act(() => vi.advanceTimersByTimeAsync(300));
      expect(liveRegion()).toHaveTextContent('Could not load options');
    });

    it('asks for more when scrolled near the end while hasMore, once per length', async () => {
      const onLoadMore = vi.fn();
      const many = Array.from({ length: 30 }, (_, index) => `Item ${index}`);
      render(
        <Combobox label="Item" options={many} hasMore onLoadMore={onLoadMore} loading={false} />,
      );
      await userEvent.click(input());
      const listbox = screen.getByRole('listbox');
      Object.defineProperties(listbox, {
        scrollHeight: { value: 1200, configurable: true },
        clientHeight: { value: 300, configurable: true },
      });
      listbox.scrollTop = 700;
      fireEvent.scroll(listbox);
      fireEvent.scroll(listbox);
      expect(onLoadMore).toHaveBeenCalledTimes(1);
    });

    const users = [
      { value: 'u1', label: 'Alice' },
      { value: 'u2', label: 'Bob' },
      { value: 'u3', label: 'Carol' },
    ];
    const loadUsers = (query: string) =>
      Promise.resolve(
        users.filter((user) => user.label.toLowerCase().includes(query.toLowerCase())),
      );

    it('keeps the labels of chosen values after a new query drops them (multiple)', async () => {
      render(
        <>
          <Combobox label="People" multiple loadOptions={loadUsers} debounce={0} />
          <button type="button">Outside</button>
        </>,
      );
      await userEvent.type(input(), 'al');
      await screen.findByRole('option', { name: 'Alice' });
      await userEvent.keyboard('{Enter}');
      await userEvent.type(input(), 'bo');
      await screen.findByRole('option', { name: 'Bob' });
      expect(screen.queryByRole('option', { name: 'Alice' })).toBeNull();
      expect(screen.getByRole('button', { name: 'Remove Alice' })).toBeInTheDocument();
      expect(screen.queryByText('u1')).toBeNull();
      await userEvent.keyboard('{Enter}');
      await userEvent.type(input(), 'ca');
      await screen.findByRole('option', { name: 'Carol' });
      await userEvent.click(screen.getByRole('button', { name: 'Outside' }));
      expect(screen.getByRole('button', { name: 'Remove Alice' })).toBeInTheDocument();
      expect(screen.getByRole('button', { name: 'Remove Bob' })).toBeInTheDocument();
    });

    it('keeps the chosen label in a single input after a new query and a blur', async () => {
      render(
        <>
          <Combobox label="Person" loadOptions={loadUsers} debounce={0} />
          <button type="button">Outside</button>
        </>,
      );
      await userEvent.type(input(), 'al');
      await screen.findByRole('option', { name: 'Alice' });
      await userEvent.keyboard('{Enter}');
      expect(input()).toHaveValue('Alice');
      // Typed over the label (never emptied, which would clear the value).
      await userEvent.type(input(), 'bo', { initialSelectionStart: 0, initialSelectionEnd: 5 });
      await screen.findByRole('option', { name: 'Bob' });
      await userEvent.click(screen.getByRole('button', { name: 'Outside' }));
      expect(input()).toHaveValue('Alice');
    });

    it('keeps the label a default value had among the first options', async () => {
      render(
        <Combobox
          label="People"
          multiple
          options={[users[0]!]}
          defaultValue={['u1']}
          loadOptions={loadUsers}
          debounce={0}
        />,
      );
      await userEvent.type(input(), 'bo');
      await screen.findByRole('option', { name: 'Bob' });
      expect(screen.getByRole('button', { name: 'Remove Alice' })).toBeInTheDocument();
    });

    it('announces a caller’s `loading`', async () => {
      render(<Combobox label="City" options={[]} loading loadingLabel="Fetching cities" />);
      await userEvent.click(input());
      expect(liveRegion()).toHaveTextContent('Fetching cities');
    });
  });

  describe('at 10,000 options', () => {
    const many = Array.from({ length: 10_000 }, (_, index) => ({
      value: index,
      label: `Option ${index}`,
    }));

    it('renders at most 60 options, and keeps the active one rendered across the window', async () => {
      render(<Combobox label="Number" options={many} defaultValue={9000} />);
      await userEvent.click(input());
      expect(screen.getAllByRole('option').length).toBeLessThanOrEqual(60);
      expect(active()).toBe(option('Option 9000'));
      expect(option('Option 9000')).toHaveAttribute('aria-setsize', '10000');
      await userEvent.clear(input());
      await userEvent.type(input(), '99');
      expect(screen.getAllByRole('option').length).toBeLessThanOrEqual(60);
      expect(active()).toBe(option('Option 99'));
      for (let i = 0; i < 5; i += 1) await userEvent.keyboard('{PageDown}');
      expect(active()).not.toBeNull();
      expect(screen.getAllByRole('option').length).toBeLessThanOrEqual(60);
    });
  });

  describe('when disabled or read-only', () => {
    it('cannot be opened or edited', async () => {
      const { unmount } = render(<Combobox label="City" options={cities} disabled />);
      expect(input()).toBeDisabled();
      unmount();
      render(<Combobox label="City" options={cities} readOnly defaultValue="athens" />);
      await userEvent.click(input());
      await userEvent.keyboard('{ArrowDown}x');
      expect(input()).toHaveAttribute('aria-expanded', 'false');
      expect(input()).toHaveValue('Athens');
    });
  });

  describe('inside a Dialog', () => {
    it('closes alone on Escape: the dialog stays open', async () => {
      const onOpenChange = vi.fn();
      render(
        <Dialog title="Trip" open onOpenChange={onOpenChange}>
          <Combobox label="City" options={cities} />
        </Dialog>,
      );
      await userEvent.click(input());
      await userEvent.keyboard('{Escape}');
      expect(input()).toHaveAttribute('aria-expanded', 'false');
      expect(onOpenChange).not.toHaveBeenCalled();
    });
  });

  describe('controlled', () => {
    it('follows a controlled value and inputValue', async () => {
      function Parent() {
        const [value, setValue] = useState<number | null>(2);
        const [text, setText] = useState('Two');
        return (
          <>
            <Combobox<number>
              label="Number"
              options={[
                { value: 1, label: 'One' },
                { value: 2, label: 'Two' },
              ]}
              value={value}
              onValueChange={setValue}
              inputValue={text}
              onInputValueChange={setText}
            />
            <output>{`${value}:${text}`}</output>
          </>
        );
      }
      render(<Parent />);
      expect(input()).toHaveValue('Two');
      // Typed over the label: the value holds until a choice (erasing the text would clear it).
      await userEvent.type(input(), 'on', { initialSelectionStart: 0, initialSelectionEnd: 3 });
      expect(screen.getByText('2:on')).toBeInTheDocument();
      await userEvent.keyboard('{Enter}');
      expect(screen.getByText('1:One')).toBeInTheDocument();
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
          <Combobox label="City" options={cities} name="city" defaultValue="athens" />
          <Combobox label="Stops" options={cities} name="stops" multiple />
          <button type="submit">Send</button>
          <button type="reset">Reset</button>
        </form>,
      );
      const [city, stops] = screen.getAllByRole('combobox') as HTMLInputElement[];
      await userEvent.clear(city!);
      await userEvent.type(city!, 'spa{Enter}');
      await userEvent.type(stops!, 'nax{Enter}rho{Enter}{Escape}');
      await userEvent.click(screen.getByRole('button', { name: 'Send' }));
      expect(submitted?.get('city')).toBe('sparta');
      expect(submitted?.getAll('stops')).toEqual(['naxos', 'rhodes']);
      // The text the user typed is not submitted: only values are.
      expect([...submitted!.keys()].sort()).toEqual(['city', 'stops', 'stops']);
      await userEvent.click(screen.getByRole('button', { name: 'Reset' }));
      await vi.waitFor(() => expect(city).toHaveValue('Athens'));
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
          <Combobox
            label="City"
            options={cities}
            name="city"
            defaultValue="athens"
            onValueChange={onCityChange}
          />
          <Combobox
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
      const [city, stops] = screen.getAllByRole('combobox') as HTMLInputElement[];
      await userEvent.click(city!);
      await userEvent.click(option('Sparta'));
      await userEvent.type(stops!, 'rho{Enter}{Escape}');
      expect(onCityChange).toHaveBeenLastCalledWith('sparta');
      expect(onStopsChange).toHaveBeenLastCalledWith(['naxos', 'rhodes']);
      onCityChange.mockClear();
      onStopsChange.mockClear();

      act(() => city!.form!.reset());
      await vi.waitFor(() => expect(city).toHaveValue('Athens'));
      expect(screen.queryByRole('button', { name: 'Remove Rhodes' })).toBeNull();
      expect(screen.getByRole('button', { name: 'Remove Naxos' })).toBeInTheDocument();
      expect(onCityChange).not.toHaveBeenCalled();
      expect(onStopsChange).not.toHaveBeenCalled();
      await userEvent.click(screen.getByRole('button', { name: 'Send' }));
      expect(submitted?.getAll('city')).toEqual(['athens']);
      expect(submitted?.getAll('stops')).toEqual(['naxos']);
    });

    it('clears a single value when the user erases its text, and submits nothing', async () => {
      const onValueChange = vi.fn();
      let submitted: FormData | undefined;
      render(
        <form
          onSubmit={(event) => {
            event.preventDefault();
            submitted = new FormData(event.currentTarget);
          }}
        >
          <Combobox
            label="City"
            options={cities}
            name="city"
            defaultValue="athens"
            onValueChange={onValueChange}
          />
          <button type="submit">Send</button>
        </form>,
      );
      await userEvent.tripleClick(input());
      await userEvent.keyboard('{Backspace}');
      expect(input()).toHaveValue('');
      expect(onValueChange).toHaveBeenCalledTimes(1);
      expect(onValueChange).toHaveBeenCalledWith(null);
      await userEvent.tab();
      expect(input()).not.toHaveFocus();
      expect(input()).toHaveValue('');
      expect(onValueChange).toHaveBeenCalledTimes(1);
      await userEvent.click(screen.getByRole('button', { name: 'Send' }));
      expect(submitted?.get('city')).toBe('');
    });

    it('keeps the tags of a multiple field when its text is erased', async () => {
      const onValueChange = vi.fn();
      render(
        <Combobox
          label="Stops"
          options={cities}
          multiple
          defaultValue={['athens']}
          onValueChange={onValueChange}
        />,
      );
      await userEvent.type(input(), 'sp');
      await userEvent.clear(input());
      expect(onValueChange).not.toHaveBeenCalled();
      expect(screen.getByRole('button', { name: 'Remove Athens' })).toBeInTheDocument();
    });

    it('works with a react-hook-form Controller, focusing the input on an error', async () => {
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
                <Combobox
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
      expect(input()).toHaveFocus();
      await userEvent.type(input(), 'cor{Enter}');
      await userEvent.click(screen.getByRole('button', { name: 'Send' }));
      await vi.waitFor(() =>
        expect(onValid).toHaveBeenCalledWith({ city: 'corinth' }, expect.anything()),
      );
    });

    it('follows react-hook-form reset() and setValue() through the Controller', async () => {
      function Form() {
        const { control, reset, setValue } = useForm<{ city: string | null }>({
          defaultValues: { city: 'naxos' },
        });
        return (
          <form>
            <Controller
              control={control}
              name="city"
              render={({ field }) => (
                <Combobox
                  label="City"
                  options={cities}
                  ref={field.ref}
                  value={field.value}
                  onValueChange={field.onChange}
                />
              )}
            />
            <button type="button" onClick={() => setValue('city', 'sparta')}>
              Set
            </button>
            <button type="button" onClick={() => reset()}>
              Reset
            </button>
          </form>
        );
      }
      render(<Form />);
      expect(input()).toHaveValue('Naxos');
      await userEvent.click(screen.getByRole('button', { name: 'Set' }));
      expect(input()).toHaveValue('Sparta');
      await userEvent.click(screen.getByRole('button', { name: 'Reset' }));
      expect(input()).toHaveValue('Naxos');
    });
  });

  it('forwards the ref to the input and passes native props through', () => {
    const ref = createRef<HTMLInputElement>();
    render(
      <Combobox
        label="City"
        options={cities}
        ref={ref}
        placeholder="Type a city"
        data-testid="x"
      />,
    );
    expect(ref.current).toBe(input());
    expect(input()).toHaveAttribute('placeholder', 'Type a city');
    expect(input()).toHaveAttribute('data-testid', 'x');
  });

  describe('given bad input', () => {
    it('reports misuse in development and still renders', () => {
      const error = vi.spyOn(console, 'error').mockImplementation(() => {});
      render(
        // @ts-expect-error: not an array, on purpose
        <Combobox label="City" options="athens" inputValue="x" hasMore />,
      );
      expect(input()).toBeInTheDocument();
      const messages = error.mock.calls.map((call) => String(call[0])).join('\n');
      expect(messages).toContain('`options` must be an array');
      expect(messages).toContain('`inputValue` is set without `onInputValueChange`');
      expect(messages).toContain('`hasMore` needs `onLoadMore`');
    });

    it('shows a value missing from the options as itself, and reports it', () => {
      const error = vi.spyOn(console, 'error').mockImplementation(() => {});
      render(
        <>
          <Combobox label="City" options={cities} defaultValue="troy" />
          <Combobox label="Stops" options={cities} multiple defaultValue={['athens', 'ithaca']} />
          {/* Not reported: an async answer holds only matches, a created value is its label. */}
          <Combobox label="Person" defaultValue="u9" loadOptions={() => Promise.resolve([])} />
          <Combobox label="Tags" options={cities} creatable multiple defaultValue={['mine']} />
        </>,
      );
      expect(screen.getByRole('combobox', { name: 'City' })).toHaveValue('troy');
      expect(screen.getByRole('button', { name: 'Remove ithaca' })).toBeInTheDocument();
      expect(error).toHaveBeenCalledWith(
        '[Callicrates] Combobox: the value "troy" is not among the options; it is shown as it is.',
      );
      expect(error).toHaveBeenCalledWith(
        expect.stringContaining('the value "ithaca" is not among the options'),
      );
      const messages = error.mock.calls.map((call) => String(call[0])).join('\n');
      expect(messages).not.toMatch(/"athens"|"u9"|"mine"/);
    });
  });
});
