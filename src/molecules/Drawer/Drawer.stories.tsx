import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { figmaDesign } from '../../../.storybook/design';
import { inlineRadio, RightToLeftBlock } from '../../../.storybook/stories';
import { Button } from '../../atoms/Button';
import { Checkbox } from '../../atoms/Checkbox';
import { Text } from '../../atoms/Text';
import { TextField } from '../../atoms/TextField';
import { cssVar } from '../../tokens';
import { DialogTrigger } from '../Dialog';
import { Drawer, drawerSides, drawerSizes, type DrawerProps } from './Drawer';

/* The drawer portals into <body> (the top layer when modal): play functions query the page. */
const page = () => within(document.body);
const openDrawer = () => page().findByRole('dialog');

const meta = {
  title: 'Molecules/Drawer',
  component: Drawer,
  args: {
    title: 'Filters',
    description: 'Narrow the list of orders.',
    onOpenChange: fn(),
  },
  argTypes: {
    side: inlineRadio([...drawerSides]),
    size: inlineRadio([...drawerSizes]),
    children: { control: false },
    footer: { control: false },
    initialFocus: { control: false },
  },
  parameters: {
    design: figmaDesign('Drawer'),
    docs: {
      story: { inline: false, height: '480px' },
      description: {
        component: `A panel that slides in from an edge: filters, navigation, the details of a record. Modal by default (the page is inert, scroll locked, a click outside closes it); \`modal={false}\` keeps the page usable beside it.

**Use** \`end\` (the default) for details and filters, \`start\` for navigation, \`bottom\` for short sheets on small screens. \`start\` and \`end\` swap sides in right-to-left pages.

**Don't** put a whole workflow in a drawer (use a page), or open one drawer from another.`,
      },
    },
  },
} satisfies Meta<typeof Drawer>;

export default meta;
type Story = StoryObj<typeof meta>;

function FilterFields() {
  return (
    <div style={{ display: 'grid', gap: cssVar('space.4') }}>
      <TextField label="Customer" name="customer" />
      <Checkbox label="Paid" name="paid" defaultChecked />
      <Checkbox label="Shipped" name="shipped" />
    </div>
  );
}

const footer = <Button>Apply filters</Button>;

/** Opened by a DialogTrigger; slides in from the end. */
export const Playground: Story = {
  render: (args) => (
    <DialogTrigger>
      <Button>Filters</Button>
      <Drawer {...args} footer={footer}>
        <FilterFields />
      </Drawer>
    </DialogTrigger>
  ),
  play: async ({ canvas }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Filters' }));
    const drawer = await openDrawer();
    await expect(drawer).toHaveAccessibleName('Filters');
    await expect(drawer.matches(':modal')).toBe(true);
    await expect(within(drawer).getByRole('textbox', { name: 'Customer' })).toHaveFocus();
    // Flush with the end (right) edge of the viewport.
    await waitFor(() =>
      expect(Math.round(drawer.getBoundingClientRect().right)).toBe(window.innerWidth),
    );
  },
};

function sideStory(side: DrawerProps['side'], size?: DrawerProps['size']): Story {
  return {
    args: { side, size, defaultOpen: true },
    render: (args) => (
      <Drawer {...args} footer={footer}>
        <FilterFields />
      </Drawer>
    ),
    play: async () => {
      const drawer = await openDrawer();
      const rect = drawer.getBoundingClientRect();
      await waitFor(() => {
        const edge = {
          end: Math.round(drawer.getBoundingClientRect().right) === window.innerWidth,
          start: Math.round(drawer.getBoundingClientRect().left) === 0,
          top: Math.round(drawer.getBoundingClientRect().top) === 0,
          bottom: Math.round(drawer.getBoundingClientRect().bottom) === window.innerHeight,
        }[side ?? 'end'];
        expect(edge).toBe(true);
      });
      await expect(rect.width).toBeGreaterThan(0);
    },
  };
}

/** `end` (default): the right edge in LTR. */
export const End = sideStory('end');
/** `start`: the left edge in LTR; for navigation. */
export const Start = sideStory('start');
/** `top`. */
export const Top = sideStory('top', 'sm');
/** `bottom`: a sheet, for small screens. */
export const Bottom = sideStory('bottom', 'sm');
/** `sm`: 320px. */
export const Small = sideStory('end', 'sm');
/** `lg`: 560px. */
export const Large = sideStory('end', 'lg');

function NonModalDemo(args: DrawerProps) {
  const [count, setCount] = useState(0);
  return (
    <div style={{ display: 'grid', gap: cssVar('space.3'), justifyItems: 'start' }}>
      <DialogTrigger>
        <Button>Details</Button>
        <Drawer {...args} modal={false} title="Order 1042" description={undefined}>
          <Text as="p">Paid on 3 March, shipped on 5 March.</Text>
        </Drawer>
      </DialogTrigger>
      <Button variant="secondary" onClick={() => setCount(count + 1)}>
        {`Clicked ${count} times`}
      </Button>
    </div>
  );
}

/** `modal={false}`: no backdrop, the page stays usable and scrolls; Escape works from inside. */
export const NonModal: Story = {
  render: (args) => <NonModalDemo {...args} />,
  play: async ({ canvas }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Details' }));
    const drawer = await openDrawer();
    await expect(drawer.matches(':modal')).toBe(false);
    await expect(document.documentElement.style.overflow).toBe('');
    await userEvent.click(canvas.getByRole('button', { name: 'Clicked 0 times' }));
    await expect(canvas.getByRole('button', { name: 'Clicked 1 times' })).toHaveFocus();
    await expect(page().getByRole('dialog')).toBeInTheDocument();
  },
};

/** Keyboard: Tab cycles inside a modal drawer, Escape closes it and focus returns. */
export const KeyboardFocus: Story = {
  render: (args) => (
    <DialogTrigger>
      <Button>Filters</Button>
      <Drawer {...args} footer={footer}>
        <FilterFields />
      </Drawer>
    </DialogTrigger>
  ),
  play: async ({ canvas }) => {
    const trigger = canvas.getByRole('button', { name: 'Filters' });
    await userEvent.tab();
    await userEvent.keyboard('{Enter}');
    const drawer = within(await openDrawer());
    await expect(drawer.getByRole('textbox', { name: 'Customer' })).toHaveFocus();
    await userEvent.tab({ shift: true });
    await expect(drawer.getByRole('button', { name: 'Close' })).toHaveFocus();
    await userEvent.tab({ shift: true });
    await expect(drawer.getByRole('button', { name: 'Apply filters' })).toHaveFocus();
    await userEvent.tab();
    await expect(drawer.getByRole('button', { name: 'Close' })).toHaveFocus();
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(page().queryByRole('dialog')).toBeNull());
    await expect(trigger).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    await openDrawer();
  },
};

/** Long content scrolls inside the body; the header and footer stay. */
export const LongContent: Story = {
  args: { defaultOpen: true },
  render: (args) => (
    <Drawer {...args} footer={footer}>
      {Array.from({ length: 60 }, (_, index) => (
        <Checkbox key={index} label={`Customer ${index + 1}`} name="customer" />
      ))}
    </Drawer>
  ),
  play: async () => {
    const drawer = await openDrawer();
    const body = drawer.querySelector<HTMLElement>('[data-part="body"]')!;
    await expect(body.scrollHeight).toBeGreaterThan(body.clientHeight);
  },
};

/** Right-to-left: `end` is the left edge, and the drawer slides in from there. */
export const RightToLeft: Story = {
  args: { title: 'عوامل التصفية', description: undefined, closeLabel: 'إغلاق' },
  render: (args) => (
    <RightToLeftBlock>
      <DialogTrigger>
        <Button>تصفية</Button>
        <Drawer {...args}>
          <TextField label="العميل" />
        </Drawer>
      </DialogTrigger>
    </RightToLeftBlock>
  ),
  play: async ({ canvas }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'تصفية' }));
    const drawer = await openDrawer();
    await expect(getComputedStyle(drawer).direction).toBe('rtl');
    await waitFor(() => expect(Math.round(drawer.getBoundingClientRect().left)).toBe(0));
  },
};

/** Stress: a long title and an unbroken description wrap inside the panel. */
export const LongText: Story = {
  args: {
    defaultOpen: true,
    size: 'sm',
    title: 'Filters for the orders of every customer in every region this quarter',
    description: 'Averyveryveryveryveryveryveryveryveryveryverylongdescriptionwithoutanyspace.',
  },
  render: (args) => (
    <Drawer {...args} footer={footer}>
      <FilterFields />
    </Drawer>
  ),
  play: async () => {
    const drawer = await openDrawer();
    await expect(drawer.scrollWidth).toBeLessThanOrEqual(drawer.clientWidth + 1);
  },
};

/** Stress: 200% zoom (WCAG 1.4.4); the body scrolls, header and footer stay. */
export const Zoom200: Story = {
  args: { defaultOpen: true, style: { zoom: 2 } },
  render: (args) => (
    <Drawer {...args} footer={footer}>
      <FilterFields />
    </Drawer>
  ),
  play: async () => {
    const drawer = await openDrawer();
    await expect(within(drawer).getByRole('button', { name: 'Apply filters' })).toBeVisible();
  },
};
