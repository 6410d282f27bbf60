import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, fn, userEvent } from 'storybook/test';
import { figmaDesign } from '../../../.storybook/design';
import {
  controlSizes,
  expectSubmitted,
  inlineRadio,
  inStoryTest,
  resetStoryForm,
  RightToLeftBlock,
  StoryForm,
  submitStoryForm,
  Zoom200Block,
} from '../../../.storybook/stories';
import { cssVar } from '../../tokens';
import { Button } from '../Button';
import { Radio } from './Radio';
import { RadioGroup } from './RadioGroup';
import { Text } from '../Text';

const plans = (
  <>
    <Radio label="Free" value="free" />
    <Radio label="Pro" value="pro" description="For teams up to 20" />
    <Radio label="Enterprise" value="enterprise" />
  </>
);

const meta = {
  title: 'Atoms/RadioGroup',
  component: RadioGroup,
  subcomponents: { Radio },
  args: { label: 'Plan', name: 'plan', onValueChange: fn(), children: plans },
  argTypes: {
    orientation: inlineRadio(['vertical', 'horizontal']),
    size: inlineRadio(controlSizes),
    children: { control: false },
  },
  parameters: {
    design: figmaDesign('RadioGroup'),
    docs: {
      description: {
        component: `A labelled set (\`role="radiogroup"\`) of native radios sharing one name: the browser gives one tab stop, arrow keys that move and select (mirrored in RTL), submission and reset.

**Use** it for exactly one choice among two to about seven options that should all be visible. Preselect a sensible default when there is one. With react-hook-form, \`register\` each Radio or wrap the group in a \`Controller\`.

**Don't** use it for many options (Select), for independent choices (CheckboxGroup) or for an on/off setting (Switch).`,
      },
    },
  },
} satisfies Meta<typeof RadioGroup>;

export default meta;
type Story = StoryObj<typeof meta>;

const stack = { display: 'grid', gap: cssVar('space.6'), maxInlineSize: '32rem' } as const;

export const Playground: Story = {
  args: { description: 'You can change plans at any time.', defaultValue: 'free' },
  play: async ({ canvas, args }) => {
    await userEvent.click(canvas.getByText('Enterprise'));
    await expect(canvas.getByRole('radio', { name: 'Enterprise' })).toBeChecked();
    await expect(args.onValueChange).toHaveBeenCalledWith('enterprise');
  },
};

export const Sizes: Story = {
  render: (args) => (
    <div style={stack}>
      {controlSizes.map((size) => (
        <RadioGroup
          key={size}
          {...args}
          name={`plan-${size}`}
          label={`Size ${size}`}
          size={size}
          orientation="horizontal"
          defaultValue="pro"
        />
      ))}
      <RadioGroup {...args} name="plan-v" label="Vertical" defaultValue="free" />
    </div>
  ),
};

export const States: Story = {
  // Its states must survive Windows contrast themes: one more picture in forced colours.
  parameters: { visual: { forcedColors: true } },
  render: (args) => (
    <div style={stack}>
      <RadioGroup {...args} name="s1" label="Required" required />
      <RadioGroup {...args} name="s2" label="Disabled" disabled defaultValue="pro" />
      <RadioGroup {...args} name="s3" label="One option disabled" defaultValue="free">
        <Radio label="Free" value="free" />
        <Radio label="Pro" value="pro" disabled />
        <Radio label="Enterprise" value="enterprise" />
      </RadioGroup>
      <RadioGroup {...args} name="s4" label="Read-only" readOnly defaultValue="pro" />
      <RadioGroup {...args} name="s5" label="Invalid" error="Choose a plan." />
    </div>
  ),
};

/**
 * One tab stop: Tab lands on the checked radio; ArrowDown/ArrowRight move and select, and
 * wrap from the last to the first; the next Tab leaves the group.
 */
export const KeyboardFocus: Story = {
  args: { defaultValue: 'pro' },
  render: (args) => (
    <div style={stack}>
      <RadioGroup {...args} />
      <Button variant="secondary">After</Button>
    </div>
  ),
  play: async ({ canvas, args }) => {
    await userEvent.tab();
    await expect(canvas.getByRole('radio', { name: 'Pro' })).toHaveFocus();
    await userEvent.keyboard('{ArrowDown}');
    const enterprise = canvas.getByRole('radio', { name: 'Enterprise' });
    await expect(enterprise).toHaveFocus();
    await expect(enterprise).toBeChecked();
    await userEvent.keyboard('{ArrowRight}');
    await expect(canvas.getByRole('radio', { name: 'Free' })).toBeChecked();
    await expect(args.onValueChange).toHaveBeenLastCalledWith('free');
    await userEvent.tab();
    await expect(canvas.getByRole('button', { name: 'After' })).toHaveFocus();
    await userEvent.tab({ shift: true });
    await expect(canvas.getByRole('radio', { name: 'Free' })).toHaveFocus();
  },
};

export const ReadOnly: Story = {
  args: { readOnly: true, defaultValue: 'pro' },
  play: async ({ canvas, args }) => {
    await userEvent.click(canvas.getByRole('radio', { name: 'Free' }));
    await userEvent.click(canvas.getByText('Enterprise'));
    const pro = canvas.getByRole('radio', { name: 'Pro' });
    pro.focus();
    await userEvent.keyboard('{ArrowDown}');
    await expect(pro).toBeChecked();
    await expect(pro).toHaveFocus();
    await expect(args.onValueChange).not.toHaveBeenCalled();
  },
};

export const Controlled: Story = {
  render: function Render(args) {
    const [value, setValue] = useState('free');
    return (
      <div style={stack}>
        <RadioGroup {...args} value={value} onValueChange={setValue} orientation="horizontal" />
        <Text role="status" as="div">
          Value: {value}
        </Text>
      </div>
    );
  },
  play: async ({ canvas }) => {
    canvas.getByRole('radio', { name: 'Free' }).focus();
    await userEvent.keyboard('{ArrowRight}{ArrowRight}{ArrowRight}{ArrowRight}');
    await expect(canvas.getByRole('status')).toHaveTextContent('Value: pro');
  },
};

export const InForm: Story = {
  render: (args) => (
    <StoryForm style={stack}>
      <RadioGroup {...args} defaultValue="free" required />
    </StoryForm>
  ),
  play: async ({ canvas }) => {
    await userEvent.click(canvas.getByText('Pro'));
    await submitStoryForm(canvas);
    await expectSubmitted(canvas, { plan: 'pro' });
    await resetStoryForm(canvas);
    await expect(canvas.getByRole('radio', { name: 'Free' })).toBeChecked();
  },
};

export const LongText: Story = {
  args: {
    label: 'Averyveryveryveryveryverylonggrouplabelwithoutanyspacesatall',
    error: 'Averyveryveryveryveryveryveryveryverylongerrormessagewithoutaspace.',
    children: (
      <>
        <Radio label="Supercalifragilisticexpialidociousoptionlabel" value="a" />
        <Radio label="Short" value="b" description="Averyveryveryverylongdescriptionnospaces" />
      </>
    ),
  },
  render: (args) => (
    <div style={{ maxInlineSize: '16rem' }}>
      <RadioGroup {...args} />
    </div>
  ),
};

/**
 * Stress: right-to-left; circles on the right. In RTL the browser maps ArrowLeft to "next":
 * under the story tests this presses real keys (Playwright, `vitest/browser`), because the
 * simulated `userEvent` of `storybook/test` walks radios in DOM order whatever the direction.
 */
export const RightToLeft: Story = {
  render: (args) => (
    <RightToLeftBlock style={stack}>
      <RadioGroup {...args} label="الخطة" description="يمكنك التغيير لاحقاً" defaultValue="a">
        <Radio label="مجانية" value="a" />
        <Radio label="احترافية" value="b" />
        <Radio label="مؤسسات" value="c" />
      </RadioGroup>
    </RightToLeftBlock>
  ),
  play: async ({ canvas }) => {
    const first = canvas.getByRole('radio', { name: 'مجانية' });
    await userEvent.tab();
    await expect(first).toHaveFocus();
    if (!inStoryTest) return; // Storybook UI: no real keyboard to drive.
    const { userEvent: realKeys } = await import('vitest/browser');
    await realKeys.keyboard('{ArrowLeft}');
    await expect(canvas.getByRole('radio', { name: 'احترافية' })).toBeChecked();
    await realKeys.keyboard('{ArrowLeft}{ArrowLeft}');
    await expect(first).toBeChecked();
    await realKeys.keyboard('{ArrowRight}');
    await expect(canvas.getByRole('radio', { name: 'مؤسسات' })).toBeChecked();
    await realKeys.keyboard('{ArrowRight}');
    await expect(canvas.getByRole('radio', { name: 'احترافية' })).toBeChecked();
  },
};

export const Zoom200: Story = {
  render: (args) => (
    <Zoom200Block style={stack}>
      <RadioGroup {...args} description="Still readable" required defaultValue="pro" />
    </Zoom200Block>
  ),
};

const twenty = Array.from({ length: 20 }, (_, index) => `Option ${index + 1}`);

/** Stress: a crowded group of 20 options, in a column and in a wrapping row. */
export const Crowded: Story = {
  args: {
    children: twenty.map((label, index) => (
      <Radio key={label} label={label} value={String(index + 1)} />
    )),
  },
  render: (args) => (
    <div style={{ display: 'grid', gap: cssVar('space.6'), gridTemplateColumns: '1fr 2fr' }}>
      <RadioGroup {...args} name="col" label="Column" defaultValue="20" />
      <RadioGroup {...args} name="row" label="Row" orientation="horizontal" defaultValue="3" />
    </div>
  ),
  play: async ({ canvas }) => {
    const last = canvas.getAllByRole('radio', { name: 'Option 20' })[0]!;
    last.focus();
    await userEvent.keyboard('{ArrowDown}');
    await expect(canvas.getAllByRole('radio', { name: 'Option 1' })[0]).toBeChecked();
  },
};
