import type { Meta, StoryObj } from '@storybook/react-vite';
import type { ReactNode } from 'react';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { figmaDesign } from '../../../.storybook/design';
import {
  inlineRadio,
  RightToLeftBlock,
  withMotion,
  Zoom200Block,
} from '../../../.storybook/stories';
import { Button } from '../../atoms/Button';
import { cssVar } from '../../tokens';
import { Dialog, DialogTrigger } from '../Dialog';
import { Popover, PopoverTrigger } from '../Popover';
import { feedbackStatuses } from '../StatusMessage';
import { Toaster, toastPlacements, type ToastPlacement } from './Toaster';
import { toast } from './toastStore';

/*
 * The toasts are fixed to the viewport, so each story's canvas fills the viewport: its
 * screenshot then holds the toasts wherever they are placed. The play functions make the
 * toasts (with no timeout where the picture needs them), and every story starts and ends
 * with an empty store: the store is one per page.
 */
const fullHeight = {
  boxSizing: 'border-box',
  blockSize: `calc(100vh - 2 * ${cssVar('space.4')})`,
  display: 'flex',
  flexDirection: 'column',
  alignItems: 'flex-start',
  gap: cssVar('space.3'),
} as const;

function Page({ children }: { children?: ReactNode }) {
  return <div style={fullHeight}>{children}</div>;
}

const region = () =>
  within(document.body).getByRole('region', { name: /^Notifications/ }) as HTMLElement;
const toasts = () => within(region()).queryAllByRole('listitem');
const titles = () =>
  toasts().map((item) => item.querySelector('[data-part="title"]')?.textContent ?? '');

const meta = {
  title: 'Molecules/Toast',
  component: Toaster,
  args: { placement: 'bottom-end', max: 3, timeout: 5000 },
  argTypes: { placement: inlineRadio(toastPlacements) },
  beforeEach: () => {
    toast.dismiss();
    return () => toast.dismiss();
  },
  render: (args) => (
    <Page>
      <Button onClick={() => toast({ title: 'Message sent', status: 'success' })}>
        Show a toast
      </Button>
      <Toaster {...args} />
    </Page>
  ),
  parameters: {
    design: figmaDesign('Toast'),
    docs: {
      // One iframe per story on the docs page: the toast store and the Toaster are one per
      // page, so inline stories would share them (and every toast would show in each).
      story: { inline: false, iframeHeight: 480 },
      description: {
        component: `Brief messages about the result of an action: "Message sent", "Conversation archived — Undo". Mount one \`<Toaster />\` near the root of the app, inside its \`ThemeProvider\`, and call \`toast()\` from anywhere:

\`\`\`tsx
toast({ title: 'Message sent', status: 'success' });
toast({ title: 'Conversation archived', action: { label: 'Undo', onClick: unarchive } });
toast({ title: 'Could not save', description: 'Check your connection.', status: 'error' });
toast.dismiss(id); // or toast.dismiss() for all
\`\`\`

A toast leaves after \`timeout\` (5 s by default); the time stops while the pointer is over the toasts, while focus is in them and while the page is hidden. A toast with an action never times out. At most \`max\` (3) show; the others wait and show as earlier ones leave. \`placement\` puts them in a corner or the middle of an edge, mirrored in right-to-left.

The Toaster's landmark and its polite live region are in the page before the first toast, so every toast is announced. F6 moves focus to the toasts and back; Escape dismisses the toast holding focus; focus never falls to \`<body>\` when a toast leaves.

While a modal Dialog, AlertDialog or Drawer is open, the toasts show, are announced and can be pressed above it: the landmark renders inside the topmost modal, and goes back when it closes.

**Use** toasts to confirm an action or report its failure when the user can carry on.

**Don't** put anything a user must read or act on only in a toast: it may leave before they reach it. Use InlineAlert or a Dialog for that.`,
      },
    },
  },
} satisfies Meta<typeof Toaster>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Press the button: a toast arrives in the live region that was there before it. */
export const Playground: Story = {
  play: async ({ canvas }) => {
    const list = region().querySelector('ol');
    await expect(list).toBeEmptyDOMElement();
    await userEvent.click(canvas.getByRole('button', { name: 'Show a toast' }));
    await waitFor(() => expect(titles()).toEqual(['Message sent']));
    await expect(region().querySelector('ol')).toBe(list);
  },
};

/** Every status, each with its icon and its status word for screen readers. */
export const Statuses: Story = {
  parameters: { visual: { forcedColors: true } },
  args: { max: 4 },
  play: async () => {
    const copy = {
      info: 'A new version is available',
      success: 'Message sent',
      warning: 'Storage almost full',
      error: 'Could not save your changes',
    } as const;
    for (const status of feedbackStatuses) {
      toast({ title: copy[status], description: 'One line of detail.', status, timeout: null });
    }
    await waitFor(() => expect(toasts()).toHaveLength(4));
    await expect(
      toasts().map((item) => item.querySelector('[data-part="status-label"]')?.textContent),
    ).toEqual(['Information', 'Success', 'Warning', 'Error']);
  },
};

/** An action: the toast never times out, and the action dismisses it. */
export const WithAction: Story = {
  args: { timeout: 300 },
  play: async () => {
    const undo = fn();
    toast({ title: 'Conversation archived', action: { label: 'Undo', onClick: undo } });
    toast({ title: 'Draft deleted', action: { label: 'Restore', onClick: fn() } });
    await waitFor(() => expect(toasts()).toHaveLength(2));
    // Well past the Toaster's 300 ms timeout: toasts with an action are still there.
    await new Promise((resolve) => setTimeout(resolve, 700));
    await expect(toasts()).toHaveLength(2);
    await userEvent.click(within(region()).getByRole('button', { name: 'Undo' }));
    await expect(undo).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(titles()).toEqual(['Draft deleted']));
  },
};

/** A queue of 5 with a maximum of 3: three show, the others as earlier ones leave. */
export const Queue: Story = {
  play: async () => {
    for (let i = 1; i <= 5; i += 1) toast({ title: `Upload ${i} of 5 finished`, timeout: null });
    await waitFor(() => expect(toasts()).toHaveLength(3));
    await expect(titles()).toEqual([
      'Upload 1 of 5 finished',
      'Upload 2 of 5 finished',
      'Upload 3 of 5 finished',
    ]);
    const [firstDismiss] = within(region()).getAllByRole('button', { name: 'Dismiss' });
    await userEvent.click(firstDismiss as HTMLElement);
    await waitFor(() =>
      expect(titles()).toEqual([
        'Upload 2 of 5 finished',
        'Upload 3 of 5 finished',
        'Upload 4 of 5 finished',
      ]),
    );
  },
};

/** The timeout stops while the pointer is over the toasts, and runs on when it leaves. */
export const PauseOnHover: Story = {
  args: { timeout: 400 },
  play: async ({ canvas }) => {
    toast({ title: 'Hover to keep me' });
    await waitFor(() => expect(toasts()).toHaveLength(1));
    await userEvent.hover(toasts()[0] as HTMLElement);
    await new Promise((resolve) => setTimeout(resolve, 900));
    await expect(toasts()).toHaveLength(1);
    await userEvent.unhover(toasts()[0] as HTMLElement);
    await userEvent.hover(canvas.getByRole('button', { name: 'Show a toast' }));
    await waitFor(() => expect(toasts()).toHaveLength(0), { timeout: 2000 });
  },
  parameters: {
    visual: { disable: true, reason: 'The toast has timed out by the end: nothing to see.' },
  },
};

/**
 * Keyboard: F6 moves focus to the toasts; Tab reaches each toast's buttons; Escape dismisses
 * the toast holding focus and focus moves to the next one, then back to where it was.
 */
export const KeyboardFocus: Story = {
  args: { timeout: 300 },
  play: async ({ canvas }) => {
    const trigger = canvas.getByRole('button', { name: 'Show a toast' });
    trigger.focus();
    toast({ title: 'First' });
    toast({ title: 'Second' });
    await waitFor(() => expect(toasts()).toHaveLength(2));
    await userEvent.keyboard('{F6}');
    await expect(region()).toHaveFocus();
    await userEvent.tab();
    const [firstDismiss, secondDismiss] = within(region()).getAllByRole('button', {
      name: 'Dismiss',
    });
    await expect(firstDismiss).toHaveFocus();
    // Focus inside pauses the 300 ms timeout.
    await new Promise((resolve) => setTimeout(resolve, 700));
    await expect(toasts()).toHaveLength(2);
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(titles()).toEqual(['Second']));
    await expect(secondDismiss).toHaveFocus();
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(toasts()).toHaveLength(0));
    await expect(trigger).toHaveFocus();

    // One toast left, its action reached from the keyboard: the picture shows its focus ring.
    toast({
      title: 'Conversation archived',
      action: { label: 'Undo', onClick: () => {} },
      timeout: null,
    });
    await waitFor(() => expect(toasts()).toHaveLength(1));
    await userEvent.keyboard('{F6}');
    await expect(region()).toHaveFocus();
    await userEvent.tab();
    await expect(within(region()).getByRole('button', { name: 'Undo' })).toHaveFocus();
  },
};

function placementStory(placement: ToastPlacement): Story {
  return {
    args: { placement },
    play: async () => {
      toast({ title: 'Message sent', status: 'success', timeout: null });
      toast({ title: 'Could not save', description: 'Try again.', status: 'error', timeout: null });
      await waitFor(() => expect(toasts()).toHaveLength(2));
      const box = region().getBoundingClientRect();
      const middle = window.innerWidth / 2;
      if (placement.endsWith('start')) await expect(box.right).toBeLessThan(middle);
      else if (placement.endsWith('end')) await expect(box.left).toBeGreaterThan(middle);
      else await expect(Math.abs(box.left + box.width / 2 - middle)).toBeLessThan(2);
      if (placement.startsWith('top')) await expect(box.top).toBeLessThan(window.innerHeight / 2);
      else await expect(box.bottom).toBeGreaterThan(window.innerHeight / 2);
    },
  };
}

export const PlacementTopStart = placementStory('top-start');
export const PlacementTop = placementStory('top');
export const PlacementTopEnd = placementStory('top-end');
export const PlacementBottomStart = placementStory('bottom-start');
export const PlacementBottom = placementStory('bottom');
export const PlacementBottomEnd = placementStory('bottom-end');

/** Stress: right-to-left. `bottom-end` is the bottom left; icons and buttons mirror. */
export const RightToLeft: Story = {
  render: (args) => (
    <RightToLeftBlock>
      <Page>
        <Toaster {...args} label="الإشعارات" dismissLabel="إغلاق" />
      </Page>
    </RightToLeftBlock>
  ),
  play: async () => {
    toast({
      title: 'تم إرسال الرسالة',
      status: 'success',
      statusLabel: 'نجاح',
      timeout: null,
      action: { label: 'تراجع', onClick: () => {} },
    });
    const landmark = within(document.body).getByRole('region', { name: 'الإشعارات (F6)' });
    await waitFor(() => expect(within(landmark).getAllByRole('listitem')).toHaveLength(1));
    await expect(landmark.getBoundingClientRect().right).toBeLessThan(window.innerWidth / 2);
  },
};

/** Stress: a long title and description wrap; an unbroken word wraps inside itself. */
export const LongText: Story = {
  play: async () => {
    toast({
      title: 'A title far longer than any toast title should be, which wraps onto a few lines',
      description:
        'Averyveryveryveryveryveryveryveryveryverylongwordwithoutanyspace, then ordinary words.',
      status: 'warning',
      timeout: null,
      action: { label: 'Review the details', onClick: () => {} },
    });
    await waitFor(() => expect(toasts()).toHaveLength(1));
  },
};

export const Zoom200: Story = {
  render: (args) => (
    <Zoom200Block>
      <Page>
        <Toaster {...args} />
      </Page>
    </Zoom200Block>
  ),
  play: async () => {
    toast({ title: 'Zoomed', description: 'Still readable.', timeout: null });
    await waitFor(() => expect(toasts()).toHaveLength(1));
  },
};

const undo = fn();

/**
 * While a modal Dialog is open, everything outside it is inert, so the Toaster renders its
 * landmark inside the dialog (checked here in Chromium): a toast made during the dialog is
 * drawn above it, reached by Tab after the dialog's own controls, and pressed without closing
 * the dialog. When the dialog closes, the toasts go back with the landmark and stay.
 */
export const DuringModalDialog: Story = {
  render: (args) => (
    <Page>
      <DialogTrigger>
        <Button>Edit settings</Button>
        <Dialog
          title="Settings"
          footer={
            <Button
              onClick={() =>
                toast({ title: 'Settings saved', action: { label: 'Undo', onClick: undo } })
              }
            >
              Save
            </Button>
          }
        >
          Changes apply to every project.
        </Dialog>
      </DialogTrigger>
      <Toaster {...args} />
    </Page>
  ),
  play: async ({ canvas }) => {
    const page = within(document.body);
    undo.mockClear();
    await userEvent.click(canvas.getByRole('button', { name: 'Edit settings' }));
    const dialog = page.getByRole('dialog', { name: 'Settings' });
    await expect(dialog.matches(':modal')).toBe(true);
    const save = within(dialog).getByRole('button', { name: 'Save' });
    await userEvent.click(save);
    await waitFor(() => expect(titles()).toEqual(['Settings saved']));
    await expect(dialog).toContainElement(region());
    await expect(region().matches(':popover-open')).toBe(true);

    // Keyboard: Tab from the dialog's last control reaches the toast's action, and back.
    await expect(save).toHaveFocus();
    await userEvent.tab();
    const action = within(region()).getByRole('button', { name: 'Undo' });
    await expect(action).toHaveFocus();
    await userEvent.tab({ shift: true });
    await expect(save).toHaveFocus();

    // Pointer: the action is what the pointer hits, and pressing it keeps the dialog open.
    const box = action.getBoundingClientRect();
    const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    await expect(action.contains(hit)).toBe(true);
    await userEvent.click(action);
    await expect(undo).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(toasts()).toHaveLength(0));
    await expect(dialog.matches(':modal')).toBe(true);

    // Closing the dialog keeps a toast shown during it, back in place and still usable.
    await userEvent.click(save);
    await waitFor(() => expect(titles()).toEqual(['Settings saved']));
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(page.queryByRole('dialog')).toBeNull(), { timeout: 3000 });
    await expect(titles()).toEqual(['Settings saved']);
    await expect(region().closest('dialog')).toBeNull();
    await expect(region().matches(':popover-open')).toBe(true);
    const kept = within(region()).getByRole('button', { name: 'Undo' });
    kept.focus();
    await expect(kept).toHaveFocus();
  },
};

/**
 * A toast that arrives while a Popover (or a menu, a tooltip) shown after the Toaster is open
 * draws above it: the region enters the top layer again, so the toast is what the pointer
 * hits. The popover keeps focus and stays open; the toast joins the live region that was there.
 */
export const AboveAPopover: Story = {
  render: (args) => (
    <Page>
      <PopoverTrigger>
        <Button>Filters</Button>
        <Popover title="Filters" placement="bottom-start">
          {/* As large as the viewport lets it be, so it lies where the toast shows. */}
          <div style={{ inlineSize: '100vw', blockSize: '100vh' }}>Filter the projects.</div>
        </Popover>
      </PopoverTrigger>
      <Toaster {...args} />
    </Page>
  ),
  play: async ({ canvas }) => {
    const page = within(document.body);
    const live = region().querySelector('ol');
    await userEvent.click(canvas.getByRole('button', { name: 'Filters' }));
    const popover = page.getByRole('dialog', { name: 'Filters' });
    await waitFor(() => expect(popover.matches(':popover-open')).toBe(true));
    const focused = document.activeElement;
    await expect(popover.contains(focused)).toBe(true);

    toast({ title: 'Filters saved', status: 'success', timeout: null });
    await waitFor(() => expect(titles()).toEqual(['Filters saved']));
    const item = toasts()[0] as HTMLElement;
    const box = item.getBoundingClientRect();
    // The popover lies under the toast's centre: the toast is on top of it.
    await expect(popover.getBoundingClientRect().bottom).toBeGreaterThan(box.bottom);
    const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    await expect(item.contains(hit)).toBe(true);
    await expect(region().querySelector('ol')).toBe(live);
    await expect(popover.matches(':popover-open')).toBe(true);
    await expect(document.activeElement).toBe(focused);
  },
};

/**
 * A toast that leaves closes its space smoothly: after its fade, its height and its share of
 * the gap shrink to nothing (where `interpolate-size` is supported), so the others slide
 * toward the anchored edge instead of jumping when it is removed. At the bottom the toasts
 * before it move down; at the top the ones after it move up. The play function lets the
 * motion run (the test runner stills it for pictures) and samples the toast that moves.
 * Last in the file: after real motion in the page, a later story's Arabic text (Right To
 * Left) rasterised a few pixels differently in its pictures.
 */
function closingStory(placement: ToastPlacement): Story {
  return {
    args: { placement },
    play: async () => {
      for (const title of ['First', 'Second', 'Third']) toast({ title, timeout: null });
      await waitFor(() => expect(toasts()).toHaveLength(3));
      const [first, middle, last] = toasts() as [HTMLElement, HTMLElement, HTMLElement];
      const moving = placement.startsWith('top') ? last : first;
      const gap = parseFloat(getComputedStyle(middle.parentElement as HTMLElement).rowGap);
      const distance = middle.getBoundingClientRect().height + gap;
      const restore = withMotion();
      try {
        const start = moving.getBoundingClientRect().top;
        const end = placement.startsWith('top') ? start - distance : start + distance;
        await userEvent.click(within(middle).getByRole('button', { name: 'Dismiss' }));
        const samples: number[] = [];
        const deadline = performance.now() + 3000;
        while (middle.isConnected && performance.now() < deadline) {
          samples.push(moving.getBoundingClientRect().top);
          await new Promise((resolve) => requestAnimationFrame(resolve));
        }
        await expect(titles()).toEqual(['First', 'Third']);
        const [low, high] = [Math.min(start, end), Math.max(start, end)];
        // Part of the way while the leaving toast is still there: it slid, not jumped.
        await expect(samples.filter((top) => top > low + 1 && top < high - 1)).not.toEqual([]);
        // Already in its place before the leaving toast was removed: no jump at the end.
        await expect(samples.at(-1)).toBeCloseTo(end, 0);
        await expect(moving.getBoundingClientRect().top).toBeCloseTo(end, 0);
      } finally {
        restore();
      }
    },
  };
}

export const ClosingTheGapBottom = closingStory('bottom-end');
export const ClosingTheGapTop = closingStory('top-end');
