import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, fn, userEvent } from 'storybook/test';
import { figmaDesign } from '../../../.storybook/design';
import {
  controlSizes,
  expectSubmitted,
  inlineRadio,
  resetStoryForm,
  RightToLeftBlock,
  StoryForm,
  submitStoryForm,
  Zoom200Block,
} from '../../../.storybook/stories';
import { cssVar } from '../../tokens';
import { Checkbox } from '../Checkbox';
import { CheckboxGroup } from './CheckboxGroup';
import { Text } from '../Text';

const options = (
  <>
    <Checkbox label="Olives" value="olives" />
    <Checkbox label="Feta" value="feta" description="Contains milk" />
    <Checkbox label="Oregano" value="oregano" />
  </>
);

const meta = {
  title: 'Atoms/CheckboxGroup',
  component: CheckboxGroup,
  args: { label: 'Toppings', name: 'toppings', onValueChange: fn(), children: options },
  argTypes: {
    orientation: inlineRadio(['vertical', 'horizontal']),
    size: inlineRadio(controlSizes),
    children: { control: false },
  },
  parameters: {
    design: figmaDesign('CheckboxGroup'),
    docs: {
      description: {
        component: `A labelled group (\`role="group"\`) of Checkboxes sharing a name, a value list, size, disabled and read-only state; description and error describe the whole group.

**Use** it when the user may pick any number of options from a short list (up to about ten; beyond that, a searchable multi-select). With react-hook-form, \`register\` each Checkbox, or wrap the group in a \`Controller\` (\`value\` + \`onValueChange\`).

**Don't** use it for exactly one choice (RadioGroup) or for settings that apply at once (Switches).`,
      },
    },
  },
} satisfies Meta<typeof CheckboxGroup>;

export default meta;
type Story = StoryObj<typeof meta>;

const stack = { display: 'grid', gap: cssVar('space.6'), maxInlineSize: '32rem' } as const;

export const Playground: Story = {
  args: { description: 'Pick any.', defaultValue: ['feta'] },
  play: async ({ canvas, args }) => {
    await expect(canvas.getByRole('group', { name: 'Toppings' })).toHaveAccessibleDescription(
      'Pick any.',
    );
    await userEvent.click(canvas.getByRole('checkbox', { name: 'Olives' }));
    await expect(args.onValueChange).toHaveBeenLastCalledWith(['olives', 'feta']);
  },
};

/** Orientations × sizes. */
export const Sizes: Story = {
  render: (args) => (
    <div style={stack}>
      {controlSizes.map((size) => (
        <CheckboxGroup
          key={size}
          {...args}
          label={`Size ${size}`}
          size={size}
          orientation="horizontal"
          defaultValue={['feta']}
        />
      ))}
      <CheckboxGroup {...args} label="Vertical" defaultValue={['olives']} />
    </div>
  ),
};

export const States: Story = {
  render: (args) => (
    <div style={stack}>
      <CheckboxGroup {...args} label="Required" required description="Pick at least one." />
      <CheckboxGroup {...args} label="Disabled" disabled defaultValue={['feta']} />
      <CheckboxGroup {...args} label="Read-only" readOnly defaultValue={['feta']} />
      <CheckboxGroup {...args} label="Invalid" error="Pick at least one topping." />
    </div>
  ),
};

export const Controlled: Story = {
  render: function Render(args) {
    const [value, setValue] = useState<string[]>(['oregano']);
    return (
      <div style={stack}>
        <CheckboxGroup {...args} value={value} onValueChange={setValue} />
        <Text role="status" as="div">
          Value: {value.join(', ')}
        </Text>
      </div>
    );
  },
  play: async ({ canvas }) => {
    await userEvent.click(canvas.getByRole('checkbox', { name: 'Olives' }));
    await userEvent.click(canvas.getByRole('checkbox', { name: 'Oregano' }));
    await expect(canvas.getByRole('status')).toHaveTextContent('Value: olives');
  },
};

export const KeyboardFocus: Story = {
  play: async ({ canvas }) => {
    await userEvent.tab();
    await userEvent.tab();
    const feta = canvas.getByRole('checkbox', { name: 'Feta' });
    await expect(feta).toHaveFocus();
    await userEvent.keyboard(' ');
    await expect(feta).toBeChecked();
  },
};

/** Every checked value submits under the one name: `FormData.getAll('toppings')`. */
export const InForm: Story = {
  render: (args) => (
    <StoryForm style={stack} serialize={(data) => data.getAll('toppings')}>
      <CheckboxGroup {...args} defaultValue={['feta']} required />
    </StoryForm>
  ),
  play: async ({ canvas }) => {
    await userEvent.click(canvas.getByRole('checkbox', { name: 'Oregano' }));
    await submitStoryForm(canvas);
    await expectSubmitted(canvas, ['feta', 'oregano']);
    await resetStoryForm(canvas);
    await expect(canvas.getByRole('checkbox', { name: 'Oregano' })).not.toBeChecked();
  },
};

/** Stress: long words with no space in the group label, options and error. */
export const LongText: Story = {
  args: {
    label: 'Averyveryveryveryveryverylonggrouplabelwithoutanyspacesatall',
    error: 'Averyveryveryveryveryveryveryveryverylongerrormessagewithoutaspace.',
    children: (
      <>
        <Checkbox label="Supercalifragilisticexpialidociousoptionlabel" value="a" />
        <Checkbox label="Short" value="b" />
      </>
    ),
  },
  render: (args) => (
    <div style={{ maxInlineSize: '16rem' }}>
      <CheckboxGroup {...args} />
    </div>
  ),
};

/** Stress: right-to-left; boxes on the right, a horizontal row flows right to left. */
export const RightToLeft: Story = {
  render: (args) => (
    <RightToLeftBlock style={stack}>
      <CheckboxGroup {...args} label="الإضافات" description="اختر ما تشاء" defaultValue={['b']}>
        <Checkbox label="زيتون" value="a" />
        <Checkbox label="جبن" value="b" />
      </CheckboxGroup>
      <CheckboxGroup {...args} label="أفقي" orientation="horizontal" defaultValue={['a']}>
        <Checkbox label="زيتون" value="a" />
        <Checkbox label="جبن" value="b" />
        <Checkbox label="أوريجانو" value="c" />
      </CheckboxGroup>
    </RightToLeftBlock>
  ),
};

export const Zoom200: Story = {
  render: (args) => (
    <Zoom200Block style={stack}>
      <CheckboxGroup {...args} description="Still readable" required defaultValue={['feta']} />
    </Zoom200Block>
  ),
};

const twenty = Array.from({ length: 20 }, (_, index) => `Option ${index + 1}`);

/** Stress: a crowded group of 20 options, in a column and in a wrapping row. */
export const Crowded: Story = {
  args: {
    children: twenty.map((label, index) => (
      <Checkbox key={label} label={label} value={String(index + 1)} />
    )),
  },
  render: (args) => (
    <div style={{ display: 'grid', gap: cssVar('space.6'), gridTemplateColumns: '1fr 2fr' }}>
      <CheckboxGroup {...args} label="Column" defaultValue={['1', '7', '20']} />
      <CheckboxGroup {...args} label="Row" orientation="horizontal" defaultValue={['3']} />
    </div>
  ),
  play: async ({ canvas }) => {
    await expect(canvas.getAllByRole('checkbox')).toHaveLength(40);
  },
};
