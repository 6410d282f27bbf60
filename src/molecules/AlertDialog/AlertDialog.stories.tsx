import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { figmaDesign } from '../../../.storybook/design';
import { inlineRadio, RightToLeftBlock } from '../../../.storybook/stories';
import { Button } from '../../atoms/Button';
import { DialogTrigger } from '../Dialog';
import { AlertDialog, type AlertDialogVariant } from './AlertDialog';

/* The alert dialog portals into <body> (the top layer): play functions query the page. */
const page = () => within(document.body);
const openAlert = () => page().findByRole('alertdialog');
const variants: AlertDialogVariant[] = ['primary', 'danger'];

const meta = {
  title: 'Molecules/AlertDialog',
  component: AlertDialog,
  args: {
    title: 'Delete 3 files?',
    confirmLabel: 'Delete files',
    variant: 'danger',
    children: 'The files are removed for everyone in the project. This cannot be undone.',
    onConfirm: fn(),
    onOpenChange: fn(),
  },
  argTypes: { variant: inlineRadio(variants), initialFocus: { control: false } },
  parameters: {
    design: figmaDesign('AlertDialog'),
    docs: {
      story: { inline: false, height: '360px' },
      description: {
        component: `Asks for confirmation before an action, usually a destructive one (\`role="alertdialog"\`). Focus starts on Cancel; Escape cancels; a click outside does nothing.

**Use** it before deleting, discarding or overwriting something the user cannot get back. Name the action in \`confirmLabel\` ("Delete files"), ask the question in \`title\`, and say what happens in the body. \`variant="danger"\` for destructive actions. Return a promise from \`onConfirm\` to keep the dialog open, the button loading, until the action is done.

**Don't** use it for information (use a Banner or Toast) or for forms (use Dialog). Don't confirm actions that can be undone: offer an Undo instead.`,
      },
    },
  },
} satisfies Meta<typeof AlertDialog>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Opened by a DialogTrigger; the play function opens it. */
export const Playground: Story = {
  render: (args) => (
    <DialogTrigger>
      <Button variant="danger">Delete</Button>
      <AlertDialog {...args} />
    </DialogTrigger>
  ),
  play: async ({ canvas }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Delete' }));
    const alert = await openAlert();
    await expect(alert).toHaveAccessibleName('Delete 3 files?');
    await expect(alert).toHaveAccessibleDescription(
      'The files are removed for everyone in the project. This cannot be undone.',
    );
    await expect(alert.matches(':modal')).toBe(true);
    await expect(within(alert).getByRole('button', { name: 'Cancel' })).toHaveFocus();
  },
};

/** `danger`: the confirm button is red; for destructive actions. */
export const Danger: Story = { args: { defaultOpen: true, variant: 'danger' } };

/** `primary`: a consequential but not destructive action. */
export const Primary: Story = {
  args: {
    defaultOpen: true,
    variant: 'primary',
    title: 'Publish to 2,400 subscribers?',
    confirmLabel: 'Publish now',
    children: 'The newsletter is emailed right away.',
  },
};

/** APG alertdialog: focus on Cancel, Tab cycles the two actions, Escape cancels and returns focus. */
export const KeyboardFocus: Story = {
  render: (args) => (
    <DialogTrigger>
      <Button variant="danger">Delete</Button>
      <AlertDialog {...args} />
    </DialogTrigger>
  ),
  play: async ({ canvas, args }) => {
    const trigger = canvas.getByRole('button', { name: 'Delete' });
    await userEvent.tab();
    await userEvent.keyboard('{Enter}');
    const alert = within(await openAlert());
    await expect(alert.getByRole('button', { name: 'Cancel' })).toHaveFocus();
    await userEvent.tab();
    await expect(alert.getByRole('button', { name: 'Delete files' })).toHaveFocus();
    await userEvent.tab();
    await expect(alert.getByRole('button', { name: 'Cancel' })).toHaveFocus();
    await userEvent.tab({ shift: true });
    await expect(alert.getByRole('button', { name: 'Delete files' })).toHaveFocus();
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(page().queryByRole('alertdialog')).toBeNull());
    await expect(args.onConfirm).not.toHaveBeenCalled();
    await expect(trigger).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    await openAlert();
  },
};

/** A press on the backdrop does not answer the question: the alert stays. */
export const OutsideClickIgnored: Story = {
  args: { defaultOpen: true },
  play: async ({ args }) => {
    const alert = await openAlert();
    await userEvent.pointer({
      keys: '[MouseLeft]',
      target: alert,
      coords: { clientX: 2, clientY: 2 },
    });
    await expect(page().getByRole('alertdialog')).toBeInTheDocument();
    await expect(args.onOpenChange).not.toHaveBeenCalled();
  },
};

/** `onConfirm` returned a promise: the confirm button shows loading until it settles. */
export const Pending: Story = {
  args: {
    defaultOpen: true,
    onConfirm: fn(() => new Promise<void>(() => {})),
    loadingLabel: 'Deleting',
  },
  play: async () => {
    const alert = within(await openAlert());
    const confirm = alert.getByRole('button', { name: 'Delete files' });
    await userEvent.click(confirm);
    await expect(confirm).toHaveAttribute('aria-busy', 'true');
    await expect(page().getByRole('alertdialog')).toBeInTheDocument();
  },
};

/** Stress: a long question and message wrap; the buttons wrap under each other if needed. */
export const LongText: Story = {
  args: {
    defaultOpen: true,
    title: 'Delete the project “Quarterly planning for the northern region” and everything in it?',
    confirmLabel: 'Delete the project and all of its files',
    cancelLabel: 'Keep the project',
  },
};

/** Right-to-left: opened from an RTL block, the alert takes its direction. */
export const RightToLeft: Story = {
  args: {
    title: 'حذف ٣ ملفات؟',
    confirmLabel: 'حذف الملفات',
    cancelLabel: 'إلغاء',
    children: 'تُحذف الملفات لجميع أعضاء المشروع.',
  },
  render: (args) => (
    <RightToLeftBlock>
      <DialogTrigger>
        <Button variant="danger">حذف</Button>
        <AlertDialog {...args} />
      </DialogTrigger>
    </RightToLeftBlock>
  ),
  play: async ({ canvas }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'حذف' }));
    const alert = await openAlert();
    await expect(getComputedStyle(alert).direction).toBe('rtl');
    const cancel = within(alert).getByRole('button', { name: 'إلغاء' });
    const confirm = within(alert).getByRole('button', { name: 'حذف الملفات' });
    // The primary action sits at the end: on the left in RTL.
    await expect(confirm.getBoundingClientRect().left).toBeLessThan(
      cancel.getBoundingClientRect().left,
    );
  },
};

/** Stress: 200% zoom (WCAG 1.4.4); the actions wrap, nothing is cut off. */
export const Zoom200: Story = {
  args: { defaultOpen: true, style: { zoom: 2 } },
  play: async () => {
    const alert = await openAlert();
    await expect(within(alert).getByRole('button', { name: 'Delete files' })).toBeVisible();
  },
};
