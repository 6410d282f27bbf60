import { resetLocalTimeZone } from '@internationalized/date';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { DateRangePicker } from './index';

/*
 * A chosen range must come back as the same days whatever the time zone of the machine (MUI-X
 * #9653, #16090: days shifted by one at the ends of the day and across DST changes). As in
 * dates/timeZones.test.tsx, each case switches the whole process's zone (Node reads
 * `process.env.TZ` again on every assignment) and first proves the switch took.
 */
const originalZone = process.env.TZ;
afterAll(() => {
  process.env.TZ = originalZone;
  resetLocalTimeZone();
});

const zones = [
  // UTC−10, no DST: local midnight is 10:00 UTC, the same day.
  { zone: 'Pacific/Honolulu', offset: 600, range: ['2026-02-28', '2026-03-01'] },
  // UTC+14, the earliest zone: local midnight is 10:00 UTC of the day before.
  { zone: 'Pacific/Kiritimati', offset: -840, range: ['2026-03-01', '2026-03-02'] },
  // Europe/London: across the spring-forward day (29 March 2026, a 23-hour day).
  { zone: 'Europe/London', offset: 0, range: ['2026-03-28', '2026-03-30'] },
  // Europe/London: across the fall-back day (25 October 2026, a 25-hour day).
  { zone: 'Europe/London', offset: 0, range: ['2026-10-24', '2026-10-26'] },
] as const;

const label = (iso: string) => {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat('en-US', {
    timeZone: 'UTC',
    weekday: 'long',
    year: 'numeric',
    month: 'long',
    day: 'numeric',
  }).format(Date.UTC(year, month - 1, day));
};

describe.each(zones)('with the process at $zone, $range', ({ zone, offset, range }) => {
  const [start, end] = range;
  beforeEach(() => {
    process.env.TZ = zone;
    resetLocalTimeZone();
  });

  it('is really in that zone', () => {
    expect(new Date(Date.UTC(2026, 0, 15, 12)).getTimezoneOffset()).toBe(offset);
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe(zone);
  });

  it('a range chosen in the calendar round-trips through value, fields and form', async () => {
    const onValueChange = vi.fn();
    const { container } = render(
      <form>
        <DateRangePicker
          label="Trip"
          locale="en-US"
          name="trip"
          defaultValue={{ start, end: start }}
          onValueChange={onValueChange}
        />
      </form>,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Choose dates' }));
    const dialog = screen.getByRole('dialog');
    await userEvent.click(within(dialog).getByRole('button', { name: label(start) }));
    // The end may be in the next month: move there with the grid keys if needed.
    if (start.slice(0, 7) !== end.slice(0, 7)) await userEvent.keyboard('{PageDown}{Home}');
    await userEvent.click(await within(dialog).findByRole('button', { name: label(end) }));
    expect(onValueChange).toHaveBeenLastCalledWith({ start, end });
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    const data = new FormData(container.querySelector('form')!);
    expect([data.get('trip.start'), data.get('trip.end')]).toEqual([start, end]);
    const shown = (iso: string) => iso.replace(/^(\d+)-(\d+)-(\d+)$/, '$2/$3/$1');
    expect(screen.getByRole('group', { name: 'Start date' }).textContent).toBe(shown(start));
    expect(screen.getByRole('group', { name: 'End date' }).textContent).toBe(shown(end));
  });

  it('a range typed in the segments comes back as typed', async () => {
    const onValueChange = vi.fn();
    render(<DateRangePicker label="Trip" locale="de-DE" onValueChange={onValueChange} />);
    const typed = (iso: string) => iso.split('-').reverse().join('');
    await userEvent.click(
      within(screen.getByRole('group', { name: 'Start date' })).getAllByRole('spinbutton')[0]!,
    );
    await userEvent.keyboard(typed(start));
    await userEvent.click(
      within(screen.getByRole('group', { name: 'End date' })).getAllByRole('spinbutton')[0]!,
    );
    await userEvent.keyboard(typed(end));
    expect(onValueChange).toHaveBeenLastCalledWith({ start, end });
  });
});
