import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor } from 'storybook/test';
import { SignInPage } from './SignInPage';
import { figmaDesign } from '../../.storybook/design';
import { templateParameters } from './templateParameters';

const meta = {
  title: 'Templates/Sign in',
  component: SignInPage,
  args: { onSignIn: fn() },
  parameters: {
    design: figmaDesign('Templates/Sign in'),
    ...templateParameters,
    docs: {
      description: {
        component: `A sign-in page built only from the library's exports and layout props: a centred card (Box) with an email TextField, a PasswordField, a remember-me Checkbox, the reset-password Link and a full-width submit Button. Errors appear on submit, each under its field, and focus moves to the first field in error.

Photographed at the \`sm\` and \`xl\` breakpoints in every scheme; axe checks it as a whole page.`,
      },
    },
  },
} satisfies Meta<typeof SignInPage>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The page as it opens. */
export const Default: Story = {
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('heading', { level: 1 })).toHaveTextContent(
      'Sign in to Ledgerly',
    );
    await expect(canvas.getByRole('link', { name: 'Forgot your password?' })).toHaveAttribute(
      'href',
      '#reset-password',
    );
  },
};

/** Submitting the empty form: an error under each field, focus on the first, no sign-in. */
export const EmptySubmit: Story = {
  play: async ({ canvas, args }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Sign in' }));
    const email = canvas.getByRole('textbox', { name: /Email/ });
    await expect(email).toHaveAccessibleDescription('Enter your email address.');
    await expect(email).toHaveAttribute('aria-invalid', 'true');
    await expect(canvas.getByLabelText(/^Password/)).toHaveAccessibleDescription(
      'Enter your password.',
    );
    await expect(email).toHaveFocus();
    await expect(args.onSignIn).not.toHaveBeenCalled();
  },
};

/** A malformed address names the fix; a corrected form signs in and keeps "remember me". */
export const FixAndSignIn: Story = {
  play: async ({ canvas, args }) => {
    const email = canvas.getByRole('textbox', { name: /Email/ });
    await userEvent.type(email, 'maria.santos@');
    await userEvent.type(canvas.getByLabelText(/^Password/), 'correct horse battery');
    await userEvent.click(canvas.getByRole('button', { name: 'Sign in' }));
    await expect(email).toHaveAccessibleDescription(
      'Enter an email address like name@example.com.',
    );
    await userEvent.type(email, 'northwind.example');
    await userEvent.click(canvas.getByRole('checkbox', { name: 'Remember me for 30 days' }));
    await userEvent.click(canvas.getByRole('button', { name: 'Sign in' }));
    await waitFor(() =>
      expect(args.onSignIn).toHaveBeenCalledWith({
        email: 'maria.santos@northwind.example',
        remember: true,
      }),
    );
    await expect(email).not.toHaveAttribute('aria-invalid', 'true');
    await expect(canvas.getByText('Signed in as maria.santos@northwind.example')).toBeVisible();
  },
};
