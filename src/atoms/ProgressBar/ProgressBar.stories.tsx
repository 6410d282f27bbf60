import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, userEvent } from 'storybook/test';
import { figmaDesign } from '../../../.storybook/design';
import { RightToLeftBlock, Zoom200Block } from '../../../.storybook/stories';
import { cssVar } from '../../tokens';
import { Button } from '../Button';
import { ProgressBar, type ProgressBarSize, type ProgressBarVariant } from './ProgressBar';

const sizes: ProgressBarSize[] = ['sm', 'md', 'lg'];
const variants: ProgressBarVariant[] = ['primary', 'success', 'warning', 'error'];

const meta = {
  title: 'Atoms/ProgressBar',
  component: ProgressBar,
  args: { label: 'Uploading report.pdf', value: 40 },
  argTypes: {
    size: { control: 'inline-radio', options: sizes },
    variant: { control: 'inline-radio', options: variants },
    value: { control: { type: 'range', min: 0, max: 100 } },
  },
  parameters: {
    design: figmaDesign('ProgressBar'),
    docs: {
      description: {
        component: `Shows how far a task has got. With \`value\` it is determinate (\`aria-valuenow\`, \`aria-valuetext\` — the percentage or your \`valueText\`); without it, indeterminate (a sweeping segment, no \`aria-valuenow\`; still under reduced motion).

**Use** it for uploads, imports and multi-step work whose size is known; give a \`label\` that says what is progressing and \`valueText\` when a count says more than a percentage ("3 of 10 files"). Status variants show a meaning (a quota nearly used up) together with text.

**Don't** use it for short waits (Spinner) or for values that are not progress, like a rating or a gauge (Meter). Don't rely on the colour of a status variant alone.`,
      },
    },
  },
} satisfies Meta<typeof ProgressBar>;

export default meta;
type Story = StoryObj<typeof meta>;

const column = { display: 'grid', gap: cssVar('space.5'), maxInlineSize: '28rem' } as const;

export const Playground: Story = {
  play: async ({ canvas }) => {
    const bar = canvas.getByRole('progressbar', { name: 'Uploading report.pdf' });
    await expect(bar).toHaveAttribute('aria-valuenow', '40');
    await expect(bar).toHaveAttribute('aria-valuetext', '40%');
  },
};

/** Sizes × status variants. */
export const SizesAndVariants: Story = {
  parameters: { visual: { forcedColors: true } },
  render: () => (
    <div style={column}>
      {variants.map((variant) =>
        sizes.map((size) => (
          <ProgressBar
            key={`${variant}-${size}`}
            label={`${variant} ${size}`}
            value={65}
            variant={variant}
            size={size}
          />
        )),
      )}
    </div>
  ),
};

/** Empty, partial and complete, and a custom range with value text. */
export const Values: Story = {
  parameters: { visual: { forcedColors: true } },
  render: () => (
    <div style={column}>
      <ProgressBar label="Not started" value={0} />
      <ProgressBar label="Halfway" value={50} />
      <ProgressBar label="Done" value={100} variant="success" />
      <ProgressBar label="Files" value={3} min={0} max={10} valueText="3 of 10 files" />
    </div>
  ),
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('progressbar', { name: 'Files' })).toHaveAttribute(
      'aria-valuetext',
      '3 of 10 files',
    );
  },
};

/** Without a value: no aria-valuenow, a segment sweeps (frozen in tests). */
export const Indeterminate: Story = {
  args: { value: undefined, label: 'Preparing export' },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('progressbar', { name: 'Preparing export' })).not.toHaveAttribute(
      'aria-valuenow',
    );
  },
};

/** A hidden label still names the bar; the description describes it. */
export const HiddenLabelWithDescription: Story = {
  args: {
    label: 'Storage used',
    hideLabel: true,
    value: 92,
    variant: 'warning',
    description: '46 of 50 GB used',
  },
  play: async ({ canvas }) => {
    const bar = canvas.getByRole('progressbar', { name: 'Storage used' });
    await expect(bar).toHaveAccessibleDescription('46 of 50 GB used');
  },
};

function Advancing() {
  const [value, setValue] = useState(20);
  return (
    <div style={column}>
      <ProgressBar label="Import" value={value} />
      <Button
        variant="secondary"
        onClick={() => setValue((current) => Math.min(100, current + 30))}
      >
        Advance
      </Button>
    </div>
  );
}

/** The value updates as the task advances. */
export const Updating: Story = {
  render: () => <Advancing />,
  play: async ({ canvas }) => {
    const bar = canvas.getByRole('progressbar', { name: 'Import' });
    await userEvent.click(canvas.getByRole('button', { name: 'Advance' }));
    await expect(bar).toHaveAttribute('aria-valuenow', '50');
    await userEvent.click(canvas.getByRole('button', { name: 'Advance' }));
    await userEvent.click(canvas.getByRole('button', { name: 'Advance' }));
    await expect(bar).toHaveAttribute('aria-valuenow', '100');
  },
};

/** Stress: a long file name with no space wraps; the value stays at the end. */
export const LongText: Story = {
  render: () => (
    <div style={{ ...column, maxInlineSize: '16rem' }}>
      <ProgressBar
        label="Uploading quarterly_financial_statements_final_v12_reviewed.pdf"
        value={72}
      />
      <ProgressBar label="Preparing" value={5} valueText="Step 1 of 20: collecting dependencies" />
    </div>
  ),
};

/** Stress: right-to-left; the bar fills from the right. */
export const RightToLeft: Story = {
  render: () => (
    <RightToLeftBlock style={column}>
      <ProgressBar label="جارٍ الرفع" value={40} />
      <ProgressBar label="جارٍ التحضير" />
    </RightToLeftBlock>
  ),
  play: async ({ canvasElement }) => {
    const indicator = canvasElement.querySelector<HTMLElement>('[data-part="indicator"]')!;
    const track = indicator.parentElement!;
    const gap = Math.abs(
      indicator.getBoundingClientRect().right - track.getBoundingClientRect().right,
    );
    await expect(gap).toBeLessThan(2);
  },
};

/** Stress: 200% zoom. */
export const Zoom200: Story = {
  render: () => (
    <Zoom200Block style={column}>
      <ProgressBar label="Zoomed" value={60} size="sm" />
    </Zoom200Block>
  ),
};

/** Crowded: a list of many concurrent uploads. */
export const ManyUploads: Story = {
  render: () => (
    <div style={{ ...column, gap: cssVar('space.3') }}>
      {Array.from({ length: 8 }, (_, index) => (
        <ProgressBar
          key={index}
          label={`photo-${index + 1}.jpg`}
          value={(index * 13) % 101}
          size="sm"
        />
      ))}
    </div>
  ),
};
