import type { Meta, StoryObj } from '@storybook/react-vite';
import { forwardRef, useState, type AnchorHTMLAttributes } from 'react';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { figmaDesign } from '../../../.storybook/design';
import {
  controlSizes,
  expectSubmitted,
  inlineRadio,
  RightToLeftBlock,
  StoryForm,
  submitStoryForm,
  Zoom200Block,
} from '../../../.storybook/stories';
import { Badge } from '../../atoms/Badge';
import { Button } from '../../atoms/Button';
import { CreditCardIcon, SettingsIcon, UsersIcon } from '../../atoms/Icon';
import { Text } from '../../atoms/Text';
import { TextField } from '../../atoms/TextField';
import { cssVar } from '../../tokens';
import { Dialog, DialogTrigger } from '../Dialog';
import { Tab, TabList, TabListWithMore, TabPanel, Tabs, type TabsProps } from '.';

const page = () => within(document.body);

const meta = {
  title: 'Molecules/Tabs',
  component: Tabs,
  subcomponents: { TabList, Tab, TabPanel, TabListWithMore },
  args: { onValueChange: fn() },
  argTypes: {
    orientation: inlineRadio(['horizontal', 'vertical']),
    activation: inlineRadio(['automatic', 'manual']),
    size: inlineRadio(controlSizes),
  },
  parameters: {
    design: figmaDesign('Tabs'),
    docs: {
      description: {
        component: `Layered sections of one page, one shown at a time (WAI-ARIA APG tabs). \`<Tabs>\` holds the selection (\`value\`/\`defaultValue\`/\`onValueChange\`), \`<TabList aria-label>\` the tabs, \`<Tab value>\` each tab, \`<TabPanel value>\` each panel.

**Keyboard.** Tab enters the list on the selected tab and leaves it for the panel. Left and Right (Up and Down when \`orientation="vertical"\`) move between tabs, wrapping, mirrored in right-to-left text; Home and End go to the first and last; disabled tabs are skipped. With \`activation="automatic"\` (the default) the tab that takes focus is selected; with \`manual\`, Enter or Space selects it, for panels that are slow to show.

**Panels** stay mounted and hidden by default (\`keepMounted\`), so a half-filled form survives a switch and submits with its form; \`keepMounted={false}\` renders only the selected one; \`lazy\` waits for a panel's first visit.

**Overflow.** A horizontal list that does not fit scrolls; a scroll button appears at each end with more tabs beyond it (for the pointer: the keyboard reaches every tab). A "more" menu variant will follow with the Menu molecule.

**Linked.** \`linked\` tabs navigate: each Tab is a link (\`href\`, or a router link through \`as\` and \`to\`) in a \`<nav>\` landmark, the current one \`aria-current="page"\`, in the Tab order without arrow keys (as Primer's UnderlineNav and MUI's navigation tabs): ARIA tabs promise to switch a panel in place, which a link does not.

**Use** tabs to switch between views of the same thing at the same level (the sections of settings, the parts of a record).

**Don't** use tabs for steps in a sequence (use Stepper), for content the reader should compare side by side, or for more than a handful of sections in one row.`,
      },
    },
  },
} satisfies Meta<typeof Tabs>;

export default meta;
type Story = StoryObj<typeof meta>;

const column = { display: 'grid', gap: cssVar('space.6') } as const;

function Account(args: TabsProps) {
  return (
    <Tabs {...args}>
      <TabList aria-label="Account settings">
        <Tab value="profile">Profile</Tab>
        <Tab value="billing">Billing</Tab>
        <Tab value="team">Team</Tab>
        <Tab value="legacy" disabled>
          Legacy
        </Tab>
      </TabList>
      <TabPanel value="profile">
        <Text as="p">Your name and photo, as others see them.</Text>
      </TabPanel>
      <TabPanel value="billing">
        <Text as="p">Your plan, payment method and invoices.</Text>
      </TabPanel>
      <TabPanel value="team">
        <Text as="p">Who can see and edit this workspace.</Text>
      </TabPanel>
      <TabPanel value="legacy">
        <Text as="p">Settings from the previous version.</Text>
      </TabPanel>
    </Tabs>
  );
}

export const Playground: Story = {
  render: (args) => <Account {...args} />,
  play: async ({ canvas, args }) => {
    await userEvent.click(canvas.getByRole('tab', { name: 'Billing' }));
    await expect(canvas.getByRole('tab', { name: 'Billing' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    await expect(canvas.getByRole('tabpanel')).toHaveTextContent('Your plan');
    await expect(args.onValueChange).toHaveBeenCalledWith('billing');
  },
};

/** Every size, from the `size.control.*` tokens. */
export const Sizes: Story = {
  // Its selected tab's bar must survive Windows contrast themes: a forced-colours picture.
  parameters: { visual: { forcedColors: true } },
  render: (args) => (
    <div style={column}>
      {controlSizes.map((size) => (
        <Account key={size} {...args} size={size} />
      ))}
    </div>
  ),
  play: async ({ canvasElement }) => {
    const [sm, md, lg] = Array.from(canvasElement.querySelectorAll('[role="tab"]:first-child'));
    const height = (element: Element | undefined) => element?.getBoundingClientRect().height ?? 0;
    await expect(height(sm)).toBeLessThan(height(md));
    await expect(height(md)).toBeLessThan(height(lg));
  },
};

/** Vertical: tabs in a column beside the panel; Up and Down move between them. */
export const Vertical: Story = {
  args: { orientation: 'vertical' },
  render: (args) => <Account {...args} />,
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('tablist')).toHaveAttribute('aria-orientation', 'vertical');
    await userEvent.click(canvas.getByRole('tab', { name: 'Profile' }));
    await userEvent.keyboard('{ArrowDown}');
    await expect(canvas.getByRole('tab', { name: 'Billing' })).toHaveFocus();
    await expect(canvas.getByRole('tab', { name: 'Billing' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    // The panel sits beside the list, not under it.
    const list = canvas.getByRole('tablist').getBoundingClientRect();
    const panel = canvas.getByRole('tabpanel').getBoundingClientRect();
    await expect(panel.left).toBeGreaterThanOrEqual(list.right);
  },
};

/** Icons and badges: a count is part of the tab's name ("Issues 12 open issues"). */
export const WithBadges: Story = {
  // The design of one Tab: the variants this story shows.
  parameters: { design: figmaDesign('Tab') },
  render: (args) => (
    <Tabs {...args}>
      <TabList aria-label="Workspace">
        <Tab value="members" icon={<UsersIcon />} badge={<Badge count={8} label="members" />}>
          Members
        </Tab>
        <Tab
          value="billing"
          icon={<CreditCardIcon />}
          badge={<Badge variant="warning" count={1} label="overdue invoice" />}
        >
          Billing
        </Tab>
        <Tab value="settings" icon={<SettingsIcon />} badge={<Badge variant="info">New</Badge>}>
          Settings
        </Tab>
        <Tab value="requests" badge={<Badge count={120} label="requests" />}>
          Requests
        </Tab>
      </TabList>
      <TabPanel value="members">8 people have access.</TabPanel>
      <TabPanel value="billing">One invoice is overdue.</TabPanel>
      <TabPanel value="settings">Workspace settings.</TabPanel>
      <TabPanel value="requests">Access requests.</TabPanel>
    </Tabs>
  ),
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('tab', { name: 'Members 8 members' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    await expect(canvas.getByRole('tab', { name: 'Requests 120 requests' })).toHaveTextContent(
      '99+',
    );
    await expect(canvas.getByRole('tab', { name: 'Settings New' })).toBeInTheDocument();
  },
};

/** A disabled tab: greyed, not selectable, skipped by the arrow keys. */
export const Disabled: Story = {
  render: (args) => <Account {...args} />,
  play: async ({ canvas, args }) => {
    const legacy = canvas.getByRole('tab', { name: 'Legacy' });
    await expect(legacy).toBeDisabled();
    await userEvent.click(legacy, { pointerEventsCheck: 0 });
    await expect(args.onValueChange).not.toHaveBeenCalled();
    await userEvent.click(canvas.getByRole('tab', { name: 'Team' }));
    await userEvent.keyboard('{ArrowRight}');
    // Past the disabled Legacy tab, wrapping to the first.
    await expect(canvas.getByRole('tab', { name: 'Profile' })).toHaveFocus();
  },
};

/** The APG keyboard: Tab in on the selected tab, arrows (wrapping), Home, End, Tab to the panel. */
export const KeyboardFocus: Story = {
  // Its states must survive Windows contrast themes: one more picture in forced colours.
  parameters: { visual: { forcedColors: true } },
  render: (args) => (
    <div style={column}>
      <div>
        <Button variant="secondary">Before</Button>
      </div>
      <Account {...args} />
    </div>
  ),
  play: async ({ canvas }) => {
    const tab = (name: string) => canvas.getByRole('tab', { name });
    await userEvent.click(canvas.getByRole('button', { name: 'Before' }));
    await userEvent.tab();
    await expect(tab('Profile')).toHaveFocus();
    await userEvent.keyboard('{ArrowRight}');
    await expect(tab('Billing')).toHaveFocus();
    await expect(tab('Billing')).toHaveAttribute('aria-selected', 'true');
    await userEvent.keyboard('{End}');
    await expect(tab('Team')).toHaveFocus();
    await userEvent.keyboard('{ArrowRight}');
    await expect(tab('Profile')).toHaveFocus();
    await userEvent.keyboard('{ArrowLeft}');
    await expect(tab('Team')).toHaveFocus();
    await userEvent.keyboard('{Home}');
    await expect(tab('Profile')).toHaveFocus();
    await userEvent.tab();
    await expect(canvas.getByRole('tabpanel')).toHaveFocus();
    await expect(canvas.getByRole('tabpanel')).toHaveAccessibleName('Profile');
  },
};

/** Manual activation: arrows move focus only; Enter or Space selects. */
export const ManualActivation: Story = {
  args: { activation: 'manual' },
  render: (args) => <Account {...args} />,
  play: async ({ canvas, args }) => {
    const tab = (name: string) => canvas.getByRole('tab', { name });
    await userEvent.click(tab('Profile'));
    await userEvent.keyboard('{ArrowRight}');
    await expect(tab('Billing')).toHaveFocus();
    await expect(tab('Profile')).toHaveAttribute('aria-selected', 'true');
    await userEvent.keyboard('{Enter}');
    await expect(tab('Billing')).toHaveAttribute('aria-selected', 'true');
    await userEvent.keyboard('{ArrowRight}{ }');
    await expect(tab('Team')).toHaveAttribute('aria-selected', 'true');
    await expect(args.onValueChange).toHaveBeenLastCalledWith('team');
  },
};

const months = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** Overflow: the list scrolls; a scroll button shows at each end with tabs beyond it. */
export const Overflow: Story = {
  render: (args) => (
    <div style={{ maxInlineSize: '28rem' }}>
      <Tabs {...args} defaultValue="January">
        <TabList aria-label="Months">
          {months.map((month) => (
            <Tab key={month} value={month}>
              {month}
            </Tab>
          ))}
        </TabList>
        {months.map((month) => (
          <TabPanel key={month} value={month}>
            Reports for {month}.
          </TabPanel>
        ))}
      </Tabs>
    </div>
  ),
  play: async ({ canvas }) => {
    const list = canvas.getByRole('tablist');
    const wrapper = list.parentElement as HTMLElement;
    const end = wrapper.querySelector('[data-part="scroll-end"]') as HTMLElement;
    await waitFor(() => expect(wrapper).toHaveAttribute('data-overflow-end'));
    await expect(wrapper).not.toHaveAttribute('data-overflow-start');
    await expect(end).toBeVisible();
    // Both buttons keep their room while the list overflows (no shift as one comes and goes);
    // the one with nothing beyond it is invisible.
    const start = wrapper.querySelector('[data-part="scroll-start"]') as HTMLElement;
    await expect(getComputedStyle(start).visibility).toBe('hidden');
    await expect(start.getBoundingClientRect().width).toBeGreaterThan(0);
    // The keyboard reaches every tab, and each comes into view.
    await userEvent.click(canvas.getByRole('tab', { name: 'January' }));
    await userEvent.keyboard('{End}');
    const december = canvas.getByRole('tab', { name: 'December' });
    await expect(december).toHaveFocus();
    await waitFor(() => {
      const shown = list.getBoundingClientRect();
      const tab = december.getBoundingClientRect();
      expect(tab.right).toBeLessThanOrEqual(shown.right + 1);
    });
    await waitFor(() => expect(wrapper).toHaveAttribute('data-overflow-start'));
    // The pointer pages back with the start button, and focus stays on the tab.
    const before = list.scrollLeft;
    await userEvent.click(wrapper.querySelector('[data-part="scroll-start"]') as HTMLElement);
    await waitFor(() => expect(list.scrollLeft).toBeLessThan(before));
    await expect(december).toHaveFocus();
    await userEvent.keyboard('{Home}');
    await waitFor(() => expect(wrapper).not.toHaveAttribute('data-overflow-start'));
  },
};

/** Controlled: the parent holds the value and can change it from outside. */
export const Controlled: Story = {
  render: function Render(args) {
    const [value, setValue] = useState('team');
    return (
      <div style={column}>
        <Account
          {...args}
          value={value}
          onValueChange={(next) => {
            setValue(next);
            args.onValueChange?.(next);
          }}
        />
        <div>
          <Button variant="secondary" onClick={() => setValue('profile')}>
            Show profile
          </Button>
        </div>
      </div>
    );
  },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('tab', { name: 'Team' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    await userEvent.click(canvas.getByRole('button', { name: 'Show profile' }));
    await expect(canvas.getByRole('tab', { name: 'Profile' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
  },
};

/** Panels stay mounted: fields in a hidden panel keep their value and submit with the form. */
export const InForm: Story = {
  render: (args) => (
    <StoryForm>
      <Tabs {...args}>
        <TabList aria-label="New project">
          <Tab value="details">Details</Tab>
          <Tab value="access">Access</Tab>
        </TabList>
        <TabPanel value="details">
          <TextField label="Project name" name="name" />
        </TabPanel>
        <TabPanel value="access">
          <TextField label="Owner" name="owner" />
        </TabPanel>
      </Tabs>
    </StoryForm>
  ),
  play: async ({ canvas }) => {
    await userEvent.type(canvas.getByRole('textbox', { name: 'Project name' }), 'Apollo');
    await userEvent.click(canvas.getByRole('tab', { name: 'Access' }));
    await userEvent.type(canvas.getByRole('textbox', { name: 'Owner' }), 'Ada');
    await submitStoryForm(canvas);
    await expectSubmitted(canvas, { name: 'Apollo', owner: 'Ada' });
    await userEvent.click(canvas.getByRole('tab', { name: 'Details' }));
    await expect(canvas.getByRole('textbox', { name: 'Project name' })).toHaveValue('Apollo');
  },
};

/** Lazy panels render on their first visit (the counter shows renders), then stay. */
export const LazyPanels: Story = {
  args: { lazy: true },
  render: (args) => (
    <Tabs {...args}>
      <TabList aria-label="Reports">
        <Tab value="daily">Daily</Tab>
        <Tab value="weekly">Weekly</Tab>
        <Tab value="yearly">Yearly</Tab>
      </TabList>
      <TabPanel value="daily">Daily report.</TabPanel>
      <TabPanel value="weekly">Weekly report.</TabPanel>
      <TabPanel value="yearly">Yearly report.</TabPanel>
    </Tabs>
  ),
  play: async ({ canvas, canvasElement }) => {
    const panels = () => canvasElement.querySelectorAll('.cal-tab-panel').length;
    await expect(panels()).toBe(1);
    await userEvent.click(canvas.getByRole('tab', { name: 'Yearly' }));
    await expect(panels()).toBe(2);
    await userEvent.click(canvas.getByRole('tab', { name: 'Daily' }));
    await expect(panels()).toBe(2);
    await expect(canvas.queryByText('Weekly report.')).toBeNull();
  },
};

const RouterLink = forwardRef<
  HTMLAnchorElement,
  AnchorHTMLAttributes<HTMLAnchorElement> & { to: string }
>(function RouterLink({ to, ...props }, ref) {
  return <a ref={ref} href={`#${to}`} {...props} />;
});

/** Linked: tabs that navigate. A `<nav>` of links; the current page is `aria-current="page"`. */
export const Linked: Story = {
  render: function Render(args) {
    const [route, setRoute] = useState('/code');
    return (
      <Tabs
        {...args}
        linked
        value={route}
        onValueChange={(next) => {
          setRoute(next);
          args.onValueChange?.(next);
        }}
      >
        <TabList aria-label="Repository">
          <Tab value="/code" as={RouterLink} to="/code" onClick={(event) => event.preventDefault()}>
            Code
          </Tab>
          <Tab
            value="/issues"
            as={RouterLink}
            to="/issues"
            badge={<Badge count={12} label="open" />}
            onClick={(event) => {
              event.preventDefault();
              setRoute('/issues');
            }}
          >
            Issues
          </Tab>
          <Tab value="/wiki" href="#/wiki" disabled>
            Wiki
          </Tab>
        </TabList>
        <TabPanel value="/code">The repository’s files.</TabPanel>
        <TabPanel value="/issues">12 open issues.</TabPanel>
      </Tabs>
    );
  },
  play: async ({ canvas }) => {
    const nav = canvas.getByRole('navigation', { name: 'Repository' });
    await expect(canvas.queryByRole('tablist')).toBeNull();
    const issues = within(nav).getByRole('link', { name: 'Issues 12 open' });
    await expect(issues).toHaveAttribute('href', '#/issues');
    await expect(canvas.getByRole('link', { name: 'Code' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    await userEvent.click(issues);
    await expect(issues).toHaveAttribute('aria-current', 'page');
    await expect(canvas.getByText('12 open issues.')).toBeVisible();
    // Links sit in the Tab order; a disabled one is not a link target.
    await userEvent.tab({ shift: true });
    await expect(canvas.getByRole('link', { name: 'Code' })).toHaveFocus();
    await expect(canvas.getByRole('link', { name: 'Wiki' })).not.toHaveAttribute('href');
  },
};

/**
 * A dialog opened from a panel, which is hidden while the dialog is open: on close, focus
 * goes to the selected tab (the overlay layer's fallback), never to `<body>`.
 */
export const FocusReturnFromHiddenPanel: Story = {
  render: function Render(args) {
    const [value, setValue] = useState('plan');
    return (
      <Tabs {...args} value={value} onValueChange={setValue}>
        <TabList aria-label="Subscription">
          <Tab value="plan">Plan</Tab>
          <Tab value="billing">Billing</Tab>
        </TabList>
        <TabPanel value="plan">
          <DialogTrigger>
            <Button>Change plan</Button>
            <Dialog
              title="Change plan"
              description="Plans are billed monthly."
              footer={<Button onClick={() => setValue('billing')}>Go to billing</Button>}
            />
          </DialogTrigger>
        </TabPanel>
        <TabPanel value="billing">
          <Text as="p">Billing details.</Text>
        </TabPanel>
      </Tabs>
    );
  },
  play: async ({ canvas }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Change plan' }));
    const dialog = await page().findByRole('dialog');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Go to billing' }));
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(page().queryByRole('dialog')).toBeNull());
    await expect(canvas.getByRole('tab', { name: 'Billing' })).toHaveFocus();
  },
};

/** Stress: long labels stay on one line in a horizontal list (it scrolls), wrap when vertical. */
export const LongText: Story = {
  render: (args) => (
    <div style={{ ...column, maxInlineSize: '30rem' }}>
      {(['horizontal', 'vertical'] as const).map((orientation) => (
        <Tabs key={orientation} {...args} orientation={orientation}>
          <TabList aria-label={`Long labels, ${orientation}`}>
            <Tab value="a">A label far longer than a tab label should ever be</Tab>
            <Tab value="b">Short</Tab>
          </TabList>
          <TabPanel value="a">
            <Text as="p">
              Panel text that is long enough to wrap over several lines beside or under the tabs.
            </Text>
          </TabPanel>
          <TabPanel value="b">Short.</TabPanel>
        </Tabs>
      ))}
    </div>
  ),
};

/** Stress: right-to-left. Tabs run from the right; Left goes to the next tab. */
export const RightToLeft: Story = {
  render: (args) => (
    <RightToLeftBlock style={{ maxInlineSize: '20rem' }}>
      <Tabs {...args}>
        <TabList aria-label="الإعدادات">
          <Tab value="profile">الملف الشخصي</Tab>
          <Tab value="billing">الفوترة</Tab>
          <Tab value="team">الفريق</Tab>
          <Tab value="security">الأمان</Tab>
          <Tab value="alerts">التنبيهات</Tab>
        </TabList>
        <TabPanel value="profile">اسمك وصورتك.</TabPanel>
        <TabPanel value="billing">خطتك وفواتيرك.</TabPanel>
        <TabPanel value="team">أعضاء الفريق.</TabPanel>
        <TabPanel value="security">كلمة المرور.</TabPanel>
        <TabPanel value="alerts">التنبيهات.</TabPanel>
      </Tabs>
    </RightToLeftBlock>
  ),
  play: async ({ canvas }) => {
    const profile = canvas.getByRole('tab', { name: 'الملف الشخصي' });
    const billing = canvas.getByRole('tab', { name: 'الفوترة' });
    await expect(billing.getBoundingClientRect().right).toBeLessThanOrEqual(
      profile.getBoundingClientRect().left + 1,
    );
    await userEvent.click(profile);
    await userEvent.keyboard('{ArrowLeft}');
    await expect(billing).toHaveFocus();
    await expect(billing).toHaveAttribute('aria-selected', 'true');
  },
};

export const Zoom200: Story = {
  render: (args) => (
    <Zoom200Block style={{ maxInlineSize: '20rem' }}>
      <Account {...args} />
    </Zoom200Block>
  ),
};

/** The More button's popup, found through the button that controls it. */
const moreMenu = (button: HTMLElement) =>
  document.getElementById(button.getAttribute('aria-controls') ?? '') as HTMLElement;

function MonthTabs({ width, ...args }: TabsProps & { width: string }) {
  return (
    <div style={{ inlineSize: width, minBlockSize: '22rem' }}>
      <Tabs {...args} defaultValue="January">
        <TabListWithMore aria-label="Months">
          {months.map((month) => (
            <Tab key={month} value={month} disabled={month === 'November'}>
              {month}
            </Tab>
          ))}
        </TabListWithMore>
        {months.map((month) => (
          <TabPanel key={month} value={month}>
            Report for {month}.
          </TabPanel>
        ))}
      </Tabs>
    </div>
  );
}

/**
 * Overflow into a "More" menu (TabListWithMore): the tabs that do not fit move into a button
 * at the end of the row. Arrow keys move between the tabs in the row, wrapping; Tab reaches
 * More; choosing a tab there selects it, puts it in the row and focuses it. Left open.
 */
export const MoreMenu: Story = {
  render: (args) => <MonthTabs {...args} width="24rem" />,
  play: async ({ canvas }) => {
    const more = canvas.getByRole('button', { name: 'More' });
    await expect(more).toBeVisible();
    const shown = canvas.getAllByRole('tab');
    await expect(shown.length).toBeLessThan(months.length);
    const last = shown[shown.length - 1] as HTMLElement;
    await userEvent.click(canvas.getByRole('tab', { name: 'January' }));
    await userEvent.keyboard('{End}');
    await expect(last).toHaveFocus();
    await expect(last).toHaveAttribute('aria-selected', 'true');
    await userEvent.keyboard('{ArrowRight}');
    await expect(canvas.getByRole('tab', { name: 'January' })).toHaveFocus();
    await userEvent.tab();
    await expect(more).toHaveFocus();
    await userEvent.click(more);
    const menu = moreMenu(more);
    await expect(menu.matches(':popover-open')).toBe(true);
    await expect(within(menu).getByRole('button', { name: 'November' })).toBeDisabled();
    await userEvent.click(within(menu).getByRole('button', { name: 'September' }));
    await expect(menu.matches(':popover-open')).toBe(false);
    const september = canvas.getByRole('tab', { name: 'September' });
    await waitFor(() => expect(september).toHaveFocus());
    await expect(september).toHaveAttribute('aria-selected', 'true');
    await expect(canvas.getByText('Report for September.')).toBeVisible();
    await userEvent.click(more);
    await expect(menu.matches(':popover-open')).toBe(true);
  },
};

/** More menu, narrow: two tabs and More in a small column; every tab stays reachable. */
export const MoreMenuNarrow: Story = {
  render: (args) => <MonthTabs {...args} width="15rem" />,
  play: async ({ canvas }) => {
    const more = canvas.getByRole('button', { name: 'More' });
    const row = more.parentElement as HTMLElement;
    await expect(more.getBoundingClientRect().right).toBeLessThanOrEqual(
      row.getBoundingClientRect().right + 1,
    );
    const hidden = within(moreMenu(more)).getAllByRole('button', { hidden: true });
    await expect(canvas.getAllByRole('tab').length + hidden.length).toBe(months.length);
  },
};

/**
 * More menu in right-to-left text: it sits at the row's left end; its popup opens below it,
 * towards the right where there is no room to its left.
 */
export const MoreMenuRightToLeft: Story = {
  render: (args) => (
    <RightToLeftBlock style={{ inlineSize: '20rem', minBlockSize: '16rem' }}>
      <Tabs {...args} defaultValue="profile">
        <TabListWithMore aria-label="الإعدادات" moreLabel="المزيد">
          <Tab value="profile">الملف الشخصي</Tab>
          <Tab value="billing">الفوترة</Tab>
          <Tab value="team">الفريق</Tab>
          <Tab value="security">الأمان</Tab>
          <Tab value="alerts">التنبيهات</Tab>
        </TabListWithMore>
        <TabPanel value="profile">اسمك وصورتك.</TabPanel>
        <TabPanel value="billing">خطتك وفواتيرك.</TabPanel>
        <TabPanel value="team">أعضاء الفريق.</TabPanel>
        <TabPanel value="security">كلمة المرور.</TabPanel>
        <TabPanel value="alerts">التنبيهات.</TabPanel>
      </Tabs>
    </RightToLeftBlock>
  ),
  play: async ({ canvas }) => {
    const more = canvas.getByRole('button', { name: 'المزيد' });
    const profile = canvas.getByRole('tab', { name: 'الملف الشخصي' });
    await expect(more.getBoundingClientRect().right).toBeLessThanOrEqual(
      profile.getBoundingClientRect().left + 1,
    );
    await userEvent.click(more);
    const menu = moreMenu(more);
    await expect(menu.matches(':popover-open')).toBe(true);
    const box = menu.getBoundingClientRect();
    await expect(box.top).toBeGreaterThanOrEqual(more.getBoundingClientRect().bottom - 1);
    await expect(box.left).toBeGreaterThanOrEqual(0);
  },
};

/** More menu in linked Tabs: the overflowed tabs are links; choosing one navigates. */
export const MoreMenuLinked: Story = {
  render: function Render(args) {
    const [route, setRoute] = useState('/code');
    const sections = ['/code', '/issues', '/pulls', '/actions', '/projects', '/wiki', '/security'];
    return (
      <div style={{ inlineSize: '22rem', minBlockSize: '18rem' }}>
        <Tabs {...args} linked value={route} onValueChange={setRoute}>
          <TabListWithMore aria-label="Repository">
            {sections.map((section) => (
              <Tab
                key={section}
                value={section}
                as={RouterLink}
                to={section}
                onClick={(event) => {
                  event.preventDefault();
                  setRoute(section);
                }}
              >
                {section.slice(1, 2).toUpperCase() + section.slice(2)}
              </Tab>
            ))}
          </TabListWithMore>
        </Tabs>
        <output>Route: {route}</output>
      </div>
    );
  },
  play: async ({ canvas }) => {
    const more = canvas.getByRole('button', { name: 'More' });
    await userEvent.click(more);
    const menu = moreMenu(more);
    const security = within(menu).getByRole('link', { name: 'Security' });
    await expect(security).toHaveAttribute('href', '#/security');
    await userEvent.click(security);
    await expect(canvas.getByText('Route: /security')).toBeVisible();
    await waitFor(() =>
      expect(canvas.getByRole('link', { name: 'Security' })).toHaveAttribute(
        'aria-current',
        'page',
      ),
    );
  },
};
