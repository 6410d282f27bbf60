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
import { SearchGlyph } from '../../test/storyIcons';
import { cssVar } from '../../tokens';
import { TextField } from './TextField';

const meta = {
  title: 'Atoms/TextField',
  component: TextField,
  args: { label: 'Project name', name: 'project', onChange: fn() },
  argTypes: {
    size: inlineRadio(controlSizes),
    prefix: { control: 'text' },
    suffix: { control: 'text' },
  },
  parameters: {
    design: figmaDesign('TextField'),
    docs: {
      description: {
        component: `A single-line text input with its label, description and error message wired for assistive technology.

**Use** it for short free text: names, emails, URLs, codes. Always give a visible \`label\`; put format hints in \`description\`, not in the placeholder (it disappears as the user types).

**Don't** use it for long text (TextArea), numbers with steps (NumberField), secrets (PasswordField) or choosing from a known list (Select, RadioGroup). Show \`error\` after the user leaves the field or submits, not on every keystroke.`,
      },
    },
  },
} satisfies Meta<typeof TextField>;

export default meta;
type Story = StoryObj<typeof meta>;

const stack = { display: 'grid', gap: cssVar('space.4'), maxInlineSize: '24rem' } as const;

export const Playground: Story = {
  args: { description: 'Shown in the sidebar and in links.' },
  play: async ({ canvas, args }) => {
    const input = canvas.getByRole('textbox', { name: 'Project name' });
    await userEvent.type(input, 'Parthenon');
    await expect(input).toHaveValue('Parthenon');
    await expect(args.onChange).toHaveBeenCalledTimes(9);
    await expect(input).toHaveAccessibleDescription('Shown in the sidebar and in links.');
  },
};

export const Sizes: Story = {
  render: (args) => (
    <div style={stack}>
      {controlSizes.map((size) => (
        <TextField
          key={size}
          {...args}
          size={size}
          label={`Size ${size}`}
          placeholder="Placeholder"
        />
      ))}
    </div>
  ),
};

export const States: Story = {
  // Its states must survive Windows contrast themes: one more picture in forced colours.
  parameters: { visual: { forcedColors: true } },
  render: (args) => (
    <div style={stack}>
      <TextField {...args} label="Default" placeholder="Type here" />
      <TextField {...args} label="Required" required />
      <TextField {...args} label="With value" defaultValue="Erechtheion" />
      <TextField {...args} label="Disabled" disabled defaultValue="Cannot edit" />
      <TextField {...args} label="Read-only" readOnly defaultValue="Can select, not edit" />
      <TextField
        {...args}
        label="Invalid"
        defaultValue="not-an-email"
        error="Enter an email address like name@example.com."
      />
    </div>
  ),
};

export const WithError: Story = {
  args: {
    label: 'Email',
    type: 'email',
    defaultValue: 'ictinus@',
    error: 'Enter an email address like name@example.com.',
  },
  play: async ({ canvas }) => {
    const input = canvas.getByRole('textbox', { name: 'Email' });
    await expect(input).toHaveAttribute('aria-invalid', 'true');
    await expect(input).toHaveAccessibleDescription(
      'Enter an email address like name@example.com.',
    );
  },
};

export const PrefixAndSuffix: Story = {
  render: (args) => (
    <div style={stack}>
      <TextField
        {...args}
        label="Price"
        prefix="€"
        suffix="EUR"
        inputMode="decimal"
        defaultValue="120.00"
      />
      <TextField
        {...args}
        label="Search projects"
        hideLabel
        prefix={<SearchGlyph />}
        placeholder="Search projects"
      />
      <TextField {...args} label="Website" prefix="https://" defaultValue="callicrates.dev" />
    </div>
  ),
  play: async ({ canvas }) => {
    await userEvent.click(canvas.getByText('EUR'));
    await expect(canvas.getByRole('textbox', { name: 'Price' })).toHaveFocus();
  },
};

export const CharacterCount: Story = {
  args: { label: 'Headline', showCount: true, maxLength: 40, defaultValue: 'Temple of Athena' },
  play: async ({ canvas }) => {
    const input = canvas.getByRole('textbox', { name: 'Headline' });
    await expect(canvas.getByText('16/40')).toBeVisible();
    await userEvent.type(input, ' Nike');
    await expect(canvas.getByText('21/40')).toBeVisible();
  },
};

/** Controlled: the parent owns the value and re-renders on every keystroke; none is lost. */
export const Controlled: Story = {
  render: function Render(args) {
    const [value, setValue] = useState('');
    return (
      <div style={stack}>
        <TextField
          {...args}
          label="Slug"
          value={value}
          onChange={(event) => setValue(event.target.value.toLowerCase())}
          showCount
          maxLength={30}
        />
      </div>
    );
  },
  play: async ({ canvas }) => {
    const input = canvas.getByRole('textbox', { name: 'Slug' });
    await userEvent.type(input, 'Quick Brown Fox');
    await expect(input).toHaveValue('quick brown fox');
  },
};

/** Submits with a native form: `name` and value reach FormData. */
export const InForm: Story = {
  render: (args) => (
    <StoryForm style={stack}>
      <TextField {...args} label="First name" name="firstName" required />
      <TextField {...args} label="City" name="city" defaultValue="Athens" />
    </StoryForm>
  ),
  play: async ({ canvas }) => {
    await userEvent.type(canvas.getByRole('textbox', { name: 'First name' }), 'Phidias');
    await submitStoryForm(canvas);
    await expectSubmitted(canvas, { firstName: 'Phidias', city: 'Athens' });
  },
};

export const KeyboardFocus: Story = {
  play: async ({ canvas }) => {
    await userEvent.tab();
    await expect(canvas.getByRole('textbox')).toHaveFocus();
  },
};

/** Stress: long label, long unbroken value and long error wrap instead of overflowing. */
export const LongText: Story = {
  args: {
    label: longLabel,
    defaultValue: 'https://example.com/averyveryveryveryveryveryverylongpathwithoutanyspacesatall',
    error: unbrokenError,
    description: 'Helper text that also runs long enough to need a second line in a narrow column.',
  },
  render: (args) => (
    <div style={{ maxInlineSize: '18rem' }}>
      <TextField {...args} />
    </div>
  ),
};

/** Stress: right-to-left; prefix and suffix swap sides, the count moves to the left. */
export const RightToLeft: Story = {
  render: (args) => (
    <RightToLeftBlock style={stack}>
      <TextField
        {...args}
        label="اسم المشروع"
        description="يظهر في الشريط الجانبي"
        prefix="€"
        suffix="ر.س"
        showCount
        maxLength={20}
        defaultValue="البارثينون"
      />
    </RightToLeftBlock>
  ),
};

/** Stress: 200% zoom (WCAG 1.4.4). */
export const Zoom200: Story = {
  render: (args) => (
    <Zoom200Block style={stack}>
      <TextField {...args} label="Zoomed" description="Still readable" required />
    </Zoom200Block>
  ),
};
