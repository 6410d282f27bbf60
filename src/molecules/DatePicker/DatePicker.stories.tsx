import type { DateValue } from '@internationalized/date';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { figmaDesign } from '../../../.storybook/design';
import {
  controlSizes,
  expectSubmitted,
  inlineRadio,
  resetStoryForm,
  RightToLeftBlock,
  StoryForm,
  submitStoryForm,
  Zoom200Block,
} from '../../../.storybook/stories';
import { cssVar } from '../../tokens';
import { DatePicker, datePickerPlacements, type DatePreset } from './index';

/*
 * The open stories show March 2026, a month in the past, so no picture holds today's mark. The
 * presets story computes its days from today, so it shows only the buttons, never the days.
 */
const meta = {
  title: 'Molecules/DatePicker',
  component: DatePicker,
  args: {
    label: 'Departure',
    locale: 'en-US',
    defaultValue: '2026-03-18',
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
    design: figmaDesign('DatePicker'),
    docs: {
      description: {
        component: `A DateField with a calendar button that opens the month in a popover: the APG date picker dialog. Type the date in segments, or open the calendar (the button, or Alt+ArrowDown) and move with the grid keys, across months; Enter chooses and closes, Escape closes, focus returns to the button. Presets beside the month are computed when the picker opens, so "Today" is right after midnight. The value is an ISO date string; \`name\` submits it.

**Use** it for a date near today, or one where the weekday matters (a departure, a deadline).

**Don't** use it for a date typed from memory or paper, far from today (DateField alone), or for a span (DateRangePicker).`,
      },
    },
  },
} satisfies Meta<typeof DatePicker>;

export default meta;
type Story = StoryObj<typeof meta>;

const stack = { display: 'grid', gap: cssVar('space.4'), maxInlineSize: '20rem' } as const;
/** Room under the open calendar in the picture. */
const roomForCalendar = { ...stack, minBlockSize: '26rem' } as const;
const body = () => within(document.body);
const dialog = () => document.body.querySelector<HTMLElement>('[role="dialog"]');
const focused = () => document.activeElement as HTMLElement;
const isWeekend = (date: DateValue) => [0, 6].includes(date.toDate('UTC').getUTCDay());

export const Playground: Story = {};

/** Open: the month of the value, its day focused. A click chooses and closes. */
export const Open: Story = {
  args: { defaultOpen: true },
  render: (args) => (
    <div style={roomForCalendar}>
      <DatePicker {...args} />
    </div>
  ),
  play: async () => {
    await waitFor(() => expect(focused()).toHaveAccessibleName('Wednesday, March 18, 2026'));
    await expect(body().getByRole('dialog', { name: 'Choose a date' })).toBeVisible();
  },
};

/** APG date picker dialog: open from the button, move across months, choose, focus returns. */
export const KeyboardFocus: Story = {
  render: (args) => (
    <div style={roomForCalendar}>
      <DatePicker {...args} />
    </div>
  ),
  play: async ({ canvas, args }) => {
    const button = canvas.getByRole('button', { name: 'Choose a date' });
    button.focus();
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(focused()).toHaveAccessibleName('Wednesday, March 18, 2026'));
    await userEvent.keyboard('{ArrowDown}{ArrowDown}{End}');
    await expect(focused()).toHaveAccessibleName('Saturday, April 4, 2026');
    await userEvent.keyboard('{Enter}');
    await expect(args.onValueChange).toHaveBeenLastCalledWith('2026-04-04', expect.anything());
    await waitFor(() => expect(dialog()).toBeNull(), { timeout: 3000 });
    await expect(button).toHaveFocus();
  },
};

const presets: DatePreset[] = [
  { label: 'Today', value: (today) => today },
  { label: 'Tomorrow', value: (today) => today.add({ days: 1 }) },
  { label: 'In a week', value: (today) => today.add({ weeks: 1 }) },
];

/** Presets, computed from the day the picker opens (here: today). */
export const Presets: Story = {
  args: { presets, defaultValue: null },
  render: (args) => (
    <div style={stack}>
      <DatePicker {...args} />
    </div>
  ),
  play: async ({ canvas, args }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Choose a date' }));
    await userEvent.click(await body().findByRole('button', { name: 'Tomorrow' }));
    const tomorrow = new Date();
    tomorrow.setDate(tomorrow.getDate() + 1);
    const iso = [tomorrow.getFullYear(), tomorrow.getMonth() + 1, tomorrow.getDate()]
      .map((part, index) => String(part).padStart(index === 0 ? 4 : 2, '0'))
      .join('-');
    await expect(args.onValueChange).toHaveBeenLastCalledWith(iso, expect.anything());
    await waitFor(() => expect(dialog()).toBeNull(), { timeout: 3000 });
  },
  // The field shows tomorrow's date, which changes every day.
  parameters: {
    visual: {
      disable: true,
      reason: 'The chosen preset is relative to today: the picture would change daily.',
    },
  },
};

/** Presets beside an open month: the days are not shown, so the picture is stable. */
export const PresetsOpen: Story = {
  args: {
    defaultOpen: true,
    presets: [
      { label: 'Start of March', value: () => '2026-03-01' },
      { label: 'Spring equinox', value: () => '2026-03-20' },
    ],
  },
  render: (args) => (
    <div style={roomForCalendar}>
      <DatePicker {...args} />
    </div>
  ),
  play: async () => {
    await waitFor(() => expect(dialog()).not.toBeNull());
    await expect(body().getByRole('button', { name: 'Spring equinox' })).toHaveAttribute(
      'aria-pressed',
      'false',
    );
  },
};

/** `min`, `max` and unavailable weekends: disabled in the calendar, invalid when typed. */
export const MinMaxAndUnavailable: Story = {
  args: { defaultOpen: true, min: '2026-03-05', max: '2026-03-27', isDateUnavailable: isWeekend },
  render: (args) => (
    <div style={roomForCalendar}>
      <DatePicker {...args} />
    </div>
  ),
};

export const Sizes: Story = {
  render: (args) => (
    <div style={stack}>
      {controlSizes.map((size) => (
        <DatePicker key={size} {...args} size={size} label={`Size ${size}`} />
      ))}
    </div>
  ),
};

export const States: Story = {
  render: (args) => (
    <div style={stack}>
      <DatePicker {...args} label="Empty" defaultValue={null} />
      <DatePicker {...args} label="Required" required />
      <DatePicker {...args} label="Disabled" disabled />
      <DatePicker {...args} label="Read-only" readOnly />
      <DatePicker {...args} label="Invalid" error="Choose a weekday." />
    </div>
  ),
};

export const GermanCalendar: Story = {
  args: {
    label: 'Abfahrt',
    locale: 'de-DE',
    defaultOpen: true,
    calendarLabel: 'Datum wählen',
    prevLabel: 'Voriger Monat',
    nextLabel: 'Nächster Monat',
  },
  render: (args) => (
    <div style={roomForCalendar}>
      <DatePicker {...args} />
    </div>
  ),
  play: async () => {
    await waitFor(() => expect(dialog()).not.toBeNull());
    await expect(body().getAllByRole('columnheader')[0]).toHaveTextContent('Montag');
  },
};

export const ArabicCalendar: Story = {
  args: {
    label: 'المغادرة',
    locale: 'ar-EG',
    defaultOpen: true,
    calendarLabel: 'اختر تاريخًا',
    prevLabel: 'الشهر السابق',
    nextLabel: 'الشهر التالي',
  },
  render: (args) => (
    <RightToLeftBlock style={roomForCalendar}>
      <DatePicker {...args} />
    </RightToLeftBlock>
  ),
  play: async () => {
    await waitFor(() => expect(dialog()).not.toBeNull());
    await expect(body().getAllByRole('columnheader')[0]).toHaveTextContent('السبت');
  },
};

export const JapaneseCalendar: Story = {
  args: {
    label: '出発',
    locale: 'ja-JP',
    defaultOpen: true,
    calendarLabel: '日付を選択',
    prevLabel: '前の月',
    nextLabel: '次の月',
  },
  render: (args) => (
    <div style={roomForCalendar}>
      <DatePicker {...args} />
    </div>
  ),
};

export const RightToLeft: Story = {
  render: (args) => (
    <RightToLeftBlock style={stack}>
      <DatePicker {...args} label="المغادرة" locale="ar-EG" />
    </RightToLeftBlock>
  ),
};

export const Zoom200: Story = {
  render: (args) => (
    <Zoom200Block style={stack}>
      <DatePicker {...args} required />
    </Zoom200Block>
  ),
};

/** `name` submits the ISO date; Reset restores the default. */
export const InForm: Story = {
  render: (args) => (
    <StoryForm style={stack}>
      <DatePicker {...args} name="departure" />
    </StoryForm>
  ),
  play: async ({ canvas }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Choose a date' }));
    await userEvent.click(await body().findByRole('button', { name: 'Friday, March 27, 2026' }));
    await waitFor(() => expect(dialog()).toBeNull(), { timeout: 3000 });
    await submitStoryForm(canvas);
    await expectSubmitted(canvas, { departure: '2026-03-27' });
    await resetStoryForm(canvas);
    await submitStoryForm(canvas);
    await expectSubmitted(canvas, { departure: '2026-03-18' });
  },
};
