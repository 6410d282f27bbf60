import { Time } from '@internationalized/date';
import { act, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TimeField } from './index';

afterEach(() => {
  vi.restoreAllMocks();
});

const segments = () => screen.getAllByRole('spinbutton');
const shown = () => screen.getByRole('group').textContent;
const segment = (type: string) =>
  segments().find((element) => element.getAttribute('data-segment') === type)!;

describe('TimeField', () => {
  it('en-US: a 12-hour clock with an AM/PM segment', () => {
    render(<TimeField label="Start" locale="en-US" defaultValue="15:05" />);
    expect(segments().map((s) => s.getAttribute('data-segment'))).toEqual([
      'hour',
      'minute',
      'dayPeriod',
    ]);
    expect(shown()).toBe('3:05\u202fPM');
    expect(segment('hour')).toHaveAccessibleName('hour Start');
    expect(segment('dayPeriod')).toHaveAttribute('aria-valuetext', 'PM');
  });

  it('de-DE and ja-JP: a 24-hour clock; ar-EG: Arabic digits and words', () => {
    const { unmount } = render(<TimeField label="Start" locale="de-DE" defaultValue="09:05" />);
    expect(shown()).toBe('09:05');
    expect(segment('hour')).toHaveAccessibleName('Stunde Start');
    unmount();
    const japanese = render(<TimeField label="Start" locale="ja-JP" defaultValue="15:05" />);
    expect(shown()).toBe('15:05');
    japanese.unmount();
    render(<TimeField label="Start" locale="ar-EG" defaultValue="15:05" />);
    expect(shown()).toContain('٣:٠٥');
    expect(shown()).toContain('م');
  });

  it('types a time and reports the ISO string and a Time', async () => {
    const onValueChange = vi.fn();
    render(<TimeField label="Start" locale="en-US" onValueChange={onValueChange} />);
    await userEvent.click(segment('hour'));
    await userEvent.keyboard('930p');
    expect(onValueChange).toHaveBeenLastCalledWith('21:30', new Time(21, 30));
    expect(shown()).toBe('9:30\u202fPM');
  });

  it('Up/Down wrap the hour and toggle AM/PM; 12 AM is midnight', async () => {
    const onValueChange = vi.fn();
    render(
      <TimeField label="Start" locale="en-US" defaultValue="11:00" onValueChange={onValueChange} />,
    );
    act(() => segment('hour').focus());
    await userEvent.keyboard('{ArrowUp}');
    expect(onValueChange).toHaveBeenLastCalledWith('00:00', expect.anything());
    await userEvent.keyboard('{ArrowUp}');
    expect(onValueChange).toHaveBeenLastCalledWith('01:00', expect.anything());
    act(() => segment('dayPeriod').focus());
    await userEvent.keyboard('{ArrowDown}');
    expect(onValueChange).toHaveBeenLastCalledWith('13:00', expect.anything());
    act(() => segment('minute').focus());
    await userEvent.keyboard('{ArrowDown}');
    expect(onValueChange).toHaveBeenLastCalledWith('13:59', expect.anything());
    await userEvent.keyboard('{PageUp}');
    expect(onValueChange).toHaveBeenLastCalledWith('13:14', expect.anything());
  });

  it('hourCycle overrides the locale, and granularity="second" adds seconds', async () => {
    const onValueChange = vi.fn();
    render(
      <TimeField
        label="Lap"
        locale="en-US"
        hourCycle={24}
        granularity="second"
        defaultValue="18:04:09"
        onValueChange={onValueChange}
      />,
    );
    expect(shown()).toBe('18:04:09');
    act(() => segment('second').focus());
    await userEvent.keyboard('{End}');
    expect(onValueChange).toHaveBeenLastCalledWith('18:04:59', new Time(18, 4, 59));
  });

  it('replaces every segment name through *Label props', () => {
    render(
      <TimeField
        label="T"
        locale="en-US"
        hourLabel="Heure"
        minuteLabel="Minute"
        dayPeriodLabel="Période"
      />,
    );
    expect(segment('hour')).toHaveAccessibleName('Heure T');
    expect(segment('minute')).toHaveAccessibleName('Minute T');
    expect(segment('dayPeriod')).toHaveAccessibleName('Période T');
  });

  it('reports bad input and shows an empty field', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    render(<TimeField label="Start" locale="de-DE" value="9 Uhr" />);
    expect(error).toHaveBeenCalledWith(expect.stringContaining('`value` must be an ISO time'));
    expect(shown()).toBe('––:––');
  });

  it('its ref reaches the group', () => {
    const ref = createRef<HTMLDivElement>();
    render(<TimeField ref={ref} label="Start" data-testid="time" />);
    expect(ref.current).toBe(screen.getByTestId('time'));
  });

  describe('forms', () => {
    it('submits the ISO time under name and resets', async () => {
      render(
        <form data-testid="form">
          <TimeField label="Start" locale="de-DE" name="start" defaultValue="09:30" />
        </form>,
      );
      const form = screen.getByTestId('form') as HTMLFormElement;
      expect(new FormData(form).get('start')).toBe('09:30');
      act(() => segment('hour').focus());
      await userEvent.keyboard('17');
      expect(new FormData(form).get('start')).toBe('17:30');
      fireEvent.reset(form);
      await act(async () => {});
      expect(new FormData(form).get('start')).toBe('09:30');
    });

    it('works with a react-hook-form Controller', async () => {
      const onValid = vi.fn();
      function Form() {
        const { control, handleSubmit } = useForm<{ start: string | null }>({
          defaultValues: { start: '08:00' },
        });
        return (
          <form onSubmit={handleSubmit(onValid)}>
            <Controller
              control={control}
              name="start"
              render={({ field }) => (
                <TimeField
                  label="Start"
                  locale="de-DE"
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
      act(() => segment('minute').focus());
      await userEvent.keyboard('45');
      await userEvent.click(screen.getByRole('button', { name: 'Save' }));
      expect(onValid).toHaveBeenCalledWith({ start: '08:45' }, expect.anything());
    });
  });
});
