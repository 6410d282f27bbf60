import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent } from 'storybook/test';
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
import { cssVar } from '../../tokens';
import { TimeField, timeGranularities } from './index';

const meta = {
  title: 'Molecules/TimeField',
  component: TimeField,
  args: { label: 'Departure', locale: 'en-US', onValueChange: fn() },
  argTypes: {
    size: inlineRadio(controlSizes),
    granularity: inlineRadio([...timeGranularities]),
    value: { control: false },
  },
  parameters: {
    design: figmaDesign('TimeField'),
    docs: {
      description: {
        component: `A time of day typed in segments: hour, minute, optionally second, and AM/PM on a 12-hour clock, in the locale's order, digits and words. Up/Down step a segment (wrapping), digits type into it, \`a\`/\`p\` set AM/PM. The value is an ISO time string (\`'14:30'\`) that no time zone changes; \`name\` submits it.

**Use** it for a time of day: an opening hour, a departure, an alarm.

**Don't** use it for a duration (NumberField with a unit), or for an instant across time zones (pair a DateField, a TimeField and an explicit zone).`,
      },
    },
  },
} satisfies Meta<typeof TimeField>;

export default meta;
type Story = StoryObj<typeof meta>;

const stack = { display: 'grid', gap: cssVar('space.4'), maxInlineSize: '20rem' } as const;
const byType = (canvas: HTMLElement, type: string) =>
  canvas.querySelector<HTMLElement>(`[data-segment="${type}"]`)!;

export const Playground: Story = { args: { defaultValue: '09:30' } };

/** Digits fill the hour and minute; `p` sets PM. */
export const Typing: Story = {
  play: async ({ canvasElement, args }) => {
    await userEvent.click(byType(canvasElement, 'hour'));
    await userEvent.keyboard('745p');
    await expect(args.onValueChange).toHaveBeenLastCalledWith('19:45', expect.anything());
    await userEvent.tab();
  },
};

export const Sizes: Story = {
  render: (args) => (
    <div style={stack}>
      {controlSizes.map((size) => (
        <TimeField key={size} {...args} size={size} label={`Size ${size}`} defaultValue="09:30" />
      ))}
    </div>
  ),
};

/** 12- and 24-hour clocks, and seconds. */
export const Granularity: Story = {
  render: (args) => (
    <div style={stack}>
      <TimeField {...args} label="Minutes, 12-hour" defaultValue="21:05" />
      <TimeField {...args} label="Minutes, 24-hour" hourCycle={24} defaultValue="21:05" />
      <TimeField {...args} label="Seconds" granularity="second" defaultValue="21:05:42" />
    </div>
  ),
};

export const States: Story = {
  render: (args) => (
    <div style={stack}>
      <TimeField {...args} label="Empty" />
      <TimeField {...args} label="Required" required defaultValue="09:30" />
      <TimeField {...args} label="Disabled" disabled defaultValue="09:30" />
      <TimeField {...args} label="Read-only" readOnly defaultValue="09:30" />
      <TimeField {...args} label="Invalid" error="The last train leaves at 23:40." />
    </div>
  ),
};

export const Locales: Story = {
  render: (args) => (
    <div style={stack}>
      <TimeField {...args} label="Abfahrt (de-DE)" locale="de-DE" defaultValue="15:05" />
      <TimeField {...args} label="Departure (en-US)" locale="en-US" defaultValue="15:05" />
      <TimeField {...args} label="المغادرة (ar-EG)" locale="ar-EG" defaultValue="15:05" />
      <TimeField {...args} label="出発 (ja-JP)" locale="ja-JP" defaultValue="15:05" />
    </div>
  ),
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('group', { name: 'Abfahrt (de-DE)' })).toHaveTextContent('15:05');
    await expect(canvas.getByRole('group', { name: 'المغادرة (ar-EG)' })).toHaveTextContent(/٣:٠٥/);
  },
};

/** APG spinbutton keys: Up wraps 11 to 12 (noon keeps AM/PM), Down toggles AM/PM. */
export const KeyboardFocus: Story = {
  args: { defaultValue: '11:59' },
  play: async ({ canvasElement, args }) => {
    await userEvent.tab();
    await expect(byType(canvasElement, 'hour')).toHaveFocus();
    await userEvent.keyboard('{ArrowUp}');
    await expect(args.onValueChange).toHaveBeenLastCalledWith('00:59', expect.anything());
    await userEvent.keyboard('{ArrowRight}{ArrowRight}{ArrowDown}');
    await expect(args.onValueChange).toHaveBeenLastCalledWith('12:59', expect.anything());
  },
};

export const LongText: Story = {
  args: { label: longLabel, error: unbrokenError, defaultValue: '09:30' },
  render: (args) => (
    <div style={stack}>
      <TimeField {...args} />
    </div>
  ),
};

export const RightToLeft: Story = {
  render: (args) => (
    <RightToLeftBlock style={stack}>
      <TimeField {...args} label="المغادرة" locale="ar-EG" defaultValue="15:05" />
    </RightToLeftBlock>
  ),
};

export const Zoom200: Story = {
  render: (args) => (
    <Zoom200Block style={stack}>
      <TimeField {...args} defaultValue="09:30" required />
    </Zoom200Block>
  ),
};

/** `name` submits the ISO time; Reset restores the default. */
export const InForm: Story = {
  render: (args) => (
    <StoryForm style={stack}>
      <TimeField {...args} name="departure" hourCycle={24} defaultValue="09:30" />
    </StoryForm>
  ),
  play: async ({ canvas, canvasElement }) => {
    await userEvent.click(byType(canvasElement, 'hour'));
    await userEvent.keyboard('17');
    await submitStoryForm(canvas);
    await expectSubmitted(canvas, { departure: '17:30' });
    await resetStoryForm(canvas);
    await submitStoryForm(canvas);
    await expectSubmitted(canvas, { departure: '09:30' });
  },
};
