import type { Meta, StoryObj } from '@storybook/react-vite';
import { forwardRef, useState, type AnchorHTMLAttributes } from 'react';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { figmaDesign } from '../../../.storybook/design';
import {
  inlineRadio,
  inStoryTest,
  RightToLeftBlock,
  Zoom200Block,
} from '../../../.storybook/stories';
import { cssVar } from '../../tokens';
import { Breadcrumb, breadcrumbSizes, type BreadcrumbItem } from '.';

const trail: BreadcrumbItem[] = [
  { label: 'Home', href: '#home' },
  { label: 'Catalogue', href: '#catalogue' },
  { label: 'Garden', href: '#garden' },
  { label: 'Tools', href: '#tools' },
  { label: 'Spades', href: '#spades' },
  { label: 'Border spade' },
];

const meta = {
  title: 'Molecules/Breadcrumb',
  component: Breadcrumb,
  args: { items: trail },
  argTypes: {
    size: inlineRadio(breadcrumbSizes),
    items: { control: false },
    as: { control: false },
  },
  parameters: {
    design: figmaDesign('Breadcrumb'),
    docs: {
      description: {
        component: `Where the current page sits in the site (WAI-ARIA APG breadcrumb): a \`<nav>\` landmark (\`label\`, "Breadcrumb" by default) holding an ordered list of links, the last item the current page (\`aria-current="page"\`, plain text unless \`linkCurrent\`). Separators are hidden from assistive technology; the chevron mirrors right to left.

**Router links.** \`as={RouterLink}\` renders every link with your router's component and passes each item's \`to\`, as on Link.

**Collapse.** \`maxItems\` collapses the middle into a "more" button ("Show 3 more") once the trail is longer (\`itemsBeforeCollapse\`, \`itemsAfterCollapse\`); \`maxItems="auto"\` collapses only what does not fit the width, measured in the browser (the server sends every item; the first paint is already collapsed). The button is a disclosure: it shows the hidden steps as a list of links in a popover, which closes on Escape (focus back on the button), a press outside it or a choice. Long labels truncate on screen, never in their accessible name; a truncated one shows in full as a tooltip.

**Use** Breadcrumb on pages deeper than two levels of a hierarchy. **Don't** use it for the steps of a task (use Stepper) or for history (it is the site's structure, not the path the user took).`,
      },
    },
  },
} satisfies Meta<typeof Breadcrumb>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The "more" button's popup, found through the button that controls it. */
const popupOf = (button: HTMLElement) =>
  document.getElementById(button.getAttribute('aria-controls') ?? '') as HTMLElement;

/** Every step shown, the last the current page. Tab walks the links in order. */
export const Default: Story = {
  play: async ({ canvas }) => {
    const nav = canvas.getByRole('navigation', { name: 'Breadcrumb' });
    await expect(within(nav).getAllByRole('link')).toHaveLength(5);
    await expect(canvas.getByText('Border spade').parentElement).toHaveAttribute(
      'aria-current',
      'page',
    );
    await userEvent.tab();
    await expect(canvas.getByRole('link', { name: 'Home' })).toHaveFocus();
    await userEvent.tab();
    await expect(canvas.getByRole('link', { name: 'Catalogue' })).toHaveFocus();
  },
};

export const Sizes: Story = {
  render: (args) => (
    <div style={{ display: 'grid', gap: cssVar('space.4') }}>
      <Breadcrumb {...args} size="sm" label="Small" />
      <Breadcrumb {...args} label="Medium" />
    </div>
  ),
};

/** A router's link through `as`: it receives each item's `to` (here it shows where it went). */
export const WithRouterLinks: Story = {
  render: (args) => {
    function Demo() {
      const [route, setRoute] = useState('/');
      const RouterLink = forwardRef<
        HTMLAnchorElement,
        AnchorHTMLAttributes<HTMLAnchorElement> & { to: string }
      >(function RouterLink({ to, ...rest }, ref) {
        return (
          <a
            {...rest}
            ref={ref}
            href={`#${to}`}
            onClick={(event) => {
              event.preventDefault();
              setRoute(to);
            }}
          />
        );
      });
      return (
        <div style={{ display: 'grid', gap: cssVar('space.3') }}>
          <Breadcrumb
            {...args}
            as={RouterLink}
            items={[
              { label: 'Home', to: '/' },
              { label: 'Projects', to: '/projects' },
              { label: 'Callicrates', to: '/projects/callicrates' },
              { label: 'Settings' },
            ]}
          />
          <output>Route: {route}</output>
        </div>
      );
    }
    return <Demo />;
  },
  play: async ({ canvas }) => {
    const projects = canvas.getByRole('link', { name: 'Projects' });
    await expect(projects).toHaveAttribute('href', '#/projects');
    await userEvent.click(projects);
    await expect(canvas.getByText('Route: /projects')).toBeVisible();
  },
};

/** `maxItems={4}`: the middle collapses into a "more" button, closed. */
export const Collapsed: Story = {
  args: { maxItems: 4 },
  play: async ({ canvas }) => {
    const more = canvas.getByRole('button', { name: 'Show 4 more' });
    await expect(more).toHaveAttribute('aria-expanded', 'false');
    await expect(popupOf(more)).not.toBeVisible();
    await expect(canvas.getAllByRole('link')).toHaveLength(1);
  },
};

/**
 * Mouse and keyboard: the button shows the hidden steps as links below it; Tab goes into
 * them, Escape closes and puts focus back on the button; a press outside closes it. Left open
 * for the snapshot.
 */
export const CollapsedOpen: Story = {
  args: { maxItems: 4, itemsAfterCollapse: 1 },
  render: (args) => (
    <div style={{ minBlockSize: '14rem' }}>
      <Breadcrumb {...args} />
    </div>
  ),
  play: async ({ canvas }) => {
    const more = canvas.getByRole('button', { name: 'Show 4 more' });
    const popup = popupOf(more);
    await userEvent.click(more);
    await expect(popup.matches(':popover-open')).toBe(true);
    await expect(more).toHaveAttribute('aria-expanded', 'true');
    await expect(popup.getBoundingClientRect().top).toBeGreaterThanOrEqual(
      more.getBoundingClientRect().bottom - 1,
    );
    const links = within(popup).getAllByRole('link');
    await expect(links.map((link) => link.textContent)).toEqual([
      'Catalogue',
      'Garden',
      'Tools',
      'Spades',
    ]);
    await userEvent.tab();
    await expect(links[0]).toHaveFocus();
    // Escape and light dismiss answer trusted input only: under the story tests these press
    // real keys and click for real (Playwright, `vitest/browser`).
    if (!inStoryTest) return; // Storybook UI: left open, no real input to drive.
    const { userEvent: real } = await import('vitest/browser');
    await real.keyboard('{Escape}');
    await waitFor(() => expect(popup.matches(':popover-open')).toBe(false));
    await expect(more).toHaveFocus();
    await expect(more).toHaveAttribute('aria-expanded', 'false');
    // Keyboard: Enter opens it again; a press outside closes it.
    await real.keyboard('{Enter}');
    await waitFor(() => expect(popup.matches(':popover-open')).toBe(true));
    await real.click(canvas.getByText('Border spade'));
    await waitFor(() => expect(popup.matches(':popover-open')).toBe(false));
    // Choosing a link closes it. Its navigation is cancelled: the test's frame must stay on
    // its page (following even a `#garden` link there closes Vitest's connection to it).
    await userEvent.click(more);
    popup.addEventListener('click', (event) => event.preventDefault(), { once: true });
    await userEvent.click(within(popup).getByRole('link', { name: 'Garden' }));
    await expect(popup.matches(':popover-open')).toBe(false);
    await userEvent.click(more);
    await waitFor(() => expect(popup.matches(':popover-open')).toBe(true));
  },
};

/**
 * `maxItems="auto"`: as the room narrows, the middle collapses, one step at a time, keeping
 * the first step and as many of the last as fit.
 */
export const AutoCollapse: Story = {
  args: { maxItems: 'auto' },
  render: (args) => (
    <div style={{ display: 'grid', gap: cssVar('space.4') }}>
      <div style={{ inlineSize: '40rem' }}>
        <Breadcrumb {...args} label="Wide" />
      </div>
      <div style={{ inlineSize: '22rem' }}>
        <Breadcrumb {...args} label="Narrow" />
      </div>
      <div style={{ inlineSize: '14rem' }}>
        <Breadcrumb {...args} label="Narrowest" />
      </div>
    </div>
  ),
  play: async ({ canvas }) => {
    const wide = canvas.getByRole('navigation', { name: 'Wide' });
    await expect(within(wide).queryByRole('button')).toBeNull();
    await expect(within(wide).getAllByRole('link')).toHaveLength(5);
    const narrow = canvas.getByRole('navigation', { name: 'Narrow' });
    await expect(within(narrow).getByRole('button', { name: /^Show \d more$/ })).toBeVisible();
    const narrowest = canvas.getByRole('navigation', { name: 'Narrowest' });
    await expect(within(narrowest).getByRole('button', { name: 'Show 4 more' })).toBeVisible();
    for (const nav of [wide, narrow, narrowest]) {
      const list = nav.querySelector('ol') as HTMLElement;
      await expect(list.scrollWidth).toBeLessThanOrEqual(list.clientWidth + 1);
    }
  },
};

const longTrail: BreadcrumbItem[] = [
  { label: 'Home', href: '#home' },
  {
    label: 'Annual reports of the regional planning and infrastructure committee',
    href: '#reports',
  },
  { label: 'Minutes of the extraordinary session held in the spring of last year' },
];

/** Stress: long labels truncate on screen; their accessible names stay whole. */
export const LongLabels: Story = {
  args: { items: longTrail },
  render: (args) => (
    <div style={{ inlineSize: '28rem' }}>
      <Breadcrumb {...args} />
    </div>
  ),
  play: async ({ canvas }) => {
    const link = canvas.getByRole('link', { name: longTrail[1]?.label as string });
    const label = link.querySelector('[data-part="label"]') as HTMLElement;
    await expect(label.scrollWidth).toBeGreaterThan(label.clientWidth);
    await userEvent.hover(label);
    await expect(label).toHaveAttribute('title', longTrail[1]?.label);
  },
};

/** Stress: right-to-left. The trail runs from the right, the chevrons point left. */
export const RightToLeft: Story = {
  args: {
    label: 'مسار التنقل',
    maxItems: 4,
    moreLabel: (count: number) => `عرض ${count} أخرى`,
    items: [
      { label: 'الرئيسية', href: '#home' },
      { label: 'الكتالوج', href: '#catalogue' },
      { label: 'الحديقة', href: '#garden' },
      { label: 'الأدوات', href: '#tools' },
      { label: 'المجارف', href: '#spades' },
      { label: 'مجرفة الحدود' },
    ],
  },
  render: (args) => (
    <RightToLeftBlock style={{ minBlockSize: '12rem' }}>
      <Breadcrumb {...args} />
    </RightToLeftBlock>
  ),
  play: async ({ canvas }) => {
    const home = canvas.getByRole('link', { name: 'الرئيسية' });
    const current = canvas.getByText('مجرفة الحدود');
    await expect(current.getBoundingClientRect().right).toBeLessThan(
      home.getBoundingClientRect().left,
    );
    const chevron = canvas
      .getByRole('navigation')
      .querySelector('[data-part="separator"] > svg') as SVGElement;
    await expect(getComputedStyle(chevron).transform).not.toBe('none');
    const more = canvas.getByRole('button', { name: 'عرض 4 أخرى' });
    await userEvent.click(more);
    const popup = popupOf(more);
    await expect(popup.matches(':popover-open')).toBe(true);
    // Aligned to the button's start edge, its right in right-to-left text.
    await expect(
      Math.abs(popup.getBoundingClientRect().right - more.getBoundingClientRect().right),
    ).toBeLessThan(2);
  },
};

/** Stress: a deep trail of twelve steps, collapsed to the first two and the last two. */
export const ManyItems: Story = {
  args: {
    maxItems: 5,
    itemsBeforeCollapse: 2,
    itemsAfterCollapse: 2,
    items: [
      ...Array.from({ length: 11 }, (_, index) => ({
        label: `Level ${index + 1}`,
        href: `#level-${index + 1}`,
      })),
      { label: 'Level 12' },
    ],
  },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('button', { name: 'Show 8 more' })).toBeVisible();
    await expect(canvas.getAllByRole('link').map((link) => link.textContent)).toEqual([
      'Level 1',
      'Level 2',
      'Level 11',
    ]);
  },
};

/**
 * The current page as a link (`linkCurrent`), for a page whose content changes below it (a
 * filtered view); it still says `aria-current="page"`. A custom `separator`.
 */
export const CurrentPage: Story = {
  args: {
    linkCurrent: true,
    separator: '/',
    items: [
      { label: 'Home', href: '#home' },
      { label: 'Orders', href: '#orders' },
      { label: 'Order 1042', href: '#orders/1042' },
    ],
  },
  play: async ({ canvas }) => {
    const current = canvas.getByRole('link', { name: 'Order 1042' });
    await expect(current).toHaveAttribute('aria-current', 'page');
    await expect(canvas.getByRole('link', { name: 'Orders' })).not.toHaveAttribute('aria-current');
  },
};

export const Zoom200: Story = {
  args: { maxItems: 'auto' },
  render: (args) => (
    <Zoom200Block style={{ inlineSize: '20rem' }}>
      <Breadcrumb {...args} />
    </Zoom200Block>
  ),
};
