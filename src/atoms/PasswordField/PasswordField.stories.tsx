import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, fn, userEvent } from 'storybook/test';
import { figma } from '../../../.storybook/design';
import { cssVar } from '../../tokens';
import { Button } from '../Button';
import { PasswordField, type PasswordFieldSize } from './PasswordField';

const sizes: PasswordFieldSize[] = ['sm', 'md', 'lg'];

const meta = {
  title: 'Atoms/PasswordField',
  component: PasswordField,
  args: { label: 'Password', name: 'password', onChange: fn(), onVisibleChange: fn() },
  argTypes: { size: { control: 'inline-radio', options: sizes } },
  parameters: {
    design: figma('20-7'),
    docs: {
      description: {
        component: `A password input with a "Show password" toggle (\`aria-pressed\`), so people can check what they typed. Pressing the toggle with a pointer keeps focus and the caret in the input.

**Use** it for every secret someone types. Keep the default \`autoComplete="current-password"\` on sign-in; use \`autoComplete="new-password"\` on sign-up and password change so password managers offer a strong password. Put the rules (length, characters) in \`description\`, before the user types.

**Don't** block paste, don't use it for one-time codes (TextField with \`autoComplete="one-time-code"\` and \`inputMode="numeric"\`), and don't validate on every keystroke.`,
      },
    },
  },
} satisfies Meta<typeof PasswordField>;

export default meta;
type Story = StoryObj<typeof meta>;

const stack = { display: 'grid', gap: cssVar('space.4'), maxInlineSize: '24rem' } as const;

export const Playground: Story = {
  args: { description: 'At least 12 characters.' },
  play: async ({ canvas, args }) => {
    const input = canvas.getByLabelText('Password');
    await userEvent.type(input, 'hunter2');
    await expect(input).toHaveAttribute('type', 'password');
    const toggle = canvas.getByRole('button', { name: 'Show password' });
    await userEvent.click(toggle);
    await expect(input).toHaveAttribute('type', 'text');
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    await expect(input).toHaveFocus();
    await expect(args.onVisibleChange).toHaveBeenCalledWith(true);
  },
};

export const Sizes: Story = {
  render: (args) => (
    <div style={stack}>
      {sizes.map((size) => (
        <PasswordField
          key={size}
          {...args}
          size={size}
          label={`Size ${size}`}
          defaultValue="parthenon"
        />
      ))}
    </div>
  ),
};

export const States: Story = {
  render: (args) => (
    <div style={stack}>
      <PasswordField {...args} label="Empty" />
      <PasswordField {...args} label="Required" required />
      <PasswordField {...args} label="Shown" defaultValue="visible-secret" defaultVisible />
      <PasswordField {...args} label="Disabled" disabled defaultValue="locked" />
      <PasswordField {...args} label="Read-only" readOnly defaultValue="fixed" />
      <PasswordField
        {...args}
        label="Invalid"
        defaultValue="short"
        error="Use at least 12 characters."
      />
      <PasswordField
        {...args}
        label="New password"
        autoComplete="new-password"
        showCount
        maxLength={64}
        description="12 to 64 characters."
      />
    </div>
  ),
};

/** Submits with a native form; reset restores the initial value. */
export const InForm: Story = {
  render: function Render(args) {
    const [submitted, setSubmitted] = useState('');
    return (
      <form
        style={stack}
        onSubmit={(event) => {
          event.preventDefault();
          setSubmitted(JSON.stringify(Object.fromEntries(new FormData(event.currentTarget))));
        }}
      >
        <PasswordField {...args} label="Password" name="password" required />
        <div style={{ display: 'flex', gap: cssVar('space.2') }}>
          <Button type="submit">Sign in</Button>
          <Button type="reset" variant="secondary">
            Reset
          </Button>
        </div>
        <output data-testid="submitted">{submitted}</output>
      </form>
    );
  },
  play: async ({ canvas }) => {
    await userEvent.type(canvas.getByLabelText(/^Password/), 'opensesame');
    await userEvent.click(canvas.getByRole('button', { name: 'Sign in' }));
    await expect(canvas.getByTestId('submitted')).toHaveTextContent('{"password":"opensesame"}');
  },
};

export const KeyboardFocus: Story = {
  args: { defaultValue: 'secret' },
  play: async ({ canvas }) => {
    await userEvent.tab();
    await expect(canvas.getByLabelText('Password')).toHaveFocus();
    await userEvent.tab();
    const toggle = canvas.getByRole('button', { name: 'Show password' });
    await expect(toggle).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    await expect(canvas.getByLabelText('Password')).toHaveAttribute('type', 'text');
  },
};

/** Stress: a long unbroken password, label and error in a narrow column. */
export const LongText: Story = {
  args: {
    label: 'A label that is far longer than any label should be, and keeps going to test wrapping',
    defaultValue: 'averyveryveryveryveryveryveryveryveryverylongpassphrasewithoutanyspaces',
    defaultVisible: true,
    error: 'Averyveryveryveryveryveryveryveryveryveryveryverylongerrormessagewithoutaspace.',
  },
  render: (args) => (
    <div style={{ maxInlineSize: '18rem' }}>
      <PasswordField {...args} />
    </div>
  ),
};

/** Stress: right-to-left; the toggle moves to the left. */
export const RightToLeft: Story = {
  render: (args) => (
    <div dir="rtl" lang="ar" style={stack}>
      <PasswordField
        {...args}
        label="كلمة المرور"
        description="١٢ حرفًا على الأقل"
        defaultValue="كلمةسر"
        toggleLabel="إظهار كلمة المرور"
      />
    </div>
  ),
};

/** Stress: 200% zoom (WCAG 1.4.4). */
export const Zoom200: Story = {
  render: (args) => (
    <div style={{ ...stack, zoom: 2 }}>
      <PasswordField {...args} label="Zoomed" description="Still readable" defaultValue="x" />
    </div>
  ),
};
