import type { Meta, StoryObj } from '@storybook/react-vite';
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
import { Switch } from './Switch';

const meta = {
  title: 'Atoms/Switch',
  component: Switch,
  args: { label: 'Wi-Fi', name: 'wifi', onChange: fn() },
  argTypes: {
    size: inlineRadio(controlSizes),
    labelPlacement: inlineRadio(['end', 'start']),
  },
  parameters: {
    design: figmaDesign('Switch'),
    docs: {
      description: {
        component: `An on/off setting that takes effect immediately: a native \`<input type="checkbox" role="switch">\` drawn as a track and thumb. Submits \`value\` ("on") when on.

**Use** it for settings that apply at once (notifications, dark mode). Put the label first (\`labelPlacement="start"\`) in settings lists.

**Don't** use it in a form that needs a submit to apply (Checkbox), and don't change the label with the state ("On"/"Off"): the switch already announces its state.`,
      },
    },
  },
} satisfies Meta<typeof Switch>;

export default meta;
type Story = StoryObj<typeof meta>;

const stack = { display: 'grid', gap: cssVar('space.4'), maxInlineSize: '24rem' } as const;

export const Playground: Story = {
  args: { description: 'Join known networks automatically.' },
  play: async ({ canvas, args }) => {
    const toggle = canvas.getByRole('switch', { name: 'Wi-Fi' });
    await userEvent.click(toggle);
    await expect(toggle).toBeChecked();
    await userEvent.click(canvas.getByText('Wi-Fi'));
    await expect(toggle).not.toBeChecked();
    await expect(args.onChange).toHaveBeenCalledTimes(2);
  },
};

/** Sizes × off/on × label placement. */
export const Sizes: Story = {
  render: (args) => (
    <div style={stack}>
      {controlSizes.map((size) => (
        <div key={size} style={{ display: 'flex', gap: cssVar('space.6') }}>
          <Switch {...args} size={size} label={`Size ${size}`} />
          <Switch {...args} size={size} label="On" defaultChecked />
          <Switch {...args} size={size} label="Label first" labelPlacement="start" defaultChecked />
        </div>
      ))}
    </div>
  ),
};

export const States: Story = {
  // Its states must survive Windows contrast themes: one more picture in forced colours.
  parameters: { visual: { forcedColors: true } },
  render: (args) => (
    <div style={stack}>
      <Switch {...args} label="Off" />
      <Switch {...args} label="On" defaultChecked />
      <Switch {...args} label="With description" description="Helper text under the label." />
      <Switch {...args} label="Disabled" disabled />
      <Switch {...args} label="Disabled and on" disabled defaultChecked />
      <Switch {...args} label="Read-only" readOnly />
      <Switch {...args} label="Read-only and on" readOnly defaultChecked />
      <Switch {...args} label="Invalid" error="Turn this on to continue." />
      <Switch {...args} label="Settings row, label first" labelPlacement="start" />
    </div>
  ),
};

export const ReadOnly: Story = {
  args: { label: 'Managed by your organisation', readOnly: true, defaultChecked: true },
  play: async ({ canvas, args }) => {
    const toggle = canvas.getByRole('switch');
    await userEvent.click(toggle);
    await userEvent.keyboard(' ');
    await expect(toggle).toBeChecked();
    await expect(toggle).toHaveFocus();
    await expect(args.onChange).not.toHaveBeenCalled();
  },
};

export const KeyboardFocus: Story = {
  play: async ({ canvas }) => {
    await userEvent.tab();
    const toggle = canvas.getByRole('switch');
    await expect(toggle).toHaveFocus();
    await userEvent.keyboard(' ');
    await expect(toggle).toBeChecked();
  },
};

export const InForm: Story = {
  render: (args) => (
    <StoryForm style={stack}>
      <Switch {...args} label="Notifications" name="notify" />
      <Switch {...args} label="Beta features" name="beta" value="yes" defaultChecked />
    </StoryForm>
  ),
  play: async ({ canvas }) => {
    await userEvent.click(canvas.getByRole('switch', { name: 'Notifications' }));
    await submitStoryForm(canvas);
    await expectSubmitted(canvas, { notify: 'on', beta: 'yes' });
    await resetStoryForm(canvas);
    await expect(canvas.getByRole('switch', { name: 'Notifications' })).not.toBeChecked();
  },
};

export const LongText: Story = {
  args: {
    label: 'Synchronisealldevicesautomaticallywheneverachangeismadewithoutanyspaces',
    description: 'Averyveryveryveryveryveryverylongdescriptionwithoutanyspacesatall.',
  },
  render: (args) => (
    <div style={{ ...stack, maxInlineSize: '16rem' }}>
      <Switch {...args} />
      <Switch {...args} labelPlacement="start" defaultChecked />
    </div>
  ),
};

/** Stress: right-to-left; the thumb slides to the left when on. */
export const RightToLeft: Story = {
  render: (args) => (
    <RightToLeftBlock style={stack}>
      <Switch {...args} label="الواي فاي" description="الاتصال تلقائياً" defaultChecked />
      <Switch {...args} label="بلوتوث" />
      <Switch {...args} label="الإشعارات" labelPlacement="start" defaultChecked />
    </RightToLeftBlock>
  ),
};

export const Zoom200: Story = {
  render: (args) => (
    <Zoom200Block style={stack}>
      <Switch {...args} label="Zoomed" description="Still readable" defaultChecked />
      <Switch {...args} label="Off" />
    </Zoom200Block>
  ),
};
