import type { Meta, StoryObj } from '@storybook/react-vite';
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
import { PasswordField } from './PasswordField';

const meta = {
  title: 'Atoms/PasswordField',
  component: PasswordField,
  args: { label: 'Password', name: 'password', onChange: fn(), onVisibleChange: fn() },
  argTypes: { size: inlineRadio(controlSizes) },
  parameters: {
    design: figmaDesign('PasswordField'),
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
      {controlSizes.map((size) => (
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
  render: (args) => (
    <StoryForm style={stack} submitLabel="Sign in">
      <PasswordField {...args} label="Password" name="password" required />
    </StoryForm>
  ),
  play: async ({ canvas }) => {
    await userEvent.type(canvas.getByLabelText(/^Password/), 'opensesame');
    await submitStoryForm(canvas, 'Sign in');
    await expectSubmitted(canvas, { password: 'opensesame' });
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
    label: longLabel,
    defaultValue: 'averyveryveryveryveryveryveryveryveryverylongpassphrasewithoutanyspaces',
    defaultVisible: true,
    error: unbrokenError,
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
    <RightToLeftBlock style={stack}>
      <PasswordField
        {...args}
        label="كلمة المرور"
        description="١٢ حرفًا على الأقل"
        defaultValue="كلمةسر"
        toggleLabel="إظهار كلمة المرور"
      />
    </RightToLeftBlock>
  ),
};

/** Stress: 200% zoom (WCAG 1.4.4). */
export const Zoom200: Story = {
  render: (args) => (
    <Zoom200Block style={stack}>
      <PasswordField {...args} label="Zoomed" description="Still readable" defaultValue="x" />
    </Zoom200Block>
  ),
};
