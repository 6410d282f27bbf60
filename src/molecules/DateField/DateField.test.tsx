import { CalendarDate } from '@internationalized/date';
import { act, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DateField } from './index';

afterEach(() => {
  vi.restoreAllMocks();
});

const segments = () => screen.getAllByRole('spinbutton');
const shown = () => screen.getByRole('group').textContent;
const segment = (name: RegExp | string) => screen.getByRole('spinbutton', { name });

describe('DateField', () => {
  it('is a group of spinbuttons in the locale’s order, named by segment and label', () => {
    render(<DateField label="Birthday" locale="de-DE" defaultValue="2026-03-29" />);
    expect(screen.getByRole('group', { name: 'Birthday' })).toBeInTheDocument();
    expect(segments().map((s) => s.getAttribute('data-segment'))).toEqual(['day', 'month', 'year']);
    expect(shown()).toBe('29.03.2026');
    expect(segment('Tag Birthday')).toHaveAttribute('aria-valuenow', '29');
    expect(segment('Monat Birthday')).toHaveAttribute('aria-valuemax', '12');
  });

  it('orders en-US month first and ja-JP year first', () => {
    const { unmount } = render(<DateField label="Day" locale="en-US" defaultValue="2026-03-29" />);
    expect(shown()).toBe('03/29/2026');
    unmount();
    render(<DateField label="Day" locale="ja-JP" defaultValue="2026-03-29" />);
    expect(shown()).toBe('2026/03/29');
  });

  it('ar-EG writes and takes Arabic-Indic digits', async () => {
    const onValueChange = vi.fn();
    render(<DateField label="اليوم" locale="ar-EG" onValueChange={onValueChange} />);
    await userEvent.click(segments()[0]!);
    await userEvent.keyboard('٢٩٠٣٢٠٢٦');
    expect(onValueChange).toHaveBeenLastCalledWith('2026-03-29', new CalendarDate(2026, 3, 29));
    expect(shown()).toContain('٢٩');
    expect(shown()).toContain('٢٠٢٦');
  });

  it('types a date, moving on as each segment fills, and reports it once complete', async () => {
    const onValueChange = vi.fn();
    render(<DateField label="Day" locale="de-DE" onValueChange={onValueChange} />);
    await userEvent.click(segment(/^Tag/));
    await userEvent.keyboard('5');
    expect(segment(/^Monat/)).toHaveFocus();
    await userEvent.keyboard('1');
    expect(segment(/^Monat/)).toHaveFocus();
    await userEvent.keyboard('1');
    expect(segment(/^Jahr/)).toHaveFocus();
    expect(onValueChange).not.toHaveBeenCalled();
    await userEvent.keyboard('2026');
    expect(onValueChange).toHaveBeenCalledWith('2026-11-05', expect.anything());
    expect(shown()).toBe('05.11.2026');
  });

  it('steps a segment with Up/Down (wrapping), PageUp/PageDown and Home/End', async () => {
    const onValueChange = vi.fn();
    render(
      <DateField
        label="Day"
        locale="en-US"
        defaultValue="2026-12-31"
        onValueChange={onValueChange}
      />,
    );
    act(() => segment(/^month/).focus());
    await userEvent.keyboard('{ArrowUp}');
    expect(onValueChange).toHaveBeenLastCalledWith('2026-01-31', expect.anything());
    await userEvent.keyboard('{ArrowDown}{ArrowDown}');
    expect(onValueChange).toHaveBeenLastCalledWith('2026-11-30', expect.anything());
    await userEvent.keyboard('{PageDown}');
    expect(onValueChange).toHaveBeenLastCalledWith('2026-08-30', expect.anything());
    await userEvent.keyboard('{Home}');
    expect(onValueChange).toHaveBeenLastCalledWith('2026-01-30', expect.anything());
    act(() => segment(/^year/).focus());
    await userEvent.keyboard('{PageUp}');
    expect(onValueChange).toHaveBeenLastCalledWith('2031-01-30', expect.anything());
  });

  it('keeps the day within the month: 31 then February gives its last day', async () => {
    const onValueChange = vi.fn();
    render(
      <DateField
        label="Day"
        locale="en-US"
        defaultValue="2024-01-31"
        onValueChange={onValueChange}
      />,
    );
    act(() => segment(/^month/).focus());
    await userEvent.keyboard('2');
    expect(onValueChange).toHaveBeenLastCalledWith('2024-02-29', expect.anything());
  });

  it('moves between segments with Left/Right, mirrored in right-to-left', async () => {
    const { unmount } = render(<DateField label="Day" locale="en-US" />);
    act(() => segment(/^month/).focus());
    await userEvent.keyboard('{ArrowRight}');
    expect(segment(/^day/)).toHaveFocus();
    await userEvent.keyboard('{ArrowLeft}');
    expect(segment(/^month/)).toHaveFocus();
    unmount();
    render(<DateField label="Day" locale="en-US" dir="rtl" />);
    act(() => segment(/^month/).focus());
    await userEvent.keyboard('{ArrowLeft}');
    expect(segment(/^day/)).toHaveFocus();
  });

  it('clears with Backspace, reports null, and goes back from an empty segment', async () => {
    const onValueChange = vi.fn();
    render(
      <DateField
        label="Day"
        locale="en-US"
        defaultValue="2026-03-29"
        onValueChange={onValueChange}
      />,
    );
    act(() => segment(/^day/).focus());
    await userEvent.keyboard('{Backspace}');
    expect(onValueChange).toHaveBeenLastCalledWith(null, null);
    expect(segment(/^day/)).toHaveAttribute('aria-valuetext', 'Empty');
    expect(segment(/^day/)).toHaveAttribute('data-placeholder');
    await userEvent.keyboard('{Backspace}');
    expect(segment(/^month/)).toHaveFocus();
  });

  it('marks a complete date outside min/max, or unavailable, invalid', () => {
    const { rerender } = render(
      <DateField label="Day" locale="en-US" value="2026-03-29" max="2026-03-01" />,
    );
    expect(segment(/^day/)).toHaveAttribute('aria-invalid', 'true');
    rerender(
      <DateField
        label="Day"
        locale="en-US"
        value="2026-03-29"
        isDateUnavailable={(d) => d.day === 29}
      />,
    );
    expect(segment(/^day/)).toHaveAttribute('aria-invalid', 'true');
    rerender(<DateField label="Day" locale="en-US" value="2026-03-28" min="2026-03-01" />);
    expect(segment(/^day/)).not.toHaveAttribute('aria-invalid');
  });

  it('says why a date outside min/max, or unavailable, is invalid, and stops the form', () => {
    const { rerender } = render(
      <form data-testid="form">
        <DateField label="Day" locale="en-US" name="day" value="2026-03-29" max="2026-03-01" />
      </form>,
    );
    const form = screen.getByTestId('form') as HTMLFormElement;
    const message = 'The date is out of range.';
    expect(segment(/^day/)).toHaveAccessibleDescription(message);
    expect(form.checkValidity()).toBe(false);
    rerender(
      <form data-testid="form">
        <DateField
          label="Day"
          locale="en-US"
          name="day"
          value="2026-03-29"
          isDateUnavailable={(d) => d.day === 29}
          unavailableErrorLabel="Closed on the 29th."
        />
      </form>,
    );
    expect(segment(/^day/)).toHaveAccessibleDescription('Closed on the 29th.');
    expect(form.checkValidity()).toBe(false);
    // The owner's own error is shown instead; the form is still stopped.
    rerender(
      <form data-testid="form">
        <DateField
          label="Day"
          locale="en-US"
          value="2026-03-29"
          min="2026-03-30"
          error="Too early."
        />
      </form>,
    );
    expect(segment(/^day/)).toHaveAccessibleDescription('Too early.');
    expect(form.checkValidity()).toBe(false);
    rerender(
      <form data-testid="form">
        <DateField label="Day" locale="en-US" value="2026-03-29" min="2026-03-01" />
      </form>,
    );
    expect(segment(/^day/)).not.toHaveAccessibleDescription();
    expect(form.checkValidity()).toBe(true);
  });

  it('replaces every segment name through *Label props, and the empty text', () => {
    render(
      <DateField
        label="D"
        locale="en-US"
        dayLabel="J"
        monthLabel="M"
        yearLabel="A"
        emptyLabel="Vide"
      />,
    );
    expect(segment('J D')).toHaveAttribute('aria-valuetext', 'Vide');
    expect(segment('M D')).toBeInTheDocument();
    expect(segment('A D')).toBeInTheDocument();
  });

  it('disabled: no tab stops; readOnly: focusable, not editable', async () => {
    const onValueChange = vi.fn();
    const { rerender } = render(
      <DateField label="Day" locale="en-US" defaultValue="2026-03-29" disabled />,
    );
    expect(segments().every((s) => !s.hasAttribute('tabindex'))).toBe(true);
    rerender(
      <DateField
        label="Day"
        locale="en-US"
        defaultValue="2026-03-29"
        readOnly
        onValueChange={onValueChange}
      />,
    );
    act(() => segment(/^day/).focus());
    await userEvent.keyboard('{ArrowUp}1');
    expect(onValueChange).not.toHaveBeenCalled();
  });

  it('reports bad input and shows an empty field', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    render(<DateField label="Day" locale="en-US" defaultValue="03/29/2026" />);
    expect(error).toHaveBeenCalledWith(
      expect.stringContaining('`defaultValue` must be an ISO date'),
    );
    expect(shown()).toBe('––/––/––––');
  });

  it('reports a missing label', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    render(<DateField label="" locale="en-US" />);
    expect(error).toHaveBeenCalledWith(expect.stringContaining('needs an accessible name'));
  });

  it('its ref reaches the group; focusing it focuses the first segment', () => {
    const ref = createRef<HTMLDivElement>();
    render(<DateField ref={ref} label="Day" locale="en-US" data-testid="field" />);
    expect(ref.current).toBe(screen.getByTestId('field'));
    act(() => ref.current?.focus());
    expect(segment(/^month/)).toHaveFocus();
  });

  describe('forms', () => {
    it('submits the ISO date under name, empty while incomplete, and resets', async () => {
      render(
        <form data-testid="form">
          <DateField label="Day" locale="de-DE" name="day" defaultValue="2026-03-29" />
        </form>,
      );
      const form = screen.getByTestId('form') as HTMLFormElement;
      expect(new FormData(form).get('day')).toBe('2026-03-29');
      act(() => segment(/^Tag/).focus());
      await userEvent.keyboard('{Backspace}');
      expect(new FormData(form).get('day')).toBe('');
      await userEvent.keyboard('04');
      expect(new FormData(form).get('day')).toBe('2026-03-04');
      fireEvent.reset(form);
      await act(async () => {});
      expect(new FormData(form).get('day')).toBe('2026-03-29');
      expect(shown()).toBe('29.03.2026');
    });

    it('a reset reports only a change: once back to the default, none when already there', async () => {
      const onValueChange = vi.fn();
      render(
        <form data-testid="form">
          <DateField
            label="Day"
            locale="en-US"
            defaultValue="2026-03-29"
            onValueChange={onValueChange}
          />
        </form>,
      );
      const form = screen.getByTestId('form') as HTMLFormElement;
      fireEvent.reset(form);
      await act(async () => {});
      expect(onValueChange).not.toHaveBeenCalled();
      act(() => segment(/^day/).focus());
      await userEvent.keyboard('{ArrowUp}');
      onValueChange.mockClear();
      fireEvent.reset(form);
      await act(async () => {});
      expect(onValueChange).toHaveBeenCalledTimes(1);
      expect(onValueChange).toHaveBeenCalledWith('2026-03-29', expect.anything());
    });

    it('inside a disabled fieldset, the segments cannot be changed (nothing would submit)', async () => {
      const onValueChange = vi.fn();
      const { rerender } = render(
        <form>
          <fieldset disabled>
            <DateField
              label="Day"
              locale="en-US"
              defaultValue="2026-03-29"
              onValueChange={onValueChange}
            />
          </fieldset>
        </form>,
      );
      // A focusable div in a disabled fieldset still gets keys in a browser (user-event skips them).
      for (const key of ['ArrowUp', '4', 'Backspace']) fireEvent.keyDown(segment(/^day/), { key });
      expect(onValueChange).not.toHaveBeenCalled();
      expect(screen.getByRole('group', { name: 'Day' })).toHaveTextContent('03/29/2026');
      rerender(
        <form>
          <fieldset>
            <DateField
              label="Day"
              locale="en-US"
              defaultValue="2026-03-29"
              onValueChange={onValueChange}
            />
          </fieldset>
        </form>,
      );
      fireEvent.keyDown(segment(/^day/), { key: 'ArrowUp' });
      expect(onValueChange).toHaveBeenCalledWith('2026-03-30', expect.anything());
    });

    it('works with a react-hook-form Controller, focusing the field on an error', async () => {
      const onValid = vi.fn();
      function Form() {
        const { control, handleSubmit } = useForm<{ day: string | null }>({
          defaultValues: { day: null },
        });
        return (
          <form onSubmit={handleSubmit(onValid)}>
            <Controller
              control={control}
              name="day"
              rules={{ required: 'Enter a day.' }}
              render={({ field, fieldState }) => (
                <DateField
                  label="Day"
                  locale="en-US"
                  ref={field.ref}
                  value={field.value}
                  onValueChange={field.onChange}
                  onBlur={field.onBlur}
                  error={fieldState.error?.message}
                />
              )}
            />
            <button type="submit">Save</button>
          </form>
        );
      }
      render(<Form />);
      await userEvent.click(screen.getByRole('button', { name: 'Save' }));
      expect(onValid).not.toHaveBeenCalled();
      expect(segment(/^month/)).toHaveFocus();
      expect(segment(/^month/)).toHaveAccessibleDescription('Enter a day.');
      await userEvent.keyboard('03292026');
      await userEvent.click(screen.getByRole('button', { name: 'Save' }));
      expect(onValid).toHaveBeenCalledWith({ day: '2026-03-29' }, expect.anything());
    });
  });

  it('keeps a typed 29 February while the leap year is typed digit by digit', async () => {
    const onValueChange = vi.fn();
    render(<DateField label="Day" locale="en-GB" onValueChange={onValueChange} />);
    await userEvent.click(segment(/^day/));
    await userEvent.keyboard('29022028');
    expect(onValueChange).toHaveBeenLastCalledWith('2028-02-29', expect.anything());
    expect(shown()).toBe('29/02/2028');
    // Left half typed, the year settles on leaving the field: 202 has no 29 February.
    act(() => segment(/^day/).focus());
    await userEvent.keyboard('2902202');
    expect(onValueChange).toHaveBeenLastCalledWith('0202-02-28', expect.anything());
    expect(shown()).toBe('29/02/0202');
    await userEvent.tab();
    expect(shown()).toBe('28/02/0202');
  });
});
