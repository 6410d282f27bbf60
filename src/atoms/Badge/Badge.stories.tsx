import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent } from 'storybook/test';
import { figmaDesign } from '../../../.storybook/design';
import { RightToLeftBlock, Zoom200Block } from '../../../.storybook/stories';
import { cssVar } from '../../tokens';
import { BellIcon, MailIcon } from '../Icon';
import { Badge, type BadgeVariant } from './Badge';

const variants: BadgeVariant[] = ['neutral', 'info', 'success', 'warning', 'error'];

const meta = {
  title: 'Atoms/Badge',
  component: Badge,
  args: { children: 'Beta' },
  argTypes: { variant: { control: 'inline-radio', options: variants } },
  parameters: {
    design: figmaDesign('Badge'),
    docs: {
      description: {
        component: `A short status or count beside something else: "Beta", "3 new", a dot for unseen activity.

\`count\` shows a number, capped at \`max\` ("99+"), and announces the exact number with its \`label\` ("120 unread messages"). \`dot\` is a dot with no text: with a \`label\` it is an image of that name, without one it is decorative.

**Use** the \`variant\` colours for status (\`info\`, \`success\`, \`warning\`, \`error\`), \`neutral\` for counts and labels.

**Don't** put actions in a badge (use a Tag or Button), use colour as the only meaning, or put long sentences in one.`,
      },
    },
  },
} satisfies Meta<typeof Badge>;

export default meta;
type Story = StoryObj<typeof meta>;

const row = {
  display: 'flex',
  flexWrap: 'wrap',
  gap: cssVar('space.3'),
  alignItems: 'center',
} as const;
const column = { display: 'grid', gap: cssVar('space.3') } as const;
const spoken = (element: Element) => {
  const clone = element.cloneNode(true) as Element;
  clone.querySelectorAll('[aria-hidden="true"]').forEach((node) => node.remove());
  return clone.textContent;
};

export const Playground: Story = {
  play: async ({ canvas }) => {
    // The default variant, neutral, writes no attribute.
    await expect(canvas.getByText('Beta')).not.toHaveAttribute('data-variant');
  },
};

/** Every variant as text, count and dot. */
export const Variants: Story = {
  parameters: { visual: { forcedColors: true } },
  render: () => (
    <div style={column}>
      {variants.map((variant) => (
        <div key={variant} style={row}>
          <Badge variant={variant}>{variant}</Badge>
          <Badge variant={variant} count={8} label={`${variant} items`} />
          <Badge variant={variant} dot label={`${variant} activity`} />
        </div>
      ))}
    </div>
  ),
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('img', { name: 'error activity' })).toHaveAttribute('data-dot');
  },
};

export const Count: Story = {
  render: () => (
    <div style={row}>
      <span>Inbox</span>
      <Badge count={7} label="unread messages" data-testid="badge" />
    </div>
  ),
  play: async ({ canvas }) => {
    await expect(spoken(canvas.getByTestId('badge'))).toBe('7 unread messages');
  },
};

export const Dot: Story = {
  parameters: { visual: { forcedColors: true } },
  render: () => (
    <div style={row}>
      <span>Notifications</span>
      <Badge dot variant="error" label="New notifications" />
    </div>
  ),
};

/** Badges anchored to icons, as on a toolbar. */
export const OnIcons: Story = {
  parameters: { visual: { forcedColors: true } },
  render: () => (
    <div style={{ ...row, gap: cssVar('space.6') }}>
      {[
        { icon: <MailIcon />, badge: <Badge variant="error" count={12} label="unread messages" /> },
        { icon: <BellIcon />, badge: <Badge variant="info" dot label="New notifications" /> },
      ].map(({ icon, badge }, index) => (
        <span key={index} style={{ position: 'relative', display: 'inline-flex' }}>
          {icon}
          <span
            style={{
              position: 'absolute',
              insetBlockStart: `calc(-1 * ${cssVar('space.2')})`,
              insetInlineStart: cssVar('space.3'),
            }}
          >
            {badge}
          </span>
        </span>
      ))}
    </div>
  ),
};

/** Crowded: counts over their max: 99+, 999+, and the exact numbers still announced. */
export const Overflow: Story = {
  render: () => (
    <div style={row}>
      <Badge count={99} label="alerts" data-testid="99" />
      <Badge count={100} label="alerts" data-testid="100" variant="error" />
      <Badge count={1000} max={999} label="alerts" data-testid="1000" variant="warning" />
      <Badge count={123456} max={999} label="alerts" variant="info" />
      <Badge count={0} label="alerts" />
    </div>
  ),
  play: async ({ canvas }) => {
    await expect(canvas.getByTestId('99')).toHaveTextContent(/^99/);
    await expect(canvas.getByTestId('100').querySelector('[aria-hidden]')).toHaveTextContent('99+');
    await expect(spoken(canvas.getByTestId('100'))).toBe('100 alerts');
    await expect(canvas.getByTestId('1000').querySelector('[aria-hidden]')).toHaveTextContent(
      '999+',
    );
  },
};

/** Badges are not focusable: Tab passes them by, to the next control. */
export const KeyboardFocus: Story = {
  render: () => (
    <div style={row}>
      <Badge count={3} label="new" />
      <button type="button">Next control</button>
    </div>
  ),
  play: async ({ canvas }) => {
    await userEvent.tab();
    await expect(canvas.getByRole('button', { name: 'Next control' })).toHaveFocus();
  },
};

/** Stress: a long word with no space wraps inside the badge; counts never wrap. */
export const LongText: Story = {
  render: () => (
    <div style={{ ...column, maxInlineSize: cssVar('size.24') }}>
      <Badge variant="info">SupercalifragilisticexpialidociousExperimental</Badge>
      <Badge count={123456} max={99999} label="items" />
    </div>
  ),
};

export const RightToLeft: Story = {
  render: () => (
    <RightToLeftBlock style={row}>
      <Badge variant="success">نشط</Badge>
      <span>البريد</span>
      <Badge count={120} label="رسائل غير مقروءة" variant="error" />
      <Badge dot label="نشاط جديد" variant="info" />
    </RightToLeftBlock>
  ),
};

export const Zoom200: Story = {
  render: () => (
    <Zoom200Block style={row}>
      <Badge variant="warning">Deprecated</Badge>
      <Badge count={120} label="alerts" variant="error" />
      <Badge dot label="Live" variant="success" />
    </Zoom200Block>
  ),
};
