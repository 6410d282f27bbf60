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
import { cssVar } from '../../tokens';
import type { MenuEntry } from '../Menu';
import { SplitButton } from './index';

const buttonVariants = ['primary', 'secondary', 'tertiary', 'danger'] as const;

const saveItems: MenuEntry<string>[] = [
  {
    value: 'save-as',
    label: 'Save as…',
    shortcut: 'Ctrl+Shift+S',
    keyshortcuts: 'Control+Shift+S',
  },
  { value: 'copy', label: 'Save a copy' },
  { value: 'template', label: 'Save as template', disabled: true },
];

const meta = {
  title: 'Molecules/SplitButton',
  component: SplitButton,
  args: {
    children: 'Save',
    menuLabel: 'More save options',
    items: saveItems,
    onClick: fn(),
    onAction: fn(),
  },
  argTypes: {
    variant: inlineRadio(buttonVariants),
    size: inlineRadio(controlSizes),
    items: { control: false },
    open: { control: false },
  },
  parameters: {
    design: figmaDesign('SplitButton'),
    docs: {
      description: {
        component: `A primary action joined to a menu of its alternatives: "Save" beside "More save options ▾". Two buttons in a group; the menu button is named by \`menuLabel\` (say what the menu holds). \`variant\`, \`size\` and \`disabled\` apply to both.

**Use** it when one command is the usual choice and a few close alternatives exist.

**Don't** use it when no command stands out (DropdownButton), or to hide unrelated commands.`,
      },
    },
  },
} satisfies Meta<typeof SplitButton>;

export default meta;
type Story = StoryObj<typeof meta>;

const body = () => within(document.body);
const menus = () => Array.from(document.querySelectorAll<HTMLElement>('.cal-menu'));
const exitWait = { timeout: 3000 };
const room = { minBlockSize: '14rem', paddingInlineStart: '8rem' } as const;
const row = {
  display: 'flex',
  flexWrap: 'wrap',
  gap: cssVar('space.4'),
  alignItems: 'start',
} as const;

/**
 * The action runs on its own press; the menu button opens the menu at the button group's
 * end edge; a choice runs and focus returns to the menu button. Left open.
 */
export const Playground: Story = {
  render: (args) => (
    <div style={room}>
      <SplitButton {...args} />
    </div>
  ),
  play: async ({ canvas, args }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Save' }));
    await expect(args.onClick).toHaveBeenCalledTimes(1);
    const more = canvas.getByRole('button', { name: 'More save options' });
    await userEvent.click(more);
    const menu = body().getByRole('menu', { name: 'More save options' });
    // The menu renders with its preferred placement and is then positioned asynchronously:
    // wait for the position itself, not only the attribute.
    await waitFor(() => {
      expect(menu).toHaveAttribute('data-placement', 'bottom-end');
      expect(Math.round(menu.getBoundingClientRect().right)).toBe(
        Math.round(more.getBoundingClientRect().right),
      );
    });
    await userEvent.click(body().getByRole('menuitem', { name: 'Save a copy' }));
    await expect(args.onAction).toHaveBeenLastCalledWith('copy');
    await waitFor(() => expect(menus()).toHaveLength(0), exitWait);
    await expect(more).toHaveFocus();
    await userEvent.keyboard('{ArrowDown}');
    await expect(body().getByRole('menuitem', { name: /^Save as…/ })).toHaveFocus();
  },
};

/** Every variant, closed. */
export const Variants: Story = {
  render: (args) => (
    <div style={row}>
      {buttonVariants.map((variant) => (
        <SplitButton key={variant} {...args} variant={variant}>
          {variant}
        </SplitButton>
      ))}
    </div>
  ),
};

/** Every size, closed. */
export const Sizes: Story = {
  render: (args) => (
    <div style={row}>
      {controlSizes.map((size) => (
        <SplitButton key={size} {...args} size={size}>
          {`Save ${size}`}
        </SplitButton>
      ))}
    </div>
  ),
};

/** Disabled: both halves. Loading: the action only. */
export const States: Story = {
  render: (args) => (
    <div style={row}>
      <SplitButton {...args} disabled>
        Disabled
      </SplitButton>
      <SplitButton {...args} loading>
        Loading
      </SplitButton>
    </div>
  ),
  play: async ({ canvas }) => {
    await expect(canvas.getAllByRole('button', { name: 'More save options' })[0]).toBeDisabled();
  },
};

/** Open, secondary. */
export const Open: Story = {
  args: { defaultOpen: true, variant: 'secondary' },
  render: (args) => (
    <div style={room}>
      <SplitButton {...args} />
    </div>
  ),
  play: async () => {
    await waitFor(() => expect(menus()).toHaveLength(1));
  },
};

/** Stress: right-to-left; the menu button sits at the end (left), its corners mirror. Open. */
export const RightToLeft: Story = {
  render: (args) => (
    <RightToLeftBlock
      style={{
        ...room,
        paddingInlineStart: 0,
        display: 'flex',
        justifyContent: 'center',
        alignItems: 'start',
      }}
    >
      <SplitButton
        {...args}
        menuLabel="خيارات حفظ أخرى"
        defaultOpen
        items={[{ value: 'copy', label: 'حفظ نسخة' }]}
      >
        حفظ
      </SplitButton>
    </RightToLeftBlock>
  ),
  play: async ({ canvas }) => {
    const action = canvas.getByRole('button', { name: 'حفظ' });
    const more = canvas.getByRole('button', { name: 'خيارات حفظ أخرى' });
    await expect(more.getBoundingClientRect().right).toBeLessThanOrEqual(
      action.getBoundingClientRect().left,
    );
    await waitFor(() => expect(menus()[0]).toHaveAttribute('dir', 'rtl'));
  },
};

/**
 * Stress: 200% zoom (WCAG 1.4.4). Tab reaches the action, then the menu button; ArrowDown opens
 * the menu with focus on its first item, under the zoomed group, aligned with its end, in view.
 * The menu portals to `<body>`, outside the zoomed block, so it is drawn at the page's zoom (as
 * Popover's Zoom200). Open.
 */
export const Zoom200: Story = {
  args: { variant: 'secondary' },
  render: (args) => (
    <Zoom200Block style={room}>
      <SplitButton {...args} />
    </Zoom200Block>
  ),
  play: async ({ canvas }) => {
    const more = canvas.getByRole('button', { name: 'More save options' });
    await userEvent.tab();
    await expect(canvas.getByRole('button', { name: 'Save' })).toHaveFocus();
    await userEvent.tab();
    await expect(more).toHaveFocus();
    await userEvent.keyboard('{ArrowDown}');
    await expect(body().getByRole('menuitem', { name: 'Save as…' })).toHaveFocus();
    await expect(more).toHaveAttribute('aria-expanded', 'true');
    const menu = menus()[0]!;
    await waitFor(() => {
      const box = canvas.getByRole('group').getBoundingClientRect();
      const popup = menu.getBoundingClientRect();
      expect(menu).toHaveAttribute('data-placement', 'bottom-end');
      expect(popup.top).toBeGreaterThanOrEqual(box.bottom);
      expect(Math.round(popup.right)).toBe(Math.round(box.right));
      expect(popup.left).toBeGreaterThanOrEqual(0);
    });
  },
};

/** Stress: a long label wraps; the menu button keeps its square. */
export const LongLabel: Story = {
  render: (args) => (
    <div style={{ maxInlineSize: '16rem' }}>
      <SplitButton {...args}>{longLabel}</SplitButton>
    </div>
  ),
};
