import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, userEvent } from 'storybook/test';
import { figmaDesign } from '../../../.storybook/design';
import {
  inlineRadio,
  RightToLeftBlock,
  unbrokenError,
  Zoom200Block,
} from '../../../.storybook/stories';
import { Button } from '../../atoms/Button';
import { cssVar } from '../../tokens';
import { feedbackStatuses } from '../StatusMessage';
import { InlineAlert } from './InlineAlert';

const meta = {
  title: 'Molecules/InlineAlert',
  component: InlineAlert,
  args: {
    title: 'Payment details saved',
    description: 'We will use this card for your next invoice.',
  },
  argTypes: {
    status: inlineRadio(feedbackStatuses),
    actions: { control: false },
  },
  parameters: {
    design: figmaDesign('InlineAlert'),
    docs: {
      description: {
        component: `A message about one section of a page: a form, a card, a panel. \`status\` picks the colours (status tokens) and the icon; the status is also given in words for screen readers (\`statusLabel\`), so colour is never the only signal.

The alert has no role by default: an alert that is part of the page when it loads is read where it stands, and a live region there would only re-announce. For an alert inserted later (a form's submit error), pass \`live\`: errors and warnings become \`role="alert"\`, the others \`role="status"\`.

**Use** InlineAlert beside what it is about: above a form, at the top of a card.

**Don't** use it for page-wide notices (use Banner) or for brief confirmations of an action (use a toast).`,
      },
    },
  },
} satisfies Meta<typeof InlineAlert>;

export default meta;
type Story = StoryObj<typeof meta>;

const column = { display: 'grid', gap: cssVar('space.3'), maxInlineSize: '40rem' } as const;

export const Playground: Story = {
  play: async ({ canvas }) => {
    await expect(canvas.getByText('Information')).toBeInTheDocument();
    await expect(canvas.queryByRole('alert')).toBeNull();
  },
};

const copy = {
  info: ['A new version is available', 'Reload the page to get the latest features.'],
  success: ['Payment details saved', 'We will use this card for your next invoice.'],
  warning: ['Your storage is almost full', 'You have used 95% of your 10 GB.'],
  error: ['Payment failed', 'The card was declined. Try another card.'],
} as const;

/** Every status, each with its own icon and its name in hidden text. */
export const Statuses: Story = {
  parameters: { visual: { forcedColors: true } },
  render: (args) => (
    <div style={column}>
      {feedbackStatuses.map((status) => (
        <InlineAlert
          key={status}
          {...args}
          status={status}
          title={copy[status][0]}
          description={copy[status][1]}
        />
      ))}
    </div>
  ),
  play: async ({ canvas }) => {
    for (const word of ['Information', 'Success', 'Warning', 'Error']) {
      await expect(canvas.getByText(word)).toBeInTheDocument();
    }
  },
};

/** Title only, description only, and with actions. */
export const Parts: Story = {
  render: (args) => (
    <div style={column}>
      <InlineAlert {...args} status="success" title="Saved" description={undefined} />
      <InlineAlert {...args} title={undefined} description="Changes apply to new projects only." />
      <InlineAlert
        {...args}
        status="error"
        title="Payment failed"
        description="The card was declined."
        actions={
          <>
            <Button size="sm" variant="secondary">
              Use another card
            </Button>
            <Button size="sm" variant="tertiary">
              Contact support
            </Button>
          </>
        }
      />
    </div>
  ),
};

/** Live: an alert inserted after a failed submit is announced (role="alert"). */
export const Live: Story = {
  render: function Render(args) {
    const [failed, setFailed] = useState(false);
    return (
      <div style={column}>
        <Button onClick={() => setFailed(true)}>Submit</Button>
        {failed ? (
          <InlineAlert
            {...args}
            live
            status="error"
            title="The form has 2 errors"
            description="Fix them and submit again."
          />
        ) : null}
      </div>
    );
  },
  play: async ({ canvas }) => {
    await expect(canvas.queryByRole('alert')).toBeNull();
    await userEvent.click(canvas.getByRole('button', { name: 'Submit' }));
    await expect(canvas.getByRole('alert')).toHaveTextContent('ErrorThe form has 2 errors');
  },
};

/** Keyboard: the actions are ordinary buttons in the tab order. */
export const KeyboardFocus: Story = {
  args: {
    status: 'warning',
    title: 'Unsaved changes',
    description: 'Save before you leave this page.',
    actions: <Button size="sm">Save now</Button>,
  },
  play: async ({ canvas }) => {
    await userEvent.tab();
    await expect(canvas.getByRole('button', { name: 'Save now' })).toHaveFocus();
  },
};

/** Stress: long text wraps, an unbroken word wraps inside itself; the icon stays on line one. */
export const LongText: Story = {
  render: (args) => (
    <div style={{ ...column, maxInlineSize: '20rem' }}>
      <InlineAlert
        {...args}
        status="error"
        title="A title far longer than a title should be, which wraps onto several lines"
        description={unbrokenError}
      />
    </div>
  ),
};

/** Stress: right-to-left. The icon sits at the start (right). */
export const RightToLeft: Story = {
  render: (args) => (
    <RightToLeftBlock style={column}>
      <InlineAlert
        {...args}
        status="success"
        statusLabel="نجاح"
        title="تم حفظ التغييرات"
        description="سنستخدم هذه البطاقة في فاتورتك القادمة."
        actions={<Button size="sm">عرض</Button>}
      />
    </RightToLeftBlock>
  ),
};

export const Zoom200: Story = {
  render: (args) => (
    <Zoom200Block style={{ ...column, maxInlineSize: '30rem' }}>
      <InlineAlert {...args} status="warning" />
    </Zoom200Block>
  ),
};
