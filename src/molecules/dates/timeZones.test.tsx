import { resetLocalTimeZone } from '@internationalized/date';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { Calendar } from '../Calendar';
import { DateField } from '../DateField';
import { RangeCalendar } from '../RangeCalendar';

/*
 * A chosen day must come back as the same day whatever the time zone of the machine (MUI-X
 * #9653, #16090: days shifted by one at UTC+0 and across the Europe/London DST change). Node
 * reads `process.env.TZ` again on every assignment, so each case switches the whole process's
 * zone and first proves the switch took (the offset of a known instant). A component that went
 * through a JS `Date` at local midnight would shift the day in one of these zones.
 */
const originalZone = process.env.TZ;
afterAll(() => {
  process.env.TZ = originalZone;
  resetLocalTimeZone();
});

const zones = [
  // UTC−10, no DST: local midnight is 10:00 UTC, the same day.
  { zone: 'Pacific/Honolulu', offset: 600, days: ['2026-03-01', '2026-12-31'] },
  // UTC+14, the earliest zone: local midnight is 10:00 UTC of the day before.
  { zone: 'Pacific/Kiritimati', offset: -840, days: ['2026-03-01', '2026-01-01'] },
  // Europe/London: the spring-forward (29 March 2026) and fall-back (25 October 2026) days.
  { zone: 'Europe/London', offset: 0, days: ['2026-03-29', '2026-10-25', '2026-03-30'] },
];

describe.each(zones)('with the process at $zone', ({ zone, offset, days }) => {
  beforeEach(() => {
    process.env.TZ = zone;
    resetLocalTimeZone();
  });

  it('is really in that zone', () => {
    expect(new Date(Date.UTC(2026, 0, 15, 12)).getTimezoneOffset()).toBe(offset);
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe(zone);
  });

  it.each(days)('Calendar: %s round-trips through value, label, click and form', async (iso) => {
    const onValueChange = vi.fn();
    const { container } = render(
      <form>
        <Calendar
          locale="en-GB"
          name="day"
          defaultFocusedValue={iso}
          onValueChange={onValueChange}
        />
      </form>,
    );
    const [year, month, dayOfMonth] = iso.split('-').map(Number) as [number, number, number];
    const label = new Intl.DateTimeFormat('en-GB', {
      timeZone: 'UTC',
      weekday: 'long',
      year: 'numeric',
      month: 'long',
      day: 'numeric',
    }).format(Date.UTC(year, month - 1, dayOfMonth));
    const button = screen.getByRole('button', { name: label });
    expect(button).toHaveTextContent(new RegExp(`^${dayOfMonth}$`));
    await userEvent.click(button);
    expect(onValueChange).toHaveBeenCalledWith(iso, expect.objectContaining({ day: dayOfMonth }));
    expect(new FormData(container.querySelector('form')!).get('day')).toBe(iso);
  });

  it.each(days)('DateField: %s typed in segments comes back as typed', async (iso) => {
    const onValueChange = vi.fn();
    const { container } = render(
      <form>
        <DateField label="Day" locale="en-US" name="day" onValueChange={onValueChange} />
      </form>,
    );
    const [year, month, dayOfMonth] = iso.split('-');
    await userEvent.click(screen.getAllByRole('spinbutton')[0]!);
    await userEvent.keyboard(`${month}${dayOfMonth}${year}`);
    expect(onValueChange).toHaveBeenLastCalledWith(iso, expect.anything());
    expect(new FormData(container.querySelector('form')!).get('day')).toBe(iso);
    expect(screen.getByRole('group').textContent).toBe(`${month}/${dayOfMonth}/${year}`);
  });

  it('RangeCalendar: a range across the zone’s edge days comes back unchanged', async () => {
    const onValueChange = vi.fn();
    const [first = '', last = ''] = [...days].sort();
    render(
      <RangeCalendar
        locale="en-US"
        name="range"
        defaultValue={{ start: first, end: last }}
        onValueChange={onValueChange}
      />,
    );
    const ends = document.querySelectorAll(
      'td[data-range-start] > button, td[data-range-end] > button',
    );
    expect([...ends].map((button) => button.getAttribute('data-date'))).toEqual(
      first.slice(0, 7) === last.slice(0, 7) ? [first, last] : [first],
    );
    expect(document.querySelector<HTMLInputElement>('input[name="range"]')?.value).toBe(
      `${first}/${last}`,
    );
  });
});
