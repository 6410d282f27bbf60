import type { DateValue } from '@internationalized/date';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent } from 'storybook/test';
import { figmaDesign } from '../../../.storybook/design';
import {
  expectSubmitted,
  resetStoryForm,
  RightToLeftBlock,
  StoryForm,
  submitStoryForm,
  Zoom200Block,
} from '../../../.storybook/stories';
import { RangeCalendar } from './index';

/* Every story shows March 2026, a month in the past: no picture holds today's mark. */
const meta = {
  title: 'Molecules/RangeCalendar',
  component: RangeCalendar,
  args: {
    locale: 'en-US',
    defaultValue: { start: '2026-03-09', end: '2026-03-13' },
    onValueChange: fn(),
  },
  argTypes: {
    value: { control: false },
    isDateUnavailable: { control: false },
  },
  parameters: {
    design: figmaDesign('RangeCalendar'),
    docs: {
      description: {
        component: `A month of days to choose a range from: a first day, then a last one, with the range previewed under the pointer or the focused day; Escape drops a half-chosen range. Keyboard, locales, \`min\`, \`max\` and unavailable days as in Calendar; a range never spans an unavailable day. The value is \`{ start, end }\` as ISO date strings; \`name\` submits the ISO interval \`start/end\`.

**Use** it for stays, reports and other spans where the month helps the choice.

**Don't** use it for two unrelated dates (two DateFields), or in a small space (DateRangePicker).`,
      },
    },
  },
} satisfies Meta<typeof RangeCalendar>;

export default meta;
type Story = StoryObj<typeof meta>;

const isSunday = (date: DateValue) => date.toDate('UTC').getUTCDay() === 0;
const focused = () => document.activeElement as HTMLElement;

export const Playground: Story = {};

/** Two clicks choose a range; the ends come back in order. */
export const Default: Story = {
  play: async ({ canvas, args }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Friday, March 27, 2026' }));
    await userEvent.click(canvas.getByRole('button', { name: 'Monday, March 23, 2026' }));
    await expect(args.onValueChange).toHaveBeenLastCalledWith({
      start: '2026-03-23',
      end: '2026-03-27',
    });
  },
};

/** One end chosen, the pointer over another: the range is previewed. */
export const Choosing: Story = {
  args: { defaultValue: null, defaultFocusedValue: '2026-03-01' },
  play: async ({ canvas }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Tuesday, March 10, 2026' }));
    await userEvent.hover(canvas.getByRole('button', { name: 'Monday, March 16, 2026' }));
    await expect(canvas.getByRole('group')).toHaveAttribute('data-choosing');
  },
};

/** Sundays are unavailable: once an end is chosen, the range stops before the next one. */
export const UnavailableDates: Story = {
  args: { defaultValue: null, defaultFocusedValue: '2026-03-01', isDateUnavailable: isSunday },
  play: async ({ canvas }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Wednesday, March 11, 2026' }));
    await expect(canvas.getByRole('button', { name: 'Monday, March 16, 2026' })).toHaveAttribute(
      'aria-disabled',
      'true',
    );
  },
};

export const MinAndMax: Story = { args: { min: '2026-03-05', max: '2026-03-26' } };

export const Disabled: Story = { args: { disabled: true } };

export const ReadOnly: Story = { args: { readOnly: true } };

/** APG keyboard: Enter picks an end, the arrows preview across into April, Space completes. */
export const KeyboardFocus: Story = {
  play: async ({ args }) => {
    await userEvent.tab();
    await userEvent.tab();
    await userEvent.tab();
    await expect(focused()).toHaveAccessibleName('Monday, March 9, 2026');
    await userEvent.keyboard('{PageDown}{PageUp}{End}{Enter}{ArrowDown}{ArrowDown}{ArrowDown}');
    await expect(focused()).toHaveAccessibleName('Saturday, April 4, 2026');
    await userEvent.keyboard(' ');
    await expect(args.onValueChange).toHaveBeenLastCalledWith({
      start: '2026-03-14',
      end: '2026-04-04',
    });
  },
};

/** The focus ring on a day inside the range: it keeps 3:1 on the band in every scheme. */
export const FocusInRange: Story = {
  // Its states must survive Windows contrast themes: one more picture in forced colours.
  parameters: { visual: { forcedColors: true } },
  play: async () => {
    await userEvent.tab();
    await userEvent.tab();
    await userEvent.tab();
    await userEvent.keyboard('{ArrowRight}{ArrowRight}');
    await expect(focused()).toHaveAccessibleName('Wednesday, March 11, 2026');
    await expect(focused().closest('td')).toHaveAttribute('data-in-range');
  },
};

export const GermanCalendar: Story = {
  args: { locale: 'de-DE', prevLabel: 'Voriger Monat', nextLabel: 'Nächster Monat' },
};

export const ArabicCalendar: Story = {
  args: { locale: 'ar-EG', prevLabel: 'الشهر السابق', nextLabel: 'الشهر التالي' },
};

export const JapaneseCalendar: Story = {
  args: { locale: 'ja-JP', prevLabel: '前の月', nextLabel: '次の月' },
};

export const RightToLeft: Story = {
  render: (args) => (
    <RightToLeftBlock>
      <RangeCalendar {...args} />
    </RightToLeftBlock>
  ),
};

export const Zoom200: Story = {
  render: (args) => (
    <Zoom200Block>
      <RangeCalendar {...args} />
    </Zoom200Block>
  ),
};

/** `name` submits the ISO interval; Reset restores the default. */
export const InForm: Story = {
  render: (args) => (
    <StoryForm>
      <RangeCalendar {...args} name="stay" label="Stay" />
    </StoryForm>
  ),
  play: async ({ canvas }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Monday, March 16, 2026' }));
    await userEvent.click(canvas.getByRole('button', { name: 'Thursday, March 19, 2026' }));
    await submitStoryForm(canvas);
    await expectSubmitted(canvas, { stay: '2026-03-16/2026-03-19' });
    await resetStoryForm(canvas);
    await submitStoryForm(canvas);
    await expectSubmitted(canvas, { stay: '2026-03-09/2026-03-13' });
  },
};
