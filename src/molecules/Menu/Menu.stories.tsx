import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { figmaDesign } from '../../../.storybook/design';
import {
  controlSizes,
  inlineRadio,
  longLabel,
  RightToLeftBlock,
  withoutAnchorPositioning,
  Zoom200Block,
} from '../../../.storybook/stories';
import { Button } from '../../atoms/Button';
import { CopyIcon, DownloadIcon, PencilIcon, Share2Icon, Trash2Icon } from '../../atoms/Icon';
import { cssVar } from '../../tokens';
import { Dialog, DialogTrigger } from '../Dialog';
import { Menu, menuPlacements, MenuTrigger, type MenuEntry, type MenuProps } from './index';
import { SUBMENU_OPEN_DELAY } from './hoverIntent';

const editItems: MenuEntry<string>[] = [
  {
    value: 'edit',
    label: 'Edit',
    icon: <PencilIcon />,
    shortcut: 'Ctrl+E',
    keyshortcuts: 'Control+E',
  },
  {
    value: 'duplicate',
    label: 'Duplicate',
    icon: <CopyIcon />,
    shortcut: 'Ctrl+D',
    keyshortcuts: 'Control+D',
  },
  {
    value: 'download',
    label: 'Download',
    icon: <DownloadIcon />,
    description: 'As a PDF of 2 pages',
  },
  { value: 'archive', label: 'Archive', disabled: true },
  { separator: true },
  {
    value: 'share',
    label: 'Share',
    icon: <Share2Icon />,
    items: [
      { value: 'mail', label: 'By email' },
      { value: 'link', label: 'Copy link' },
      {
        value: 'more',
        label: 'More apps',
        items: [
          { value: 'chat', label: 'Chat' },
          { value: 'notes', label: 'Notes' },
        ],
      },
    ],
  },
  { value: 'delete', label: 'Delete', icon: <Trash2Icon /> },
];

const viewItems: MenuEntry<string>[] = [
  {
    label: 'Layout',
    items: [
      { value: 'grid', label: 'Grid', kind: 'radio' },
      { value: 'list', label: 'List', kind: 'radio' },
      { value: 'board', label: 'Board', kind: 'radio', disabled: true },
    ],
  },
  { separator: true },
  {
    label: 'Show',
    items: [
      { value: 'done', label: 'Completed tasks', kind: 'checkbox' },
      {
        value: 'owners',
        label: 'Owners',
        kind: 'checkbox',
        description: 'Avatar beside each task',
      },
    ],
  },
  { separator: true },
  { value: 'help', label: 'Keyboard help', href: '#keyboard-help' },
];

const meta = {
  title: 'Molecules/Menu',
  component: Menu,
  args: {
    items: editItems,
    onAction: fn(),
    onOpenChange: fn(),
    onValueChange: fn(),
  },
  argTypes: {
    size: inlineRadio(controlSizes),
    placement: inlineRadio([...menuPlacements]),
    items: { control: false },
    value: { control: false },
    open: { control: false },
  },
  parameters: {
    design: figmaDesign('Menu'),
    docs: {
      description: {
        component: `A list of actions opened from a button: the APG menu button and menu patterns. Items are actions, links, checkbox items and radio items, with icons, descriptions, shortcuts shown and disabled ones; sections with headings, separators, and submenus (ArrowRight opens one, ArrowLeft in right-to-left). Open it with a \`MenuTrigger\` around a Button, or use DropdownButton or SplitButton. DOM focus moves between the items; Escape closes and returns focus to the button; Tab closes and moves on.

Choosing closes the menu, except a checkbox item (several can be toggled in a row, as in react-aria-components); \`closeOnSelect\` on the menu or an item says otherwise. \`onAction(value)\` runs the item; \`value\`/\`onValueChange\` hold the checked checkbox and radio items.

**Use** it for commands on an object or page ("Edit", "Duplicate", "Share ›"), and for view options (radio and checkbox items).

**Don't** use it to pick a form value (Select), for navigation across a site (links in a nav), or for a single action (a Button).`,
      },
    },
  },
} satisfies Meta<typeof Menu>;

export default meta;
type Story = StoryObj<typeof meta>;

const body = () => within(document.body);
const menus = () => Array.from(document.querySelectorAll<HTMLElement>('.cal-menu'));
/** The item (of any of the three roles) whose label is `name`. */
const item = (name: string) =>
  Array.from(document.querySelectorAll<HTMLElement>('[data-menu-item]')).find(
    (element) => element.querySelector('[data-part="label"]')?.textContent === name,
  )!;
/** Closing waits for the exit animation; frames come late on a loaded machine. */
const exitWait = { timeout: 3000 };
/** Room under an open menu (and its submenus) in the snapshot. */
const room = { minBlockSize: '24rem', minInlineSize: '40rem' } as const;
const center = (element: Element) => {
  const box = element.getBoundingClientRect();
  return { clientX: box.left + box.width / 2, clientY: box.top + box.height / 2 };
};

function Demo(props: Partial<MenuProps> & { label?: string }) {
  const { label = 'Actions', ...rest } = props;
  return (
    <MenuTrigger>
      <Button variant="secondary">{label}</Button>
      <Menu items={editItems} {...rest} />
    </MenuTrigger>
  );
}

/**
 * Mouse: a press opens the menu below the button, aligned to its start, with focus on the
 * first item; a press on an action runs it, closes the menu and gives focus back. Left open.
 */
export const Playground: Story = {
  render: (args) => (
    <div style={room}>
      <Demo {...args} />
    </div>
  ),
  play: async ({ canvas, args }) => {
    const button = canvas.getByRole('button', { name: 'Actions' });
    await expect(button).toHaveAttribute('aria-haspopup', 'menu');
    await userEvent.click(button);
    const menu = body().getByRole('menu', { name: 'Actions' });
    await expect(menu.matches(':popover-open')).toBe(true);
    // Rendered with its preferred placement, positioned asynchronously: wait for the position.
    await waitFor(() => {
      expect(menu).toHaveAttribute('data-placement', 'bottom-start');
      const box = button.getBoundingClientRect();
      const popup = menu.getBoundingClientRect();
      expect(popup.top).toBeGreaterThanOrEqual(box.bottom);
      expect(Math.round(popup.left)).toBe(Math.round(box.left));
    });
    await expect(item('Edit')).toHaveFocus();
    await userEvent.click(item('Duplicate'));
    await expect(args.onAction).toHaveBeenLastCalledWith('duplicate');
    await waitFor(() => expect(menus()).toHaveLength(0), exitWait);
    await expect(button).toHaveFocus();
    await userEvent.click(button);
    await expect(item('Edit')).toHaveFocus();
  },
};

/** Keyboard (APG menu button and menu): every rule, in a real browser. */
export const KeyboardFocus: Story = {
  render: (args) => (
    <div style={{ ...room, display: 'flex', gap: cssVar('space.4'), alignItems: 'start' }}>
      <Demo {...args} />
      <Button variant="tertiary">Next</Button>
    </div>
  ),
  play: async ({ canvas, args }) => {
    const button = canvas.getByRole('button', { name: 'Actions' });
    await userEvent.tab();
    await expect(button).toHaveFocus();
    // Enter, Space and ArrowDown open at the first item; ArrowUp at the last.
    for (const key of ['{Enter}', ' ', '{ArrowDown}']) {
      await userEvent.keyboard(key);
      await expect(item('Edit')).toHaveFocus();
      await userEvent.keyboard('{Escape}');
      await expect(button).toHaveFocus();
    }
    await userEvent.keyboard('{ArrowUp}');
    await expect(item('Delete')).toHaveFocus();
    // Wrap both ways; the disabled item is skipped.
    await userEvent.keyboard('{ArrowDown}');
    await expect(item('Edit')).toHaveFocus();
    await userEvent.keyboard('{ArrowUp}{ArrowUp}');
    await expect(item('Share')).toHaveFocus();
    await userEvent.keyboard('{ArrowUp}');
    await expect(item('Download')).toHaveFocus();
    await userEvent.keyboard('{Home}');
    await expect(item('Edit')).toHaveFocus();
    await userEvent.keyboard('{End}');
    await expect(item('Delete')).toHaveFocus();
    // Type-ahead.
    await userEvent.keyboard('du');
    await expect(item('Duplicate')).toHaveFocus();
    await expect(item('Duplicate')).toHaveAttribute('aria-keyshortcuts', 'Control+D');
    // Submenu: ArrowRight opens at its first item, ArrowLeft closes back to its item.
    await userEvent.keyboard('{End}{ArrowUp}{ArrowRight}');
    await expect(item('By email')).toHaveFocus();
    await expect(item('Share')).toHaveAttribute('aria-expanded', 'true');
    await userEvent.keyboard('{ArrowLeft}');
    await expect(item('Share')).toHaveFocus();
    await expect(menus()).toHaveLength(1);
    // Enter opens a submenu too; Escape closes only it.
    await userEvent.keyboard('{Enter}');
    await expect(item('By email')).toHaveFocus();
    await userEvent.keyboard('{Escape}');
    await expect(item('Share')).toHaveFocus();
    await expect(menus()).toHaveLength(1);
    // An action in a submenu closes every level and gives focus back to the button.
    await userEvent.keyboard('{ArrowRight}{ArrowDown}{Enter}');
    await expect(args.onAction).toHaveBeenLastCalledWith('link');
    await waitFor(() => expect(menus()).toHaveLength(0), exitWait);
    await expect(button).toHaveFocus();
    // Tab closes the menu and moves on from the button.
    await userEvent.keyboard('{Enter}');
    await expect(item('Edit')).toHaveFocus();
    await userEvent.tab();
    await expect(canvas.getByRole('button', { name: 'Next' })).toHaveFocus();
    await waitFor(() => expect(menus()).toHaveLength(0), exitWait);
    // Left open, reached by keyboard: the focus ring shows on the item.
    await userEvent.tab({ shift: true });
    await userEvent.keyboard('{ArrowDown}{ArrowDown}');
    await expect(item('Duplicate')).toHaveFocus();
    await expect(item('Duplicate').matches(':focus-visible')).toBe(true);
  },
};

/**
 * Every item kind, open: radio items in a section, checkbox items with a description, a
 * link; Space toggles a checkbox item and the menu stays open, a radio item closes it.
 */
export const ItemKinds: Story = {
  // Its states must survive Windows contrast themes: one more picture in forced colours.
  parameters: { visual: { forcedColors: true } },
  args: { items: viewItems, defaultValue: ['grid', 'done'] },
  render: (args) => (
    <div style={room}>
      <Demo {...args} label="View" />
    </div>
  ),
  play: async ({ canvas, args }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'View' }));
    const menu = body().getByRole('menu', { name: 'View' });
    await expect(within(menu).getByRole('group', { name: 'Layout' })).toBeVisible();
    await expect(within(menu).getAllByRole('separator')).toHaveLength(2);
    await expect(item('Grid')).toHaveAttribute('role', 'menuitemradio');
    await expect(item('Grid')).toHaveAttribute('aria-checked', 'true');
    await expect(item('Owners')).toHaveAttribute('role', 'menuitemcheckbox');
    await expect(item('Owners')).toHaveAccessibleDescription('Avatar beside each task');
    await expect(item('Keyboard help').tagName).toBe('A');
    item('Owners').focus();
    await userEvent.keyboard(' ');
    await expect(args.onValueChange).toHaveBeenLastCalledWith(['grid', 'done', 'owners']);
    await expect(item('Owners')).toHaveAttribute('aria-checked', 'true');
    await expect(menus()).toHaveLength(1);
    await userEvent.click(item('List'));
    await expect(args.onValueChange).toHaveBeenLastCalledWith(['done', 'owners', 'list']);
    await waitFor(() => expect(menus()).toHaveLength(0), exitWait);
    await userEvent.click(canvas.getByRole('button', { name: 'View' }));
    await expect(item('List')).toHaveAttribute('aria-checked', 'true');
    await expect(item('Grid')).toHaveAttribute('aria-checked', 'false');
  },
};

/** The three densities, each open (the menus sit side by side). */
export const Sizes: Story = {
  render: (args) => (
    <div style={{ display: 'flex', gap: '14rem', minBlockSize: '22rem' }}>
      {controlSizes.map((size) => (
        <MenuTrigger key={size} defaultOpen>
          <Button variant="secondary" size={size}>
            {`Size ${size}`}
          </Button>
          <Menu {...args} items={editItems.slice(0, 4)} size={size} />
        </MenuTrigger>
      ))}
    </div>
  ),
  play: async () => {
    await waitFor(() => expect(menus()).toHaveLength(3));
    await expect(menus()[0]).toHaveAttribute('data-size', 'sm');
    await expect(menus()[1]).not.toHaveAttribute('data-size');
    await expect(menus()[2]).toHaveAttribute('data-size', 'lg');
  },
};

/**
 * Pointer hover intent: resting on "Share" opens its submenu after a delay without taking
 * focus; a pointer travelling diagonally toward the submenu crosses "Delete" without closing
 * it; a pointer moving away closes it. Left with the submenu open.
 */
export const Submenus: Story = {
  render: (args) => (
    <div style={room}>
      <Demo {...args} />
    </div>
  ),
  play: async ({ canvas, args }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Actions' }));
    const share = item('Share');
    await userEvent.pointer({ target: share, coords: center(share) });
    await expect(share).toHaveFocus();
    await expect(menus()).toHaveLength(1);
    await waitFor(() => expect(menus()).toHaveLength(2), { timeout: SUBMENU_OPEN_DELAY * 10 });
    await expect(share).toHaveFocus();
    const submenu = menus()[1]!;
    await waitFor(() => expect(submenu).toHaveAttribute('data-placement', 'end-start'));
    // At the parent item's end edge (over the parent menu's padding, as native menus do).
    await expect(submenu.getBoundingClientRect().left).toBeGreaterThanOrEqual(
      share.getBoundingClientRect().right - 1,
    );
    // Diagonally toward the submenu, across "Delete": it stays open.
    const remove = item('Delete');
    const from = center(share);
    const on = remove.getBoundingClientRect();
    const target = { clientX: from.clientX + 40, clientY: on.top + 2 };
    await userEvent.pointer({ target: remove, coords: target });
    await expect(menus()).toHaveLength(2);
    await expect(share).toHaveAttribute('aria-expanded', 'true');
    // Into the submenu: its items take focus under the pointer.
    const mail = item('By email');
    await userEvent.pointer({ target: mail, coords: center(mail) });
    await expect(mail).toHaveFocus();
    // Back on the parent menu and away from the submenu: another item takes over.
    await userEvent.pointer({ target: share, coords: center(share) });
    await userEvent.pointer({
      target: item('Edit'),
      coords: { clientX: center(share).clientX - 60, clientY: center(item('Edit')).clientY },
    });
    await expect(item('Edit')).toHaveFocus();
    await waitFor(() => expect(menus()).toHaveLength(1));
    // A press opens a submenu at once.
    await userEvent.click(item('Share'));
    await waitFor(() => expect(menus()).toHaveLength(2));
    await userEvent.click(item('Copy link'));
    await expect(args.onAction).toHaveBeenLastCalledWith('link');
    await waitFor(() => expect(menus()).toHaveLength(0), exitWait);
    // Left open with a submenu, for the snapshot.
    canvas.getByRole('button', { name: 'Actions' }).focus();
    await userEvent.keyboard('{ArrowUp}{ArrowUp}{ArrowRight}');
    await expect(item('By email')).toHaveFocus();
  },
};

/**
 * Stress: right-to-left. The menu aligns to the button's right edge, submenus open to the
 * left, ArrowLeft opens them and ArrowRight closes them. Left open with a submenu.
 */
export const RightToLeft: Story = {
  render: (args) => (
    <RightToLeftBlock
      style={{ ...room, display: 'flex', justifyContent: 'center', alignItems: 'start' }}
    >
      <MenuTrigger>
        <Button variant="secondary">إجراءات</Button>
        <Menu
          {...args}
          items={[
            { value: 'edit', label: 'تحرير', icon: <PencilIcon />, shortcut: 'Ctrl+E' },
            { value: 'copy', label: 'نسخ', icon: <CopyIcon /> },
            {
              value: 'share',
              label: 'مشاركة',
              icon: <Share2Icon />,
              items: [
                { value: 'mail', label: 'بالبريد' },
                { value: 'link', label: 'نسخ الرابط' },
              ],
            },
          ]}
        />
      </MenuTrigger>
    </RightToLeftBlock>
  ),
  play: async ({ canvas }) => {
    const button = canvas.getByRole('button', { name: 'إجراءات' });
    await userEvent.click(button);
    const root = menus()[0]!;
    await waitFor(() => expect(root).toHaveAttribute('dir', 'rtl'));
    await expect(Math.round(root.getBoundingClientRect().right)).toBe(
      Math.round(button.getBoundingClientRect().right),
    );
    item('مشاركة').focus();
    await userEvent.keyboard('{ArrowRight}');
    await expect(menus()).toHaveLength(1);
    await userEvent.keyboard('{ArrowLeft}');
    await expect(item('بالبريد')).toHaveFocus();
    const sub = menus()[1]!;
    await waitFor(() => {
      expect(sub).toHaveAttribute('data-placement', 'end-start');
      expect(sub.getBoundingClientRect().right).toBeLessThanOrEqual(
        item('مشاركة').getBoundingClientRect().left + 1,
      );
    });
    await userEvent.keyboard('{ArrowRight}');
    await expect(item('مشاركة')).toHaveFocus();
    await expect(menus()).toHaveLength(1);
    await userEvent.keyboard('{ArrowLeft}');
    await expect(item('بالبريد')).toHaveFocus();
  },
};

/**
 * RightToLeft without CSS anchor positioning, as in the older browsers of the support policy
 * (`anchorPositioning`): the menu and its submenu placed by viewport pixels, on the same
 * checks and pictures.
 */
export const RightToLeftFallback: Story = {
  ...RightToLeft,
  beforeEach: withoutAnchorPositioning,
  play: async (context) => {
    await RightToLeft.play?.(context);
    await expect(menus()[1]!.style.left).toMatch(/^-?[\d.]+px$/);
  },
};

/** Stress: long labels and descriptions wrap inside the menu's maximum width. Open. */
export const LongLabels: Story = {
  args: {
    items: [
      { value: 'long', label: longLabel, shortcut: 'Ctrl+Shift+Alt+L' },
      {
        value: 'described',
        label: 'Export',
        description: 'And a description under it that is long enough to wrap as well',
      },
      ...editItems.slice(0, 2),
    ],
  },
  render: (args) => (
    <div style={room}>
      <MenuTrigger defaultOpen>
        <Button variant="secondary">Actions</Button>
        <Menu {...args} />
      </MenuTrigger>
    </div>
  ),
  play: async () => {
    await waitFor(() => expect(menus()).toHaveLength(1));
    const menu = menus()[0]!;
    await expect(menu.scrollWidth).toBeLessThanOrEqual(menu.clientWidth);
  },
};

/** A row that puts its button at the end of the line, at the top. */
const zoomRow = {
  display: 'flex',
  justifyContent: 'end',
  alignItems: 'start',
  minBlockSize: '12rem',
} as const;

/** The viewport holds the whole of `element`. */
const inViewport = (element: Element) => {
  const box = element.getBoundingClientRect();
  expect(box.left).toBeGreaterThanOrEqual(0);
  expect(box.top).toBeGreaterThanOrEqual(0);
  expect(box.right).toBeLessThanOrEqual(document.documentElement.clientWidth);
  expect(box.bottom).toBeLessThanOrEqual(window.innerHeight);
};

/**
 * Stress: 200% zoom (WCAG 1.4.4), its button at the end of the line. Opened by keyboard: the
 * menu opens under the zoomed button, moved back into view, and the submenu, with no room at
 * the end side, flips to the start side. The menus portal to `<body>`, outside the zoomed block, so
 * they are drawn at the page's zoom (as Popover's and Tooltip's Zoom200). Open.
 */
export const Zoom200: Story = {
  render: (args) => (
    <Zoom200Block style={zoomRow}>
      <Demo {...args} />
    </Zoom200Block>
  ),
  play: async ({ canvas }) => {
    const button = canvas.getByRole('button', { name: 'Actions' });
    await userEvent.tab();
    await expect(button).toHaveFocus();
    await userEvent.keyboard('{ArrowDown}');
    await expect(item('Edit')).toHaveFocus();
    await userEvent.keyboard('{End}{ArrowUp}{ArrowRight}');
    await expect(item('By email')).toHaveFocus();
    await expect(item('Share')).toHaveAttribute('aria-expanded', 'true');
    const [root, submenu] = menus();
    await waitFor(() => {
      expect(root).toHaveAttribute('data-placement', 'bottom-start');
      expect(submenu).toHaveAttribute('data-placement', 'start-start');
      expect(root!.getBoundingClientRect().top).toBeGreaterThanOrEqual(
        button.getBoundingClientRect().bottom,
      );
      inViewport(root!);
      inViewport(submenu!);
    });
  },
};

/**
 * Inside a Dialog: the menu lives in the dialog (not inert), above it; Escape closes the menu
 * alone and focus returns to its button; a second Escape closes the dialog.
 */
export const InDialog: Story = {
  render: (args) => (
    <DialogTrigger defaultOpen>
      <Button>Open project</Button>
      <Dialog title="Project">
        <div style={{ minBlockSize: '16rem' }}>
          <Demo {...args} />
        </div>
      </Dialog>
    </DialogTrigger>
  ),
  play: async () => {
    const dialog = body().getByRole('dialog', { name: 'Project' });
    const button = within(dialog).getByRole('button', { name: 'Actions' });
    await userEvent.click(button);
    await expect(dialog).toContainElement(menus()[0]!);
    const edit = item('Edit');
    const hit = document.elementFromPoint(center(edit).clientX, center(edit).clientY);
    await expect(edit.contains(hit)).toBe(true);
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(menus()).toHaveLength(0), exitWait);
    await expect(dialog).toBeVisible();
    await expect(button).toHaveFocus();
    await userEvent.click(button);
  },
};

/**
 * Issue #10's nested case: an action opens a Dialog. The menu closes, the Dialog opens with
 * focus inside, and when the Dialog closes focus returns to the menu's button (the item that
 * was chosen is gone).
 */
export const DialogFromMenu: Story = {
  render: function Render(args) {
    const [open, setOpen] = useState(false);
    return (
      <div style={room}>
        <Demo
          {...args}
          onAction={(value) => {
            args.onAction?.(value);
            if (value === 'delete') setOpen(true);
          }}
        />
        <Dialog
          title="Delete this file?"
          open={open}
          onOpenChange={setOpen}
          footer={<Button onClick={() => setOpen(false)}>Cancel</Button>}
        >
          It goes to the bin for 30 days.
        </Dialog>
      </div>
    );
  },
  play: async ({ canvas, args }) => {
    const button = canvas.getByRole('button', { name: 'Actions' });
    await userEvent.click(button);
    await userEvent.click(item('Delete'));
    await expect(args.onAction).toHaveBeenLastCalledWith('delete');
    const dialog = await body().findByRole('dialog', { name: 'Delete this file?' });
    await waitFor(() => expect(dialog.contains(document.activeElement)).toBe(true));
    await waitFor(() => expect(menus()).toHaveLength(0), exitWait);
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(body().queryByRole('dialog')).toBeNull(), exitWait);
    await expect(button).toHaveFocus();
    // By keyboard too.
    await userEvent.keyboard('{ArrowUp}{Enter}');
    await waitFor(() =>
      expect(body().getByRole('dialog', { name: 'Delete this file?' })).toBeVisible(),
    );
    await userEvent.click(body().getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(body().queryByRole('dialog')).toBeNull(), exitWait);
    await expect(button).toHaveFocus();
  },
};

/** No room below: the menu flips above its button. Open. */
export const Flipped: Story = {
  render: (args) => (
    <div style={{ minBlockSize: '100vh', display: 'flex', alignItems: 'end' }}>
      <MenuTrigger defaultOpen>
        <Button variant="secondary">Actions</Button>
        <Menu {...args} placement="bottom-start" />
      </MenuTrigger>
    </div>
  ),
  parameters: { layout: 'fullscreen' },
  play: async () => {
    await waitFor(() => expect(menus()[0]).toHaveAttribute('data-placement', 'top-start'));
  },
};

/** Controlled open state and checked values: the parent holds both and shows them. */
export const Controlled: Story = {
  render: function Render(args) {
    const [open, setOpen] = useState(false);
    const [value, setValue] = useState<string[]>(['list']);
    return (
      <div style={{ ...room, display: 'grid', gap: cssVar('space.2'), alignContent: 'start' }}>
        <output>{`${open ? 'Open' : 'Closed'}; checked: ${value.join(', ')}`}</output>
        <MenuTrigger open={open} onOpenChange={setOpen}>
          <Button variant="secondary">View</Button>
          <Menu
            {...args}
            items={viewItems}
            value={value}
            onValueChange={(next) => setValue(next.map(String))}
          />
        </MenuTrigger>
      </div>
    );
  },
  play: async ({ canvas }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'View' }));
    await expect(canvas.getByText(/^Open/)).toBeVisible();
    await userEvent.click(item('Completed tasks'));
    await expect(canvas.getByText('Open; checked: list, done')).toBeVisible();
    await userEvent.click(item('Grid'));
    await expect(canvas.getByText('Closed; checked: done, grid')).toBeVisible();
  },
};
