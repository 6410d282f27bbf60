import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { figmaDesign } from '../../../.storybook/design';
import {
  controlSizes,
  inlineRadio,
  longLabel,
  RightToLeftBlock,
  Zoom200Block,
} from '../../../.storybook/stories';
import { DownloadIcon } from '../../atoms/Icon';
import { cssVar } from '../../tokens';
import type { MenuEntry } from '../Menu';
import { DropdownButton } from './index';

const buttonVariants = ['primary', 'secondary', 'tertiary', 'danger'] as const;

const exportItems: MenuEntry<string>[] = [
  { value: 'pdf', label: 'PDF', description: 'For printing' },
  { value: 'csv', label: 'CSV', description: 'For spreadsheets' },
  { value: 'json', label: 'JSON', disabled: true },
];

const meta = {
  title: 'Molecules/DropdownButton',
  component: DropdownButton,
  args: { children: 'Export', items: exportItems, onAction: fn(), onOpenChange: fn() },
  argTypes: {
    variant: inlineRadio(buttonVariants),
    size: inlineRadio(controlSizes),
    items: { control: false },
    open: { control: false },
  },
  parameters: {
    design: figmaDesign('DropdownButton'),
    docs: {
      description: {
        component: `A Button that opens a Menu, with a chevron after its label: the APG menu button. It takes Button's \`variant\`, \`size\`, \`startIcon\`, \`disabled\` and \`loading\`, and Menu's \`items\`, \`onAction\`, \`value\`, \`closeOnSelect\` and \`placement\`. Enter, Space and ArrowDown open the menu at its first item, ArrowUp at its last; Escape closes it back to the button.

**Use** it to group related commands behind one labelled button ("Export ▾", "Add ▾").

**Don't** use it when one of the commands is the obvious default (SplitButton), or to pick a value for a form (Select).`,
      },
    },
  },
} satisfies Meta<typeof DropdownButton>;

export default meta;
type Story = StoryObj<typeof meta>;

const body = () => within(document.body);
const menus = () => Array.from(document.querySelectorAll<HTMLElement>('.cal-menu'));
const exitWait = { timeout: 3000 };
const room = { minBlockSize: '16rem' } as const;
const row = {
  display: 'flex',
  flexWrap: 'wrap',
  gap: cssVar('space.4'),
  alignItems: 'start',
} as const;

/** Mouse and keyboard: a press opens the menu; a choice runs and closes it. Left open. */
export const Playground: Story = {
  render: (args) => (
    <div style={room}>
      <DropdownButton {...args} />
    </div>
  ),
  play: async ({ canvas, args }) => {
    const button = canvas.getByRole('button', { name: 'Export' });
    await expect(button).toHaveAttribute('aria-haspopup', 'menu');
    await userEvent.click(button);
    await expect(button).toHaveAttribute('aria-expanded', 'true');
    await userEvent.click(body().getByRole('menuitem', { name: 'CSV' }));
    await expect(args.onAction).toHaveBeenLastCalledWith('csv');
    await waitFor(() => expect(menus()).toHaveLength(0), exitWait);
    await expect(button).toHaveFocus();
    await userEvent.keyboard('{ArrowUp}');
    await expect(body().getByRole('menuitem', { name: 'CSV' })).toHaveFocus();
    await userEvent.keyboard('{Escape}');
    await expect(button).toHaveFocus();
    await userEvent.keyboard('{ArrowDown}');
    await expect(body().getByRole('menuitem', { name: 'PDF' })).toHaveFocus();
  },
};

/** Every variant, closed. */
export const Variants: Story = {
  render: (args) => (
    <div style={row}>
      {buttonVariants.map((variant) => (
        <DropdownButton key={variant} {...args} variant={variant}>
          {variant}
        </DropdownButton>
      ))}
    </div>
  ),
};

/** Every size, closed, with a start icon. */
export const Sizes: Story = {
  render: (args) => (
    <div style={row}>
      {controlSizes.map((size) => (
        <DropdownButton key={size} {...args} size={size} startIcon={<DownloadIcon />}>
          {`Export ${size}`}
        </DropdownButton>
      ))}
    </div>
  ),
};

/** States: disabled (cannot open) and loading. */
export const States: Story = {
  render: (args) => (
    <div style={row}>
      <DropdownButton {...args} disabled>
        Disabled
      </DropdownButton>
      <DropdownButton {...args} loading>
        Loading
      </DropdownButton>
    </div>
  ),
  play: async ({ canvas }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Disabled' }));
    await expect(menus()).toHaveLength(0);
  },
};

/** Open, the chevron turned over. */
export const Open: Story = {
  args: { defaultOpen: true, variant: 'secondary' },
  render: (args) => (
    <div style={room}>
      <DropdownButton {...args} />
    </div>
  ),
  play: async ({ canvas }) => {
    await waitFor(() => expect(menus()).toHaveLength(1));
    await expect(canvas.getByRole('button', { name: 'Export' })).toHaveAttribute(
      'aria-expanded',
      'true',
    );
  },
};

/** Stress: right-to-left; the chevron stays at the end (left), the menu aligns right. Open. */
export const RightToLeft: Story = {
  render: (args) => (
    <RightToLeftBlock
      style={{ ...room, display: 'flex', justifyContent: 'center', alignItems: 'start' }}
    >
      <DropdownButton
        {...args}
        defaultOpen
        items={[
          { value: 'pdf', label: 'PDF' },
          { value: 'csv', label: 'جدول' },
        ]}
      >
        تصدير
      </DropdownButton>
    </RightToLeftBlock>
  ),
  play: async ({ canvas }) => {
    const button = canvas.getByRole('button', { name: 'تصدير' });
    await waitFor(() => expect(menus()[0]).toHaveAttribute('dir', 'rtl'));
    await expect(Math.round(menus()[0]!.getBoundingClientRect().right)).toBe(
      Math.round(button.getBoundingClientRect().right),
    );
  },
};

/**
 * Stress: 200% zoom (WCAG 1.4.4). Opened by keyboard (ArrowDown): focus on the first item, the
 * menu under the zoomed button, aligned with its start, in view. The menu portals to `<body>`,
 * outside the zoomed block, so it is drawn at the page's zoom (as Popover's Zoom200). Open.
 */
export const Zoom200: Story = {
  args: { variant: 'secondary' },
  render: (args) => (
    <Zoom200Block style={room}>
      <DropdownButton {...args} />
    </Zoom200Block>
  ),
  play: async ({ canvas }) => {
    const button = canvas.getByRole('button', { name: 'Export' });
    await userEvent.tab();
    await expect(button).toHaveFocus();
    await userEvent.keyboard('{ArrowDown}');
    await expect(body().getByRole('menuitem', { name: 'PDF' })).toHaveFocus();
    await expect(button).toHaveAttribute('aria-expanded', 'true');
    const menu = menus()[0]!;
    await waitFor(() => {
      const box = button.getBoundingClientRect();
      const popup = menu.getBoundingClientRect();
      expect(menu).toHaveAttribute('data-placement', 'bottom-start');
      expect(popup.top).toBeGreaterThanOrEqual(box.bottom);
      expect(Math.round(popup.left)).toBe(Math.round(box.left));
      expect(popup.right).toBeLessThanOrEqual(document.documentElement.clientWidth);
    });
  },
};

/** Stress: a long label wraps inside a narrow container. */
export const LongLabel: Story = {
  render: (args) => (
    <div style={{ maxInlineSize: '16rem' }}>
      <DropdownButton {...args}>{longLabel}</DropdownButton>
    </div>
  ),
};
