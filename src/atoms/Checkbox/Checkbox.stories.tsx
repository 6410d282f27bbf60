import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, fn, userEvent } from 'storybook/test';
import { figmaDesign } from '../../../.storybook/design';
import {
  controlSizes,
  expectSubmitted,
  inlineRadio,
  resetStoryForm,
  RightToLeftBlock,
  StoryForm,
  submitStoryForm,
  unbrokenError,
  Zoom200Block,
} from '../../../.storybook/stories';
import { cssVar } from '../../tokens';
import { Checkbox } from './Checkbox';

const meta = {
  title: 'Atoms/Checkbox',
  component: Checkbox,
  args: { label: 'Email me about new releases', name: 'releases', onChange: fn() },
  argTypes: { size: inlineRadio(controlSizes) },
  parameters: {
    design: figmaDesign('Checkbox'),
    docs: {
      description: {
        component: `A native checkbox drawn as a styled box, with its label beside it and optional description and error.

**Use** it for an independent yes/no choice that takes effect when the form is submitted (accept terms, subscribe), and in a CheckboxGroup for picking any number of options from a list. Use \`indeterminate\` for a "select all" whose items are partly checked.

**Don't** use it for a setting that applies at once (Switch), or for exactly one of several options (RadioGroup). Don't leave it without a visible label: the label is also the larger click target.`,
      },
    },
  },
} satisfies Meta<typeof Checkbox>;

export default meta;
type Story = StoryObj<typeof meta>;

const stack = { display: 'grid', gap: cssVar('space.4'), maxInlineSize: '28rem' } as const;
const row = { display: 'flex', flexWrap: 'wrap', gap: cssVar('space.6') } as const;

export const Playground: Story = {
  args: { description: 'About one email a month. Unsubscribe any time.' },
  play: async ({ canvas, args }) => {
    const box = canvas.getByRole('checkbox', { name: 'Email me about new releases' });
    await userEvent.click(box);
    await expect(box).toBeChecked();
    await userEvent.click(canvas.getByText('Email me about new releases'));
    await expect(box).not.toBeChecked();
    await expect(args.onChange).toHaveBeenCalledTimes(2);
    await expect(box).toHaveAccessibleDescription('About one email a month. Unsubscribe any time.');
  },
};

/** Sizes × states: unchecked, checked, mixed. */
export const Sizes: Story = {
  render: (args) => (
    <div style={stack}>
      {controlSizes.map((size) => (
        <div key={size} style={row}>
          <Checkbox {...args} size={size} label={`Size ${size}`} />
          <Checkbox {...args} size={size} label="Checked" defaultChecked />
          <Checkbox {...args} size={size} label="Mixed" indeterminate />
        </div>
      ))}
    </div>
  ),
};

export const States: Story = {
  // Its states must survive Windows contrast themes: one more picture in forced colours.
  parameters: { visual: { forcedColors: true } },
  render: (args) => (
    <div style={stack}>
      <Checkbox {...args} label="Default" />
      <Checkbox {...args} label="Checked" defaultChecked />
      <Checkbox {...args} label="Indeterminate" indeterminate />
      <Checkbox {...args} label="Required" required />
      <Checkbox {...args} label="With description" description="Helper text under the label." />
      <Checkbox {...args} label="Disabled" disabled />
      <Checkbox {...args} label="Disabled and checked" disabled defaultChecked />
      <Checkbox {...args} label="Disabled and mixed" disabled indeterminate />
      <Checkbox {...args} label="Read-only" readOnly />
      <Checkbox {...args} label="Read-only and checked" readOnly defaultChecked />
      <Checkbox {...args} label="Invalid" error="Accept the terms to continue." />
      <Checkbox {...args} label="Invalid and checked" defaultChecked invalid />
    </div>
  ),
};

/** A "select all" whose state follows its items: mixed while some are checked. */
export const Indeterminate: Story = {
  render: function Render(args) {
    const [items, setItems] = useState({ columns: true, rows: false, cells: false });
    const values = Object.values(items);
    const all = values.every(Boolean);
    const some = values.some(Boolean);
    return (
      <div style={stack}>
        <Checkbox
          {...args}
          label="Select all"
          name="all"
          checked={all}
          indeterminate={some && !all}
          onChange={(event) =>
            setItems({
              columns: event.target.checked,
              rows: event.target.checked,
              cells: event.target.checked,
            })
          }
        />
        <div style={{ ...stack, paddingInlineStart: cssVar('space.6') }}>
          {(Object.keys(items) as Array<keyof typeof items>).map((key) => (
            <Checkbox
              key={key}
              {...args}
              label={key}
              name={key}
              checked={items[key]}
              onChange={(event) => setItems((prev) => ({ ...prev, [key]: event.target.checked }))}
            />
          ))}
        </div>
      </div>
    );
  },
  play: async ({ canvas }) => {
    const all = canvas.getByRole('checkbox', { name: 'Select all' });
    await expect(all).toBePartiallyChecked();
    await userEvent.click(all);
    await expect(all).toBeChecked();
    await expect(canvas.getByRole('checkbox', { name: 'rows' })).toBeChecked();
    await userEvent.click(canvas.getByRole('checkbox', { name: 'cells' }));
    await expect(all).toBePartiallyChecked();
  },
};

export const ReadOnly: Story = {
  args: { label: 'Terms accepted on 12 May', readOnly: true, defaultChecked: true },
  play: async ({ canvas, args }) => {
    const box = canvas.getByRole('checkbox');
    await userEvent.click(box);
    await userEvent.keyboard(' ');
    await expect(box).toBeChecked();
    await expect(box).toHaveFocus();
    await expect(box).toHaveAttribute('aria-readonly', 'true');
    await expect(args.onChange).not.toHaveBeenCalled();
  },
};

export const WithError: Story = {
  args: { label: 'I accept the terms', required: true, error: 'Accept the terms to continue.' },
  play: async ({ canvas }) => {
    const box = canvas.getByRole('checkbox', { name: 'I accept the terms' });
    await expect(box).toHaveAttribute('aria-invalid', 'true');
    await expect(box).toHaveAccessibleDescription('Accept the terms to continue.');
  },
};

/** Tab reaches the box and draws the focus ring on it; Space toggles. */
export const KeyboardFocus: Story = {
  play: async ({ canvas }) => {
    await userEvent.tab();
    const box = canvas.getByRole('checkbox');
    await expect(box).toHaveFocus();
    await userEvent.keyboard(' ');
    await expect(box).toBeChecked();
  },
};

/** Submits with a native form: checked boxes submit `value` under `name`. */
export const InForm: Story = {
  render: (args) => (
    // Every entry, in order: `contact` is submitted twice.
    <StoryForm style={stack} serialize={(data) => [...data]}>
      <Checkbox {...args} label="I accept the terms" name="terms" required />
      <Checkbox {...args} label="Email me" name="contact" value="email" defaultChecked />
      <Checkbox {...args} label="Call me" name="contact" value="phone" />
    </StoryForm>
  ),
  play: async ({ canvas }) => {
    await userEvent.click(canvas.getByRole('checkbox', { name: 'I accept the terms' }));
    await userEvent.click(canvas.getByRole('checkbox', { name: 'Call me' }));
    await submitStoryForm(canvas);
    await expectSubmitted(canvas, [
      ['terms', 'on'],
      ['contact', 'email'],
      ['contact', 'phone'],
    ]);
    await resetStoryForm(canvas);
    await expect(canvas.getByRole('checkbox', { name: 'Call me' })).not.toBeChecked();
  },
};

/** Stress: long words with no space wrap inside the column; the box stays on the first line. */
export const LongText: Story = {
  args: {
    label: 'Iagreetothetermsandconditionsandtheprivacypolicyandthecookiepolicywithoutanyspaces',
    description: 'Averyveryveryveryveryveryverylongdescriptionwithoutanyspacesatalltotestwrapping.',
    error: unbrokenError,
  },
  render: (args) => (
    <div style={{ maxInlineSize: '16rem' }}>
      <Checkbox {...args} />
    </div>
  ),
};

/** Stress: right-to-left; the box sits on the right, text on its left. */
export const RightToLeft: Story = {
  render: (args) => (
    <RightToLeftBlock style={stack}>
      <Checkbox {...args} label="أوافق على الشروط" description="اقرأها أولاً" defaultChecked />
      <Checkbox {...args} label="غير محدد" indeterminate />
      <Checkbox {...args} label="خطأ" error="هذا الحقل مطلوب" />
    </RightToLeftBlock>
  ),
};

/** Stress: 200% zoom (WCAG 1.4.4). */
export const Zoom200: Story = {
  render: (args) => (
    <Zoom200Block style={stack}>
      <Checkbox {...args} label="Zoomed" description="Still readable" defaultChecked required />
      <Checkbox {...args} label="Mixed" indeterminate />
    </Zoom200Block>
  ),
};
