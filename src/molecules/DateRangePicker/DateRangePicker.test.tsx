import { endOfMonth, startOfMonth } from '@internationalized/date';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DateRangePicker, type DateRangePreset } from './index';

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

const button = () => screen.getByRole('button', { name: 'Choose dates' });
const dialog = () => screen.getByRole('dialog', { name: 'Choose dates' });
const field = (name = 'Trip') => screen.getByRole('group', { name });
const startGroup = () => screen.getByRole('group', { name: 'Start date' });
const endGroup = () => screen.getByRole('group', { name: 'End date' });
const focusedDay = () => document.activeElement as HTMLElement;
const day = (name: string) => within(dialog()).getByRole('button', { name });

const presets: DateRangePreset[] = [
  { label: 'Last 7 days', value: (today) => ({ start: today.add({ days: -6 }), end: today }) },
  {
    label: 'This month',
    value: (today) => ({ start: startOfMonth(today), end: endOfMonth(today) }),
  },
];

describe('DateRangePicker', () => {
  it('is one group of two segmented fields, start and end, with a calendar button', () => {
    render(
      <DateRangePicker
        label="Trip"
        locale="de-DE"
        defaultValue={{ start: '2026-03-09', end: '2026-03-15' }}
      />,
    );
    expect(field()).toContainElement(startGroup());
    expect(field()).toContainElement(endGroup());
    expect(startGroup().textContent).toBe('09.03.2026');
    expect(endGroup().textContent).toBe('15.03.2026');
    expect(within(startGroup()).getAllByRole('spinbutton')[0]).toHaveAccessibleName(
      /Tag Start date Trip/,
    );
    expect(button()).toHaveAttribute('aria-haspopup', 'dialog');
    expect(button()).toHaveAttribute('aria-expanded', 'false');
  });

  it('types each end in its segments and reports both ends', async () => {
    const onValueChange = vi.fn();
    render(<DateRangePicker label="Trip" locale="en-US" onValueChange={onValueChange} />);
    await userEvent.click(within(startGroup()).getAllByRole('spinbutton')[0]!);
    await userEvent.keyboard('03092026');
    expect(onValueChange).toHaveBeenLastCalledWith({ start: '2026-03-09', end: null });
    // The start's full year moved focus on to the end's first segment.
    expect(document.activeElement).toBe(within(endGroup()).getAllByRole('spinbutton')[0]);
    await userEvent.keyboard('03152026');
    expect(onValueChange).toHaveBeenLastCalledWith({ start: '2026-03-09', end: '2026-03-15' });
    expect(field()).not.toHaveAttribute('aria-describedby');
  });

  it('ArrowLeft and ArrowRight cross from one field to the other (mirrored in ar-EG)', async () => {
    const { rerender } = render(<DateRangePicker label="Trip" locale="en-US" />);
    const first = (group: HTMLElement) => within(group).getAllByRole('spinbutton')[0]!;
    const last = (group: HTMLElement) => within(group).getAllByRole('spinbutton').at(-1)!;
    act(() => last(startGroup()).focus());
    await userEvent.keyboard('{ArrowRight}');
    expect(document.activeElement).toBe(first(endGroup()));
    await userEvent.keyboard('{ArrowLeft}');
    expect(document.activeElement).toBe(last(startGroup()));
    await userEvent.keyboard('{ArrowLeft}{ArrowLeft}{ArrowLeft}');
    expect(document.activeElement).toBe(first(startGroup()));
    rerender(<DateRangePicker label="Trip" locale="ar-EG" dir="rtl" />);
    act(() => last(startGroup()).focus());
    await userEvent.keyboard('{ArrowLeft}');
    expect(document.activeElement).toBe(first(endGroup()));
  });

  it('an end before the start is invalid, with a message, and is not swapped', async () => {
    const onValueChange = vi.fn();
    render(
      <DateRangePicker
        label="Trip"
        locale="en-US"
        defaultValue={{ start: '2026-03-09', end: '2026-03-15' }}
        onValueChange={onValueChange}
      />,
    );
    // Day segment of the end: 15 → 05.
    await userEvent.click(within(endGroup()).getAllByRole('spinbutton')[1]!);
    await userEvent.keyboard('05');
    expect(onValueChange).toHaveBeenLastCalledWith({ start: '2026-03-09', end: '2026-03-05' });
    expect(field()).toHaveAccessibleDescription('The end date is before the start date.');
    for (const segment of screen.getAllByRole('spinbutton')) {
      expect(segment).toHaveAttribute('aria-invalid', 'true');
    }
  });

  it('a range over an unavailable day, or out of bounds, is invalid with its own message', () => {
    const { rerender } = render(
      <DateRangePicker
        label="Trip"
        locale="en-US"
        defaultValue={{ start: '2026-03-09', end: '2026-03-15' }}
        isDateUnavailable={(date) => date.day === 12}
        unavailableErrorLabel="Booked on one of these days."
      />,
    );
    expect(field()).toHaveAccessibleDescription('Booked on one of these days.');
    rerender(
      <DateRangePicker
        label="Trip"
        locale="en-US"
        defaultValue={{ start: '2026-03-09', end: '2026-03-15' }}
        isDateUnavailable={(date) => date.day === 12}
        unavailableErrorLabel="Booked on one of these days."
        max="2026-03-14"
      />,
    );
    expect(field()).toHaveAccessibleDescription('A date is outside the dates that can be chosen.');
  });

  it('an error prop replaces the built-in message', () => {
    render(
      <DateRangePicker
        label="Trip"
        locale="en-US"
        defaultValue={{ start: '2026-03-15', end: '2026-03-09' }}
        error="Check your dates."
      />,
    );
    expect(field()).toHaveAccessibleDescription('Check your dates.');
  });

  it('opens on the start’s month; two clicks choose a range, close and return focus', async () => {
    const onValueChange = vi.fn();
    render(
      <DateRangePicker
        label="Trip"
        locale="en-US"
        defaultValue={{ start: '2026-03-09', end: '2026-03-15' }}
        onValueChange={onValueChange}
      />,
    );
    await userEvent.click(button());
    expect(button()).toHaveAttribute('aria-expanded', 'true');
    expect(within(dialog()).getByRole('grid')).toHaveAccessibleName('March 2026');
    expect(focusedDay()).toHaveAccessibleName('Monday, March 9, 2026');
    expect(day('Thursday, March 12, 2026').closest('td')).toHaveAttribute('data-in-range');
    await userEvent.click(day('Friday, March 20, 2026'));
    await userEvent.click(day('Tuesday, March 17, 2026'));
    expect(onValueChange).toHaveBeenLastCalledWith({ start: '2026-03-17', end: '2026-03-20' });
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(button()).toHaveFocus();
    expect(startGroup().textContent).toBe('03/17/2026');
    expect(endGroup().textContent).toBe('03/20/2026');
  });

  it('APG keys: the grid keys cross months, Enter picks both ends, Escape first drops the half range', async () => {
    const onValueChange = vi.fn();
    render(
      <DateRangePicker
        label="Trip"
        locale="en-US"
        defaultValue={{ start: '2026-01-31', end: '2026-02-02' }}
        onValueChange={onValueChange}
      />,
    );
    act(() => button().focus());
    await userEvent.keyboard('{Enter}');
    expect(focusedDay()).toHaveAccessibleName('Saturday, January 31, 2026');
    await userEvent.keyboard('{ArrowRight}');
    expect(focusedDay()).toHaveAccessibleName('Sunday, February 1, 2026');
    await userEvent.keyboard('{Enter}{Escape}');
    // The half-chosen range is dropped; the dialog is still open.
    expect(dialog()).toBeInTheDocument();
    await userEvent.keyboard('{Enter}{PageDown}{Shift>}{PageDown}{/Shift}{End}{Enter}');
    expect(onValueChange).toHaveBeenLastCalledWith({ start: '2026-02-01', end: '2027-03-06' });
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(button()).toHaveFocus();
  });

  it('Escape closes without choosing; Alt+ArrowDown in a field opens', async () => {
    const onValueChange = vi.fn();
    render(<DateRangePicker label="Trip" locale="en-US" onValueChange={onValueChange} />);
    act(() => within(endGroup()).getAllByRole('spinbutton')[0]!.focus());
    await userEvent.keyboard('{Alt>}{ArrowDown}{/Alt}');
    expect(dialog()).toBeInTheDocument();
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(button()).toHaveFocus();
    expect(onValueChange).not.toHaveBeenCalled();
  });

  it('computes presets when it opens, not at import or mount (across midnight)', async () => {
    vi.useFakeTimers({ toFake: ['Date'], shouldAdvanceTime: true });
    vi.setSystemTime(new Date(2026, 2, 31, 23, 59));
    const onValueChange = vi.fn();
    render(
      <DateRangePicker
        label="Trip"
        locale="en-US"
        presets={presets}
        onValueChange={onValueChange}
      />,
    );
    // Past midnight into April while the page stays open.
    vi.setSystemTime(new Date(2026, 3, 1, 0, 1));
    await userEvent.click(button());
    await userEvent.click(within(dialog()).getByRole('button', { name: 'This month' }));
    expect(onValueChange).toHaveBeenLastCalledWith({ start: '2026-04-01', end: '2026-04-30' });
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await userEvent.click(button());
    expect(within(dialog()).getByRole('button', { name: 'This month' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await userEvent.click(within(dialog()).getByRole('button', { name: 'Last 7 days' }));
    expect(onValueChange).toHaveBeenLastCalledWith({ start: '2026-03-26', end: '2026-04-01' });
  });

  it('disables out-of-bounds and unavailable days, and presets that would hold one', async () => {
    vi.useFakeTimers({ toFake: ['Date'], shouldAdvanceTime: true });
    vi.setSystemTime(new Date(2026, 2, 20, 12));
    render(
      <DateRangePicker
        label="Trip"
        locale="en-US"
        min="2026-03-05"
        isDateUnavailable={(date) => date.day === 17}
        presets={presets}
        defaultOpen
      />,
    );
    await waitFor(() => expect(dialog()).toBeInTheDocument());
    expect(day('Wednesday, March 4, 2026')).toHaveAttribute('aria-disabled', 'true');
    expect(day('Tuesday, March 17, 2026')).toHaveAttribute('aria-disabled', 'true');
    expect(within(dialog()).getByRole('button', { name: 'Last 7 days' })).toBeDisabled();
    expect(within(dialog()).getByRole('button', { name: 'This month' })).toBeDisabled();
  });

  it('replaces every string through *Label props', async () => {
    render(
      <DateRangePicker
        label="Reise"
        locale="de-DE"
        calendarLabel="Zeitraum wählen"
        prevLabel="Zurück"
        nextLabel="Weiter"
        startLabel="Beginn"
        endLabel="Ende"
        dayLabel="T"
        monthLabel="M"
        yearLabel="J"
        emptyLabel="Leer"
        orderErrorLabel="Das Ende liegt vor dem Beginn."
        defaultValue={{ start: '2026-03-15', end: '2026-03-09' }}
      />,
    );
    expect(field('Reise')).toHaveAccessibleDescription('Das Ende liegt vor dem Beginn.');
    expect(screen.getByRole('group', { name: 'Beginn' })).toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'Ende' })).toBeInTheDocument();
    expect(screen.getAllByRole('spinbutton')[0]).toHaveAttribute('aria-label', 'T');
    await userEvent.click(screen.getByRole('button', { name: 'Zeitraum wählen' }));
    expect(screen.getByRole('dialog', { name: 'Zeitraum wählen' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Zurück' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Weiter' })).toBeInTheDocument();
  });

  it('shows ar-EG in Arabic-Indic digits, right to left, and ja-JP year first', () => {
    const value = { start: '2026-03-09', end: '2026-03-15' };
    const { rerender } = render(
      <DateRangePicker label="رحلة" locale="ar-EG" defaultValue={value} />,
    );
    expect(screen.getAllByRole('group')[1]!.textContent).toContain('٠٩');
    expect(screen.getAllByRole('group')[1]!.textContent).toContain('٢٠٢٦');
    rerender(<DateRangePicker label="旅行" locale="ja-JP" defaultValue={value} />);
    expect(screen.getAllByRole('group')[1]!.textContent).toBe('2026/03/09');
  });

  it('disabled and readOnly never open; disabled submits nothing', async () => {
    const { rerender, container } = render(
      <form>
        <DateRangePicker
          label="Trip"
          locale="en-US"
          name="trip"
          defaultValue={{ start: '2026-03-09', end: '2026-03-15' }}
          disabled
        />
      </form>,
    );
    expect(button()).toBeDisabled();
    expect([...new FormData(container.querySelector('form')!).keys()]).toEqual([]);
    rerender(
      <form>
        <DateRangePicker label="Trip" locale="en-US" readOnly />
      </form>,
    );
    await userEvent.click(button());
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('its ref reaches the group of both fields, and focusing it focuses the first segment', () => {
    const ref = createRef<HTMLDivElement>();
    render(<DateRangePicker ref={ref} label="Trip" locale="en-US" />);
    expect(ref.current).toBe(field());
    act(() => ref.current?.focus());
    expect(document.activeElement).toBe(within(startGroup()).getAllByRole('spinbutton')[0]);
  });

  describe('forms', () => {
    it('an invalid range stops the submit with its message until it is fixed', async () => {
      render(
        <form data-testid="form">
          <DateRangePicker
            label="Trip"
            locale="en-US"
            name="trip"
            defaultValue={{ start: '2026-03-09', end: '2026-03-15' }}
          />
        </form>,
      );
      const form = screen.getByTestId('form') as HTMLFormElement;
      expect(form.checkValidity()).toBe(true);
      await userEvent.click(within(endGroup()).getAllByRole('spinbutton')[1]!);
      await userEvent.keyboard('05');
      expect(form.checkValidity()).toBe(false);
      const invalid = form.querySelector(':invalid') as HTMLSelectElement;
      expect(invalid.validationMessage).toBe('The end date is before the start date.');
      await userEvent.click(within(endGroup()).getAllByRole('spinbutton')[1]!);
      await userEvent.keyboard('19');
      expect(form.checkValidity()).toBe(true);
    });

    it('submits ${name}.start and ${name}.end as ISO dates, and resets', async () => {
      render(
        <form data-testid="form">
          <DateRangePicker
            label="Trip"
            locale="en-US"
            name="trip"
            defaultValue={{ start: '2026-03-09', end: '2026-03-15' }}
          />
        </form>,
      );
      const form = screen.getByTestId('form') as HTMLFormElement;
      const submitted = () => Object.fromEntries(new FormData(form));
      expect(submitted()).toEqual({ 'trip.start': '2026-03-09', 'trip.end': '2026-03-15' });
      await userEvent.click(button());
      await userEvent.click(day('Monday, March 2, 2026'));
      await userEvent.click(day('Wednesday, March 4, 2026'));
      expect(submitted()).toEqual({ 'trip.start': '2026-03-02', 'trip.end': '2026-03-04' });
      fireEvent.reset(form);
      await act(async () => {});
      expect(submitted()).toEqual({ 'trip.start': '2026-03-09', 'trip.end': '2026-03-15' });
      expect(startGroup().textContent).toBe('03/09/2026');
      expect(endGroup().textContent).toBe('03/15/2026');
    });

    it('startName and endName override the names; an empty end submits empty', () => {
      render(
        <form data-testid="form">
          <DateRangePicker
            label="Trip"
            locale="en-US"
            startName="from"
            endName="to"
            defaultValue={{ start: '2026-03-09' }}
          />
        </form>,
      );
      const form = screen.getByTestId('form') as HTMLFormElement;
      expect(Object.fromEntries(new FormData(form))).toEqual({ from: '2026-03-09', to: '' });
    });

    it('works with a react-hook-form Controller', async () => {
      const onValid = vi.fn();
      type Values = { trip: { start: string | null; end: string | null } };
      function Form() {
        const { control, handleSubmit } = useForm<Values>({
          defaultValues: { trip: { start: '2026-03-01', end: '2026-03-03' } },
        });
        return (
          <form onSubmit={handleSubmit(onValid)}>
            <Controller
              control={control}
              name="trip"
              render={({ field: { ref, value, onChange } }) => (
                <DateRangePicker
                  label="Trip"
                  locale="en-US"
                  ref={ref}
                  value={value}
                  onValueChange={onChange}
                />
              )}
            />
            <button type="submit">Save</button>
          </form>
        );
      }
      render(<Form />);
      await userEvent.click(button());
      await userEvent.click(day('Friday, March 20, 2026'));
      await userEvent.click(day('Tuesday, March 24, 2026'));
      await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
      await userEvent.click(screen.getByRole('button', { name: 'Save' }));
      expect(onValid).toHaveBeenCalledWith(
        { trip: { start: '2026-03-20', end: '2026-03-24' } },
        expect.anything(),
      );
    });
  });
});
