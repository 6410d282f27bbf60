import type { Meta, StoryObj } from '@storybook/react-vite';
import { useRef, useState } from 'react';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { figmaDesign } from '../../../.storybook/design';
import { inlineRadio, RightToLeftBlock } from '../../../.storybook/stories';
import { Button } from '../../atoms/Button';
import { Text } from '../../atoms/Text';
import { TextField } from '../../atoms/TextField';
import { ThemeProvider } from '../../theme';
import { cssVar } from '../../tokens';
import { Select } from '../Select';
import { Dialog, dialogSizes, type DialogProps } from './Dialog';
import { DialogTrigger } from './DialogTrigger';

/*
 * The dialog portals out of the story canvas into <body> (the top layer, in fact), so play
 * functions query the whole page. Stories end with the dialog open, so the snapshots show it.
 */
const page = () => within(document.body);
const openDialog = () => page().findByRole('dialog');

const meta = {
  title: 'Molecules/Dialog',
  component: Dialog,
  args: {
    title: 'Edit profile',
    description: 'Your name and email are shown to your team.',
    onOpenChange: fn(),
  },
  argTypes: {
    size: inlineRadio([...dialogSizes]),
    children: { control: false },
    footer: { control: false },
    initialFocus: { control: false },
  },
  parameters: {
    design: figmaDesign('Dialog'),
    docs: {
      story: { inline: false, height: '480px' },
      description: {
        component: `A modal dialog on the native \`<dialog>\` and \`showModal()\`: the page behind is inert, focus stays inside and returns to the opener on close, page scroll is locked. Escape, the close button and a click on the backdrop close it; so does a \`<form method="dialog">\` inside it.

**Use** it for a short, focused task that must be finished or dismissed before going back to the page: editing a record, a settings form. Put the main action last in \`footer\`. Open it with a \`DialogTrigger\` (\`<DialogTrigger><Button>Edit</Button><Dialog …/></DialogTrigger>\`) or own the state with \`open\`/\`onOpenChange\`.

**Don't** use it for information the user did not ask for (use a Banner or Toast), for destructive confirmation (use AlertDialog, which cannot be dismissed by a stray click), or for long multi-step flows (use a page). Always give it a \`title\`.`,
      },
    },
  },
} satisfies Meta<typeof Dialog>;

export default meta;
type Story = StoryObj<typeof meta>;

function ProfileFields() {
  return (
    <form id="profile" method="dialog" style={{ display: 'grid', gap: cssVar('space.4') }}>
      <TextField label="Name" name="name" defaultValue="Ada Lovelace" />
      <TextField label="Email" name="email" type="email" defaultValue="ada@example.com" />
    </form>
  );
}

const footer = (
  <>
    <Button variant="secondary" type="submit" form="profile" formNoValidate value="cancel">
      Cancel
    </Button>
    <Button type="submit" form="profile">
      Save
    </Button>
  </>
);

/** Opened by a DialogTrigger: the usual way. The play function opens it. */
export const Playground: Story = {
  render: (args) => (
    <DialogTrigger>
      <Button>Edit profile</Button>
      <Dialog {...args} footer={footer}>
        <ProfileFields />
      </Dialog>
    </DialogTrigger>
  ),
  play: async ({ canvas }) => {
    const trigger = canvas.getByRole('button', { name: 'Edit profile' });
    const focused: EventTarget[] = [];
    const record = (event: FocusEvent) => focused.push(event.target ?? document);
    document.addEventListener('focusin', record);
    await userEvent.click(trigger);
    const dialog = await openDialog();
    document.removeEventListener('focusin', record);
    await expect(dialog).toHaveAccessibleName('Edit profile');
    await expect(dialog).toHaveAccessibleDescription('Your name and email are shown to your team.');
    // showModal(): the top layer, the modal state, the page behind inert.
    await expect(dialog.matches(':modal')).toBe(true);
    const name = within(dialog).getByRole('textbox', { name: 'Name' });
    await expect(name).toHaveFocus();
    // Straight to the field: the close button, first in the DOM, never takes focus on the way.
    await expect(focused.filter((target) => dialog.contains(target as Node))).toEqual([name]);
    trigger.focus();
    await expect(trigger).not.toHaveFocus();
  },
};

function sizeStory(size: DialogProps['size']): Story {
  return {
    args: { size, defaultOpen: true },
    render: (args) => (
      <Dialog {...args} footer={footer}>
        <ProfileFields />
      </Dialog>
    ),
    play: async () => {
      const dialog = await openDialog();
      await expect(dialog.matches(':modal')).toBe(true);
    },
  };
}

/** `sm`: 400px, for short messages. */
export const Small = sizeStory('sm');
/** `md` (default): 560px. */
export const Medium = sizeStory('md');
/** `lg`: 800px, for longer forms and previews. */
export const Large = sizeStory('lg');
/** `fullscreen`: the whole viewport, for phones and editors. */
export const Fullscreen = sizeStory('fullscreen');

/** Long content scrolls inside the body; the header and the footer stay in view. */
export const LongContent: Story = {
  args: { defaultOpen: true, title: 'Terms of service', description: undefined },
  render: (args) => (
    <Dialog {...args} footer={<Button>Accept</Button>}>
      {Array.from({ length: 30 }, (_, index) => (
        <Text as="p" key={index}>
          {`${index + 1}. The service is provided as is. You keep the rights to what you upload, and you grant us the licence we need to host and show it to the people you share it with.`}
        </Text>
      ))}
    </Dialog>
  ),
  play: async () => {
    const dialog = await openDialog();
    const body = dialog.querySelector<HTMLElement>('[data-part="body"]')!;
    const footerPart = dialog.querySelector<HTMLElement>('[data-part="footer"]')!;
    await expect(body.scrollHeight).toBeGreaterThan(body.clientHeight);
    // The footer stays inside the viewport, below the scrolling body.
    await expect(footerPart.getBoundingClientRect().bottom).toBeLessThanOrEqual(window.innerHeight);
    // A scrolling body with nothing focusable takes a tab stop, so keyboards can scroll it.
    await waitFor(() => expect(body).toHaveAttribute('tabindex', '0'));
  },
};

/** APG modal dialog keyboard: Tab and Shift+Tab cycle inside, Escape closes, focus returns. */
export const KeyboardFocus: Story = {
  render: (args) => (
    <DialogTrigger>
      <Button>Edit profile</Button>
      <Dialog {...args} footer={footer}>
        <ProfileFields />
      </Dialog>
    </DialogTrigger>
  ),
  play: async ({ canvas, args }) => {
    const trigger = canvas.getByRole('button', { name: 'Edit profile' });
    await userEvent.tab();
    await expect(trigger).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    const dialog = await openDialog();
    const inside = within(dialog);
    await expect(inside.getByRole('textbox', { name: 'Name' })).toHaveFocus();
    await userEvent.tab();
    await expect(inside.getByRole('textbox', { name: 'Email' })).toHaveFocus();
    await userEvent.tab();
    await expect(inside.getByRole('button', { name: 'Cancel' })).toHaveFocus();
    await userEvent.tab();
    await expect(inside.getByRole('button', { name: 'Save' })).toHaveFocus();
    await userEvent.tab();
    await expect(inside.getByRole('button', { name: 'Close' })).toHaveFocus();
    await userEvent.tab({ shift: true });
    await expect(inside.getByRole('button', { name: 'Save' })).toHaveFocus();
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(page().queryByRole('dialog')).toBeNull());
    await expect(args.onOpenChange).toHaveBeenCalledWith(false);
    await expect(trigger).toHaveFocus();
    // Open again, so the snapshot shows the dialog.
    await userEvent.keyboard(' ');
    await openDialog();
  },
};

/**
 * `keepMounted`: the content stays in the page in a closed `<dialog>` (hidden and out of the
 * accessibility tree, like the platform's own), so opening only shows it, and what was typed
 * is still there next time. The play function types, closes with Escape (focus returns to the
 * trigger) and opens the dialog again.
 */
export const KeptMounted: Story = {
  args: { keepMounted: true },
  render: (args) => (
    <DialogTrigger>
      <Button>Edit profile</Button>
      <Dialog {...args} footer={footer}>
        <ProfileFields />
      </Dialog>
    </DialogTrigger>
  ),
  play: async ({ canvas, args }) => {
    const trigger = canvas.getByRole('button', { name: 'Edit profile' });
    const closed = document.body.querySelector('dialog.cal-dialog');
    await expect(closed).not.toBeNull();
    await expect(closed).not.toBeVisible();
    await expect(page().queryByRole('dialog')).toBeNull();
    await expect(page().queryByRole('textbox', { name: 'Name' })).toBeNull();
    await userEvent.click(trigger);
    const dialog = await openDialog();
    await expect(dialog).toBe(closed);
    const name = within(dialog).getByRole('textbox', { name: 'Name' });
    await expect(name).toHaveFocus();
    await userEvent.clear(name);
    await userEvent.type(name, 'Grace Hopper');
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(page().queryByRole('dialog')).toBeNull());
    await expect(args.onOpenChange).toHaveBeenCalledWith(false);
    await expect(trigger).toHaveFocus();
    await expect(closed).toBeInTheDocument();
    // Space, not Enter: an Enter would go on to submit the form the dialog focuses.
    await userEvent.keyboard(' ');
    const again = await openDialog();
    await expect(within(again).getByRole('textbox', { name: 'Name' })).toHaveValue('Grace Hopper');
    // The first close's `close` event comes a task later, maybe after this opening: it must
    // not close the dialog again (nor report it).
    await new Promise((resolve) => setTimeout(resolve, 300));
    await expect(args.onOpenChange).toHaveBeenCalledTimes(1);
    await expect(again).toHaveAttribute('open');
  },
};

/** A click on the backdrop closes the dialog; a click inside it does not. */
export const BackdropClick: Story = {
  render: (args) => (
    <DialogTrigger>
      <Button>Edit profile</Button>
      <Dialog {...args} footer={footer}>
        <ProfileFields />
      </Dialog>
    </DialogTrigger>
  ),
  play: async ({ canvas }) => {
    const trigger = canvas.getByRole('button', { name: 'Edit profile' });
    await userEvent.click(trigger);
    const dialog = await openDialog();
    await userEvent.click(within(dialog).getByText('Your name and email are shown to your team.'));
    await expect(page().getByRole('dialog')).toBeInTheDocument();
    // The backdrop belongs to the <dialog>: a press at the page corner hits it.
    await userEvent.pointer({
      keys: '[MouseLeft]',
      target: dialog,
      coords: { clientX: 2, clientY: 2 },
    });
    await waitFor(() => expect(page().queryByRole('dialog')).toBeNull());
    await expect(trigger).toHaveFocus();
    await userEvent.click(trigger);
    await openDialog();
  },
};

function FormDemo(args: DialogProps) {
  const [saved, setSaved] = useState('');
  return (
    <div style={{ display: 'grid', gap: cssVar('space.3'), justifyItems: 'start' }}>
      <DialogTrigger>
        <Button>Rename file</Button>
        <Dialog
          {...args}
          title="Rename file"
          description={undefined}
          footer={
            <Button type="submit" form="rename" value="rename">
              Rename
            </Button>
          }
        >
          <form
            id="rename"
            method="dialog"
            onSubmit={(event) => {
              const data = new FormData(event.currentTarget);
              setSaved(String(data.get('filename')));
            }}
          >
            <TextField label="File name" name="filename" required />
          </form>
        </Dialog>
      </DialogTrigger>
      <output data-testid="saved">{saved}</output>
    </div>
  );
}

/**
 * `<form method="dialog">`: native validation first, then the submit closes the dialog, with
 * the submitter's `value` as the dialog's `returnValue`, as natively.
 */
export const InForm: Story = {
  render: (args) => <FormDemo {...args} />,
  play: async ({ canvas }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Rename file' }));
    const dialog = (await openDialog()) as HTMLDialogElement;
    await expect(dialog.returnValue).toBe('');
    const rename = within(dialog).getByRole('button', { name: 'Rename' });
    // Required and empty: the browser blocks the submit, the dialog stays.
    await userEvent.click(rename);
    await expect(page().getByRole('dialog')).toBeInTheDocument();
    await userEvent.type(within(dialog).getByRole('textbox', { name: 'File name' }), 'report.pdf');
    // Rename is the submitter (user-event's Enter submits without one: it does not find a
    // button that joins the form by its `form` attribute, as a browser does).
    await userEvent.click(rename);
    await waitFor(() => expect(page().queryByRole('dialog')).toBeNull());
    await expect(canvas.getByTestId('saved')).toHaveTextContent('report.pdf');
    await expect(dialog.returnValue).toBe('rename');
    await userEvent.click(canvas.getByRole('button', { name: 'Rename file' }));
    await openDialog();
  },
};

/** A dialog opened from a dialog: Escape closes only the top one; the page stays inert. */
export const Nested: Story = {
  render: (args) => (
    <DialogTrigger>
      <Button>Settings</Button>
      <Dialog {...args} title="Settings" description="Account settings.">
        <DialogTrigger>
          <Button variant="danger">Delete account</Button>
          <Dialog title="Delete account?" size="sm">
            <Text as="p">Everything you stored will be removed.</Text>
          </Dialog>
        </DialogTrigger>
      </Dialog>
    </DialogTrigger>
  ),
  play: async ({ canvas }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Settings' }));
    const outer = await page().findByRole('dialog', { name: 'Settings' });
    const opener = within(outer).getByRole('button', { name: 'Delete account' });
    await userEvent.click(opener);
    const inner = await page().findByRole('dialog', { name: 'Delete account?' });
    await expect(inner.matches(':modal')).toBe(true);
    await userEvent.keyboard('{Escape}');
    await waitFor(() =>
      expect(page().queryByRole('dialog', { name: 'Delete account?' })).toBeNull(),
    );
    await expect(page().getByRole('dialog', { name: 'Settings' })).toBeInTheDocument();
    await expect(opener).toHaveFocus();
    await userEvent.click(opener);
    await page().findByRole('dialog', { name: 'Delete account?' });
  },
};

/**
 * Opened from a native popover (a menu-like element): showModal() closes the popover, so the
 * opener is hidden when the dialog closes. Focus goes to the popover's own button, not <body>.
 */
export const FromPopover: Story = {
  render: (args) => (
    <div>
      <Button popoverTarget="actions">Actions</Button>
      <div id="actions" popover="auto" style={{ padding: cssVar('space.2') }}>
        <DialogTrigger>
          <Button variant="tertiary">Rename…</Button>
          <Dialog {...args} title="Rename" description={undefined}>
            <TextField label="Name" />
          </Dialog>
        </DialogTrigger>
      </div>
    </div>
  ),
  play: async ({ canvas }) => {
    const actions = canvas.getByRole('button', { name: 'Actions' });
    await userEvent.click(actions);
    await userEvent.click(canvas.getByRole('button', { name: 'Rename…' }));
    const dialog = await openDialog();
    await expect(within(dialog).getByRole('textbox', { name: 'Name' })).toHaveFocus();
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(page().queryByRole('dialog')).toBeNull());
    await expect(document.activeElement).not.toBe(document.body);
    await expect(actions).toHaveFocus();
    await userEvent.click(actions);
    await userEvent.click(canvas.getByRole('button', { name: 'Rename…' }));
    await openDialog();
  },
};

function TabsDemo(args: DialogProps) {
  const [tab, setTab] = useState<'general' | 'billing'>('general');
  const tabProps = (id: 'general' | 'billing') => ({
    role: 'tab',
    id: `tab-${id}`,
    'aria-selected': tab === id,
    'aria-controls': `panel-${id}`,
    tabIndex: tab === id ? 0 : -1,
    onClick: () => setTab(id),
  });
  return (
    <div>
      <div role="tablist" aria-label="Account" style={{ display: 'flex', gap: cssVar('space.2') }}>
        <Button variant="tertiary" {...tabProps('general')}>
          General
        </Button>
        <Button variant="tertiary" {...tabProps('billing')}>
          Billing
        </Button>
      </div>
      <div
        role="tabpanel"
        id="panel-general"
        aria-labelledby="tab-general"
        hidden={tab !== 'general'}
      >
        <DialogTrigger>
          <Button>Change plan</Button>
          <Dialog
            {...args}
            title="Change plan"
            description="Plans are billed monthly."
            footer={<Button onClick={() => setTab('billing')}>Go to billing</Button>}
          />
        </DialogTrigger>
      </div>
      <div
        role="tabpanel"
        id="panel-billing"
        aria-labelledby="tab-billing"
        hidden={tab !== 'billing'}
      >
        <Text as="p">Billing details.</Text>
      </div>
    </div>
  );
}

/** The trigger's tab panel is hidden while the dialog is open: focus returns to the selected tab. */
export const FocusReturnFromHiddenTabPanel: Story = {
  render: (args) => <TabsDemo {...args} />,
  play: async ({ canvas }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Change plan' }));
    const dialog = await openDialog();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Go to billing' }));
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(page().queryByRole('dialog')).toBeNull());
    await expect(canvas.getByRole('tab', { name: 'Billing' })).toHaveFocus();
  },
};

/** Page scroll is locked while open, with the scrollbar's space kept: no sideways shift. */
export const ScrollLock: Story = {
  render: (args) => (
    <div>
      <DialogTrigger>
        <Button>Open</Button>
        <Dialog {...args}>
          <ProfileFields />
        </Dialog>
      </DialogTrigger>
      <div style={{ blockSize: '300vh' }} />
    </div>
  ),
  play: async ({ canvas }) => {
    const root = document.documentElement;
    const trigger = canvas.getByRole('button', { name: 'Open' });
    const before = trigger.getBoundingClientRect().left;
    await userEvent.click(trigger);
    await openDialog();
    await expect(getComputedStyle(root).overflow).toBe('hidden');
    await expect(trigger.getBoundingClientRect().left).toBe(before);
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(root.style.overflow).toBe(''));
  },
  parameters: {
    visual: { disable: true, reason: 'A 300vh spacer only gives the page a scrollbar to lock.' },
  },
};

/** Opened from a right-to-left block: the dialog takes its direction; the close button mirrors. */
export const RightToLeft: Story = {
  args: { title: 'تعديل الملف الشخصي', description: 'يظهر اسمك لفريقك.', closeLabel: 'إغلاق' },
  render: (args) => (
    <RightToLeftBlock>
      <DialogTrigger>
        <Button>تعديل</Button>
        <Dialog {...args}>
          <TextField label="الاسم" />
        </Dialog>
      </DialogTrigger>
    </RightToLeftBlock>
  ),
  play: async ({ canvas }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'تعديل' }));
    const dialog = await openDialog();
    await expect(getComputedStyle(dialog).direction).toBe('rtl');
    const close = within(dialog).getByRole('button', { name: 'إغلاق' });
    const title = within(dialog).getByRole('heading');
    await expect(close.getBoundingClientRect().right).toBeLessThan(
      title.getBoundingClientRect().left,
    );
  },
};

/** Stress: a long title and an unbroken word wrap inside the dialog. */
export const LongText: Story = {
  args: {
    defaultOpen: true,
    title: 'A title that is far longer than a dialog title should ever be, and keeps going',
    description:
      'Averyveryveryveryveryveryveryveryveryveryveryveryverylongdescriptionwithoutanyspace.',
  },
  render: (args) => (
    <Dialog {...args} footer={footer}>
      <ProfileFields />
    </Dialog>
  ),
  play: async () => {
    const dialog = await openDialog();
    await expect(dialog.scrollWidth).toBeLessThanOrEqual(dialog.clientWidth + 1);
  },
};

/** Stress: 200% zoom (WCAG 1.4.4); the body scrolls, nothing is cut off. */
export const Zoom200: Story = {
  args: { defaultOpen: true, style: { zoom: 2 } },
  render: (args) => (
    <Dialog {...args} footer={footer}>
      <ProfileFields />
    </Dialog>
  ),
};

/** No visible heading: `aria-label` names the dialog. */
export const WithoutTitle: Story = {
  args: {
    defaultOpen: true,
    title: undefined,
    description: undefined,
    'aria-label': 'Image preview',
  },
  render: (args) => (
    <Dialog {...args}>
      <Text as="p">A picture would be here.</Text>
    </Dialog>
  ),
  play: async () => {
    await expect(await openDialog()).toHaveAccessibleName('Image preview');
  },
};

/** Inside a nested dark ThemeProvider: the dialog portals into its scope and stays dark. */
export const InThemeScope: Story = {
  args: { defaultOpen: true },
  render: (args) => (
    <ThemeProvider colorScheme="dark">
      <Dialog {...args}>
        <ProfileFields />
      </Dialog>
    </ThemeProvider>
  ),
  play: async () => {
    const dialog = await openDialog();
    await expect(dialog.closest('[data-theme]')).toHaveAttribute('data-theme', 'dark');
  },
};

/** `initialFocus` picks the field to start in. */
export const InitialFocus: Story = {
  render: function Render(args) {
    const email = useRef<HTMLInputElement>(null);
    return (
      <Dialog {...args} defaultOpen initialFocus={email}>
        <div style={{ display: 'grid', gap: cssVar('space.4') }}>
          <TextField label="Name" defaultValue="Ada Lovelace" />
          <TextField label="Email" ref={email} />
        </div>
      </Dialog>
    );
  },
  play: async () => {
    const dialog = await openDialog();
    await waitFor(() =>
      expect(within(dialog).getByRole('textbox', { name: 'Email' })).toHaveFocus(),
    );
  },
};

const roles = [
  { value: 'admin', label: 'Admin', description: 'Manages members and billing' },
  { value: 'editor', label: 'Editor', description: 'Edits every page' },
  { value: 'viewer', label: 'Viewer', description: 'Reads and comments' },
];
/** Closing waits for the Select's exit animation; frames come late on a loaded machine. */
const exitWait = { timeout: 3000 };
const selectPopup = () => document.body.querySelector<HTMLElement>('.cal-select-popup');

/**
 * The nested case of issue #10: a Select open inside a Dialog. Its list portals into the
 * dialog (outside it the page is inert); Escape and an outside press close the list alone,
 * and the Dialog stays open with focus back on the Select.
 */
export const WithSelectInside: Story = {
  args: { defaultOpen: true, title: 'Invite member', description: undefined },
  render: (args) => (
    <Dialog {...args}>
      <div style={{ minBlockSize: '16rem' }}>
        <Select label="Role" options={roles} defaultValue="editor" />
      </div>
    </Dialog>
  ),
  play: async () => {
    const dialog = await openDialog();
    const trigger = within(dialog).getByRole('combobox', { name: 'Role' });
    await userEvent.click(trigger);
    const listbox = await page().findByRole('listbox', { name: 'Role' });
    await expect(dialog).toContainElement(listbox);
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(selectPopup()).toBeNull(), exitWait);
    await expect(page().getByRole('dialog')).toBeVisible();
    await expect(trigger).toHaveFocus();
    // An outside press (here: the dialog's own heading) closes the list, not the dialog.
    await userEvent.click(trigger);
    await page().findByRole('listbox', { name: 'Role' });
    await userEvent.click(within(dialog).getByRole('heading', { name: 'Invite member' }));
    await waitFor(() => expect(selectPopup()).toBeNull(), exitWait);
    await expect(page().getByRole('dialog')).toBeVisible();
    await expect(trigger).toHaveTextContent('Editor');
    // Ends open, so the snapshot shows the list above the dialog.
    await userEvent.click(trigger);
    await page().findByRole('option', { name: /Viewer/ });
  },
};
