import { endOfMonth, startOfMonth, type DateValue } from '@internationalized/date';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
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
  Zoom200Block,
} from '../../../.storybook/stories';
import { cssVar } from '../../tokens';
import { datePickerPlacements } from '../DatePicker';
import { DateRangePicker, type DateRangePreset } from './index';

/*
 * The open stories show March 2026, a month in the past, so no picture holds today's mark. The
 * presets computed from today are tested in a story without a picture; the open presets story
 * uses fixed ranges, so its picture is stable.
 */
const meta = {
  title: 'Molecules/DateRangePicker',
  component: DateRangePicker,
  args: {
    label: 'Trip',
    locale: 'en-US',
    defaultValue: { start: '2026-03-09', end: '2026-03-15' },
    onValueChange: fn(),
    onOpenChange: fn(),
  },
  argTypes: {
    size: inlineRadio(controlSizes),
    placement: inlineRadio([...datePickerPlacements]),
    value: { control: false },
    open: { control: false },
    presets: { control: false },
    isDateUnavailable: { control: false },
  },
  parameters: {
    design: figmaDesign('DateRangePicker'),
    docs: {
      description: {
        component: `Two segmented date fields, start and end, in one group with a calendar button that opens a RangeCalendar in a popover: the APG date picker dialog. Type either end, or open the calendar (the button, or Alt+ArrowDown in a field), choose the first and the last day with the grid keys, across months; Escape first drops a half-chosen range, then closes, and focus returns to the button. Presets beside the month ("Last 7 days", "This month") are computed when the picker opens. An end before the start, a date outside \`min\`/\`max\` or a range over an unavailable day is invalid, with a message (\`orderErrorLabel\`, \`outOfBoundsErrorLabel\`, \`unavailableErrorLabel\`). \`name\` submits \`name.start\` and \`name.end\` as ISO dates (\`startName\`/\`endName\` override them).

**Use** it for a span of days: a stay, a report's period, a leave request.

**Don't** use it for one date (DatePicker), or for a range always shown on the page (RangeCalendar).`,
      },
    },
  },
} satisfies Meta<typeof DateRangePicker>;

export default meta;
type Story = StoryObj<typeof meta>;

const stack = { display: 'grid', gap: cssVar('space.4'), maxInlineSize: '24rem' } as const;
/** Room under the open calendar in the picture. */
const roomForCalendar = { ...stack, minBlockSize: '26rem' } as const;
const body = () => within(document.body);
const dialog = () => document.body.querySelector<HTMLElement>('[role="dialog"]');
const focused = () => document.activeElement as HTMLElement;
const isWeekend = (date: DateValue) => [0, 6].includes(date.toDate('UTC').getUTCDay());

export const Playground: Story = {};

/** Open: the month of the start, the start focused, the range marked. */
export const Open: Story = {
  args: { defaultOpen: true },
  render: (args) => (
    <div style={roomForCalendar}>
      <DateRangePicker {...args} />
    </div>
  ),
  play: async () => {
    await waitFor(() => expect(focused()).toHaveAccessibleName('Monday, March 9, 2026'));
    await expect(body().getByRole('dialog', { name: 'Choose dates' })).toBeVisible();
    await expect(
      body().getByRole('button', { name: 'Thursday, March 12, 2026' }).closest('td'),
    ).toHaveAttribute('data-in-range');
  },
};

/** APG date picker dialog: open from the button, pick both ends with the keys, focus returns. */
export const KeyboardFocus: Story = {
  render: (args) => (
    <div style={roomForCalendar}>
      <DateRangePicker {...args} />
    </div>
  ),
  play: async ({ canvas, args }) => {
    const button = canvas.getByRole('button', { name: 'Choose dates' });
    button.focus();
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(focused()).toHaveAccessibleName('Monday, March 9, 2026'));
    await userEvent.keyboard('{ArrowDown}{Enter}{ArrowDown}{ArrowDown}{End}');
    await expect(focused()).toHaveAccessibleName('Saturday, April 4, 2026');
    await userEvent.keyboard('{Enter}');
    await expect(args.onValueChange).toHaveBeenLastCalledWith({
      start: '2026-03-16',
      end: '2026-04-04',
    });
    await waitFor(() => expect(dialog()).toBeNull(), { timeout: 3000 });
    await expect(button).toHaveFocus();
  },
};

/** Typing: the start's full year moves on to the end's first segment, as react-aria does. */
export const Typing: Story = {
  args: { defaultValue: null },
  render: (args) => (
    <div style={stack}>
      <DateRangePicker {...args} />
    </div>
  ),
  play: async ({ canvas, args }) => {
    await userEvent.click(canvas.getAllByRole('spinbutton')[0]!);
    await userEvent.keyboard('03092026');
    await expect(canvas.getByRole('group', { name: 'End date' })).toContainElement(focused());
    await userEvent.keyboard('03152026');
    await expect(args.onValueChange).toHaveBeenLastCalledWith({
      start: '2026-03-09',
      end: '2026-03-15',
    });
  },
};

const relativePresets: DateRangePreset[] = [
  { label: 'Last 7 days', value: (today) => ({ start: today.add({ days: -6 }), end: today }) },
  {
    label: 'This month',
    value: (today) => ({ start: startOfMonth(today), end: endOfMonth(today) }),
  },
];

/** Presets, computed from the day the picker opens (here: today). */
export const Presets: Story = {
  args: { presets: relativePresets, defaultValue: null },
  render: (args) => (
    <div style={stack}>
      <DateRangePicker {...args} />
    </div>
  ),
  play: async ({ canvas, args }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Choose dates' }));
    await userEvent.click(await body().findByRole('button', { name: 'This month' }));
    const now = new Date();
    const iso = (date: Date) =>
      [date.getFullYear(), date.getMonth() + 1, date.getDate()]
        .map((part, index) => String(part).padStart(index === 0 ? 4 : 2, '0'))
        .join('-');
    await expect(args.onValueChange).toHaveBeenLastCalledWith({
      start: iso(new Date(now.getFullYear(), now.getMonth(), 1)),
      end: iso(new Date(now.getFullYear(), now.getMonth() + 1, 0)),
    });
    await waitFor(() => expect(dialog()).toBeNull(), { timeout: 3000 });
  },
  parameters: {
    visual: {
      disable: true,
      reason: 'The chosen preset is relative to today: the picture would change daily.',
    },
  },
};

/** Presets beside an open month, with fixed ranges so the picture is stable. */
export const PresetsOpen: Story = {
  args: {
    defaultOpen: true,
    presets: [
      { label: 'First week of March', value: () => ({ start: '2026-03-02', end: '2026-03-08' }) },
      { label: 'Second week of March', value: () => ({ start: '2026-03-09', end: '2026-03-15' }) },
      { label: 'All of March', value: () => ({ start: '2026-03-01', end: '2026-03-31' }) },
    ],
  },
  render: (args) => (
    <div style={roomForCalendar}>
      <DateRangePicker {...args} />
    </div>
  ),
  play: async () => {
    await waitFor(() => expect(dialog()).not.toBeNull());
    await expect(body().getByRole('button', { name: 'Second week of March' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
  },
};

/** `min`, `max` and unavailable weekends: disabled in the calendar. */
export const MinMaxAndUnavailable: Story = {
  args: {
    defaultOpen: true,
    defaultValue: { start: '2026-03-09', end: '2026-03-13' },
    min: '2026-03-05',
    max: '2026-03-27',
    isDateUnavailable: isWeekend,
  },
  render: (args) => (
    <div style={roomForCalendar}>
      <DateRangePicker {...args} />
    </div>
  ),
};

/** The end before the start, and a range over an unavailable weekend: invalid, with messages. */
export const Invalid: Story = {
  render: (args) => (
    <div style={stack}>
      <DateRangePicker
        {...args}
        label="End before start"
        defaultValue={{ start: '2026-03-15', end: '2026-03-09' }}
      />
      <DateRangePicker
        {...args}
        label="Over a weekend"
        defaultValue={{ start: '2026-03-12', end: '2026-03-16' }}
        isDateUnavailable={isWeekend}
        unavailableErrorLabel="Weekends cannot be booked."
      />
      <DateRangePicker {...args} label="Out of bounds" max="2026-03-10" />
    </div>
  ),
  play: async ({ canvas }) => {
    await expect(
      canvas.getByRole('group', { name: 'End before start' }),
    ).toHaveAccessibleDescription('The end date is before the start date.');
    await expect(canvas.getByRole('group', { name: 'Over a weekend' })).toHaveAccessibleDescription(
      'Weekends cannot be booked.',
    );
    await expect(canvas.getByRole('group', { name: 'Out of bounds' })).toHaveAccessibleDescription(
      'A date is outside the dates that can be chosen.',
    );
  },
};

export const Sizes: Story = {
  render: (args) => (
    <div style={stack}>
      {controlSizes.map((size) => (
        <DateRangePicker key={size} {...args} size={size} label={`Size ${size}`} />
      ))}
    </div>
  ),
};

export const States: Story = {
  render: (args) => (
    <div style={stack}>
      <DateRangePicker {...args} label="Empty" defaultValue={null} />
      <DateRangePicker {...args} label="Filled" />
      <DateRangePicker {...args} label="Start only" defaultValue={{ start: '2026-03-09' }} />
      <DateRangePicker {...args} label="Required" required description="Both dates are needed." />
      <DateRangePicker {...args} label="Disabled" disabled />
      <DateRangePicker {...args} label="Read-only" readOnly />
      <DateRangePicker {...args} label="Invalid" error="Choose weekdays only." />
    </div>
  ),
};

export const GermanCalendar: Story = {
  args: {
    label: 'Reise',
    locale: 'de-DE',
    defaultOpen: true,
    calendarLabel: 'Zeitraum wählen',
    prevLabel: 'Voriger Monat',
    nextLabel: 'Nächster Monat',
    startLabel: 'Beginn',
    endLabel: 'Ende',
  },
  render: (args) => (
    <div style={roomForCalendar}>
      <DateRangePicker {...args} />
    </div>
  ),
  play: async ({ canvas }) => {
    await waitFor(() => expect(dialog()).not.toBeNull());
    await expect(body().getAllByRole('columnheader')[0]).toHaveTextContent('Montag');
    await expect(canvas.getByRole('group', { name: 'Beginn' })).toHaveTextContent('09.03.2026');
  },
};

export const ArabicCalendar: Story = {
  args: {
    label: 'الرحلة',
    locale: 'ar-EG',
    defaultOpen: true,
    calendarLabel: 'اختر التواريخ',
    prevLabel: 'الشهر السابق',
    nextLabel: 'الشهر التالي',
    startLabel: 'تاريخ البدء',
    endLabel: 'تاريخ الانتهاء',
  },
  render: (args) => (
    <RightToLeftBlock style={roomForCalendar}>
      <DateRangePicker {...args} />
    </RightToLeftBlock>
  ),
  play: async ({ canvas }) => {
    await waitFor(() => expect(dialog()).not.toBeNull());
    await expect(body().getAllByRole('columnheader')[0]).toHaveTextContent('السبت');
    await expect(canvas.getByRole('group', { name: 'تاريخ البدء' })).toHaveTextContent('٢٠٢٦');
  },
};

export const JapaneseCalendar: Story = {
  args: {
    label: '旅行',
    locale: 'ja-JP',
    defaultOpen: true,
    calendarLabel: '期間を選択',
    prevLabel: '前の月',
    nextLabel: '次の月',
    startLabel: '開始日',
    endLabel: '終了日',
  },
  render: (args) => (
    <div style={roomForCalendar}>
      <DateRangePicker {...args} />
    </div>
  ),
};

export const RightToLeft: Story = {
  render: (args) => (
    <RightToLeftBlock style={stack}>
      <DateRangePicker
        {...args}
        label="الرحلة"
        locale="ar-EG"
        startLabel="تاريخ البدء"
        endLabel="تاريخ الانتهاء"
        calendarLabel="اختر التواريخ"
      />
    </RightToLeftBlock>
  ),
};

export const Zoom200: Story = {
  render: (args) => (
    <Zoom200Block style={stack}>
      <DateRangePicker {...args} required />
    </Zoom200Block>
  ),
};

/** A long label wraps; the two dates never break inside. */
export const LongLabel: Story = {
  args: { label: longLabel },
  render: (args) => (
    <div style={{ ...stack, maxInlineSize: '18rem' }}>
      <DateRangePicker {...args} />
    </div>
  ),
};

/** `name` submits `trip.start` and `trip.end`; Reset restores the default. */
export const InForm: Story = {
  render: (args) => (
    <StoryForm style={stack}>
      <DateRangePicker {...args} name="trip" />
    </StoryForm>
  ),
  play: async ({ canvas }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Choose dates' }));
    await userEvent.click(await body().findByRole('button', { name: 'Monday, March 23, 2026' }));
    await userEvent.click(body().getByRole('button', { name: 'Friday, March 27, 2026' }));
    await waitFor(() => expect(dialog()).toBeNull(), { timeout: 3000 });
    await submitStoryForm(canvas);
    await expectSubmitted(canvas, { 'trip.start': '2026-03-23', 'trip.end': '2026-03-27' });
    await resetStoryForm(canvas);
    await submitStoryForm(canvas);
    await expectSubmitted(canvas, { 'trip.start': '2026-03-09', 'trip.end': '2026-03-15' });
  },
};
