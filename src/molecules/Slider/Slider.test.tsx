import { act, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef, useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { resetDevErrors } from '../../utils';
import { Slider, SliderNumberField } from '.';
import { defaultPageStep, nearestThumb, snap, thumbBounds } from './sliderMath';

const slider = (name: string) => screen.getByRole('slider', { name });

afterEach(() => {
  document.documentElement.removeAttribute('dir');
});

describe('slider arithmetic', () => {
  it('snaps to the grid counted from min, decimal-safe, and stops at the last reachable value', () => {
    expect(snap(0.30000000000000004, 0, 1, 0.1)).toBe(0.3);
    expect(snap(7, 1, 10, 3)).toBe(7);
    expect(snap(8.4, 1, 10, 3)).toBe(7);
    expect(snap(10, 0, 10, 3)).toBe(9);
    expect(snap(-4, 0, 10, 1)).toBe(0);
  });
  it('keeps each thumb between its neighbours, a gap apart', () => {
    expect(thumbBounds([20, 80], 0, 0, 100, 10)).toEqual([0, 70]);
    expect(thumbBounds([20, 80], 1, 0, 100, 10)).toEqual([30, 100]);
    expect(thumbBounds([50], 0, 0, 100, 0)).toEqual([0, 100]);
  });
  it('picks the nearest thumb, and between equal ones the side pressed', () => {
    expect(nearestThumb([20, 80], 30)).toBe(0);
    expect(nearestThumb([20, 80], 60)).toBe(1);
    expect(nearestThumb([50, 50], 60)).toBe(1);
    expect(nearestThumb([50, 50], 40)).toBe(0);
  });
  it('pages by a tenth of the range in whole steps', () => {
    expect(defaultPageStep(0, 100, 1)).toBe(10);
    expect(defaultPageStep(0, 1, 0.25)).toBe(0.25);
    expect(defaultPageStep(0, 1000, 50)).toBe(100);
  });
});

describe('Slider', () => {
  describe('given a label and a value', () => {
    it('is a native range input named by the label, with its bounds and spoken value', () => {
      render(
        <Slider label="Volume" description="Of the speakers" defaultValue={40} locale="en-US" />,
      );
      const input = slider('Volume');
      expect(input).toHaveAttribute('type', 'range');
      expect(input).toHaveValue('40');
      expect(input).toHaveAttribute('min', '0');
      expect(input).toHaveAttribute('max', '100');
      expect(input).toHaveAttribute('step', '1');
      expect(input).toHaveAttribute('aria-valuetext', '40');
      expect(input).toHaveAccessibleDescription('Of the speakers');
      expect(input).not.toHaveAttribute('aria-orientation');
    });

    it('speaks the value in the locale and format given', () => {
      render(
        <Slider
          label="Price"
          min={0}
          max={1000}
          defaultValue={1250 / 2}
          locale="de-DE"
          formatOptions={{ style: 'currency', currency: 'EUR' }}
        />,
      );
      expect(slider('Price').getAttribute('aria-valuetext')).toMatch(/^625,00\s€$/);
    });

    it('writes only departures from the defaults as data attributes', () => {
      const { container, rerender } = render(<Slider label="Volume" />);
      const root = container.firstElementChild as HTMLElement;
      expect(root).toHaveClass('cal-slider');
      for (const attribute of ['data-size', 'data-orientation', 'data-range', 'data-disabled']) {
        expect(root).not.toHaveAttribute(attribute);
      }
      rerender(<Slider label="Volume" size="lg" orientation="vertical" disabled invalid />);
      expect(root).toHaveAttribute('data-size', 'lg');
      expect(root).toHaveAttribute('data-orientation', 'vertical');
      expect(root).toHaveAttribute('data-disabled');
      expect(root).toHaveAttribute('data-invalid');
      expect(slider('Volume')).toHaveAttribute('aria-orientation', 'vertical');
      expect(slider('Volume')).toHaveAttribute('aria-invalid', 'true');
    });

    it('passes native props to the input, merges className and forwards the ref', () => {
      const ref = createRef<HTMLInputElement>();
      const { container } = render(
        <Slider label="Volume" ref={ref} className="mine" data-testid="vol" title="Loudness" />,
      );
      expect(ref.current).toBe(slider('Volume'));
      expect(ref.current).toHaveAttribute('data-testid', 'vol');
      expect(ref.current).toHaveAttribute('title', 'Loudness');
      expect(container.firstElementChild).toHaveClass('cal-slider', 'mine');
    });
  });

  describe('keyboard (APG slider)', () => {
    it('arrows move a step, PageUp/PageDown and Shift+Arrow a page, Home/End to the ends', async () => {
      const user = userEvent.setup();
      const onValueChange = vi.fn();
      const onValueChangeEnd = vi.fn();
      render(
        <Slider
          label="Volume"
          defaultValue={50}
          step={2}
          onValueChange={onValueChange}
          onValueChangeEnd={onValueChangeEnd}
        />,
      );
      const input = slider('Volume');
      await user.tab();
      expect(input).toHaveFocus();
      const expectations: Array<[string, string]> = [
        ['{ArrowRight}', '52'],
        ['{ArrowUp}', '54'],
        ['{ArrowLeft}', '52'],
        ['{ArrowDown}', '50'],
        ['{PageUp}', '60'],
        ['{PageDown}', '50'],
        ['{Shift>}{ArrowUp}{/Shift}', '60'],
        ['{Shift>}{ArrowLeft}{/Shift}', '50'],
        ['{End}', '100'],
        ['{ArrowRight}', '100'],
        ['{Home}', '0'],
        ['{ArrowLeft}', '0'],
      ];
      for (const [keys, value] of expectations) {
        await user.keyboard(keys);
        expect(input, keys).toHaveValue(value);
      }
      expect(onValueChange).toHaveBeenLastCalledWith(0);
      // Each key press is a finished change.
      expect(onValueChangeEnd).toHaveBeenCalledTimes(10);
      expect(onValueChangeEnd).toHaveBeenLastCalledWith(0);
    });

    it('mirrors the horizontal arrows in right-to-left text, but not vertical ones', async () => {
      const user = userEvent.setup();
      document.documentElement.setAttribute('dir', 'rtl');
      render(
        <>
          <Slider label="Balance" defaultValue={50} />
          <Slider label="Level" defaultValue={50} orientation="vertical" />
        </>,
      );
      // jsdom computes no direction from dir: set it as the browser would.
      for (const input of screen.getAllByRole('slider')) input.style.direction = 'rtl';
      slider('Balance').focus();
      await user.keyboard('{ArrowLeft}');
      expect(slider('Balance')).toHaveValue('51');
      await user.keyboard('{ArrowRight}{ArrowRight}');
      expect(slider('Balance')).toHaveValue('49');
      slider('Level').focus();
      await user.keyboard('{ArrowRight}{ArrowUp}{ArrowLeft}');
      expect(slider('Level')).toHaveValue('51');
    });

    it('uses pageStep when given, and leaves modified keys to the browser', async () => {
      const user = userEvent.setup();
      render(<Slider label="Volume" defaultValue={50} pageStep={25} />);
      slider('Volume').focus();
      await user.keyboard('{PageUp}');
      expect(slider('Volume')).toHaveValue('75');
      await user.keyboard('{Control>}{ArrowLeft}{/Control}');
      expect(slider('Volume')).toHaveValue('75');
    });

    it('changes nothing when read-only, yet stays focusable', async () => {
      const user = userEvent.setup();
      const onValueChange = vi.fn();
      render(<Slider label="Volume" defaultValue={50} readOnly onValueChange={onValueChange} />);
      await user.tab();
      expect(slider('Volume')).toHaveFocus();
      expect(slider('Volume')).toHaveAttribute('aria-readonly', 'true');
      await user.keyboard('{ArrowRight}{End}');
      fireEvent.change(slider('Volume'), { target: { value: '90' } });
      expect(slider('Volume')).toHaveValue('50');
      expect(onValueChange).not.toHaveBeenCalled();
    });

    it('is skipped by Tab and ignores keys when disabled', async () => {
      const user = userEvent.setup();
      render(
        <>
          <Slider label="Volume" defaultValue={50} disabled />
          <button type="button">After</button>
        </>,
      );
      expect(slider('Volume')).toBeDisabled();
      await user.tab();
      expect(screen.getByRole('button', { name: 'After' })).toHaveFocus();
    });
  });

  describe('given a range (APG multi-thumb slider)', () => {
    it('is a labelled group of two thumbs, each bounded by the other', () => {
      render(<Slider label="Price" defaultValue={[20, 80]} minStepsBetweenThumbs={5} />);
      expect(screen.getByRole('group', { name: 'Price' })).toBeInTheDocument();
      const start = slider('Price Minimum');
      const end = slider('Price Maximum');
      expect(start).toHaveValue('20');
      expect(start).toHaveAttribute('min', '0');
      expect(start).toHaveAttribute('max', '75');
      expect(end).toHaveValue('80');
      expect(end).toHaveAttribute('min', '25');
      expect(end).toHaveAttribute('max', '100');
    });

    it('keeps the thumbs from crossing by keyboard, and reports [start, end]', async () => {
      const user = userEvent.setup();
      const onValueChange = vi.fn();
      render(
        <Slider
          label="Price"
          defaultValue={[40, 60]}
          step={10}
          minStepsBetweenThumbs={1}
          onValueChange={onValueChange}
          startThumbLabel="From"
          endThumbLabel="To"
        />,
      );
      slider('Price From').focus();
      await user.keyboard('{End}');
      expect(slider('Price From')).toHaveValue('50');
      expect(onValueChange).toHaveBeenLastCalledWith([50, 60]);
      await user.keyboard('{ArrowRight}');
      expect(slider('Price From')).toHaveValue('50');
      slider('Price To').focus();
      await user.keyboard('{Home}');
      expect(slider('Price To')).toHaveValue('60');
      await user.keyboard('{End}');
      expect(onValueChange).toHaveBeenLastCalledWith([50, 100]);
      await user.tab({ shift: true });
      expect(slider('Price From')).toHaveFocus();
    });
  });

  describe('pointer (jsdom, with a 100 px track)', () => {
    /** jsdom lays nothing out: give every track a 100 px box at the page's left edge. */
    const withTrack = () =>
      vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockReturnValue({
        left: 0,
        right: 100,
        top: 0,
        bottom: 10,
        width: 100,
        height: 10,
      } as DOMRect);
    const control = (input: HTMLElement) => input.closest('[data-part="control"]') as HTMLElement;
    const thumb = (input: HTMLElement) => input.parentElement as HTMLElement;

    it('moves the nearest thumb to a press on the track, follows the drag, finishes once', () => {
      const rect = withTrack();
      const onValueChangeEnd = vi.fn();
      render(<Slider label="Price" defaultValue={[20, 80]} onValueChangeEnd={onValueChangeEnd} />);
      const end = slider('Price Maximum');
      fireEvent.pointerDown(control(end), { clientX: 60, button: 0, pointerId: 1 });
      expect(end).toHaveValue('60');
      expect(end).toHaveFocus();
      expect(thumb(end)).toHaveAttribute('data-press-focused');
      fireEvent.pointerMove(control(end), { clientX: 10, pointerId: 1 });
      // The dragged thumb stops at the other; they never cross.
      expect(end).toHaveValue('20');
      expect(slider('Price Minimum')).toHaveValue('20');
      fireEvent.pointerUp(control(end), { clientX: 10, pointerId: 1 });
      expect(onValueChangeEnd).toHaveBeenCalledTimes(1);
      expect(onValueChangeEnd).toHaveBeenLastCalledWith([20, 20]);
      fireEvent.keyDown(end, { key: 'ArrowRight' });
      expect(thumb(end)).not.toHaveAttribute('data-press-focused');
      rect.mockRestore();
    });

    it('hands a drag on two stacked thumbs to the one that can move that way', () => {
      const rect = withTrack();
      render(<Slider label="Price" defaultValue={[50, 50]} />);
      const start = slider('Price Minimum');
      fireEvent.pointerDown(thumb(start), { clientX: 50, button: 0, pointerId: 1 });
      fireEvent.pointerMove(control(start), { clientX: 70, pointerId: 1 });
      fireEvent.pointerUp(control(start), { clientX: 70, pointerId: 1 });
      expect(start).toHaveValue('50');
      expect(slider('Price Maximum')).toHaveValue('70');
      expect(slider('Price Maximum')).toHaveFocus();
      rect.mockRestore();
    });

    it('reads the track from the right in right-to-left text and bottom-up when vertical', () => {
      const rect = withTrack();
      render(
        <>
          <Slider label="Balance" defaultValue={50} style={{ direction: 'rtl' }} />
          <Slider label="Level" defaultValue={50} orientation="vertical" />
        </>,
      );
      fireEvent.pointerDown(control(slider('Balance')), { clientX: 30, button: 0, pointerId: 1 });
      expect(slider('Balance')).toHaveValue('70');
      fireEvent.pointerDown(control(slider('Level')), { clientY: 2, button: 0, pointerId: 2 });
      expect(slider('Level')).toHaveValue('80');
      rect.mockRestore();
    });

    it('ignores the pointer when disabled or read-only', () => {
      const rect = withTrack();
      render(
        <>
          <Slider label="Muted" defaultValue={50} disabled />
          <Slider label="Fixed" defaultValue={50} readOnly />
        </>,
      );
      for (const name of ['Muted', 'Fixed']) {
        fireEvent.pointerDown(control(slider(name)), { clientX: 90, button: 0, pointerId: 1 });
        expect(slider(name)).toHaveValue('50');
      }
      rect.mockRestore();
    });

    it('ignores the pointer inside a disabled fieldset, as the keyboard does', () => {
      const rect = withTrack();
      const onValueChange = vi.fn();
      render(
        <fieldset disabled>
          <Slider label="Muted" defaultValue={50} onValueChange={onValueChange} />
          <Slider label="Price" defaultValue={[20, 80]} onValueChange={onValueChange} />
        </fieldset>,
      );
      fireEvent.pointerDown(control(slider('Muted')), { clientX: 90, button: 0, pointerId: 1 });
      fireEvent.pointerDown(control(slider('Price Maximum')), {
        clientX: 95,
        button: 0,
        pointerId: 2,
      });
      expect(slider('Muted')).toHaveValue('50');
      expect(slider('Price Maximum')).toHaveValue('80');
      expect(slider('Muted')).not.toHaveFocus();
      expect(onValueChange).not.toHaveBeenCalled();
      rect.mockRestore();
    });
  });

  describe('controlled and uncontrolled', () => {
    it('follows value and reports changes without moving on its own', async () => {
      const user = userEvent.setup();
      const onValueChange = vi.fn();
      const { rerender } = render(
        <Slider label="Volume" value={30} onValueChange={onValueChange} />,
      );
      slider('Volume').focus();
      await user.keyboard('{ArrowRight}');
      expect(onValueChange).toHaveBeenCalledWith(31);
      expect(slider('Volume')).toHaveValue('30');
      rerender(<Slider label="Volume" value={31} onValueChange={onValueChange} />);
      expect(slider('Volume')).toHaveValue('31');
    });

    it('works with useState as a range', async () => {
      const user = userEvent.setup();
      function Price() {
        const [price, setPrice] = useState<readonly [number, number]>([10, 90]);
        return (
          <>
            <Slider label="Price" value={price} onValueChange={setPrice} />
            <output>{price.join('–')}</output>
          </>
        );
      }
      render(<Price />);
      slider('Price Maximum').focus();
      await user.keyboard('{PageDown}');
      expect(screen.getByRole('status')).toHaveTextContent('10–80');
    });

    it('takes a change from assistive technology through the native input', () => {
      const onValueChangeEnd = vi.fn();
      render(<Slider label="Volume" defaultValue={10} onValueChangeEnd={onValueChangeEnd} />);
      fireEvent.change(slider('Volume'), { target: { value: '37' } });
      expect(slider('Volume')).toHaveValue('37');
      expect(onValueChangeEnd).toHaveBeenCalledWith(37);
    });
  });

  describe('marks', () => {
    it('draws a tick at every step with marks, and labels where given', () => {
      const { container, rerender } = render(
        <Slider label="Rating" min={1} max={5} marks defaultValue={3} />,
      );
      const ticks = () => container.querySelectorAll('[data-part="mark"]');
      expect(ticks()).toHaveLength(5);
      expect(container.querySelectorAll('[data-part="mark"][data-in-range]')).toHaveLength(3);
      rerender(
        <Slider
          label="Rating"
          min={1}
          max={5}
          marks={[1, { value: 5, label: 'Best' }]}
          defaultValue={3}
        />,
      );
      expect(ticks()).toHaveLength(2);
      expect(screen.getByText('Best')).toBeInTheDocument();
      expect(container.firstElementChild).toHaveAttribute('data-marks-labelled');
    });
  });

  describe('with a SliderNumberField', () => {
    it('shows the thumb value and moves the thumb when a number is typed', async () => {
      const user = userEvent.setup();
      const onValueChangeEnd = vi.fn();
      render(
        <Slider
          label="Volume"
          defaultValue={20}
          step={5}
          locale="en-US"
          onValueChangeEnd={onValueChangeEnd}
          suffix={<SliderNumberField />}
        />,
      );
      const field = screen.getByRole('spinbutton', { name: 'Volume' });
      expect(field).toHaveValue('20');
      await user.clear(field);
      await user.type(field, '63{Enter}');
      expect(slider('Volume')).toHaveValue('65');
      expect(field).toHaveValue('65');
      expect(onValueChangeEnd).toHaveBeenLastCalledWith(65);
      slider('Volume').focus();
      await user.keyboard('{ArrowLeft}');
      expect(field).toHaveValue('60');
      await user.clear(field);
      await user.tab();
      expect(screen.getByRole('spinbutton', { name: 'Volume' })).toHaveValue('60');
    });

    it('binds one field to each thumb of a range, within the other thumb', async () => {
      const user = userEvent.setup();
      render(
        <Slider
          label="Price"
          defaultValue={[20, 80]}
          locale="en-US"
          prefix={<SliderNumberField thumb="start" />}
          suffix={<SliderNumberField thumb="end" />}
        />,
      );
      const from = screen.getByRole('spinbutton', { name: 'Price Minimum' });
      const to = screen.getByRole('spinbutton', { name: 'Price Maximum' });
      await user.clear(from);
      await user.type(from, '95{Enter}');
      expect(slider('Price Minimum')).toHaveValue('80');
      await user.clear(to);
      await user.type(to, '90');
      await user.tab();
      expect(slider('Price Maximum')).toHaveValue('90');
    });
  });

  describe('in a native form', () => {
    it('submits the number under name, two values for a range, and nothing when disabled', () => {
      render(
        <form aria-label="Filters">
          <Slider label="Volume" name="volume" defaultValue={40} />
          <Slider label="Price" name="price" defaultValue={[10, 90]} />
          <Slider label="Bass" name="bass" defaultValue={3} disabled />
        </form>,
      );
      const data = new FormData(screen.getByRole('form'));
      expect(data.get('volume')).toBe('40');
      expect(data.getAll('price')).toEqual(['10', '90']);
      expect(data.has('bass')).toBe(false);
    });

    it('returns to defaultValue on form.reset()', async () => {
      const user = userEvent.setup();
      render(
        <form aria-label="Filters">
          <Slider label="Volume" name="volume" defaultValue={40} />
          <Slider label="Price" name="price" defaultValue={[10, 90]} />
        </form>,
      );
      slider('Volume').focus();
      await user.keyboard('{End}');
      slider('Price Minimum').focus();
      await user.keyboard('{PageUp}');
      const form = screen.getByRole('form') as HTMLFormElement;
      expect(new FormData(form).getAll('price')).toEqual(['20', '90']);
      await act(async () => {
        form.reset();
        await Promise.resolve();
      });
      expect(slider('Volume')).toHaveValue('40');
      expect(new FormData(form).get('volume')).toBe('40');
      expect(new FormData(form).getAll('price')).toEqual(['10', '90']);
    });

    it('works with react-hook-form through Controller (ref focuses the thumb on error)', async () => {
      const user = userEvent.setup();
      const onValid = vi.fn();
      function Form() {
        const { control, handleSubmit, reset } = useForm<{
          volume: number;
          price: [number, number];
        }>({
          defaultValues: { volume: 10, price: [20, 80] },
        });
        return (
          <form onSubmit={handleSubmit((values) => onValid(values))}>
            <Controller
              control={control}
              name="volume"
              rules={{ validate: (volume) => volume >= 30 || 'Turn it up to 30 at least' }}
              render={({ field, fieldState }) => (
                <Slider
                  label="Volume"
                  ref={field.ref}
                  name={field.name}
                  value={field.value}
                  onValueChange={field.onChange}
                  onBlur={field.onBlur}
                  error={fieldState.error?.message}
                />
              )}
            />
            <Controller
              control={control}
              name="price"
              render={({ field }) => (
                <Slider<[number, number]>
                  label="Price"
                  ref={field.ref}
                  value={field.value}
                  onValueChange={(next) => field.onChange([...next])}
                />
              )}
            />
            <button type="submit">Send</button>
            <button type="button" onClick={() => reset()}>
              Reset
            </button>
          </form>
        );
      }
      render(<Form />);
      await user.click(screen.getByRole('button', { name: 'Send' }));
      expect(onValid).not.toHaveBeenCalled();
      expect(slider('Volume')).toHaveFocus();
      expect(slider('Volume')).toHaveAccessibleDescription('Turn it up to 30 at least');
      await user.keyboard('{PageUp}{PageUp}');
      slider('Price Maximum').focus();
      await user.keyboard('{Home}');
      await user.click(screen.getByRole('button', { name: 'Send' }));
      expect(onValid).toHaveBeenCalledWith({ volume: 30, price: [20, 20] });
      await user.click(screen.getByRole('button', { name: 'Reset' }));
      expect(slider('Volume')).toHaveValue('10');
      expect(slider('Price Maximum')).toHaveValue('80');
    });
  });

  describe('given bad input', () => {
    it('reports misuse once in development and still renders something usable', () => {
      resetDevErrors();
      const error = vi.spyOn(console, 'error').mockImplementation(() => {});
      render(
        <>
          <Slider label="Swapped" min={100} max={0} defaultValue={50} />
          <Slider label="Stepless" step={0} defaultValue={5} />
          <Slider label="Outside" value={150} onValueChange={() => {}} />
          <Slider label="Backwards" defaultValue={[80, 20]} />
          <Slider label="Not a number" defaultValue={Number.NaN} />
          <Slider label="Bad marks" marks={[-5, 50]} />
          <Slider label="Dense" max={10000} marks />
          <Slider label="" />
        </>,
      );
      const messages = error.mock.calls.map(([message]) => String(message));
      for (const fragment of [
        '`min` (100) is greater than `max` (0); swapped.',
        '`step` must be a positive number; got 0. Using 1.',
        '`value` 150 is outside [0, 100]',
        'has its start after its end; sorted.',
        'not a number; using 0.',
        'mark -5 is outside [0, 100]; left out.',
        '`marks` at every step would draw 10000 ticks',
        'a form control needs an accessible name',
      ]) {
        expect(
          messages.some((message) => message.includes(fragment)),
          fragment,
        ).toBe(true);
      }
      expect(messages.every((message) => message.startsWith('[Callicrates] Slider: '))).toBe(true);
      expect(slider('Swapped')).toHaveAttribute('max', '100');
      expect(slider('Outside')).toHaveValue('100');
      expect(slider('Backwards Minimum')).toHaveValue('20');
      expect(slider('Not a number')).toHaveValue('0');
      error.mockRestore();
    });

    it('shows, speaks and submits a value off the step grid at the nearest step', () => {
      resetDevErrors();
      const error = vi.spyOn(console, 'error').mockImplementation(() => {});
      render(
        <form aria-label="Filters">
          <Slider label="Volume" name="volume" step={10} defaultValue={33} />
          <Slider label="Price" name="price" step={10} value={[12, 87]} onValueChange={() => {}} />
        </form>,
      );
      // A browser rounds a range input's value to its step; what is drawn and spoken must match.
      expect(slider('Volume')).toHaveValue('30');
      expect(slider('Volume')).toHaveAttribute('aria-valuetext', '30');
      expect(slider('Volume').parentElement?.style.getPropertyValue('--_at')).toBe('0.3');
      expect(new FormData(screen.getByRole('form')).getAll('price')).toEqual(['10', '90']);
      expect(slider('Price Maximum')).toHaveAttribute('aria-valuetext', '90');
      expect(error).toHaveBeenCalledWith(
        expect.stringContaining('`defaultValue` 33 is off the step grid; shown at 30.'),
      );
      error.mockRestore();
    });

    it('reports a SliderNumberField outside a Slider and renders nothing', () => {
      resetDevErrors();
      const error = vi.spyOn(console, 'error').mockImplementation(() => {});
      const { container } = render(<SliderNumberField />);
      expect(container).toBeEmptyDOMElement();
      expect(error).toHaveBeenCalledWith(expect.stringContaining('must sit inside a Slider'));
      error.mockRestore();
    });
  });
});
