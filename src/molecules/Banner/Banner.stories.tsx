import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, fn, userEvent } from 'storybook/test';
import { figmaDesign } from '../../../.storybook/design';
import { inlineRadio, RightToLeftBlock, Zoom200Block } from '../../../.storybook/stories';
import { Button } from '../../atoms/Button';
import { cssVar } from '../../tokens';
import { feedbackStatuses } from '../StatusMessage';
import { Banner } from './Banner';

const meta = {
  title: 'Molecules/Banner',
  component: Banner,
  args: {
    title: 'Scheduled maintenance',
    description: 'The app will be unavailable on Sunday from 02:00 to 03:00 UTC.',
    onDismiss: fn(),
  },
  argTypes: {
    status: inlineRadio(feedbackStatuses),
    actions: { control: false },
  },
  parameters: {
    design: figmaDesign('Banner'),
    docs: {
      description: {
        component: `A message about the whole page or app, across its top: a service notice, an expiring trial, a lost connection. \`status\` picks the colours (status tokens) and icon; the status is also said in words for screen readers (\`statusLabel\`).

The banner is a \`<section>\` landmark named by its title, so it is in the landmarks list. It is not a live region unless \`live\` is set, for a banner that appears after the page loaded. \`dismissible\` adds a dismiss button (\`dismissLabel\`); the banner hides itself, or, with \`open\`, waits for you to close it in \`onDismiss\`. Focus moves to the next focusable element when a banner holding it is dismissed.

**Use** one banner at a time, for something that concerns the whole page.

**Don't** use a Banner for a message about one section (use InlineAlert) or for the result of an action (use a toast).`,
      },
    },
  },
} satisfies Meta<typeof Banner>;

export default meta;
type Story = StoryObj<typeof meta>;

const column = { display: 'grid', gap: cssVar('space.4') } as const;

/** Dismissible and uncontrolled: it hides itself; the button below mounts it anew. */
export const Playground: Story = {
  args: { dismissible: true },
  render: function Render(args) {
    const [shown, setShown] = useState(0);
    return (
      <div style={column}>
        <Banner key={shown} {...args} />
        <div>
          <Button variant="secondary" onClick={() => setShown((count) => count + 1)}>
            Show the banner again
          </Button>
        </div>
      </div>
    );
  },
  play: async ({ canvas, args }) => {
    await expect(canvas.getByRole('region', { name: 'Scheduled maintenance' })).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Dismiss' }));
    await expect(args.onDismiss).toHaveBeenCalledTimes(1);
    await expect(canvas.queryByRole('region')).toBeNull();
    // Shown again, so the story ends with the banner on screen.
    await userEvent.click(canvas.getByRole('button', { name: 'Show the banner again' }));
    await expect(canvas.getByRole('region', { name: 'Scheduled maintenance' })).toBeVisible();
  },
};

const copy = {
  info: ['Scheduled maintenance', 'The app will be unavailable on Sunday from 02:00 to 03:00 UTC.'],
  success: ['You are back online', 'Changes you made offline have been synced.'],
  warning: ['Your trial ends in 3 days', 'Choose a plan to keep your projects.'],
  error: ['We cannot reach the server', 'Changes are saved on this device until it is back.'],
} as const;

/** Every status, dismissible and not. */
export const Statuses: Story = {
  parameters: { visual: { forcedColors: true } },
  render: (args) => (
    <div style={column}>
      {feedbackStatuses.map((status, index) => (
        <Banner
          key={status}
          {...args}
          status={status}
          title={copy[status][0]}
          description={copy[status][1]}
          dismissible={index % 2 === 0}
        />
      ))}
    </div>
  ),
  play: async ({ canvas }) => {
    await expect(canvas.getAllByRole('region')).toHaveLength(4);
    await expect(canvas.getAllByRole('button', { name: 'Dismiss' })).toHaveLength(2);
  },
};

/** With actions, and description only (the status names the landmark). */
export const Parts: Story = {
  render: (args) => (
    <div style={column}>
      <Banner
        {...args}
        status="warning"
        title="Your trial ends in 3 days"
        description="Choose a plan to keep your projects."
        actions={
          <>
            <Button size="sm">Choose a plan</Button>
            <Button size="sm" variant="tertiary">
              Remind me later
            </Button>
          </>
        }
        dismissible
      />
      <Banner {...args} title={undefined} description="Cookies keep you signed in." />
    </div>
  ),
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('region', { name: 'Information' })).toBeVisible();
  },
};

/** Controlled: the page holds `open`, and a button shows the banner again. */
export const Controlled: Story = {
  render: function Render(args) {
    const [open, setOpen] = useState(true);
    return (
      <div style={column}>
        <Banner
          {...args}
          dismissible
          open={open}
          onDismiss={() => {
            args.onDismiss?.();
            setOpen(false);
          }}
        />
        <div>
          <Button variant="secondary" onClick={() => setOpen(true)}>
            Show the banner
          </Button>
        </div>
      </div>
    );
  },
  play: async ({ canvas }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Dismiss' }));
    await expect(canvas.queryByRole('region')).toBeNull();
    await expect(canvas.getByRole('button', { name: 'Show the banner' })).toHaveFocus();
    await userEvent.click(canvas.getByRole('button', { name: 'Show the banner' }));
    await expect(canvas.getByRole('region', { name: 'Scheduled maintenance' })).toBeVisible();
  },
};

/** Keyboard: Tab reaches the actions, then Dismiss; Enter dismisses and focus moves on. */
export const KeyboardFocus: Story = {
  render: (args) => (
    <div style={column}>
      <Banner {...args} dismissible actions={<Button size="sm">Details</Button>} />
      <div>
        <Button variant="secondary">Next on the page</Button>
      </div>
    </div>
  ),
  play: async ({ canvas }) => {
    await userEvent.tab();
    await expect(canvas.getByRole('button', { name: 'Details' })).toHaveFocus();
    await userEvent.tab();
    await expect(canvas.getByRole('button', { name: 'Dismiss' })).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    await expect(canvas.getByRole('button', { name: 'Next on the page' })).toHaveFocus();
  },
};

/** Live: a banner that appears later is announced (an error is role="alert"). */
export const Live: Story = {
  render: function Render(args) {
    const [offline, setOffline] = useState(false);
    return (
      <div style={column}>
        {offline ? (
          <Banner {...args} live status="error" title={copy.error[0]} description={copy.error[1]} />
        ) : null}
        <div>
          <Button onClick={() => setOffline(true)}>Go offline</Button>
        </div>
      </div>
    );
  },
  play: async ({ canvas }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Go offline' }));
    await expect(canvas.getByRole('alert')).toHaveTextContent('We cannot reach the server');
  },
};

/** Stress: long text wraps; the dismiss button stays at the end of the first line. */
export const LongText: Story = {
  render: (args) => (
    <div style={{ maxInlineSize: '24rem' }}>
      <Banner
        {...args}
        dismissible
        title="A title far longer than a title should be, which wraps onto several lines"
        description="A description that goes on and on, to show how the banner grows in height while the icon and the dismiss button stay at the top."
      />
    </div>
  ),
};

/** Stress: right-to-left. Icon at the start (right), dismiss at the end (left). */
export const RightToLeft: Story = {
  render: (args) => (
    <RightToLeftBlock>
      <Banner
        {...args}
        status="warning"
        statusLabel="تحذير"
        title="تنتهي فترتك التجريبية خلال 3 أيام"
        description="اختر خطة للاحتفاظ بمشاريعك."
        dismissible
        dismissLabel="إغلاق"
      />
    </RightToLeftBlock>
  ),
};

export const Zoom200: Story = {
  render: (args) => (
    <Zoom200Block style={{ maxInlineSize: '30rem' }}>
      <Banner {...args} dismissible />
    </Zoom200Block>
  ),
};
