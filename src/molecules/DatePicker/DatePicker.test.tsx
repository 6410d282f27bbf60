import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DatePicker, type DatePreset } from './index';

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

const button = () => screen.getByRole('button', { name: 'Choose a date' });
const dialog = () => screen.getByRole('dialog', { name: 'Choose a date' });
const shown = () => screen.getAllByRole('group')[0]!.textContent;
const focusedDay = () => document.activeElement as HTMLElement;

describe('DatePicker', () => {
  it('is a DateField with a calendar button (aria-haspopup="dialog")', () => {
    render(<DatePicker label="Departure" locale="de-DE" defaultValue="2026-03-29" />);
    expect(screen.getByRole('group', { name: 'Departure' })).toBeInTheDocument();
    expect(shown()).toContain('29.03.2026');
    expect(button()).toHaveAttribute('aria-haspopup', 'dialog');
    expect(button()).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('opens the month of its value with the chosen day focused; a click chooses and closes', async () => {
    const onValueChange = vi.fn();
    render(
      <DatePicker
        label="Departure"
        locale="en-US"
        defaultValue="2026-03-29"
        onValueChange={onValueChange}
      />,
    );
    await userEvent.click(button());
    expect(button()).toHaveAttribute('aria-expanded', 'true');
    expect(within(dialog()).getByRole('grid')).toHaveAccessibleName('March 2026');
    expect(focusedDay()).toHaveAccessibleName('Sunday, March 29, 2026');
    await userEvent.click(within(dialog()).getByRole('button', { name: 'Tuesday, March 3, 2026' }));
    expect(onValueChange).toHaveBeenCalledWith('2026-03-03', expect.anything());
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(shown()).toContain('03/03/2026');
  });

  it('APG keys in the dialog: the grid keys cross months, Enter chooses, focus returns to the button', async () => {
    const onValueChange = vi.fn();
    render(
      <DatePicker
        label="Departure"
        locale="en-US"
        defaultValue="2026-01-31"
        onValueChange={onValueChange}
      />,
    );
    act(() => button().focus());
    await userEvent.keyboard('{Enter}');
    expect(focusedDay()).toHaveAccessibleName('Saturday, January 31, 2026');
    await userEvent.keyboard('{ArrowRight}{PageDown}{Shift>}{PageUp}{/Shift}{Home}');
    expect(focusedDay()).toHaveAccessibleName('Sunday, February 23, 2025');
    await userEvent.keyboard('{Enter}');
    expect(onValueChange).toHaveBeenLastCalledWith('2025-02-23', expect.anything());
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(button()).toHaveFocus();
  });

  it('Escape closes without choosing and returns focus to the button', async () => {
    const onValueChange = vi.fn();
    render(<DatePicker label="Departure" locale="en-US" onValueChange={onValueChange} />);
    act(() => button().focus());
    await userEvent.keyboard('{Enter}');
    expect(dialog()).toBeInTheDocument();
    await userEvent.keyboard('{ArrowDown}{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(button()).toHaveFocus();
    expect(onValueChange).not.toHaveBeenCalled();
  });

  it('Alt+ArrowDown in the field opens the calendar', async () => {
    render(<DatePicker label="Departure" locale="en-US" defaultValue="2026-03-29" />);
    act(() => screen.getAllByRole('spinbutton')[0]!.focus());
    await userEvent.keyboard('{Alt>}{ArrowDown}{/Alt}');
    expect(dialog()).toBeInTheDocument();
  });

  it('computes presets from the day it opens, not the day it was imported or mounted', async () => {
    vi.useFakeTimers({ toFake: ['Date'], shouldAdvanceTime: true });
    vi.setSystemTime(new Date(2026, 2, 10, 23, 59));
    const presets: DatePreset[] = [
      { label: 'Today', value: (today) => today },
      { label: 'In a week', value: (today) => today.add({ weeks: 1 }) },
    ];
    const onValueChange = vi.fn();
    render(
      <DatePicker label="Due" locale="en-US" presets={presets} onValueChange={onValueChange} />,
    );
    // Past midnight while the page stays open.
    vi.setSystemTime(new Date(2026, 2, 11, 0, 1));
    await userEvent.click(button());
    await userEvent.click(within(dialog()).getByRole('button', { name: 'In a week' }));
    expect(onValueChange).toHaveBeenCalledWith('2026-03-18', expect.anything());
    await userEvent.click(button());
    expect(
      within(dialog()).getByRole('button', { name: 'Wednesday, March 11, 2026' }),
    ).toHaveAttribute('aria-current', 'date');
  });

  it('disables days outside min/max and unavailable days in the calendar, and their presets', async () => {
    render(
      <DatePicker
        label="Due"
        locale="en-US"
        defaultValue="2026-03-10"
        min="2026-03-05"
        isDateUnavailable={(date) => date.day === 12}
        presets={[{ label: 'Long ago', value: () => '2026-01-01' }]}
      />,
    );
    await userEvent.click(button());
    expect(
      within(dialog()).getByRole('button', { name: 'Wednesday, March 4, 2026' }),
    ).toHaveAttribute('aria-disabled', 'true');
    expect(
      within(dialog()).getByRole('button', { name: 'Thursday, March 12, 2026' }),
    ).toHaveAttribute('aria-disabled', 'true');
    expect(within(dialog()).getByRole('button', { name: 'Long ago' })).toBeDisabled();
  });

  it('replaces its strings through *Label props', async () => {
    render(
      <DatePicker
        label="Abfahrt"
        locale="de-DE"
        calendarLabel="Datum wählen"
        prevLabel="Zurück"
        nextLabel="Weiter"
      />,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Datum wählen' }));
    expect(screen.getByRole('dialog', { name: 'Datum wählen' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Zurück' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Weiter' })).toBeInTheDocument();
  });

  it('disabled and readOnly never open', async () => {
    const { rerender } = render(<DatePicker label="Due" locale="en-US" disabled />);
    expect(button()).toBeDisabled();
    rerender(<DatePicker label="Due" locale="en-US" readOnly />);
    await userEvent.click(button());
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('its ref reaches the field group', () => {
    const ref = createRef<HTMLDivElement>();
    render(<DatePicker ref={ref} label="Due" locale="en-US" />);
    expect(ref.current).toBe(screen.getByRole('group', { name: 'Due' }));
  });

  describe('forms', () => {
    it('a typed date after max says why and stops the submit until it is fixed', async () => {
      render(
        <form data-testid="form">
          <DatePicker label="Due" locale="en-US" name="due" max="2026-03-15" />
        </form>,
      );
      const form = screen.getByTestId('form') as HTMLFormElement;
      act(() => screen.getAllByRole('spinbutton')[0]!.focus());
      await userEvent.keyboard('03292026');
      const message = 'The date is out of range.';
      expect(screen.getAllByRole('spinbutton')[0]).toHaveAccessibleDescription(message);
      expect(form.checkValidity()).toBe(false);
      act(() => screen.getAllByRole('spinbutton')[1]!.focus());
      await userEvent.keyboard('14');
      expect(form.checkValidity()).toBe(true);
      expect(new FormData(form).get('due')).toBe('2026-03-14');
    });

    it('submits the ISO date under name and resets', async () => {
      render(
        <form data-testid="form">
          <DatePicker label="Due" locale="en-US" name="due" defaultValue="2026-03-29" />
        </form>,
      );
      const form = screen.getByTestId('form') as HTMLFormElement;
      expect(new FormData(form).get('due')).toBe('2026-03-29');
      await userEvent.click(button());
      await userEvent.click(
        within(dialog()).getByRole('button', { name: 'Monday, March 2, 2026' }),
      );
      expect(new FormData(form).get('due')).toBe('2026-03-02');
      fireEvent.reset(form);
      await act(async () => {});
      expect(new FormData(form).get('due')).toBe('2026-03-29');
      expect(shown()).toContain('03/29/2026');
    });

    it('works with a react-hook-form Controller', async () => {
      const onValid = vi.fn();
      function Form() {
        const { control, handleSubmit } = useForm<{ due: string | null }>({
          defaultValues: { due: '2026-03-01' },
        });
        return (
          <form onSubmit={handleSubmit(onValid)}>
            <Controller
              control={control}
              name="due"
              render={({ field }) => (
                <DatePicker
                  label="Due"
                  locale="en-US"
                  ref={field.ref}
                  value={field.value}
                  onValueChange={field.onChange}
                />
              )}
            />
            <button type="submit">Save</button>
          </form>
        );
      }
      render(<Form />);
      await userEvent.click(button());
      await userEvent.click(
        within(dialog()).getByRole('button', { name: 'Friday, March 20, 2026' }),
      );
      await userEvent.click(screen.getByRole('button', { name: 'Save' }));
      expect(onValid).toHaveBeenCalledWith({ due: '2026-03-20' }, expect.anything());
    });
  });
});
