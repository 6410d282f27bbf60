import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, fn, userEvent } from 'storybook/test';
import { figmaDesign } from '../../../.storybook/design';
import {
  controlSizes,
  expectSubmitted,
  inlineRadio,
  longLabel,
  RightToLeftBlock,
  StoryForm,
  submitStoryForm,
  unbrokenError,
  Zoom200Block,
} from '../../../.storybook/stories';
import { cssVar } from '../../tokens';
import { NumberField } from './NumberField';
import { Text } from '../Text';

const meta = {
  title: 'Atoms/NumberField',
  component: NumberField,
  args: { label: 'Guests', locale: 'en-US', onValueChange: fn() },
  argTypes: { size: inlineRadio(controlSizes) },
  parameters: {
    design: figmaDesign('NumberField'),
    docs: {
      description: {
        component: `A number input that formats for the locale (\`1,234.5\`, \`1.234,5\`, \`١٬٢٣٤٫٥\`), understands typed numbers in that locale, and steps with ArrowUp/ArrowDown (Shift: ×10), PageUp/PageDown (×10), Home/End (min/max) and the − / + buttons. It clamps to \`min\`/\`max\` and snaps to \`step\` on blur. \`value\` is a \`number\` or \`null\` (empty); \`onValueChange\` fires when a value is committed. With \`name\`, forms submit the plain number (\`1234.5\`).

**Use** it for counts, amounts, measurements and percentages that people type or nudge: quantities, prices (\`formatOptions={{ style: 'currency', currency: 'EUR' }}\`), limits. Set \`min\`/\`max\` whenever a range exists. With react-hook-form, use \`Controller\` (\`value\`, \`onValueChange\`, \`ref\`), not \`register\` (the visible text is formatted).

**Don't** use it for identifiers that only look like numbers (phone, postcode, card number, PIN): use TextField with \`inputMode="numeric"\`. Don't turn on \`allowWheel\` in a scrolling page of fields.`,
      },
    },
  },
} satisfies Meta<typeof NumberField>;

export default meta;
type Story = StoryObj<typeof meta>;

const stack = { display: 'grid', gap: cssVar('space.4'), maxInlineSize: '20rem' } as const;

export const Playground: Story = {
  args: { description: 'Up to 12 people.', min: 1, max: 12, defaultValue: 2 },
  play: async ({ canvas, args }) => {
    const input = canvas.getByRole('spinbutton', { name: 'Guests' });
    await userEvent.click(input);
    await userEvent.keyboard('{ArrowUp}{ArrowUp}');
    await expect(input).toHaveValue('4');
    await expect(args.onValueChange).toHaveBeenLastCalledWith(4);
    await userEvent.click(canvas.getByRole('button', { name: 'Increase' }));
    await expect(input).toHaveValue('5');
    await expect(input).toHaveFocus();
    await userEvent.keyboard('{End}');
    await expect(input).toHaveAttribute('aria-valuenow', '12');
    await expect(canvas.getByRole('button', { name: 'Increase' })).toBeDisabled();
  },
};

export const Sizes: Story = {
  render: (args) => (
    <div style={stack}>
      {controlSizes.map((size) => (
        <NumberField key={size} {...args} size={size} label={`Size ${size}`} defaultValue={42} />
      ))}
    </div>
  ),
};

export const States: Story = {
  render: (args) => (
    <div style={stack}>
      <NumberField {...args} label="Empty" placeholder="0" />
      <NumberField {...args} label="Required" required defaultValue={3} />
      <NumberField {...args} label="Disabled" disabled defaultValue={3} />
      <NumberField {...args} label="Read-only" readOnly defaultValue={3} />
      <NumberField {...args} label="At minimum" min={0} defaultValue={0} />
      <NumberField
        {...args}
        label="Invalid"
        defaultValue={40}
        error="A table seats at most 12 guests."
      />
      <NumberField {...args} label="Without buttons" hideStepper defaultValue={7} />
    </div>
  ),
};

/** Locale-aware formatting and parsing: German separators, Arabic-Indic digits, currency, percent. */
export const Locales: Story = {
  render: (args) => (
    <div style={stack}>
      <NumberField {...args} label="Betrag (de-DE)" locale="de-DE" defaultValue={1234.5} />
      <NumberField {...args} label="المبلغ (ar-EG)" locale="ar-EG" defaultValue={1234.5} />
      <NumberField
        {...args}
        label="Price (EUR, en-IE)"
        locale="en-IE"
        formatOptions={{ style: 'currency', currency: 'EUR' }}
        defaultValue={1299}
      />
      <NumberField
        {...args}
        label="Discount (percent)"
        formatOptions={{ style: 'percent' }}
        step={0.05}
        min={0}
        max={1}
        defaultValue={0.15}
      />
    </div>
  ),
  play: async ({ canvas }) => {
    const german = canvas.getByRole('spinbutton', { name: 'Betrag (de-DE)' });
    await expect(german).toHaveValue('1.234,5');
    await userEvent.clear(german);
    await userEvent.type(german, '9876,25');
    await userEvent.tab();
    await expect(german).toHaveValue('9.876,25');
    await expect(german).toHaveAttribute('aria-valuenow', '9876.25');
    await expect(canvas.getByRole('spinbutton', { name: 'المبلغ (ar-EG)' })).toHaveValue('١٬٢٣٤٫٥');
    const percent = canvas.getByRole('spinbutton', { name: 'Discount (percent)' });
    await userEvent.click(percent);
    await userEvent.keyboard('{ArrowUp}');
    await expect(percent).toHaveValue('20%');
    await userEvent.tab();
  },
};

/** Controlled: the parent owns the number and re-renders on every change. */
export const Controlled: Story = {
  render: function Render(args) {
    const [value, setValue] = useState<number | null>(1500);
    return (
      <div style={stack}>
        <NumberField
          {...args}
          label="Budget"
          min={0}
          step={50}
          value={value}
          onValueChange={setValue}
        />
        <Text role="status" as="div">
          Value: {String(value)}
        </Text>
      </div>
    );
  },
  play: async ({ canvas }) => {
    const input = canvas.getByRole('spinbutton', { name: 'Budget' });
    await userEvent.clear(input);
    await userEvent.type(input, '2024');
    await userEvent.tab();
    await expect(input).toHaveValue('2,000');
    await expect(canvas.getByText('Value: 2000')).toBeVisible();
  },
};

/** Submits with a native form: the hidden input carries the plain number. */
export const InForm: Story = {
  render: (args) => (
    <StoryForm style={stack}>
      <NumberField {...args} label="Menge" name="quantity" locale="de-DE" min={0} />
      <NumberField {...args} label="Price" name="price" step={0.01} defaultValue={19.99} />
    </StoryForm>
  ),
  play: async ({ canvas }) => {
    await userEvent.type(canvas.getByRole('spinbutton', { name: 'Menge' }), '1234,5');
    await submitStoryForm(canvas);
    await expectSubmitted(canvas, { quantity: '1234.5', price: '19.99' });
    await expect(canvas.getByRole('spinbutton', { name: 'Menge' })).toHaveValue('1.234,5');
  },
};

export const KeyboardFocus: Story = {
  args: { defaultValue: 3 },
  play: async ({ canvas }) => {
    await userEvent.tab();
    const input = canvas.getByRole('spinbutton');
    await expect(input).toHaveFocus();
    await userEvent.keyboard('{PageUp}');
    await expect(input).toHaveValue('13');
  },
};

/** Stress: a huge number, a long label and an unbroken error wrap instead of overflowing. */
export const LongText: Story = {
  args: {
    label: longLabel,
    defaultValue: 98765432109876.5,
    error: unbrokenError,
  },
  render: (args) => (
    <div style={{ maxInlineSize: '16rem' }}>
      <NumberField {...args} />
    </div>
  ),
};

/** Stress: right-to-left with Arabic-Indic digits; the buttons move to the left. */
export const RightToLeft: Story = {
  render: (args) => (
    <RightToLeftBlock style={stack}>
      <NumberField
        {...args}
        label="عدد الضيوف"
        description="حتى ١٢ شخصًا"
        locale="ar-EG"
        min={1}
        max={12}
        defaultValue={4}
      />
    </RightToLeftBlock>
  ),
};

/** Stress: 200% zoom (WCAG 1.4.4). */
export const Zoom200: Story = {
  render: (args) => (
    <Zoom200Block style={stack}>
      <NumberField {...args} label="Zoomed" description="Still readable" defaultValue={8} />
    </Zoom200Block>
  ),
};
