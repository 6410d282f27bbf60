import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, userEvent } from 'storybook/test';
import { figmaDesign } from '../../../.storybook/design';
import { inlineRadio, RightToLeftBlock, Zoom200Block } from '../../../.storybook/stories';
import { Button } from '../../atoms/Button';
import { cssVar } from '../../tokens';
import { Step, Stepper, stepStatuses, type StepperProps } from '.';

/**
 * A step's accessible name: its title, then its status words. In the browser the status sits
 * in a visually hidden, positioned span, which name computation treats as a block, so a
 * space may come before the comma.
 */
const stepName = (title: string, status: string) => new RegExp(`^${title}\\s*,\\s*${status}$`);

const meta = {
  title: 'Molecules/Stepper',
  component: Stepper,
  subcomponents: { Step },
  args: { 'aria-label': 'Checkout progress' },
  argTypes: { orientation: inlineRadio(['horizontal', 'vertical']) },
  parameters: {
    design: figmaDesign('Stepper'),
    docs: {
      description: {
        component: `Progress through a sequence: an ordered list of \`Step\`s, each numbered, with a \`status\` — \`pending\`, \`current\`, \`done\`, \`warning\`, \`error\` — drawn (a number, a check, a warning sign, a cross) and said in words after the title (\`statusLabel\`; the current step is \`aria-current="step"\` instead). \`orientation="vertical"\` stacks the steps, for many steps or a narrow space; a step's \`description\` says what it holds or why it needs attention.

**Clickable steps only where allowed.** A step is a link (\`href\`, or \`as\`/\`to\` for a router) or a button (\`onClick\`) only when given one, stretched over the step; the product decides which (typically the steps already done, so a user can go back), and the others stay text, out of the Tab order.

**Use** a Stepper for a task split into ordered steps: checkout, onboarding, a long form.

**Don't** use it for navigation between independent sections (use Tabs), or for progress without steps (use ProgressBar).`,
      },
    },
  },
} satisfies Meta<typeof Stepper>;

export default meta;
type Story = StoryObj<typeof meta>;

function Checkout(args: StepperProps) {
  return (
    <Stepper {...args}>
      <Step title="Cart" status="done" />
      <Step title="Shipping" status="done" />
      <Step title="Payment" status="current" description="Card or transfer" />
      <Step title="Review" />
    </Stepper>
  );
}

export const Playground: Story = {
  render: (args) => <Checkout {...args} />,
  play: async ({ canvas }) => {
    const steps = canvas.getAllByRole('listitem');
    await expect(steps).toHaveLength(4);
    await expect(steps[2]).toHaveAttribute('aria-current', 'step');
  },
};

/** Every status, with its sign and its words (read after the title). */
export const Statuses: Story = {
  // The design of one Step: the variants this story shows.
  parameters: { design: figmaDesign('Step'), visual: { forcedColors: true } },
  render: (args) => (
    <div style={{ display: 'grid', gap: cssVar('space.8') }}>
      <Stepper {...args} aria-label="Every status">
        {stepStatuses.map((status) => (
          <Step
            key={status}
            title={status[0]!.toUpperCase() + status.slice(1)}
            status={status}
            description={status === 'error' ? 'Card declined' : undefined}
          />
        ))}
      </Stepper>
      <Stepper {...args} aria-label="Every status, vertical" orientation="vertical">
        {stepStatuses.map((status) => (
          <Step
            key={status}
            title={status[0]!.toUpperCase() + status.slice(1)}
            status={status}
            description={status === 'warning' ? 'Check the address' : undefined}
          />
        ))}
      </Stepper>
    </div>
  ),
  play: async ({ canvas }) => {
    const [pending, current, done, warning, error] = canvas
      .getByRole('list', { name: 'Every status' })
      .querySelectorAll('li');
    await expect(pending).toHaveTextContent('Pending, not started');
    await expect(current).toHaveAttribute('aria-current', 'step');
    await expect(done).toHaveTextContent('Done, completed');
    await expect(warning).toHaveTextContent('Warning, warning');
    await expect(error).toHaveTextContent('Error, errorCard declined');
    // The number comes from the list's counter, in the markers that show no sign.
    const number = getComputedStyle(pending!.querySelector('[data-part="marker"]')!, '::before');
    await expect(number.content).toBe('counter(cal-step)');
  },
};

/** Vertical: for many steps or a narrow space; the connector runs down beside the text. */
export const Vertical: Story = {
  args: { orientation: 'vertical' },
  render: (args) => <Checkout {...args} />,
  play: async ({ canvas }) => {
    const [first, second] = canvas.getAllByRole('listitem');
    await expect(second!.getBoundingClientRect().top).toBeGreaterThanOrEqual(
      first!.getBoundingClientRect().bottom - 1,
    );
  },
};

/**
 * Clickable only where allowed: the steps already done are buttons (going back); the current
 * and later steps are text, out of the Tab order.
 */
export const Clickable: Story = {
  render: function Render(args) {
    const titles = ['Account', 'Profile', 'Team', 'Billing'];
    const [current, setCurrent] = useState(2);
    return (
      <div style={{ display: 'grid', gap: cssVar('space.4') }}>
        <Stepper {...args} aria-label="Workspace setup">
          {titles.map((title, index) => (
            <Step
              key={title}
              title={title}
              status={index < current ? 'done' : index === current ? 'current' : 'pending'}
              onClick={index < current ? () => setCurrent(index) : undefined}
            />
          ))}
        </Stepper>
        <div>
          <Button onClick={() => setCurrent((step) => Math.min(step + 1, titles.length - 1))}>
            Next
          </Button>
        </div>
      </div>
    );
  },
  play: async ({ canvas }) => {
    await expect(canvas.getAllByRole('button', { name: /completed$/ })).toHaveLength(2);
    await expect(canvas.queryByRole('button', { name: /^Team/ })).toBeNull();
    await userEvent.click(canvas.getByRole('button', { name: stepName('Account', 'completed') }));
    await expect(canvas.getAllByRole('listitem')[0]).toHaveAttribute('aria-current', 'step');
    await expect(canvas.queryByRole('button', { name: /completed$/ })).toBeNull();
    await userEvent.click(canvas.getByRole('button', { name: 'Next' }));
    await expect(
      canvas.getByRole('button', { name: stepName('Account', 'completed') }),
    ).toBeVisible();
  },
};

/** Keyboard: Tab visits the clickable steps only (here links to the steps done). */
export const KeyboardFocus: Story = {
  render: (args) => (
    <Stepper {...args}>
      <Step title="Cart" status="done" href="#cart" />
      <Step title="Shipping" status="done" href="#shipping" />
      <Step title="Payment" status="current" />
      <Step title="Review" />
    </Stepper>
  ),
  play: async ({ canvas, canvasElement }) => {
    await userEvent.tab();
    await expect(canvas.getByRole('link', { name: stepName('Cart', 'completed') })).toHaveFocus();
    await userEvent.tab();
    const shipping = canvas.getByRole('link', { name: stepName('Shipping', 'completed') });
    await expect(shipping).toHaveFocus();
    // The ring is drawn around the whole step.
    await expect(getComputedStyle(shipping.closest('li')!).outlineStyle).toBe('solid');
    await userEvent.tab();
    await expect(canvasElement).not.toContainElement(document.activeElement as HTMLElement);
  },
};

/** Stress: long titles and descriptions wrap under their marker's column. */
export const LongText: Story = {
  render: (args) => (
    <div style={{ maxInlineSize: '32rem' }}>
      <Stepper {...args}>
        <Step title="A step whose title is far longer than it should be" status="done" />
        <Step
          title="Payment"
          status="error"
          description="The card was declined by the bank; try another card or a transfer"
        />
        <Step title="Review" />
      </Stepper>
    </div>
  ),
};

/** Stress: right-to-left. Step 1 at the right; the connectors run leftwards. */
export const RightToLeft: Story = {
  render: (args) => (
    <RightToLeftBlock>
      <Stepper {...args} aria-label="مراحل الدفع">
        <Step title="السلة" status="done" statusLabel="مكتملة" />
        <Step title="الشحن" status="current" />
        <Step title="الدفع" statusLabel="لم تبدأ" />
      </Stepper>
    </RightToLeftBlock>
  ),
  play: async ({ canvas }) => {
    const [first, second] = canvas.getAllByRole('listitem');
    await expect(first!.getBoundingClientRect().left).toBeGreaterThan(
      second!.getBoundingClientRect().left,
    );
  },
};

export const Zoom200: Story = {
  render: (args) => (
    <Zoom200Block style={{ maxInlineSize: '30rem' }}>
      <Checkout {...args} orientation="vertical" />
    </Zoom200Block>
  ),
};
