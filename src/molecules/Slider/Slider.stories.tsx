import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, fn, userEvent, waitFor } from 'storybook/test';
import { figmaDesign } from '../../../.storybook/design';
import {
  controlSizes,
  expectSubmitted,
  inlineRadio,
  longLabel,
  resetStoryForm,
  RightToLeftBlock,
  StoryForm,
  submitStoryForm,
  unbrokenError,
  Zoom200Block,
} from '../../../.storybook/stories';
import { Button } from '../../atoms/Button';
import { cssVar } from '../../tokens';
import { Slider, SliderNumberField, sliderOrientations, type SliderProps } from './index';

const meta = {
  title: 'Molecules/Slider',
  component: Slider,
  args: {
    label: 'Volume',
    onValueChange: fn(),
    onValueChangeEnd: fn(),
  },
  argTypes: {
    size: inlineRadio(controlSizes),
    orientation: inlineRadio([...sliderOrientations]),
    value: { control: false },
    marks: { control: false },
    prefix: { control: false },
    suffix: { control: false },
  },
  parameters: {
    design: figmaDesign('Slider'),
    docs: {
      description: {
        component: `Choose a number, or a range of two (\`defaultValue={[20, 80]}\`), by dragging a thumb, pressing the track or with the keys of the APG slider: arrows by a step (mirrored in right-to-left text), PageUp/PageDown and Shift+Arrow by a page, Home/End to the ends. Each thumb is a native \`<input type="range">\`: it submits under \`name\` (a range submits two values), returns to its default on \`form.reset()\`, and screen readers' increment and decrement act on it. Put a \`SliderNumberField\` in \`prefix\` or \`suffix\` to type the value too.

**Use** it where an approximate value is easy to judge by position (volume, a price band, a zoom level); give the value a \`formatOptions\` so it is spoken as it means (\`$20\`, \`40%\`); add marks where a few values matter. With react-hook-form, wrap it in a \`Controller\`.

**Don't** use it when the exact number matters more than its position (NumberField alone), for a handful of named choices (RadioGroup), or for an on/off setting (Switch).`,
      },
    },
  },
} satisfies Meta<typeof Slider>;

export default meta;
type Story = StoryObj<typeof meta>;

const stack = { display: 'grid', gap: cssVar('space.6'), maxInlineSize: '24rem' } as const;
const row = { display: 'flex', gap: cssVar('space.10'), alignItems: 'flex-start' } as const;

/** The story's args without the value props, for renders that set their own shape. */
function base(args: Story['args']) {
  const rest: Record<string, unknown> = { ...args };
  for (const key of ['value', 'defaultValue', 'onValueChange', 'onValueChangeEnd']) {
    delete rest[key];
  }
  return rest as Omit<SliderProps, 'value' | 'defaultValue' | 'onValueChange' | 'onValueChangeEnd'>;
}

const trackOf = (input: HTMLElement) =>
  input.closest('[data-part="control"]')!.querySelector<HTMLElement>('[data-part="track"]')!;

/**
 * The point at `fraction` of the track (0 at its start, 1 at its end) in client pixels: along
 * the inline axis, from the right in right-to-left text, and bottom-up when vertical.
 */
function pointOn(input: HTMLElement, fraction: number) {
  const rect = trackOf(input).getBoundingClientRect();
  if (input.getAttribute('aria-orientation') === 'vertical') {
    return { clientX: rect.left + rect.width / 2, clientY: rect.bottom - fraction * rect.height };
  }
  const rtl = getComputedStyle(input).direction === 'rtl';
  const x = rect.left + (rtl ? 1 - fraction : fraction) * rect.width;
  return { clientX: x, clientY: rect.top + rect.height / 2 };
}

/**
 * A mouse drag as the browser dispatches it: pointerdown where the path starts (on the
 * element under that point: the track or a thumb), pointermove along it to the control that
 * captured the pointer, pointerup at the end.
 */
async function drag(input: HTMLElement, ...fractions: number[]) {
  const control = input.closest<HTMLElement>('[data-part="control"]')!;
  const init = { bubbles: true, cancelable: true, pointerId: 1, pointerType: 'mouse', button: 0 };
  const [first = 0, ...rest] = fractions;
  const start = pointOn(input, first);
  const target = document.elementFromPoint(start.clientX, start.clientY) ?? control;
  target.dispatchEvent(new PointerEvent('pointerdown', { ...init, ...start, buttons: 1 }));
  for (const fraction of rest) {
    control.dispatchEvent(
      new PointerEvent('pointermove', { ...init, ...pointOn(input, fraction), buttons: 1 }),
    );
  }
  const end = pointOn(input, rest.at(-1) ?? first);
  control.dispatchEvent(new PointerEvent('pointerup', { ...init, ...end, buttons: 0 }));
  await new Promise((resolve) => requestAnimationFrame(resolve));
}

/**
 * Mouse: a press on the track moves the thumb there and focuses it, without a focus ring
 * (Chromium would show one on any focused range input; a key press brings it back);
 * dragging follows the pointer, past the ends too (clamped); one `onValueChangeEnd` per drag.
 */
export const Playground: Story = {
  args: { description: 'Of the living-room speakers.', defaultValue: 40 },
  render: (args) => (
    <div style={stack}>
      <Slider {...args} />
    </div>
  ),
  play: async ({ canvas, args }) => {
    const input = canvas.getByRole('slider', { name: 'Volume' });
    await expect(input).toHaveValue('40');
    await drag(input, 0.7);
    await expect(input).toHaveValue('70');
    await expect(input).toHaveFocus();
    await expect(getComputedStyle(input.parentElement!).outlineStyle).toBe('none');
    await expect(args.onValueChangeEnd).toHaveBeenCalledTimes(1);
    await drag(input, 0.7, 0.9, 1.4);
    await expect(input).toHaveValue('100');
    await expect(args.onValueChangeEnd).toHaveBeenLastCalledWith(100);
    await drag(input, 1, 0.5, -0.3);
    await expect(input).toHaveValue('0');
    await drag(input, 0.25);
    await expect(input).toHaveValue('25');
    await expect(args.onValueChange).toHaveBeenLastCalledWith(25);
    await expect(args.onValueChangeEnd).toHaveBeenCalledTimes(4);
  },
};

/** Keyboard (APG slider): every key in the browser, with the focus ring on the thumb. */
export const KeyboardFocus: Story = {
  args: { defaultValue: 50, step: 5 },
  render: (args) => (
    <div style={stack}>
      <Button variant="secondary">Before</Button>
      <Slider {...args} />
    </div>
  ),
  play: async ({ canvas, args }) => {
    const input = canvas.getByRole('slider', { name: 'Volume' });
    await userEvent.tab();
    await userEvent.tab();
    await expect(input).toHaveFocus();
    await expect(input.matches(':focus-visible')).toBe(true);
    await expect(getComputedStyle(input.parentElement!).outlineStyle).toBe('solid');
    const steps: Array<[string, string]> = [
      ['{ArrowRight}', '55'],
      ['{ArrowUp}', '60'],
      ['{ArrowLeft}', '55'],
      ['{ArrowDown}', '50'],
      ['{PageUp}', '60'],
      ['{PageDown}', '50'],
      ['{Shift>}{ArrowRight}{/Shift}', '60'],
      ['{End}', '100'],
      ['{Home}', '0'],
      ['{PageUp}{PageUp}{PageUp}', '30'],
    ];
    for (const [keys, value] of steps) {
      await userEvent.keyboard(keys);
      await expect(input).toHaveValue(value);
    }
    await expect(args.onValueChange).toHaveBeenLastCalledWith(30);
    await expect(input).toHaveAttribute('aria-valuetext', '30');
  },
};

/** Every size, single and range: thumb and track grow together. */
export const Sizes: Story = {
  render: (args) => (
    <div style={stack}>
      {controlSizes.map((size) => (
        <div key={size} style={{ display: 'grid', gap: cssVar('space.3') }}>
          <Slider {...base(args)} label={`Volume (${size})`} size={size} defaultValue={30} />
          <Slider {...base(args)} label={`Price (${size})`} size={size} defaultValue={[20, 70]} />
        </div>
      ))}
    </div>
  ),
};

/**
 * Range (APG multi-thumb slider): a group of two thumbs, each bounded by the other. A press
 * on the track moves the nearest thumb; a dragged thumb stops at the other, kept
 * `minStepsBetweenThumbs` apart; Tab goes from one thumb to the next.
 */
export const Range: Story = {
  args: {
    label: 'Price',
    minStepsBetweenThumbs: 1,
    step: 10,
    max: 500,
    formatOptions: { style: 'currency', currency: 'USD', maximumFractionDigits: 0 },
    locale: 'en-US',
  },
  render: (args) => (
    <div style={stack}>
      <Slider {...base(args)} defaultValue={[100, 400]} onValueChange={args.onValueChange} />
    </div>
  ),
  play: async ({ canvas, args }) => {
    await expect(canvas.getByRole('group', { name: 'Price' })).toBeVisible();
    const start = canvas.getByRole('slider', { name: 'Price Minimum' });
    const end = canvas.getByRole('slider', { name: 'Price Maximum' });
    await expect(start).toHaveAttribute('aria-valuetext', '$100');
    await drag(start, 0.3);
    await expect(start).toHaveValue('150');
    await drag(end, 0.7);
    await expect(end).toHaveValue('350');
    await expect(end).toHaveFocus();
    await drag(start, 0.3, 0.9);
    await expect(start).toHaveValue('340');
    await expect(args.onValueChange).toHaveBeenLastCalledWith([340, 350]);
    await expect(end).toHaveAttribute('min', '350');
    await userEvent.tab();
    await expect(end).toHaveFocus();
    await userEvent.keyboard('{End}');
    await expect(end).toHaveValue('500');
    await userEvent.tab({ shift: true });
    await expect(start).toHaveFocus();
    await userEvent.keyboard('{Home}{PageUp}');
    await expect(start).toHaveValue('50');
    await expect(start).toHaveAttribute('aria-valuetext', '$50');
  },
};

/** Marks: a tick at every step, or chosen values with labels under them. */
export const Marks: Story = {
  parameters: { visual: { forcedColors: true } },
  render: (args) => (
    <div style={stack}>
      <Slider {...base(args)} label="Rating" min={1} max={5} marks defaultValue={4} />
      <Slider
        {...base(args)}
        label="Temperature"
        min={0}
        max={40}
        step={5}
        marks={[
          { value: 0, label: '0 °C' },
          { value: 20, label: '20 °C' },
          { value: 40, label: '40 °C' },
        ]}
        defaultValue={[15, 25]}
      />
    </div>
  ),
  play: async ({ canvas }) => {
    const rating = canvas.getByRole('slider', { name: 'Rating' });
    await drag(rating, 0.3);
    await expect(rating).toHaveValue('2');
  },
};

/**
 * Vertical: the end at the top. Up and Right increase, Down and Left decrease; dragging up
 * increases.
 */
export const Vertical: Story = {
  render: (args) => (
    <div style={row}>
      <Slider {...base(args)} label="Bass" orientation="vertical" defaultValue={60} />
      <Slider
        {...base(args)}
        label="Band"
        orientation="vertical"
        defaultValue={[20, 60]}
        marks={[
          { value: 0, label: 'Low' },
          { value: 100, label: 'High' },
        ]}
      />
      <Slider
        {...base(args)}
        label="Gain"
        size="sm"
        orientation="vertical"
        defaultValue={30}
        suffix={<SliderNumberField />}
      />
    </div>
  ),
  play: async ({ canvas }) => {
    const bass = canvas.getByRole('slider', { name: 'Bass' });
    await expect(bass).toHaveAttribute('aria-orientation', 'vertical');
    const rect = trackOf(bass).getBoundingClientRect();
    await expect(rect.height).toBeGreaterThan(rect.width * 10);
    await drag(bass, 0.6, 0.8);
    await expect(bass).toHaveValue('80');
    await userEvent.keyboard('{ArrowUp}{ArrowRight}{ArrowDown}');
    await expect(bass).toHaveValue('81');
    const high = canvas.getByRole('slider', { name: 'Band Maximum' });
    await drag(high, 0.9);
    await expect(high).toHaveValue('90');
    // The thumb sits where its value is: near the top.
    const thumb = high.parentElement!.getBoundingClientRect();
    const track = trackOf(high).getBoundingClientRect();
    await expect(
      Math.abs(thumb.top + thumb.height / 2 - (track.top + 0.1 * track.height)),
    ).toBeLessThan(1);
  },
};

/**
 * With a NumberField: a typed number (committed on Enter or blur) moves the thumb, snapped to
 * the step and kept within the other thumb; the thumb moves the number.
 */
export const WithNumberField: Story = {
  render: (args) => (
    <div style={stack}>
      <Slider
        {...base(args)}
        defaultValue={40}
        step={5}
        locale="en-US"
        suffix={<SliderNumberField />}
      />
      <Slider
        {...base(args)}
        label="Price"
        defaultValue={[200, 800]}
        max={1000}
        step={10}
        locale="en-US"
        formatOptions={{ style: 'currency', currency: 'USD', maximumFractionDigits: 0 }}
        prefix={<SliderNumberField thumb="start" />}
        suffix={<SliderNumberField thumb="end" />}
      />
    </div>
  ),
  play: async ({ canvas }) => {
    const field = canvas.getByRole('spinbutton', { name: 'Volume' });
    await userEvent.clear(field);
    await userEvent.type(field, '72{Enter}');
    await expect(canvas.getByRole('slider', { name: 'Volume' })).toHaveValue('70');
    await expect(field).toHaveValue('70');
    const from = canvas.getByRole('spinbutton', { name: 'Price Minimum' });
    await userEvent.clear(from);
    await userEvent.type(from, '900');
    await userEvent.tab();
    await expect(canvas.getByRole('slider', { name: 'Price Minimum' })).toHaveValue('800');
    await expect(from).toHaveValue('$800');
    // Both thumbs sit at $800 (the start one, focused, drawn on top): dragging towards the end
    // hands the drag to the end thumb.
    await drag(canvas.getByRole('slider', { name: 'Price Maximum' }), 0.8, 0.9);
    await expect(canvas.getByRole('slider', { name: 'Price Maximum' })).toHaveFocus();
    await expect(canvas.getByRole('spinbutton', { name: 'Price Maximum' })).toHaveValue('$900');
  },
};

/** Disabled: greyed, skipped by Tab, deaf to the pointer, and not submitted. */
export const Disabled: Story = {
  parameters: { visual: { forcedColors: true } },
  args: { disabled: true, description: 'Muted while a call is on.' },
  render: (args) => (
    <div style={stack}>
      <Slider {...base(args)} defaultValue={40} marks={[0, 50, 100]} />
      <Slider
        {...base(args)}
        label="Price"
        defaultValue={[20, 60]}
        suffix={<SliderNumberField thumb="end" />}
      />
    </div>
  ),
  play: async ({ canvas }) => {
    const input = canvas.getByRole('slider', { name: 'Volume' });
    await expect(input).toBeDisabled();
    await drag(input, 0.9);
    await expect(input).toHaveValue('40');
    await userEvent.tab();
    await expect(document.body).toHaveFocus();
  },
};

/** Read-only: shown, focusable and submitted, but neither keys nor the pointer move it. */
export const ReadOnly: Story = {
  parameters: { visual: { forcedColors: true } },
  args: { readOnly: true, description: 'Set by your administrator.' },
  render: (args) => (
    <div style={stack}>
      <Slider {...base(args)} defaultValue={40} marks={[0, 50, 100]} />
    </div>
  ),
  play: async ({ canvas }) => {
    const input = canvas.getByRole('slider', { name: 'Volume' });
    await drag(input, 0.9);
    await userEvent.keyboard('{End}');
    await expect(input).toHaveValue('40');
    await expect(input).toHaveAttribute('aria-readonly', 'true');
  },
};

/** Invalid: the error describes the thumbs and colours the track. */
export const Invalid: Story = {
  parameters: { visual: { forcedColors: true } },
  args: { error: 'Keep the volume under 80 at night.', required: true },
  render: (args) => (
    <div style={stack}>
      <Slider {...base(args)} defaultValue={90} />
      <Slider {...base(args)} label="Price" invalid error={undefined} defaultValue={[10, 95]} />
    </div>
  ),
  play: async ({ canvas }) => {
    const input = canvas.getByRole('slider', { name: 'Volume' });
    await expect(input).toHaveAttribute('aria-invalid', 'true');
    await expect(input).toHaveAccessibleDescription('Keep the volume under 80 at night.');
  },
};

/** Stress: a long label, long mark labels and an unbroken error wrap inside a narrow column. */
export const LongText: Story = {
  args: { label: longLabel, error: unbrokenError },
  render: (args) => (
    <div style={{ maxInlineSize: '16rem' }}>
      <Slider
        {...base(args)}
        defaultValue={[25, 75]}
        marks={[{ value: 50, label: 'Halfway there' }]}
      />
    </div>
  ),
};

/**
 * Stress: right-to-left. The track starts at the right; a press near the right edge is a low
 * value; ArrowLeft increases and ArrowRight decreases (APG), Home and End keep their meaning.
 */
export const RightToLeft: Story = {
  render: (args) => (
    <RightToLeftBlock style={stack}>
      <Slider
        {...base(args)}
        label="مستوى الصوت"
        defaultValue={50}
        locale="ar-EG"
        marks={[
          { value: 0, label: '٠' },
          { value: 100, label: '١٠٠' },
        ]}
      />
      <Slider
        {...base(args)}
        label="السعر"
        defaultValue={[20, 60]}
        locale="ar-EG"
        startThumbLabel="الأدنى"
        endThumbLabel="الأعلى"
        suffix={<SliderNumberField thumb="end" />}
      />
    </RightToLeftBlock>
  ),
  play: async ({ canvas }) => {
    const input = canvas.getByRole('slider', { name: 'مستوى الصوت' });
    await expect(input).toHaveAttribute('aria-valuetext', '٥٠');
    const rect = trackOf(input).getBoundingClientRect();
    const thumb = input.parentElement!.getBoundingClientRect();
    await expect(
      Math.abs(thumb.left + thumb.width / 2 - (rect.left + rect.width / 2)),
    ).toBeLessThan(1);
    await drag(input, 0.2);
    await expect(input).toHaveValue('20');
    await expect(input.parentElement!.getBoundingClientRect().left).toBeGreaterThan(
      rect.left + rect.width / 2,
    );
    await userEvent.keyboard('{ArrowLeft}');
    await expect(input).toHaveValue('21');
    await userEvent.keyboard('{ArrowRight}{ArrowRight}');
    await expect(input).toHaveValue('19');
    await userEvent.keyboard('{End}');
    await expect(input).toHaveValue('100');
    await waitFor(() => expect(input).toHaveAttribute('aria-valuetext', '١٠٠'));
  },
};

/** Stress: 200% zoom (WCAG 1.4.4): a press still lands where it points. */
export const Zoom200: Story = {
  render: (args) => (
    <Zoom200Block style={{ maxInlineSize: '20rem' }}>
      <Slider
        {...base(args)}
        description="Still readable"
        defaultValue={[30, 60]}
        marks={[0, 50, 100]}
      />
    </Zoom200Block>
  ),
};

/** Controlled: the value lives in the story's state and is echoed under the slider. */
export const Controlled: Story = {
  render: function Render(args) {
    const [value, setValue] = useState(25);
    return (
      <div style={stack}>
        <Slider {...base(args)} value={value} onValueChange={setValue} />
        <Button variant="secondary" onClick={() => setValue(75)}>
          Set to 75
        </Button>
        <output data-testid="echo">{value}</output>
      </div>
    );
  },
  play: async ({ canvas }) => {
    const input = canvas.getByRole('slider', { name: 'Volume' });
    await drag(input, 0.5);
    await expect(canvas.getByTestId('echo')).toHaveTextContent('50');
    await userEvent.click(canvas.getByRole('button', { name: 'Set to 75' }));
    await expect(input).toHaveValue('75');
  },
};

/**
 * Submits with a native form: the number under `name`, two entries for a range; Reset
 * returns to the defaults.
 */
export const InForm: Story = {
  render: (args) => (
    <StoryForm style={stack} serialize={(data) => [...data.entries()]}>
      <Slider {...base(args)} name="volume" defaultValue={40} />
      <Slider {...base(args)} label="Price" name="price" defaultValue={[10, 90]} />
    </StoryForm>
  ),
  play: async ({ canvas }) => {
    await drag(canvas.getByRole('slider', { name: 'Volume' }), 0.65);
    canvas.getByRole('slider', { name: 'Price Maximum' }).focus();
    await userEvent.keyboard('{PageDown}');
    await submitStoryForm(canvas);
    await expectSubmitted(canvas, [
      ['volume', '65'],
      ['price', '10'],
      ['price', '80'],
    ]);
    await resetStoryForm(canvas);
    await waitFor(() => expect(canvas.getByRole('slider', { name: 'Volume' })).toHaveValue('40'));
    await submitStoryForm(canvas);
    await expectSubmitted(canvas, [
      ['volume', '40'],
      ['price', '10'],
      ['price', '90'],
    ]);
  },
};
