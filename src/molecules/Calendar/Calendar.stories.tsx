import type { DateValue } from '@internationalized/date';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor } from 'storybook/test';
import { figmaDesign } from '../../../.storybook/design';
import {
  expectSubmitted,
  resetStoryForm,
  RightToLeftBlock,
  StoryForm,
  submitStoryForm,
  Zoom200Block,
} from '../../../.storybook/stories';
import { cssVar } from '../../tokens';
import { Calendar } from './index';

/*
 * Every story shows a fixed month in the past (March 2026), so no picture holds today's mark
 * and none changes with the calendar on the wall.
 */
const meta = {
  title: 'Molecules/Calendar',
  component: Calendar,
  args: {
    locale: 'en-US',
    defaultValue: '2026-03-18',
    onValueChange: fn(),
  },
  argTypes: {
    value: { control: false },
    isDateUnavailable: { control: false },
  },
  parameters: {
    design: figmaDesign('Calendar'),
    docs: {
      description: {
        component: `A month of days to choose one from: the APG date grid, with one tab stop, arrows by day and week, PageUp/PageDown by month (Shift: year), Home/End to the week's edges, across month edges. Names, digits, the first day of the week and the direction come from \`locale\`. Values are ISO date strings (\`'2026-03-18'\`) or \`CalendarDate\`s, never a JS \`Date\`, so a day never shifts with the time zone.

**Use** it where the month itself helps the choice (availability, a booking), inline on the page; limit it with \`min\`, \`max\` and \`isDateUnavailable\`.

**Don't** use it to type a known date such as a birthday (DateField), or in a small space (DatePicker opens it on demand).`,
      },
    },
  },
} satisfies Meta<typeof Calendar>;

export default meta;
type Story = StoryObj<typeof meta>;

const row = { display: 'flex', flexWrap: 'wrap', gap: cssVar('space.6') } as const;
const isWeekend = (date: DateValue) => [0, 6].includes(date.toDate('UTC').getUTCDay());
const focused = () => document.activeElement as HTMLElement;

export const Playground: Story = {};

/** The chosen day; click another to choose it. */
export const Default: Story = {
  play: async ({ canvas, args }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Friday, March 20, 2026' }));
    await expect(args.onValueChange).toHaveBeenLastCalledWith('2026-03-20', expect.anything());
    await expect(
      canvas.getByRole('button', { name: 'Friday, March 20, 2026' }).closest('td'),
    ).toHaveAttribute('aria-selected', 'true');
  },
};

/** Nothing chosen yet: `defaultFocusedValue` picks the month shown. */
export const Empty: Story = {
  args: { defaultValue: null, defaultFocusedValue: '2026-03-01' },
};

/** `min` and `max`: days outside are disabled, and so are the month buttons that lead there. */
export const MinAndMax: Story = {
  args: { min: '2026-03-09', max: '2026-03-25' },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('button', { name: 'Previous month' })).toBeDisabled();
    await expect(canvas.getByRole('button', { name: 'Sunday, March 8, 2026' })).toHaveAttribute(
      'aria-disabled',
      'true',
    );
  },
};

/** `isDateUnavailable`: weekends are struck through and cannot be chosen, but focus passes. */
export const UnavailableDates: Story = {
  args: { isDateUnavailable: isWeekend },
  play: async ({ canvas, args }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Saturday, March 21, 2026' }));
    await expect(args.onValueChange).not.toHaveBeenCalled();
  },
};

export const Disabled: Story = { args: { disabled: true } };

export const ReadOnly: Story = { args: { readOnly: true } };

/** APG keyboard: the arrows cross into April, PageUp comes back a month, Home/End the week. */
export const KeyboardFocus: Story = {
  play: async ({ args }) => {
    await userEvent.tab();
    await userEvent.tab();
    await userEvent.tab();
    await expect(focused()).toHaveAccessibleName('Wednesday, March 18, 2026');
    await userEvent.keyboard('{ArrowDown}{ArrowDown}{ArrowRight}');
    await expect(focused()).toHaveAccessibleName('Thursday, April 2, 2026');
    await userEvent.keyboard('{PageUp}{Home}');
    await expect(focused()).toHaveAccessibleName('Sunday, March 1, 2026');
    await userEvent.keyboard('{End}{Enter}');
    await expect(args.onValueChange).toHaveBeenLastCalledWith('2026-03-07', expect.anything());
  },
};

/** de-DE: Monday first, German names. */
export const GermanCalendar: Story = {
  args: { locale: 'de-DE', prevLabel: 'Voriger Monat', nextLabel: 'Nächster Monat' },
  play: async ({ canvas }) => {
    await expect(canvas.getAllByRole('columnheader')[0]).toHaveTextContent('Montag');
    await expect(canvas.getByRole('grid')).toHaveAccessibleName('März 2026');
  },
};

/** ar-EG: right to left, Saturday first, Arabic-Indic digits, Arabic button names. */
export const ArabicCalendar: Story = {
  args: { locale: 'ar-EG', prevLabel: 'الشهر السابق', nextLabel: 'الشهر التالي' },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('group')).toHaveAttribute('dir', 'rtl');
    await expect(canvas.getAllByRole('columnheader')[0]).toHaveTextContent('السبت');
  },
};

/** ja-JP: Sunday first, Japanese names, bare day numbers. */
export const JapaneseCalendar: Story = {
  args: { locale: 'ja-JP', prevLabel: '前の月', nextLabel: '次の月' },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('grid')).toHaveAccessibleName('2026年3月');
  },
};

/** Side by side, the same day in the four test locales. */
export const Locales: Story = {
  render: (args) => (
    <div style={row}>
      {['en-US', 'de-DE', 'ar-EG', 'ja-JP'].map((locale) => (
        <Calendar key={locale} {...args} locale={locale} />
      ))}
    </div>
  ),
};

/** Stress: an English calendar in a right-to-left page mirrors, and ArrowLeft goes forward. */
export const RightToLeft: Story = {
  render: (args) => (
    <RightToLeftBlock>
      <Calendar {...args} />
    </RightToLeftBlock>
  ),
  play: async ({ canvas }) => {
    canvas.getByRole('button', { name: 'Wednesday, March 18, 2026' }).focus();
    await userEvent.keyboard('{ArrowLeft}');
    await waitFor(() => expect(focused()).toHaveAccessibleName('Thursday, March 19, 2026'));
  },
};

/** Stress: 200% zoom (WCAG 1.4.4). */
export const Zoom200: Story = {
  render: (args) => (
    <Zoom200Block>
      <Calendar {...args} />
    </Zoom200Block>
  ),
};

/** `name` submits the ISO date; Reset restores the default. */
export const InForm: Story = {
  render: (args) => (
    <StoryForm>
      <Calendar {...args} name="day" label="Delivery day" required />
    </StoryForm>
  ),
  play: async ({ canvas }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Tuesday, March 24, 2026' }));
    await submitStoryForm(canvas);
    await expectSubmitted(canvas, { day: '2026-03-24' });
    await resetStoryForm(canvas);
    await submitStoryForm(canvas);
    await expectSubmitted(canvas, { day: '2026-03-18' });
  },
};
