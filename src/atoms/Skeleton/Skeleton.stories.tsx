import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, userEvent } from 'storybook/test';
import { figmaDesign } from '../../../.storybook/design';
import { Zoom200Block } from '../../../.storybook/stories';
import { cssVar } from '../../tokens';
import { Button } from '../Button';
import { Heading } from '../Heading';
import { Text } from '../Text';
import { VisuallyHidden } from '../VisuallyHidden';
import { Skeleton } from './Skeleton';

const meta = {
  title: 'Atoms/Skeleton',
  component: Skeleton,
  args: { shape: 'text', lines: 3 },
  argTypes: {
    shape: { control: 'inline-radio', options: ['text', 'rect', 'circle'] },
  },
  parameters: {
    design: figmaDesign('Skeleton'),
    docs: {
      description: {
        component: `A placeholder in the shape of content that is loading: lines of \`text\`, a \`rect\`, a \`circle\`. Width and height take \`size.*\` tokens. A light band sweeps across it; under \`prefers-reduced-motion: reduce\` it stands still.

**Loading pattern.** A Skeleton is always \`aria-hidden\`. Announce the wait once for the region: set \`aria-busy="true"\` on it and put one \`role="status"\` text in it (\`<VisuallyHidden role="status">Loading profile</VisuallyHidden>\`); when the content arrives, drop both and render the content in place.

**Use** it when the layout of what loads is known, so the page does not jump. **Don't** use it for actions in progress (Spinner, Button \`loading\`) or for waits of a known length (ProgressBar), and don't show it for waits under a moment.`,
      },
    },
  },
} satisfies Meta<typeof Skeleton>;

export default meta;
type Story = StoryObj<typeof meta>;

const column = { display: 'grid', gap: cssVar('space.4'), maxInlineSize: '28rem' } as const;
const row = { display: 'flex', gap: cssVar('space.3'), alignItems: 'center' } as const;

export const Playground: Story = {
  play: async ({ canvasElement }) => {
    const skeleton = canvasElement.querySelector('[data-part="line"]')?.parentElement;
    await expect(skeleton).toHaveAttribute('aria-hidden', 'true');
    // The default shape, text, writes no attribute.
    await expect(skeleton).not.toHaveAttribute('data-shape');
    await expect(skeleton?.querySelectorAll('[data-part="line"]')).toHaveLength(3);
  },
};

/** Text lines, a rect and a circle, in token sizes. */
export const Shapes: Story = {
  parameters: { visual: { forcedColors: true } },
  render: () => (
    <div style={column}>
      <Skeleton lines={1} />
      <Skeleton lines={4} />
      <div style={row}>
        <Skeleton shape="circle" />
        <Skeleton shape="circle" width="16" height="16" />
        <Skeleton shape="rect" width="24" height="16" />
        <Skeleton shape="rect" width="12" height="12" />
      </div>
      <Skeleton shape="rect" />
    </div>
  ),
};

function ProfileCard() {
  const [loaded, setLoaded] = useState(false);
  return (
    <div style={column}>
      <section
        aria-labelledby="profile-heading"
        aria-busy={!loaded}
        style={{ display: 'grid', gap: cssVar('space.3') }}
      >
        <Heading level={2} id="profile-heading">
          Profile
        </Heading>
        {loaded ? (
          <Text>Phidias, sculptor and architect of the Parthenon.</Text>
        ) : (
          <>
            <VisuallyHidden role="status">Loading profile</VisuallyHidden>
            <div style={row}>
              <Skeleton shape="circle" />
              <Skeleton lines={2} />
            </div>
          </>
        )}
      </section>
      <Button variant="secondary" onClick={() => setLoaded(true)}>
        Finish loading
      </Button>
    </div>
  );
}

/** The loading pattern: a busy region with one status text; the skeletons say nothing. */
export const LoadingPattern: Story = {
  render: () => <ProfileCard />,
  play: async ({ canvas }) => {
    const region = canvas.getByRole('region', { name: 'Profile' });
    await expect(region).toHaveAttribute('aria-busy', 'true');
    await expect(canvas.getByRole('status')).toHaveTextContent('Loading profile');
    await userEvent.click(canvas.getByRole('button', { name: 'Finish loading' }));
    await expect(region).toHaveAttribute('aria-busy', 'false');
    await expect(canvas.getByText(/Phidias/)).toBeVisible();
  },
};

/** Crowded: a list of twelve loading rows. */
export const ManyRows: Story = {
  render: () => (
    <div style={{ ...column, gap: cssVar('space.3') }}>
      {Array.from({ length: 12 }, (_, index) => (
        <div key={index} style={row}>
          <Skeleton shape="circle" width="8" height="8" />
          <Skeleton lines={index % 3 === 0 ? 2 : 1} />
        </div>
      ))}
    </div>
  ),
};

/** Stress: a narrow container; a fixed-width rect never overflows it. */
export const LongText: Story = {
  render: () => (
    <div style={{ ...column, maxInlineSize: '4rem' }}>
      <Skeleton shape="rect" width="24" height="8" />
      <Skeleton lines={3} />
    </div>
  ),
};

/** Stress: right-to-left; the short last line ends at the left. */
export const RightToLeft: Story = {
  render: () => (
    <div dir="rtl" style={column}>
      <div style={row}>
        <Skeleton shape="circle" />
        <Skeleton lines={3} />
      </div>
    </div>
  ),
};

/** Stress: 200% zoom. */
export const Zoom200: Story = {
  render: () => (
    <Zoom200Block style={{ ...column, maxInlineSize: '14rem' }}>
      <Skeleton lines={2} />
      <Skeleton shape="circle" />
    </Zoom200Block>
  ),
};
