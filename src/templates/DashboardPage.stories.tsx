import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { DashboardPage } from './DashboardPage';
import { figmaDesign } from '../../.storybook/design';
import { templateParameters } from './templateParameters';

const meta = {
  title: 'Templates/Dashboard',
  component: DashboardPage,
  parameters: {
    design: figmaDesign('Templates/Dashboard'),
    ...templateParameters,
    docs: {
      description: {
        component: `The home screen of an application, built only from the library's exports and layout props: the AppShell (top bar with search, notifications and the account menu; the side navigation with the current page and a group; a drawer below \`md\`), four figures in Cards on the layout Grid, the workspace set-up as a vertical Stepper in a Card, and the latest invoices as a List.

Photographed at the \`sm\` and \`xl\` breakpoints in every scheme; axe checks it as a whole page.`,
      },
    },
  },
} satisfies Meta<typeof DashboardPage>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The page as it opens: one h1, the current page in the navigation, the current step. */
export const Default: Story = {
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('heading', { level: 1 })).toHaveTextContent('Dashboard');
    const navigation = canvas.getByRole('navigation', { name: 'Main' });
    await expect(within(navigation).getByRole('link', { name: 'Dashboard' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    const steps = within(canvas.getByRole('list', { name: 'Workspace set-up' })).getAllByRole(
      'listitem',
    );
    await expect(steps).toHaveLength(4);
    await expect(steps[2]).toHaveAttribute('aria-current', 'step');
    await expect(canvas.getAllByRole('heading', { level: 3 })).toHaveLength(4);
  },
};

/** The skip link is the first Tab stop and moves focus to the page's main region. */
export const SkipToContent: Story = {
  play: async ({ canvas }) => {
    await userEvent.tab();
    const skip = canvas.getByRole('link', { name: 'Skip to main content' });
    await expect(skip).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(canvas.getByRole('main')).toHaveFocus());
  },
};

/** Another page current: the Reports group opens on its own to show it. */
export const InAGroup: Story = {
  args: { current: '#reports/ageing' },
  play: async ({ canvas }) => {
    const navigation = canvas.getByRole('navigation', { name: 'Main' });
    const ageing = within(navigation).getByRole('link', { name: 'Ageing' });
    await expect(ageing).toHaveAttribute('aria-current', 'page');
    await expect(ageing).toBeVisible();
  },
};
