import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, fn, userEvent, waitFor } from 'storybook/test';
import { figmaDesign } from '../../../.storybook/design';
import { RightToLeftBlock, Zoom200Block } from '../../../.storybook/stories';
import { Button } from '../../atoms/Button';
import { Text } from '../../atoms/Text';
import { TextField } from '../../atoms/TextField';
import { cssVar } from '../../tokens';
import { Disclosure } from '.';

const meta = {
  title: 'Molecules/Disclosure',
  component: Disclosure,
  args: {
    title: 'Advanced options',
    children: 'Proxy, timeouts and retries. Most projects never need to change them.',
    onOpenChange: fn(),
  },
  argTypes: { children: { control: 'text' } },
  parameters: {
    design: figmaDesign('Disclosure'),
    docs: {
      description: {
        component: `A button that shows and hides a section (WAI-ARIA APG disclosure), on the native \`<details>\` and \`<summary>\`: the browser gives the button its role and expanded state, Enter and Space, find-in-page (a match inside opens it) and a working toggle before hydration. \`open\`/\`defaultOpen\`/\`onOpenChange\` as for overlays; \`headingLevel\` puts the title in a heading, for the page outline.

The height animates from the motion tokens through \`::details-content\`, and not at all under \`prefers-reduced-motion\`; browsers without \`::details-content\` (before Chrome 131, Safari 18.4, Firefox 143) open at once.

**Use** Disclosure to tuck away secondary content: advanced settings, a long explanation, details of a record.

**Don't** hide what most people need, and don't use it for navigation (use a Link) or for several related sections (use Accordion).`,
      },
    },
  },
} satisfies Meta<typeof Disclosure>;

export default meta;
type Story = StoryObj<typeof meta>;

const column = { display: 'grid', gap: cssVar('space.4'), maxInlineSize: '36rem' } as const;

const details = (canvasElement: HTMLElement) => canvasElement.querySelector('details')!;
const summary = (canvasElement: HTMLElement) => canvasElement.querySelector('summary')!;

export const Playground: Story = {
  play: async ({ canvasElement, args }) => {
    await expect(details(canvasElement).open).toBe(false);
    await userEvent.click(summary(canvasElement));
    await expect(details(canvasElement).open).toBe(true);
    await expect(args.onOpenChange).toHaveBeenCalledWith(true);
    await waitFor(() => expect(canvasElement.querySelector('[data-part="content"]')).toBeVisible());
  },
};

/** Closed, open, with its title in a heading, and disabled (still focusable). */
export const States: Story = {
  render: (args) => (
    <div style={column}>
      <Disclosure {...args} title="Closed" />
      <Disclosure {...args} title="Open" defaultOpen />
      <Disclosure {...args} title="Title in an h3" headingLevel={3} defaultOpen />
      <Disclosure {...args} title="Disabled" disabled />
      <Disclosure {...args} title="Disabled while open" disabled defaultOpen />
    </div>
  ),
  play: async ({ canvas, canvasElement, args }) => {
    await expect(canvas.getByRole('heading', { level: 3, name: 'Title in an h3' })).toBeVisible();
    const disabled = canvas.getByText('Disabled').closest('summary')!;
    await expect(disabled).toHaveAttribute('aria-disabled', 'true');
    await userEvent.click(disabled);
    await expect(disabled.closest('details')!.open).toBe(false);
    await expect(args.onOpenChange).not.toHaveBeenCalled();
    await expect(canvasElement.querySelectorAll('details[open]')).toHaveLength(3);
  },
};

/**
 * The APG keyboard: Tab reaches the button, and the content's controls follow it in the Tab
 * order once open. Enter and Space are the browser's own on `<summary>`: they fire the click
 * this component handles. (Synthetic key events, which play functions send, carry no default
 * action, so the press is a click here.)
 */
export const KeyboardFocus: Story = {
  render: (args) => (
    <div style={column}>
      <Disclosure {...args}>
        <TextField label="Timeout (seconds)" defaultValue="30" />
      </Disclosure>
    </div>
  ),
  play: async ({ canvas, canvasElement }) => {
    await userEvent.tab();
    await expect(summary(canvasElement)).toHaveFocus();
    // Closed content is out of the Tab order.
    await expect(canvas.getByRole('textbox', { hidden: true })).not.toBeVisible();
    await userEvent.click(summary(canvasElement));
    await expect(details(canvasElement).open).toBe(true);
    const field = canvas.getByRole('textbox', { name: 'Timeout (seconds)' });
    // Focusable once rendered: `checkVisibility()` is false while the slot is still hidden.
    await waitFor(() => expect(field.checkVisibility()).toBe(true));
    await userEvent.tab();
    await expect(field).toHaveFocus();
    await userEvent.tab({ shift: true });
    await expect(summary(canvasElement)).toHaveFocus();
  },
};

/**
 * The height animates from 0 to the content's height in `motion.duration.normal`, through
 * `::details-content` and `interpolate-size` (no script); under reduced motion, not at all.
 * (The test runner turns transitions off for stable pictures, so this checks that the browser
 * accepts the rules, and the unit test reads their values.)
 */
export const Animated: Story = {
  render: (args) => (
    <div style={column}>
      <Disclosure {...args}>
        <Text as="p">
          Retries back off exponentially, from one second up to a minute, and stop after ten
          attempts. Each attempt is logged.
        </Text>
      </Disclosure>
    </div>
  ),
  play: async ({ canvasElement }) => {
    const rules = Array.from(document.styleSheets).flatMap((sheet) => {
      try {
        return Array.from(sheet.cssRules);
      } catch {
        return [];
      }
    });
    // Found in the CSSOM only if this browser parsed the selector.
    const all = (list: CSSRule[]): CSSRule[] =>
      list.flatMap((rule) =>
        'cssRules' in rule
          ? [rule, ...all(Array.from((rule as CSSGroupingRule).cssRules))]
          : [rule],
      );
    const slot = all(rules).find(
      (rule): rule is CSSStyleRule =>
        rule instanceof CSSStyleRule && rule.selectorText === '.cal-disclosure::details-content',
    );
    await expect(slot?.style.getPropertyValue('transition')).toContain(
      'block-size var(--cal-motion-duration-normal)',
    );
    await expect(CSS.supports('interpolate-size', 'allow-keywords')).toBe(true);
    const element = details(canvasElement);
    const closed = element.getBoundingClientRect().height;
    await userEvent.click(summary(canvasElement));
    await waitFor(() =>
      expect(element.getBoundingClientRect().height).toBeGreaterThan(closed + 40),
    );
  },
};

/** Controlled: the parent holds `open`; a button elsewhere opens it too. */
export const Controlled: Story = {
  render: function Render(args) {
    const [open, setOpen] = useState(false);
    return (
      <div style={column}>
        <Disclosure
          {...args}
          open={open}
          onOpenChange={(next) => {
            setOpen(next);
            args.onOpenChange?.(next);
          }}
        />
        <div>
          <Button variant="secondary" onClick={() => setOpen((value) => !value)}>
            {open ? 'Hide' : 'Show'} advanced options
          </Button>
        </div>
      </div>
    );
  },
  play: async ({ canvas, canvasElement }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Show advanced options' }));
    await expect(details(canvasElement).open).toBe(true);
    await userEvent.click(summary(canvasElement));
    await expect(details(canvasElement).open).toBe(false);
    await expect(canvas.getByRole('button', { name: 'Show advanced options' })).toBeVisible();
  },
};

/** Stress: a long title wraps beside the chevron, which stays at the end. */
export const LongText: Story = {
  args: {
    title: 'A title far longer than a disclosure title should be, which wraps onto several lines',
    defaultOpen: true,
  },
  render: (args) => (
    <div style={{ ...column, maxInlineSize: '20rem' }}>
      <Disclosure {...args} />
    </div>
  ),
};

/** Stress: right-to-left. The chevron sits at the end (left). */
export const RightToLeft: Story = {
  render: (args) => (
    <RightToLeftBlock style={column}>
      <Disclosure {...args} title="خيارات متقدمة" defaultOpen>
        الوكيل والمهلات وإعادة المحاولة.
      </Disclosure>
    </RightToLeftBlock>
  ),
  play: async ({ canvasElement }) => {
    const title = canvasElement.querySelector('[data-part="title"]')!.getBoundingClientRect();
    const icon = canvasElement.querySelector('[data-part="icon"]')!.getBoundingClientRect();
    await expect(icon.right).toBeLessThanOrEqual(title.left);
  },
};

export const Zoom200: Story = {
  render: (args) => (
    <Zoom200Block style={{ ...column, maxInlineSize: '24rem' }}>
      <Disclosure {...args} defaultOpen />
    </Zoom200Block>
  ),
};
