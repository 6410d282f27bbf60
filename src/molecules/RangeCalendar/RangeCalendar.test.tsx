import { CalendarDate, type DateValue } from '@internationalized/date';
import { act, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { RangeCalendar } from './index';

afterEach(() => {
  vi.restoreAllMocks();
});

const day = (name: string) => screen.getByRole('button', { name });
const cell = (name: string) => day(name).closest('td');
const focusedDay = () => document.activeElement as HTMLElement;
const selectedDays = () =>
  [...document.querySelectorAll('td[aria-selected="true"] > button')].map(
    (button) => button.textContent,
  );

describe('RangeCalendar', () => {
  it('opens on min when defaultFocusedValue is before it, never on a disabled month', () => {
    render(<RangeCalendar locale="en-US" defaultFocusedValue="2026-01-10" min="2026-03-05" />);
    const tabStop = document.querySelector('td > button[tabindex="0"]');
    expect(tabStop).toHaveAccessibleName('Thursday, March 5, 2026');
  });

  it('shows its range: every day selected, the ends marked', () => {
    render(
      <RangeCalendar locale="en-US" defaultValue={{ start: '2026-03-09', end: '2026-03-12' }} />,
    );
    expect(selectedDays()).toEqual(['9', '10', '11', '12']);
    expect(cell('Monday, March 9, 2026')).toHaveAttribute('data-range-start');
    expect(cell('Thursday, March 12, 2026')).toHaveAttribute('data-range-end');
    expect(day('Monday, March 9, 2026')).toHaveAttribute('tabindex', '0');
  });

  it('chooses a range with two clicks, previewing it on hover, in order whichever end comes first', async () => {
    const onValueChange = vi.fn();
    render(
      <RangeCalendar
        locale="en-US"
        defaultFocusedValue="2026-03-01"
        onValueChange={onValueChange}
      />,
    );
    await userEvent.click(day('Friday, March 20, 2026'));
    expect(screen.getByRole('group')).toHaveAttribute('data-choosing');
    await userEvent.hover(day('Tuesday, March 17, 2026'));
    expect(selectedDays()).toEqual(['17', '18', '19', '20']);
    await userEvent.click(day('Monday, March 16, 2026'));
    expect(onValueChange).toHaveBeenCalledWith({ start: '2026-03-16', end: '2026-03-20' });
    expect(screen.getByRole('group')).not.toHaveAttribute('data-choosing');
    expect(selectedDays()).toEqual(['16', '17', '18', '19', '20']);
  });

  it('chooses with the keyboard across months, previewing to the focused day', async () => {
    const onValueChange = vi.fn();
    render(
      <RangeCalendar
        locale="en-US"
        defaultFocusedValue="2026-03-30"
        onValueChange={onValueChange}
      />,
    );
    act(() => day('Monday, March 30, 2026').focus());
    await userEvent.keyboard('{Enter}{ArrowDown}');
    expect(focusedDay()).toHaveAccessibleName('Monday, April 6, 2026');
    expect(selectedDays()).toEqual(['1', '2', '3', '4', '5', '6']);
    await userEvent.keyboard(' ');
    expect(onValueChange).toHaveBeenCalledWith({ start: '2026-03-30', end: '2026-04-06' });
  });

  it('Escape drops a half-chosen range (and only then is consumed)', async () => {
    const outer = vi.fn();
    render(
      <div onKeyDown={(event) => outer(event.defaultPrevented)}>
        <RangeCalendar locale="en-US" defaultFocusedValue="2026-03-10" />
      </div>,
    );
    act(() => day('Tuesday, March 10, 2026').focus());
    await userEvent.keyboard('{Enter}{ArrowRight}{Escape}');
    expect(outer).toHaveBeenLastCalledWith(true);
    expect(selectedDays()).toEqual([]);
    await userEvent.keyboard('{Escape}');
    expect(outer).toHaveBeenLastCalledWith(false);
  });

  it('never spans an unavailable day: days past the nearest one are disabled', async () => {
    const blocked = (date: DateValue) => date.day === 14 && date.month === 3;
    render(
      <RangeCalendar locale="en-US" defaultFocusedValue="2026-03-10" isDateUnavailable={blocked} />,
    );
    await userEvent.click(day('Tuesday, March 10, 2026'));
    expect(day('Sunday, March 15, 2026')).toHaveAttribute('aria-disabled', 'true');
    expect(day('Friday, March 13, 2026')).not.toHaveAttribute('aria-disabled');
    await userEvent.click(day('Sunday, March 15, 2026'));
    expect(screen.getByRole('group')).toHaveAttribute('data-choosing');
  });

  it('respects min and max', async () => {
    const onValueChange = vi.fn();
    render(
      <RangeCalendar
        locale="en-US"
        defaultFocusedValue="2026-03-10"
        min="2026-03-05"
        max="2026-03-25"
        onValueChange={onValueChange}
      />,
    );
    await userEvent.click(day('Wednesday, March 4, 2026'));
    expect(screen.getByRole('group')).not.toHaveAttribute('data-choosing');
  });

  it('ar-EG: right-to-left with Arabic-Indic digits', () => {
    render(
      <RangeCalendar locale="ar-EG" defaultValue={{ start: '2026-03-09', end: '2026-03-10' }} />,
    );
    expect(screen.getByRole('group')).toHaveAttribute('dir', 'rtl');
    expect(selectedDays()).toEqual(['٩', '١٠']);
  });

  it('takes CalendarDate ends, and reports a bad range in development', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const { rerender } = render(
      <RangeCalendar
        locale="en-US"
        value={{ start: new CalendarDate(2026, 3, 12), end: new CalendarDate(2026, 3, 10) }}
      />,
    );
    expect(selectedDays()).toEqual(['10', '11', '12']);
    rerender(<RangeCalendar locale="en-US" value={{ start: 'soon', end: '2026-03-10' }} />);
    expect(error).toHaveBeenCalledWith(
      expect.stringContaining('`value.start` must be an ISO date'),
    );
    expect(selectedDays()).toEqual([]);
  });

  it('passes native props through and its ref reaches the group', () => {
    const ref = createRef<HTMLDivElement>();
    render(<RangeCalendar ref={ref} locale="en-US" data-testid="range" label="Stay" />);
    expect(ref.current).toBe(screen.getByTestId('range'));
    expect(ref.current?.getAttribute('aria-label')).toMatch(/^Stay, /);
  });

  describe('forms', () => {
    it('submits the ISO interval under name and restores the default on reset', async () => {
      render(
        <form data-testid="form">
          <RangeCalendar
            locale="en-US"
            name="stay"
            defaultValue={{ start: '2026-03-02', end: '2026-03-04' }}
          />
        </form>,
      );
      const form = screen.getByTestId('form') as HTMLFormElement;
      expect(new FormData(form).get('stay')).toBe('2026-03-02/2026-03-04');
      await userEvent.click(day('Tuesday, March 10, 2026'));
      await userEvent.click(day('Friday, March 13, 2026'));
      expect(new FormData(form).get('stay')).toBe('2026-03-10/2026-03-13');
      fireEvent.reset(form);
      await act(async () => {});
      expect(new FormData(form).get('stay')).toBe('2026-03-02/2026-03-04');
    });

    it('works with a react-hook-form Controller', async () => {
      const onValid = vi.fn();
      function Form() {
        const { control, handleSubmit } = useForm<{ stay: { start: string; end: string } | null }>({
          defaultValues: { stay: { start: '2026-03-02', end: '2026-03-03' } },
        });
        return (
          <form onSubmit={handleSubmit(onValid)}>
            <Controller
              control={control}
              name="stay"
              render={({ field }) => (
                <RangeCalendar locale="en-US" value={field.value} onValueChange={field.onChange} />
              )}
            />
            <button type="submit">Save</button>
          </form>
        );
      }
      render(<Form />);
      await userEvent.click(day('Tuesday, March 10, 2026'));
      await userEvent.click(day('Friday, March 13, 2026'));
      await userEvent.click(screen.getByRole('button', { name: 'Save' }));
      expect(onValid).toHaveBeenCalledWith(
        { stay: { start: '2026-03-10', end: '2026-03-13' } },
        expect.anything(),
      );
    });
  });
});
