import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { figmaDesign } from '../../../.storybook/design';
import {
  expectPlaced,
  inlineRadio,
  longLabel,
  RightToLeftBlock,
  Zoom200Block,
} from '../../../.storybook/stories';
import { Button } from '../../atoms/Button';
import { IconButton } from '../../atoms/IconButton';
import {
  CalendarIcon,
  FolderIcon,
  MailIcon,
  PlusIcon,
  SearchIcon,
  SettingsIcon,
  StarIcon,
  Trash2Icon,
} from '../../atoms/Icon';
import { Link } from '../../atoms/Link';
import { VisuallyHidden } from '../../atoms/VisuallyHidden';
import { cssVar } from '../../tokens';
import { Dialog, DialogTrigger } from '../Dialog';
import { popoverPlacements } from '../Popover';
import { Tooltip } from './Tooltip';

const meta = {
  title: 'Molecules/Tooltip',
  component: Tooltip,
  args: {
    content: 'Moves the file to the bin for 30 days',
    placement: 'top',
    arrow: false,
    openDelay: 500,
    closeDelay: 150,
    onOpenChange: fn(),
    children: <IconButton label="Delete" icon={<Trash2Icon />} />,
  },
  argTypes: {
    placement: inlineRadio([...popoverPlacements]),
    children: { control: false },
    open: { control: false },
  },
  parameters: {
    design: figmaDesign('Tooltip'),
    docs: {
      description: {
        component: `A short description of a control, shown on hover (after a delay) and on keyboard focus (at once), hidden on Escape. Once one tooltip has shown, the next one shows at once. On touch screens, a long press shows it.

**Use** it to add a detail about a control that already has a name: what an icon-only button does in more words, a keyboard shortcut. Keep it to a line.

**Don't** put information the user needs only in a tooltip: it is hidden until asked for, and some people (touch, screen magnifiers, switch access) never see it. Don't name a control with it: an IconButton's \`label\` names it; the tooltip may repeat or extend it. Don't put links or buttons in it (use a Popover). Don't wrap a disabled button: it gets no pointer or focus events; say why it is disabled next to it.`,
      },
    },
  },
} satisfies Meta<typeof Tooltip>;

export default meta;
type Story = StoryObj<typeof meta>;

const row = {
  display: 'flex',
  flexWrap: 'wrap',
  gap: cssVar('space.3'),
  alignItems: 'center',
} as const;
const stage = { ...row, justifyContent: 'center', paddingBlock: cssVar('size.16') } as const;

const tooltip = () => within(document.body).queryByRole('tooltip');

/**
 * Mouse: shows after the open delay, describes the trigger, stays while the pointer moves
 * onto it (WCAG 1.4.13), hides after the pointer leaves both. Left shown for the snapshot.
 */
export const Playground: Story = {
  render: (args) => (
    <div style={stage}>
      <Tooltip {...args} />
    </div>
  ),
  play: async ({ canvas, args }) => {
    const trigger = canvas.getByRole('button', { name: 'Delete' });
    await userEvent.hover(trigger);
    await expect(tooltip()).toBeNull();
    await waitFor(() => expect(tooltip()).toBeVisible());
    const popup = tooltip()!;
    await expect(popup.matches(':popover-open')).toBe(true);
    await expect(trigger).toHaveAccessibleDescription('Moves the file to the bin for 30 days');
    await expect(trigger).toHaveAccessibleName('Delete');
    await waitFor(() => expectPlaced(popup, trigger, 'top'));
    await userEvent.hover(popup);
    await new Promise((resolve) => setTimeout(resolve, 400));
    await expect(tooltip()).toBeVisible();
    await userEvent.unhover(popup);
    await waitFor(() => expect(tooltip()).toBeNull());
    await expect(trigger).not.toHaveAttribute('aria-describedby');
    await expect(args.onOpenChange).toHaveBeenLastCalledWith(false);
    await userEvent.hover(trigger);
    await waitFor(() => expect(tooltip()).toBeVisible());
  },
};

/** Keyboard: Tab shows it at once, Escape hides it (focus stays), Tab away hides it. */
export const KeyboardFocus: Story = {
  parameters: { visual: { forcedColors: true } },
  render: (args) => (
    <div style={stage}>
      <Tooltip {...args} />
      <Button variant="secondary">Next</Button>
    </div>
  ),
  play: async ({ canvas }) => {
    const trigger = canvas.getByRole('button', { name: 'Delete' });
    await userEvent.tab();
    await expect(trigger).toHaveFocus();
    await expect(tooltip()).toBeVisible();
    await userEvent.keyboard('{Escape}');
    await expect(tooltip()).toBeNull();
    await expect(trigger).toHaveFocus();
    await userEvent.tab();
    await userEvent.tab({ shift: true });
    await expect(tooltip()).toBeVisible();
  },
};

/** A click does not show it (the press is the action); focus from that click does not either. */
export const Press: Story = {
  render: (args) => (
    <div style={stage}>
      <Tooltip {...args} openDelay={0}>
        <Button variant="secondary" onClick={args.onOpenChange}>
          Archive
        </Button>
      </Tooltip>
    </div>
  ),
  args: { content: 'Hides the project from the list' },
  play: async ({ canvas }) => {
    const trigger = canvas.getByRole('button', { name: 'Archive' });
    await userEvent.hover(trigger);
    await expect(tooltip()).toBeVisible();
    await userEvent.click(trigger);
    await expect(tooltip()).toBeNull();
    await expect(trigger).toHaveFocus();
    await userEvent.unhover(trigger);
    await userEvent.hover(trigger);
    await waitFor(() => expect(tooltip()).toBeVisible());
  },
};

/** A toolbar of icon buttons: after the first tooltip, the next ones show at once. */
export const GroupDelay: Story = {
  render: () => (
    <div role="toolbar" aria-label="Formatting" style={stage}>
      <Tooltip content="Add to favourites">
        <IconButton label="Favourite" icon={<StarIcon />} />
      </Tooltip>
      <Tooltip content="Add a row below">
        <IconButton label="Add" icon={<PlusIcon />} />
      </Tooltip>
      <Tooltip content="Search in this file (Ctrl+F)">
        <IconButton label="Search" icon={<SearchIcon />} />
      </Tooltip>
    </div>
  ),
  play: async ({ canvas }) => {
    await userEvent.hover(canvas.getByRole('button', { name: 'Favourite' }));
    await waitFor(() => expect(tooltip()).toHaveTextContent('Add to favourites'));
    await userEvent.hover(canvas.getByRole('button', { name: 'Add' }));
    await expect(tooltip()).toHaveTextContent('Add a row below');
    await userEvent.hover(canvas.getByRole('button', { name: 'Search' }));
    await expect(within(document.body).getAllByRole('tooltip')).toHaveLength(1);
    await expect(tooltip()).toHaveTextContent('Search in this file (Ctrl+F)');
  },
};

const railLinks = [
  { name: 'Inbox', icon: <MailIcon /> },
  { name: 'Files', icon: <FolderIcon /> },
  { name: 'Calendar', icon: <CalendarIcon /> },
];

/**
 * `repeatsName`: the tooltip is the visible label of a control whose name is hidden, here the
 * links of a collapsed icon rail, each named by visually hidden text (as AppShell's rail does).
 * It shows on hover and keyboard focus but stays visual: no `aria-describedby`, so a screen
 * reader does not read the name twice. The Settings button's tooltip adds a detail, so it
 * describes its trigger. (A string equal to an IconButton's `label` is recognised without
 * the prop.)
 */
export const RepeatsName: Story = {
  args: { repeatsName: true, placement: 'end' },
  render: ({ repeatsName, placement, onOpenChange }) => (
    <nav
      aria-label="Main"
      style={{
        display: 'flex',
        flexDirection: 'column',
        alignItems: 'center',
        gap: cssVar('space.4'),
        paddingBlock: cssVar('size.8'),
        paddingInlineEnd: cssVar('size.24'),
        width: 'max-content',
      }}
    >
      {railLinks.map(({ name, icon }) => (
        <Tooltip
          key={name}
          content={name}
          placement={placement}
          repeatsName={repeatsName}
          onOpenChange={onOpenChange}
        >
          <Link variant="standalone" href={`#${name.toLowerCase()}`}>
            {icon}
            <VisuallyHidden>{name}</VisuallyHidden>
          </Link>
        </Tooltip>
      ))}
      <Tooltip content="Notifications, privacy and language" placement={placement}>
        <IconButton label="Settings" icon={<SettingsIcon />} />
      </Tooltip>
    </nav>
  ),
  play: async ({ canvas, args }) => {
    const inbox = canvas.getByRole('link', { name: 'Inbox' });
    await userEvent.tab();
    await expect(inbox).toHaveFocus();
    await expect(tooltip()).toBeVisible();
    await expect(tooltip()).toHaveTextContent('Inbox');
    await expect(args.onOpenChange).toHaveBeenLastCalledWith(true);
    // Shown, but not a description: the link's name is already "Inbox".
    await expect(inbox).not.toHaveAttribute('aria-describedby');
    await expect(inbox).toHaveAccessibleDescription('');
    await expect(inbox).toHaveAccessibleName('Inbox');

    // A tooltip that adds a detail does describe its trigger.
    const settings = canvas.getByRole('button', { name: 'Settings' });
    await userEvent.tab();
    await userEvent.tab();
    await userEvent.tab();
    await expect(settings).toHaveFocus();
    await expect(tooltip()).toBeVisible();
    await expect(settings).toHaveAttribute('aria-describedby', tooltip()!.id);
    await expect(settings).toHaveAccessibleDescription('Notifications, privacy and language');

    // Left shown on a rail link for the picture.
    await userEvent.tab({ shift: true });
    await userEvent.tab({ shift: true });
    const files = canvas.getByRole('link', { name: 'Files' });
    await expect(files).toHaveFocus();
    await expect(tooltip()).toHaveTextContent('Files');
    await expect(files).not.toHaveAttribute('aria-describedby');
    await waitFor(() => expectPlaced(tooltip()!, files, 'end'));
  },
};

/** Every placement, each with its arrow (controlled `open`, so all show at once). */
export const Placements: Story = {
  render: () => (
    <div
      style={{
        display: 'grid',
        gridTemplateColumns: 'repeat(4, max-content)',
        columnGap: `calc(2 * ${cssVar('size.24')})`,
        rowGap: cssVar('size.16'),
        justifyContent: 'center',
        paddingBlock: cssVar('size.16'),
      }}
    >
      {popoverPlacements.map((placement) => (
        <Tooltip key={placement} content={placement} placement={placement} arrow open>
          <Button variant="secondary" size="sm">
            {placement}
          </Button>
        </Tooltip>
      ))}
    </div>
  ),
  play: async ({ canvas }) => {
    const popups = within(document.body).getAllByRole('tooltip');
    await expect(popups).toHaveLength(popoverPlacements.length);
    for (const popup of popups) {
      const placement = popup.textContent!;
      const trigger = canvas.getByRole('button', { name: placement });
      await waitFor(() => expectPlaced(popup, trigger, placement));
    }
  },
};

/**
 * Touch: a long press (half a second) shows it, and it stays a moment after the finger
 * lifts; a tap does not show it.
 */
export const Touch: Story = {
  render: (args) => (
    <div style={stage}>
      <Tooltip {...args} />
    </div>
  ),
  play: async ({ canvas }) => {
    const trigger = canvas.getByRole('button', { name: 'Delete' });
    const touch = (type: string) =>
      trigger.dispatchEvent(
        new PointerEvent(type, { pointerType: 'touch', bubbles: true, isPrimary: true }),
      );
    touch('pointerdown');
    touch('pointerup');
    await new Promise((resolve) => setTimeout(resolve, 700));
    await expect(tooltip()).toBeNull();
    touch('pointerdown');
    await waitFor(() => expect(tooltip()).toBeVisible());
    touch('pointerup');
    await new Promise((resolve) => setTimeout(resolve, 500));
    await expect(tooltip()).toBeVisible();
    // It hides on its own 1.5 s after the finger lifts; the picture is taken after that, so
    // it does not catch the tooltip mid-exit.
    await waitFor(() => expect(tooltip()).toBeNull(), { timeout: 3000 });
  },
};

/** Nested: in a Dialog, the tooltip shows above it and Escape hides the tooltip alone. */
export const InDialog: Story = {
  render: () => (
    <DialogTrigger defaultOpen>
      <Button>Open dialog</Button>
      <Dialog title="Files">
        <div style={row}>
          <Button variant="secondary">Rename</Button>
          <Tooltip content="Moves the file to the bin">
            <IconButton label="Delete" icon={<Trash2Icon />} />
          </Tooltip>
        </div>
      </Dialog>
    </DialogTrigger>
  ),
  play: async () => {
    const dialog = within(document.body).getByRole('dialog', { name: 'Files' });
    await expect(within(dialog).getByRole('button', { name: 'Rename' })).toHaveFocus();
    await userEvent.tab();
    await expect(tooltip()).toBeVisible();
    const box = tooltip()!.getBoundingClientRect();
    const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    await expect(tooltip()!.contains(hit)).toBe(true);
    await userEvent.keyboard('{Escape}');
    await expect(tooltip()).toBeNull();
    await expect(dialog).toBeVisible();
    await userEvent.tab({ shift: true });
    await userEvent.tab();
    await expect(tooltip()).toBeVisible();
  },
};

/** Stress: a long description wraps at the tooltip's maximum width. */
export const LongText: Story = {
  args: { content: longLabel, open: true },
  render: (args) => (
    <div style={stage}>
      <Tooltip {...args} />
    </div>
  ),
  play: async () => {
    const popup = tooltip()!;
    await expect(popup.scrollWidth).toBeLessThanOrEqual(popup.clientWidth);
  },
};

/** Stress: right-to-left. `end` opens on the trigger's left. */
export const RightToLeft: Story = {
  args: { content: 'ينقل الملف إلى سلة المهملات', placement: 'end', arrow: true, open: true },
  render: (args) => (
    <RightToLeftBlock style={stage}>
      <Tooltip {...args}>
        <IconButton label="حذف" icon={<Trash2Icon />} />
      </Tooltip>
    </RightToLeftBlock>
  ),
  play: async ({ canvas }) => {
    const popup = tooltip()!;
    // The end side is the left one in RTL.
    const trigger = canvas.getByRole('button', { name: 'حذف' });
    await waitFor(() => expectPlaced(popup, trigger, 'end'));
  },
};

/** Stress: 200% zoom (WCAG 1.4.4). */
export const Zoom200: Story = {
  args: { open: true },
  render: (args) => (
    <Zoom200Block style={stage}>
      <Tooltip {...args} />
    </Zoom200Block>
  ),
};
