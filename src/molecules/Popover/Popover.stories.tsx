import type { Meta, StoryObj } from '@storybook/react-vite';
import { useRef, useState } from 'react';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { figmaDesign } from '../../../.storybook/design';
import {
  expectPlaced,
  inlineRadio,
  RightToLeftBlock,
  Zoom200Block,
} from '../../../.storybook/stories';
import { Button } from '../../atoms/Button';
import { Checkbox } from '../../atoms/Checkbox';
import { TextField } from '../../atoms/TextField';
import { cssVar } from '../../tokens';
import { Dialog, DialogTrigger } from '../Dialog';
import { Popover, popoverPlacements, type PopoverPlacement } from './Popover';
import { PopoverTrigger } from './PopoverTrigger';

const meta = {
  title: 'Molecules/Popover',
  component: Popover,
  args: { title: 'Filters', placement: 'bottom', arrow: false, onOpenChange: fn() },
  argTypes: {
    placement: inlineRadio([...popoverPlacements]),
    open: { control: false },
    initialFocus: { control: false },
    anchorRef: { control: false },
  },
  parameters: {
    design: figmaDesign('Popover'),
    docs: {
      description: {
        component: `A non-modal panel anchored to its trigger: filters, a short form, details on demand. The page stays usable; Escape, a press outside and Tab past its end close it.

**Use** a PopoverTrigger around the Button that opens it; give the popover a \`title\` (or \`aria-label\`). Keep it short: a few fields or a few lines.

**Don't** put a whole task in a popover (use a Dialog), use it for a list of actions (a Menu), or for a hint on hover (a Tooltip). Don't hide information the user needs to finish the page only in a popover.`,
      },
    },
  },
} satisfies Meta<typeof Popover>;

export default meta;
type Story = StoryObj<typeof meta>;

const row = {
  display: 'flex',
  flexWrap: 'wrap',
  gap: cssVar('space.3'),
  alignItems: 'center',
} as const;

/**
 * Closing waits for the exit animation (motion.duration.fast) before the popup unmounts. On a
 * loaded machine, with story files run side by side, frames come late: allow 3 s, not 1 s.
 */
const exitWait = { timeout: 3000 };

/** The popup of the story's (only) open popover, which is portalled out of the canvas. */
const popup = (name?: string) => within(document.body).getByRole('dialog', name ? { name } : {});

function FilterFields() {
  return (
    <div style={{ display: 'grid', gap: cssVar('space.3') }}>
      <TextField label="Owner" />
      <Checkbox label="Only open issues" defaultChecked />
      <Button size="sm">Apply</Button>
    </div>
  );
}

/**
 * Mouse: the trigger toggles it; focus moves to the first field and back to the trigger on
 * Escape. It opens in the top layer, below the trigger. Left open for the snapshot.
 */
export const Playground: Story = {
  render: (args) => (
    <div style={row}>
      <PopoverTrigger>
        <Button variant="secondary">Filters</Button>
        <Popover {...args}>
          <FilterFields />
        </Popover>
      </PopoverTrigger>
    </div>
  ),
  play: async ({ canvas, args }) => {
    const trigger = canvas.getByRole('button', { name: 'Filters' });
    await userEvent.click(trigger);
    const popover = popup('Filters');
    await expect(popover.matches(':popover-open')).toBe(true);
    await expect(within(popover).getByRole('textbox', { name: 'Owner' })).toHaveFocus();
    // Rendered with its preferred placement, positioned asynchronously: wait for the position.
    await waitFor(() => expectPlaced(popover, trigger, 'bottom'));
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(document.body.querySelector('.cal-popover')).toBeNull(), exitWait);
    await expect(trigger).toHaveFocus();
    await expect(args.onOpenChange).toHaveBeenLastCalledWith(false);
    await userEvent.click(trigger);
    await expect(popup('Filters')).toBeVisible();
  },
};

/** A press outside closes it and keeps the focus that press gave; a press inside does not. */
export const OutsideClick: Story = {
  render: (args) => (
    <div style={row}>
      <PopoverTrigger defaultOpen>
        <Button variant="secondary">Filters</Button>
        <Popover {...args}>
          <FilterFields />
        </Popover>
      </PopoverTrigger>
      <TextField label="Search" />
    </div>
  ),
  play: async ({ canvas }) => {
    await userEvent.click(within(popup('Filters')).getByRole('checkbox'));
    await expect(popup('Filters')).toBeVisible();
    const search = canvas.getByRole('textbox', { name: 'Search' });
    await userEvent.click(search);
    await waitFor(() => expect(document.body.querySelector('.cal-popover')).toBeNull(), exitWait);
    await expect(search).toHaveFocus();
    await userEvent.click(canvas.getByRole('button', { name: 'Filters' }));
    await expect(popup('Filters')).toBeVisible();
  },
};

/**
 * Keyboard: Enter opens it, Tab walks through it as if it followed the trigger, Tab past its
 * end closes it and moves on to the next control; Shift+Tab from its start returns to the
 * trigger.
 */
export const KeyboardFocus: Story = {
  render: (args) => (
    <div style={row}>
      <Button variant="tertiary">Before</Button>
      <PopoverTrigger>
        <Button variant="secondary">Filters</Button>
        <Popover {...args}>
          <FilterFields />
        </Popover>
      </PopoverTrigger>
      <Button variant="tertiary">After</Button>
    </div>
  ),
  play: async ({ canvas }) => {
    const trigger = canvas.getByRole('button', { name: 'Filters' });
    await userEvent.tab();
    await userEvent.tab();
    await expect(trigger).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    const popover = popup('Filters');
    await expect(within(popover).getByRole('textbox', { name: 'Owner' })).toHaveFocus();
    await userEvent.tab({ shift: true });
    await expect(trigger).toHaveFocus();
    await expect(popover).toBeVisible();
    await userEvent.tab();
    await expect(within(popover).getByRole('textbox', { name: 'Owner' })).toHaveFocus();
    await userEvent.tab();
    await userEvent.tab();
    await expect(within(popover).getByRole('button', { name: 'Apply' })).toHaveFocus();
    await userEvent.tab();
    await waitFor(() => expect(document.body.querySelector('.cal-popover')).toBeNull(), exitWait);
    await expect(canvas.getByRole('button', { name: 'After' })).toHaveFocus();
    await userEvent.tab({ shift: true });
    await userEvent.keyboard(' ');
    await expect(popup('Filters')).toBeVisible();
  },
};

/** With an arrow pointing at the trigger. */
export const WithArrow: Story = {
  args: { arrow: true, title: 'Due date' },
  render: (args) => (
    <PopoverTrigger defaultOpen>
      <Button variant="secondary">Due date</Button>
      <Popover {...args}>Set in the project settings.</Popover>
    </PopoverTrigger>
  ),
  play: async ({ canvas }) => {
    const popover = popup('Due date');
    const arrow = popover.querySelector('[data-part="arrow"]')!;
    await waitFor(() => expect(arrow).toHaveAttribute('data-placement', 'bottom'));
    const trigger = canvas.getByRole('button', { name: 'Due date' }).getBoundingClientRect();
    const tip = arrow.getBoundingClientRect();
    await expect(
      Math.abs(tip.left + tip.width / 2 - (trigger.left + trigger.width / 2)),
    ).toBeLessThan(1);
    await expect(tip.top).toBeLessThan(popover.getBoundingClientRect().top);
  },
};

function PlacementCell({ placement }: { placement: PopoverPlacement }) {
  return (
    <PopoverTrigger defaultOpen>
      <Button variant="secondary" size="sm">
        {placement}
      </Button>
      <Popover aria-label={placement} placement={placement} arrow>
        {placement}
      </Popover>
    </PopoverTrigger>
  );
}

/** Every placement at once, each with its arrow; none has to flip. */
export const Placements: Story = {
  render: () => (
    <div
      style={{
        display: 'grid',
        gridTemplateColumns: 'repeat(4, max-content)',
        columnGap: `calc(2 * ${cssVar('size.24')})`,
        rowGap: cssVar('size.24'),
        justifyContent: 'center',
        paddingBlock: cssVar('size.24'),
      }}
    >
      {popoverPlacements.map((placement) => (
        <PlacementCell key={placement} placement={placement} />
      ))}
    </div>
  ),
  play: async ({ canvas }) => {
    for (const placement of popoverPlacements) {
      const popover = popup(placement);
      const trigger = canvas.getByRole('button', { name: placement });
      await waitFor(() => expectPlaced(popover, trigger, placement));
    }
  },
};

/** No room below the trigger at the bottom of the viewport: `bottom` flips to `top`, and says so. */
export const Flipped: Story = {
  args: { title: 'Flipped' },
  render: (args) => (
    // As tall as the frame inside the canvas padding, no taller: a story taller than the frame
    // has the frame grown to it before its pictures (vitest.setup.ts), and one sized by the
    // frame grows with it, its trigger and popover moved while they are photographed.
    <div
      style={{
        display: 'flex',
        alignItems: 'flex-end',
        minBlockSize: `calc(100vh - 2 * ${cssVar('space.4')})`,
      }}
    >
      <PopoverTrigger defaultOpen>
        <Button variant="secondary">Near the bottom</Button>
        <Popover {...args} placement="bottom" arrow>
          Opens above when there is no room below.
        </Popover>
      </PopoverTrigger>
    </div>
  ),
  play: async ({ canvas }) => {
    const popover = popup('Flipped');
    const trigger = canvas.getByRole('button', { name: 'Near the bottom' });
    await waitFor(() => expectPlaced(popover, trigger, 'top'));
  },
  parameters: {
    visual: {
      disable: true,
      reason:
        'Wobbles, cause not fixed: its shadow rasterises 1 colour unit off at 4 to 853 pixels depending on what the GPU rasteriser drew before (CONTRIBUTING.md, "A story that wobbles"). The play function checks the flip; Playground shows the popover drawn.',
    },
  },
};

/**
 * Controlled: the caller owns `open` and anchors the popover with `anchorRef` (here a
 * Button that shows it, and a checkbox outside that mirrors the state).
 */
export const Controlled: Story = {
  args: { title: 'Controlled' },
  render: function Render(args) {
    const [open, setOpen] = useState(true);
    const anchor = useRef<HTMLButtonElement>(null);
    return (
      <div style={row}>
        <Button ref={anchor} variant="secondary" onClick={() => setOpen(!open)}>
          Details
        </Button>
        <Checkbox
          label="Show details"
          checked={open}
          onChange={(event) => setOpen(event.target.checked)}
        />
        <Popover
          {...args}
          open={open}
          onOpenChange={(next) => {
            args.onOpenChange?.(next);
            setOpen(next);
          }}
          anchorRef={anchor}
        >
          Shipped on 3 March from the Athens warehouse.
        </Popover>
      </div>
    );
  },
  play: async ({ canvas, args }) => {
    await expect(popup('Controlled')).toBeVisible();
    await userEvent.keyboard('{Escape}');
    await expect(args.onOpenChange).toHaveBeenLastCalledWith(false);
    await waitFor(() => expect(document.body.querySelector('.cal-popover')).toBeNull(), exitWait);
    await userEvent.click(canvas.getByRole('checkbox', { name: 'Show details' }));
    await expect(popup('Controlled')).toBeVisible();
  },
};

/** The trigger's width as a CSS variable: here the popover is made as wide as its trigger. */
export const TriggerWidth: Story = {
  args: { title: 'Sort by', style: { inlineSize: 'var(--trigger-width)' } },
  render: (args) => (
    <PopoverTrigger defaultOpen>
      <Button variant="secondary" style={{ inlineSize: cssVar('size.24'), minInlineSize: '40%' }}>
        Sort by
      </Button>
      <Popover {...args}>Newest first, then by title.</Popover>
    </PopoverTrigger>
  ),
  play: async ({ canvas }) => {
    const trigger = canvas.getByRole('button', { name: 'Sort by' }).getBoundingClientRect();
    await waitFor(() =>
      expect(Math.round(popup('Sort by').getBoundingClientRect().width)).toBe(
        Math.round(trigger.width),
      ),
    );
  },
};

/** Long content scrolls inside the popover, within the room left in the viewport. */
export const LongContent: Story = {
  args: { title: 'Release notes' },
  render: (args) => (
    <PopoverTrigger defaultOpen>
      <Button variant="secondary">Release notes</Button>
      <Popover {...args} style={{ maxInlineSize: cssVar('size.dialog.sm') }}>
        {Array.from({ length: 30 }, (_, index) => (
          <p key={index}>
            {`Change ${index + 1}: a fix that keeps focus where the user left it after closing.`}
          </p>
        ))}
      </Popover>
    </PopoverTrigger>
  ),
  play: async () => {
    const content = popup('Release notes').querySelector<HTMLElement>('[data-part="content"]')!;
    await waitFor(() => expect(content.scrollHeight).toBeGreaterThan(content.clientHeight));
    await waitFor(() => expect(content).toHaveAttribute('tabindex', '0'));
    await expect(popup('Release notes').getBoundingClientRect().bottom).toBeLessThanOrEqual(
      window.innerHeight,
    );
  },
};

/**
 * Nested: a Popover opened inside a Dialog stays above it (the top layer, in opening order)
 * and Escape closes the popover alone, then the dialog.
 */
export const InDialog: Story = {
  render: () => (
    <DialogTrigger defaultOpen>
      <Button>Edit project</Button>
      <Dialog title="Edit project">
        <div style={row}>
          <TextField label="Name" defaultValue="Callicrates" />
          <PopoverTrigger>
            <Button variant="secondary">Naming rules</Button>
            <Popover title="Naming rules" placement="bottom-start">
              <p>Up to 40 letters, digits and dashes.</p>
              <Button size="sm">Got it</Button>
            </Popover>
          </PopoverTrigger>
        </div>
      </Dialog>
    </DialogTrigger>
  ),
  play: async () => {
    const body = within(document.body);
    const dialog = body.getByRole('dialog', { name: 'Edit project' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Naming rules' }));
    const popover = popup('Naming rules');
    await expect(within(popover).getByRole('button', { name: 'Got it' })).toHaveFocus();
    const box = popover.getBoundingClientRect();
    const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    await expect(popover.contains(hit)).toBe(true);
    await userEvent.keyboard('{Escape}');
    await waitFor(
      () => expect(body.queryByRole('dialog', { name: 'Naming rules' })).toBeNull(),
      exitWait,
    );
    await expect(dialog).toBeVisible();
    await expect(within(dialog).getByRole('button', { name: 'Naming rules' })).toHaveFocus();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Naming rules' }));
    await userEvent.click(within(dialog).getByRole('textbox', { name: 'Name' }));
    await waitFor(
      () => expect(body.queryByRole('dialog', { name: 'Naming rules' })).toBeNull(),
      exitWait,
    );
    await expect(dialog).toBeVisible();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Naming rules' }));
    await expect(popup('Naming rules')).toBeVisible();
  },
};

/** Nested: a Dialog opened from a Popover; Escape closes the dialog and leaves the popover. */
export const DialogFromPopover: Story = {
  render: () => (
    <PopoverTrigger defaultOpen>
      <Button variant="secondary">Share</Button>
      <Popover title="Share">
        <div style={row}>
          <span>Only you can see this project.</span>
          <DialogTrigger>
            <Button size="sm">Invite people</Button>
            <Dialog title="Invite people">
              <TextField label="Email" />
            </Dialog>
          </DialogTrigger>
        </div>
      </Popover>
    </PopoverTrigger>
  ),
  play: async () => {
    const body = within(document.body);
    await userEvent.click(within(popup('Share')).getByRole('button', { name: 'Invite people' }));
    const dialog = body.getByRole('dialog', { name: 'Invite people' });
    const email = within(dialog).getByRole('textbox', { name: 'Email' });
    await expect(email).toHaveFocus();
    await userEvent.type(email, 'ada@example.com');
    await expect(popup('Share')).toBeVisible();
    await userEvent.keyboard('{Escape}');
    await waitFor(
      () => expect(body.queryByRole('dialog', { name: 'Invite people' })).toBeNull(),
      exitWait,
    );
    await expect(popup('Share')).toBeVisible();
    await expect(
      within(popup('Share')).getByRole('button', { name: 'Invite people' }),
    ).toHaveFocus();
    await userEvent.click(within(popup('Share')).getByRole('button', { name: 'Invite people' }));
    await expect(body.getByRole('dialog', { name: 'Invite people' })).toBeVisible();
  },
};

/** Stress: right-to-left. `end` opens on the trigger's left, and the popover is `dir="rtl"`. */
export const RightToLeft: Story = {
  args: { title: 'عوامل التصفية', placement: 'end', arrow: true },
  render: (args) => (
    <RightToLeftBlock style={{ ...row, justifyContent: 'center' }}>
      <PopoverTrigger defaultOpen>
        <Button variant="secondary">تصفية</Button>
        <Popover {...args}>اعرض المشكلات المفتوحة فقط.</Popover>
      </PopoverTrigger>
    </RightToLeftBlock>
  ),
  play: async ({ canvas }) => {
    const popover = popup('عوامل التصفية');
    await expect(getComputedStyle(popover).direction).toBe('rtl');
    // The end side is the left one in RTL.
    const trigger = canvas.getByRole('button', { name: 'تصفية' });
    await waitFor(() => expectPlaced(popover, trigger, 'end'));
  },
};

/** Stress: 200% zoom (WCAG 1.4.4): it stays anchored and inside the viewport. */
export const Zoom200: Story = {
  args: { title: 'Filters' },
  render: (args) => (
    <Zoom200Block>
      <PopoverTrigger defaultOpen>
        <Button variant="secondary">Filters</Button>
        <Popover {...args}>Only open issues.</Popover>
      </PopoverTrigger>
    </Zoom200Block>
  ),
};
