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
import { DateField } from './index';

const meta = {
  title: 'Molecules/DateField',
  component: DateField,
  args: { label: 'Date of travel', locale: 'en-US', onValueChange: fn() },
  argTypes: {
    size: inlineRadio(controlSizes),
    value: { control: false },
    isDateUnavailable: { control: false },
  },
  parameters: {
    design: figmaDesign('DateField'),
    docs: {
      description: {
        component: `A date typed in segments (day, month, year) in the locale's order and separators: \`dd.MM.yyyy\` in de-DE, \`MM/dd/yyyy\` in en-US, \`yyyy/MM/dd\` in ja-JP. Each segment is a spinbutton: type its digits (in any script), Up/Down step it, Left/Right move between segments. The value is an ISO date string; \`name\` submits it.

**Use** it for dates people know without looking at a month: a birthday, a document's date, a date typed from paper.

**Don't** use it where the month helps the choice (DatePicker, Calendar), or for a time of day (TimeField).`,
      },
    },
  },
} satisfies Meta<typeof DateField>;

export default meta;
type Story = StoryObj<typeof meta>;

const stack = { display: 'grid', gap: cssVar('space.4'), maxInlineSize: '20rem' } as const;
const byType = (canvas: HTMLElement, type: string) =>
  canvas.querySelector<HTMLElement>(`[data-segment="${type}"]`)!;

export const Playground: Story = { args: { defaultValue: '2026-03-29' } };

/** Typing fills a segment and moves on; the value is reported once the date is complete. */
export const Typing: Story = {
  play: async ({ canvasElement, args }) => {
    await userEvent.click(byType(canvasElement, 'month'));
    await userEvent.keyboard('3');
    await expect(byType(canvasElement, 'day')).toHaveFocus();
    await userEvent.keyboard('29');
    await userEvent.keyboard('2026');
    await expect(args.onValueChange).toHaveBeenLastCalledWith('2026-03-29', expect.anything());
    await userEvent.tab();
  },
};

export const Sizes: Story = {
  render: (args) => (
    <div style={stack}>
      {controlSizes.map((size) => (
        <DateField
          key={size}
          {...args}
          size={size}
          label={`Size ${size}`}
          defaultValue="2026-03-29"
        />
      ))}
    </div>
  ),
};

export const States: Story = {
  render: (args) => (
    <div style={stack}>
      <DateField {...args} label="Empty" />
      <DateField {...args} label="Required" required defaultValue="2026-03-29" />
      <DateField {...args} label="Disabled" disabled defaultValue="2026-03-29" />
      <DateField {...args} label="Read-only" readOnly defaultValue="2026-03-29" />
      <DateField
        {...args}
        label="After max"
        description="On or before 1 March 2026."
        max="2026-03-01"
        defaultValue="2026-03-29"
      />
      <DateField {...args} label="Invalid" error="Enter the date on the ticket." />
    </div>
  ),
};

/** The four test locales: order, separators, digits and segment names all from the locale. */
export const Locales: Story = {
  render: (args) => (
    <div style={stack}>
      <DateField {...args} label="Reisedatum (de-DE)" locale="de-DE" defaultValue="2026-03-29" />
      <DateField
        {...args}
        label="Date of travel (en-US)"
        locale="en-US"
        defaultValue="2026-03-29"
      />
      <DateField {...args} label="تاريخ السفر (ar-EG)" locale="ar-EG" defaultValue="2026-03-29" />
      <DateField {...args} label="旅行日 (ja-JP)" locale="ja-JP" defaultValue="2026-03-29" />
    </div>
  ),
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('group', { name: 'Reisedatum (de-DE)' })).toHaveTextContent(
      '29.03.2026',
    );
    await expect(canvas.getByRole('group', { name: 'Date of travel (en-US)' })).toHaveTextContent(
      '03/29/2026',
    );
    await expect(canvas.getByRole('group', { name: 'تاريخ السفر (ar-EG)' })).toHaveTextContent(
      /٢٩.*٠٣.*٢٠٢٦/,
    );
  },
};

/** APG spinbutton keys: Up/Down step (wrapping), Left/Right move, Backspace clears. */
export const KeyboardFocus: Story = {
  parameters: { visual: { forcedColors: true } },
  args: { defaultValue: '2026-12-31' },
  play: async ({ canvasElement, args }) => {
    await userEvent.tab();
    await expect(byType(canvasElement, 'month')).toHaveFocus();
    await userEvent.keyboard('{ArrowUp}');
    await expect(args.onValueChange).toHaveBeenLastCalledWith('2026-01-31', expect.anything());
    await userEvent.keyboard('{ArrowRight}{ArrowDown}');
    await expect(args.onValueChange).toHaveBeenLastCalledWith('2026-01-30', expect.anything());
    await userEvent.keyboard('{ArrowRight}{Backspace}');
    await expect(args.onValueChange).toHaveBeenLastCalledWith(null, null);
  },
};

export const LongText: Story = {
  args: { label: longLabel, error: unbrokenError, defaultValue: '2026-03-29' },
  render: (args) => (
    <div style={stack}>
      <DateField {...args} />
    </div>
  ),
};

/** Stress: a right-to-left page in Arabic; Left moves to the next segment. */
export const RightToLeft: Story = {
  render: (args) => (
    <RightToLeftBlock style={stack}>
      <DateField {...args} label="تاريخ السفر" locale="ar-EG" defaultValue="2026-03-29" />
    </RightToLeftBlock>
  ),
  play: async ({ canvasElement }) => {
    byType(canvasElement, 'day').focus();
    await userEvent.keyboard('{ArrowLeft}');
    await expect(byType(canvasElement, 'month')).toHaveFocus();
  },
};

export const Zoom200: Story = {
  render: (args) => (
    <Zoom200Block style={stack}>
      <DateField {...args} defaultValue="2026-03-29" required />
    </Zoom200Block>
  ),
};

/** `name` submits the ISO date (empty while incomplete); Reset restores the default. */
export const InForm: Story = {
  render: (args) => (
    <StoryForm style={stack}>
      <DateField {...args} name="travel" defaultValue="2026-03-29" />
    </StoryForm>
  ),
  play: async ({ canvas, canvasElement }) => {
    await userEvent.click(byType(canvasElement, 'day'));
    await userEvent.keyboard('04');
    await submitStoryForm(canvas);
    await expectSubmitted(canvas, { travel: '2026-03-04' });
    await resetStoryForm(canvas);
    await submitStoryForm(canvas);
    await expectSubmitted(canvas, { travel: '2026-03-29' });
  },
};
