import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { savedSettings, SettingsPage } from './SettingsPage';
import { figmaDesign } from '../../.storybook/design';
import { templateParameters } from './templateParameters';

const meta = {
  title: 'Templates/Settings',
  component: SettingsPage,
  args: { onSave: fn() },
  parameters: {
    design: figmaDesign('Templates/Settings'),
    ...templateParameters,
    docs: {
      description: {
        component: `An account settings page built only from the library's exports and layout props: Tabs over three panels of form sections (each a \`section\` named by its h2), TextFields, Selects and Switches in one native form. The panels stay mounted, so the form submits every tab. A save bar with Cancel (reset) and Save changes (submit) appears as soon as the form differs from what was last saved, and leaves when it no longer does.

Photographed at the \`sm\` and \`xl\` breakpoints in every scheme; axe checks it as a whole page.`,
      },
    },
  },
} satisfies Meta<typeof SettingsPage>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Options and popovers open in the top layer, outside the canvas. */
const body = () => within(document.body);
const saveBar = () => document.querySelector('[role="region"][aria-label="Unsaved changes"]');

/** As it opens: the Profile tab, nothing changed, no save bar. */
export const Default: Story = {
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
    await expect(canvas.getByRole('tab', { name: 'Profile' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    await expect(canvas.getByRole('textbox', { name: /Full name/ })).toHaveValue('Maria Santos');
    await expect(saveBar()).toBeNull();
  },
};

/**
 * Editing shows the save bar; undoing the edit by hand hides it again (the form compares
 * values, not keystrokes). Left with a switch changed on the Notifications tab.
 */
export const Edited: Story = {
  play: async ({ canvas }) => {
    const name = canvas.getByRole('textbox', { name: /Full name/ });
    await userEvent.type(name, '-Lopes');
    await waitFor(() => expect(saveBar()).not.toBeNull());
    await expect(canvas.getByRole('button', { name: 'Save changes' })).toBeVisible();
    await userEvent.clear(name);
    await userEvent.type(name, 'Maria Santos');
    await waitFor(() => expect(saveBar()).toBeNull());
    // Arrow keys move between the tabs (automatic activation).
    await userEvent.click(canvas.getByRole('tab', { name: 'Profile' }));
    await userEvent.keyboard('{ArrowRight}');
    await expect(canvas.getByRole('tab', { name: 'Notifications' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    await userEvent.click(canvas.getByRole('switch', { name: 'An invoice is overdue' }));
    await waitFor(() => expect(saveBar()).not.toBeNull());
  },
};

/** Save submits every tab's fields; the bar goes and a success message says so. */
export const Saved: Story = {
  play: async ({ canvas, args }) => {
    await userEvent.click(canvas.getByRole('tab', { name: 'Notifications' }));
    await userEvent.click(canvas.getByRole('switch', { name: 'Weekly summary' }));
    await userEvent.click(canvas.getByRole('tab', { name: 'Privacy' }));
    await userEvent.click(canvas.getByRole('combobox', { name: /Who can see your profile/ }));
    await userEvent.click(await body().findByRole('option', { name: 'My team only' }));
    await userEvent.click(await canvas.findByRole('button', { name: 'Save changes' }));
    // A switch turned off sends nothing.
    const expected: Record<string, string> = { ...savedSettings, visibility: 'team' };
    delete expected.weeklyDigest;
    await expect(args.onSave).toHaveBeenCalledWith(expected);
    await expect(canvas.getByText('Settings saved')).toBeVisible();
    await waitFor(() => expect(saveBar()).toBeNull());
    // The saved values are the new starting point: the switch stays off, no bar.
    await expect(
      canvas.getByRole('switch', { name: 'Weekly summary', hidden: true }),
    ).not.toBeChecked();
  },
};

/** Cancel puts every field back, the Select too, and the bar goes. */
export const Cancelled: Story = {
  play: async ({ canvas, args }) => {
    await userEvent.type(canvas.getByRole('textbox', { name: /Job title/ }), ' and payroll');
    await userEvent.click(canvas.getByRole('combobox', { name: /Language/ }));
    await userEvent.click(await body().findByRole('option', { name: 'Deutsch' }));
    await waitFor(() => expect(saveBar()).not.toBeNull());
    await userEvent.click(canvas.getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(saveBar()).toBeNull());
    await expect(canvas.getByRole('textbox', { name: /Job title/ })).toHaveValue('Finance lead');
    await waitFor(() =>
      expect(canvas.getByRole('combobox', { name: /Language/ })).toHaveTextContent(
        'English (United Kingdom)',
      ),
    );
    await expect(args.onSave).not.toHaveBeenCalled();
  },
};
