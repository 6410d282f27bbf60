import { CalendarDate, type DateValue } from '@internationalized/date';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef, useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Calendar } from './index';

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

const grid = () => screen.getByRole('grid');
const day = (name: string) => screen.getByRole('button', { name });
const focusedDay = () => document.activeElement as HTMLElement;
const heading = () => screen.getByRole('group').querySelector('[data-part="heading"]');
const headers = () =>
  within(grid())
    .getAllByRole('columnheader')
    .map((th) => th.textContent);

describe('Calendar', () => {
  it('shows the month of its value as a grid of day buttons, with one tab stop', () => {
    render(<Calendar locale="en-US" defaultValue="2026-03-29" />);
    expect(screen.getByRole('group')).toHaveAccessibleName('March 2026');
    expect(grid()).toHaveAccessibleName('March 2026');
    const chosen = day('Sunday, March 29, 2026');
    expect(chosen.closest('td')).toHaveAttribute('aria-selected', 'true');
    expect(chosen).toHaveAttribute('tabindex', '0');
    const stops = within(grid())
      .getAllByRole('button')
      .filter((button) => button.tabIndex === 0);
    expect(stops).toEqual([chosen]);
    expect(within(grid()).getAllByRole('button')).toHaveLength(31);
  });

  it('marks today with aria-current="date"', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2026, 4, 12, 12));
    render(<Calendar locale="en-US" />);
    expect(day('Tuesday, May 12, 2026')).toHaveAttribute('aria-current', 'date');
    expect(day('Tuesday, May 12, 2026')).toHaveAttribute('tabindex', '0');
  });

  it('chooses a day on click and reports it as an ISO string and a CalendarDate', async () => {
    const onValueChange = vi.fn();
    render(
      <Calendar locale="en-US" defaultFocusedValue="2026-03-01" onValueChange={onValueChange} />,
    );
    await userEvent.click(day('Monday, March 16, 2026'));
    expect(onValueChange).toHaveBeenCalledWith('2026-03-16', new CalendarDate(2026, 3, 16));
    expect(day('Monday, March 16, 2026').closest('td')).toHaveAttribute('aria-selected', 'true');
  });

  describe('keyboard (APG date picker dialog grid)', () => {
    const setup = (props: Partial<Parameters<typeof Calendar>[0]> = {}) => {
      const onValueChange = vi.fn();
      render(
        <Calendar
          locale="en-US"
          defaultValue="2026-03-31"
          onValueChange={onValueChange}
          {...props}
        />,
      );
      act(() => day('Tuesday, March 31, 2026').focus());
      return onValueChange;
    };

    it('moves by a day with Left/Right and a week with Up/Down, across the month edge', async () => {
      setup();
      await userEvent.keyboard('{ArrowRight}');
      expect(focusedDay()).toHaveAccessibleName('Wednesday, April 1, 2026');
      expect(heading()).toHaveTextContent('April 2026');
      await userEvent.keyboard('{ArrowLeft}{ArrowLeft}');
      expect(focusedDay()).toHaveAccessibleName('Monday, March 30, 2026');
      await userEvent.keyboard('{ArrowDown}');
      expect(focusedDay()).toHaveAccessibleName('Monday, April 6, 2026');
      await userEvent.keyboard('{ArrowUp}{ArrowUp}');
      expect(focusedDay()).toHaveAccessibleName('Monday, March 23, 2026');
      expect(focusedDay()).toHaveAttribute('tabindex', '0');
    });

    it('moves by a month with PageUp/PageDown (keeping the day, or the last one) and a year with Shift', async () => {
      setup();
      await userEvent.keyboard('{PageDown}');
      expect(focusedDay()).toHaveAccessibleName('Thursday, April 30, 2026');
      await userEvent.keyboard('{PageUp}{PageUp}');
      expect(focusedDay()).toHaveAccessibleName('Saturday, February 28, 2026');
      await userEvent.keyboard('{Shift>}{PageDown}{/Shift}');
      expect(focusedDay()).toHaveAccessibleName('Sunday, February 28, 2027');
      await userEvent.keyboard('{Shift>}{PageUp}{PageUp}{/Shift}');
      expect(focusedDay()).toHaveAccessibleName('Friday, February 28, 2025');
    });

    it('goes to the edges of the locale’s week with Home/End', async () => {
      setup();
      await userEvent.keyboard('{Home}');
      expect(focusedDay()).toHaveAccessibleName('Sunday, March 29, 2026');
      await userEvent.keyboard('{End}');
      expect(focusedDay()).toHaveAccessibleName('Saturday, April 4, 2026');
    });

    it('uses Monday as the week start in de-DE for Home/End', async () => {
      render(<Calendar locale="de-DE" defaultValue="2026-04-01" />);
      act(() => day('Mittwoch, 1. April 2026').focus());
      await userEvent.keyboard('{Home}');
      expect(focusedDay()).toHaveAccessibleName('Montag, 30. März 2026');
      await userEvent.keyboard('{End}');
      expect(focusedDay()).toHaveAccessibleName('Sonntag, 5. April 2026');
    });

    it('chooses the focused day with Enter and with Space', async () => {
      const onValueChange = setup();
      await userEvent.keyboard('{ArrowLeft}{Enter}');
      expect(onValueChange).toHaveBeenLastCalledWith('2026-03-30', expect.anything());
      await userEvent.keyboard('{ArrowLeft} ');
      expect(onValueChange).toHaveBeenLastCalledWith('2026-03-29', expect.anything());
    });

    it('mirrors Left and Right in a right-to-left calendar', async () => {
      render(<Calendar locale="en-US" dir="rtl" defaultValue="2026-03-10" />);
      act(() => day('Tuesday, March 10, 2026').focus());
      await userEvent.keyboard('{ArrowLeft}');
      expect(focusedDay()).toHaveAccessibleName('Wednesday, March 11, 2026');
    });

    it('moves with the previous and next buttons, keeping focus on the button', async () => {
      render(<Calendar locale="en-US" defaultValue="2026-01-15" prevLabel="Back" nextLabel="On" />);
      await userEvent.click(screen.getByRole('button', { name: 'Back' }));
      expect(heading()).toHaveTextContent('December 2025');
      expect(focusedDay()).toHaveAccessibleName('Back');
      await userEvent.click(screen.getByRole('button', { name: 'On' }));
      await userEvent.click(screen.getByRole('button', { name: 'On' }));
      expect(heading()).toHaveTextContent('February 2026');
      expect(day('Sunday, February 15, 2026')).toHaveAttribute('tabindex', '0');
    });
  });

  describe('min, max and unavailable days', () => {
    it('disables days outside min..max, stops focus at the bounds and the month buttons', async () => {
      const onValueChange = vi.fn();
      render(
        <Calendar
          locale="en-US"
          defaultValue="2026-03-10"
          min="2026-03-05"
          max="2026-03-20"
          onValueChange={onValueChange}
        />,
      );
      expect(day('Wednesday, March 4, 2026')).toHaveAttribute('aria-disabled', 'true');
      expect(screen.getByRole('button', { name: 'Previous month' })).toBeDisabled();
      expect(screen.getByRole('button', { name: 'Next month' })).toBeDisabled();
      await userEvent.click(day('Wednesday, March 4, 2026'));
      expect(onValueChange).not.toHaveBeenCalled();
      act(() => day('Tuesday, March 10, 2026').focus());
      await userEvent.keyboard('{ArrowUp}');
      expect(focusedDay()).toHaveAccessibleName('Thursday, March 5, 2026');
      await userEvent.keyboard('{PageDown}');
      expect(focusedDay()).toHaveAccessibleName('Friday, March 20, 2026');
    });

    it('opens on min or max when defaultFocusedValue is outside them, never on a disabled month', () => {
      const tabStop = () => document.querySelector('td > button[tabindex="0"]');
      const { unmount } = render(
        <Calendar locale="en-US" defaultFocusedValue="2026-01-10" min="2026-03-05" />,
      );
      expect(tabStop()).toHaveAccessibleName('Thursday, March 5, 2026');
      expect(tabStop()).not.toHaveAttribute('aria-disabled');
      unmount();
      render(<Calendar locale="en-US" defaultFocusedValue="2026-06-10" max="2026-03-20" />);
      expect(tabStop()).toHaveAccessibleName('Friday, March 20, 2026');
    });

    it('marks unavailable days, lets focus pass over them, and never chooses them', async () => {
      const onValueChange = vi.fn();
      const weekend = (date: DateValue) => [0, 6].includes(date.toDate('UTC').getUTCDay());
      render(
        <Calendar
          locale="en-US"
          defaultFocusedValue="2026-03-06"
          isDateUnavailable={weekend}
          onValueChange={onValueChange}
        />,
      );
      const saturday = day('Saturday, March 7, 2026');
      expect(saturday).toHaveAttribute('aria-disabled', 'true');
      expect(saturday).toHaveAttribute('data-unavailable');
      act(() => day('Friday, March 6, 2026').focus());
      await userEvent.keyboard('{ArrowRight}');
      expect(focusedDay()).toBe(saturday);
      await userEvent.keyboard('{Enter}');
      expect(onValueChange).not.toHaveBeenCalled();
    });
  });

  describe('locales', () => {
    it('de-DE starts the week on Monday, in German', () => {
      render(<Calendar locale="de-DE" defaultValue="2026-03-29" />);
      expect(heading()).toHaveTextContent('März 2026');
      expect(headers()[0]).toContain('Montag');
      expect(day('Sonntag, 29. März 2026')).toBeInTheDocument();
    });

    it('en-US starts on Sunday', () => {
      render(<Calendar locale="en-US" defaultValue="2026-03-29" />);
      expect(headers()[0]).toContain('Sunday');
    });

    it('ar-EG is right-to-left, starts on Saturday and writes Arabic-Indic digits', () => {
      render(<Calendar locale="ar-EG" defaultValue="2026-03-29" />);
      expect(screen.getByRole('group')).toHaveAttribute('dir', 'rtl');
      expect(headers()[0]).toContain('السبت');
      const chosen = grid().querySelector('td[aria-selected] > button');
      expect(chosen).toHaveTextContent('٢٩');
      expect(heading()?.textContent).toMatch(/٢٠٢٦/);
    });

    it('ja-JP names the month in Japanese and shows bare day numbers', () => {
      render(<Calendar locale="ja-JP" defaultValue="2026-03-29" />);
      expect(heading()).toHaveTextContent('2026年3月');
      expect(headers()[0]).toContain('日曜日');
      expect(grid().querySelector('td[aria-selected] > button')).toHaveTextContent(/^29$/);
    });
  });

  describe('states', () => {
    it('disabled: no tab stop and nothing chosen', async () => {
      const onValueChange = vi.fn();
      render(
        <Calendar
          locale="en-US"
          defaultValue="2026-03-29"
          disabled
          onValueChange={onValueChange}
        />,
      );
      expect(screen.getByRole('group')).toHaveAttribute('data-disabled');
      expect(day('Sunday, March 29, 2026')).toHaveAttribute('tabindex', '-1');
      await userEvent.click(day('Monday, March 30, 2026'));
      expect(onValueChange).not.toHaveBeenCalled();
    });

    it('readOnly: browsable, not choosable', async () => {
      const onValueChange = vi.fn();
      render(
        <Calendar
          locale="en-US"
          defaultValue="2026-03-29"
          readOnly
          onValueChange={onValueChange}
        />,
      );
      act(() => day('Sunday, March 29, 2026').focus());
      await userEvent.keyboard('{ArrowRight}{Enter}');
      expect(focusedDay()).toHaveAccessibleName('Monday, March 30, 2026');
      expect(onValueChange).not.toHaveBeenCalled();
    });

    it('controlled: shows the new value and its month', () => {
      const { rerender } = render(<Calendar locale="en-US" value="2026-03-29" />);
      rerender(<Calendar locale="en-US" value={new CalendarDate(2026, 7, 4)} />);
      expect(heading()).toHaveTextContent('July 2026');
      expect(day('Saturday, July 4, 2026').closest('td')).toHaveAttribute('aria-selected', 'true');
    });

    it('passes native props through and its ref reaches the group', () => {
      const ref = createRef<HTMLDivElement>();
      render(
        <Calendar ref={ref} locale="en-US" data-testid="cal" className="mine" label="Start" />,
      );
      expect(ref.current).toBe(screen.getByTestId('cal'));
      expect(ref.current).toHaveClass('cal-calendar', 'mine');
      expect(ref.current?.getAttribute('aria-label')).toMatch(/^Start, /);
    });
  });

  describe('bad input', () => {
    it('reports a value that is not an ISO date and shows no day chosen', () => {
      const error = vi.spyOn(console, 'error').mockImplementation(() => {});
      render(<Calendar locale="en-US" value="29/03/2026" />);
      expect(error).toHaveBeenCalledWith(
        expect.stringContaining('`value` must be an ISO date string'),
      );
      expect(grid().querySelector('td[aria-selected]')).toBeNull();
    });

    it('reports min after max and ignores both', () => {
      const error = vi.spyOn(console, 'error').mockImplementation(() => {});
      render(
        <Calendar locale="en-US" defaultValue="2026-03-10" min="2026-04-01" max="2026-03-01" />,
      );
      expect(error).toHaveBeenCalledWith(
        expect.stringContaining('`min` (2026-04-01) is after `max`'),
      );
      expect(day('Tuesday, March 10, 2026')).not.toHaveAttribute('aria-disabled');
    });
  });

  describe('forms', () => {
    it('submits the ISO date under name and restores the default on reset', async () => {
      render(
        <form data-testid="form">
          <Calendar locale="en-US" name="day" defaultValue="2026-03-29" />
        </form>,
      );
      const form = screen.getByTestId('form') as HTMLFormElement;
      expect(new FormData(form).get('day')).toBe('2026-03-29');
      await userEvent.click(day('Tuesday, March 3, 2026'));
      expect(new FormData(form).get('day')).toBe('2026-03-03');
      fireEvent.reset(form);
      await act(async () => {});
      expect(new FormData(form).get('day')).toBe('2026-03-29');
    });

    it('works with a react-hook-form Controller', async () => {
      const onValid = vi.fn();
      function Form() {
        const { control, handleSubmit } = useForm<{ day: string | null }>({
          defaultValues: { day: '2026-03-01' },
        });
        return (
          <form onSubmit={handleSubmit(onValid)}>
            <Controller
              control={control}
              name="day"
              render={({ field }) => (
                <Calendar locale="en-US" value={field.value} onValueChange={field.onChange} />
              )}
            />
            <button type="submit">Save</button>
          </form>
        );
      }
      render(<Form />);
      await userEvent.click(day('Friday, March 20, 2026'));
      await userEvent.click(screen.getByRole('button', { name: 'Save' }));
      expect(onValid).toHaveBeenCalledWith({ day: '2026-03-20' }, expect.anything());
    });

    it('a controlled calendar only changes when the owner says so', async () => {
      function Owner() {
        const [value, setValue] = useState<string | null>('2026-03-01');
        return (
          <>
            <Calendar locale="en-US" value={value} onValueChange={setValue} />
            <output>{value}</output>
          </>
        );
      }
      render(<Owner />);
      await userEvent.click(day('Friday, March 20, 2026'));
      expect(screen.getByRole('status')).toHaveTextContent('2026-03-20');
    });
  });
});
