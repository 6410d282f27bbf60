import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor } from 'storybook/test';
import { figmaDesign } from '../../../.storybook/design';
import {
  controlSizes,
  expectSubmitted,
  inlineRadio,
  longLabel,
  resetStoryForm,
  RightToLeftBlock,
  StoryForm,
  submitStoryForm,
  unbrokenError,
  Zoom200Block,
} from '../../../.storybook/stories';
import { cssVar } from '../../tokens';
import { ListBox, type ListBoxItem, type ListBoxProps } from './index';

const temples: ListBoxItem<string>[] = [
  {
    label: 'Athens',
    options: [
      { value: 'parthenon', label: 'Parthenon', description: 'Athena Parthenos, 438 BC' },
      { value: 'erechtheion', label: 'Erechtheion', description: 'The Caryatid porch' },
      { value: 'nike', label: 'Temple of Athena Nike', disabled: true },
    ],
  },
  {
    label: 'Elsewhere',
    options: [
      { value: 'bassae', label: 'Temple of Apollo at Bassae' },
      { value: 'aphaia', label: 'Temple of Aphaia' },
    ],
  },
];

const flat: ListBoxItem<string>[] = ['Doric', 'Ionic', 'Corinthian', 'Tuscan', 'Composite'];

const meta = {
  title: 'Molecules/ListBox',
  component: ListBox,
  args: { label: 'Temple', options: temples, onValueChange: fn() },
  argTypes: {
    size: inlineRadio(controlSizes),
    options: { control: false },
    value: { control: false },
  },
  parameters: {
    design: figmaDesign('ListBox'),
    docs: {
      description: {
        component: `A list of options always in view, to choose one or several (the APG listbox). Tab focuses the list; the arrow keys, Home/End, Page keys and typing move through it while DOM focus stays on the list (\`aria-activedescendant\`); Space or Enter chooses. Sections, descriptions and disabled options; above 100 rows only the visible ones render.

**Use** it when the choices should stay visible (a picker in a panel, a transfer list), or for a multiple choice too long for checkboxes.

**Don't** use it where a closed field fits (Select), for navigation or actions (Menu), or for a few options (RadioGroup, CheckboxGroup).`,
      },
    },
  },
} satisfies Meta<typeof ListBox>;

export default meta;
type Story = StoryObj<typeof meta>;

const stack = { display: 'grid', gap: cssVar('space.4'), maxInlineSize: '20rem' } as const;
const row = { display: 'flex', gap: cssVar('space.4'), alignItems: 'start' } as const;

/** The story's args without the selection props, for renders that set their own. */
function base(args: Story['args']) {
  const rest: Record<string, unknown> = { ...args };
  for (const key of ['multiple', 'value', 'defaultValue']) delete rest[key];
  return rest as Omit<
    ListBoxProps<string>,
    'multiple' | 'value' | 'defaultValue' | 'onValueChange'
  > & { label: string; options: ListBoxItem<string>[] };
}

const activeOption = (list: HTMLElement) => {
  const id = list.getAttribute('aria-activedescendant');
  return id ? document.getElementById(id) : null;
};

/** Mouse: a press chooses; sections, descriptions and a disabled option. */
export const Playground: Story = {
  args: { description: 'The one to visit first.', defaultValue: 'erechtheion' },
  render: (args) => (
    <div style={stack}>
      <ListBox {...args} />
    </div>
  ),
  play: async ({ canvas, args }) => {
    const list = canvas.getByRole('listbox', { name: 'Temple' });
    await userEvent.click(canvas.getByRole('option', { name: 'Temple of Aphaia' }));
    await expect(args.onValueChange).toHaveBeenLastCalledWith('aphaia');
    await expect(list).toHaveFocus();
    await userEvent.click(canvas.getByRole('option', { name: 'Temple of Athena Nike' }));
    await expect(args.onValueChange).toHaveBeenCalledTimes(1);
    await expect(canvas.getByRole('option', { name: 'Parthenon' })).toHaveAccessibleDescription(
      'Athena Parthenos, 438 BC',
    );
  },
};

/** Keyboard (APG listbox): focus on the list, the active option moves, Space chooses. */
export const KeyboardFocus: Story = {
  render: (args) => (
    <div style={stack}>
      <ListBox {...args} />
    </div>
  ),
  play: async ({ canvas, args }) => {
    const list = canvas.getByRole('listbox', { name: 'Temple' });
    await userEvent.tab();
    await expect(list).toHaveFocus();
    await expect(activeOption(list)).toHaveTextContent('Parthenon');
    await userEvent.keyboard('{ArrowDown}{ArrowDown}');
    await expect(activeOption(list)).toHaveTextContent('Temple of Apollo at Bassae');
    await expect(activeOption(list)).toHaveAttribute('data-focus-visible');
    await userEvent.keyboard('{End} ');
    await expect(args.onValueChange).toHaveBeenLastCalledWith('aphaia');
    await userEvent.keyboard('{Home}e{Enter}');
    await expect(args.onValueChange).toHaveBeenLastCalledWith('erechtheion');
  },
};

/** Multiple: presses toggle, Shift+arrows extend, Ctrl+A chooses every enabled option. */
export const Multiple: Story = {
  // Its states must survive Windows contrast themes: one more picture in forced colours.
  parameters: { visual: { forcedColors: true } },
  args: { label: 'Temples', multiple: true, defaultValue: ['parthenon'] },
  render: (args) => (
    <div style={stack}>
      <ListBox {...args} />
    </div>
  ),
  play: async ({ canvas, args }) => {
    const list = canvas.getByRole('listbox', { name: 'Temples' });
    await expect(list).toHaveAttribute('aria-multiselectable', 'true');
    await userEvent.click(canvas.getByRole('option', { name: 'Temple of Aphaia' }));
    await expect(args.onValueChange).toHaveBeenLastCalledWith(['parthenon', 'aphaia']);
    await userEvent.keyboard('{Shift>}{ArrowUp}{/Shift}');
    await expect(args.onValueChange).toHaveBeenLastCalledWith(['parthenon', 'aphaia', 'bassae']);
  },
};

/** The three sizes side by side. */
export const Sizes: Story = {
  render: (args) => (
    <div style={row}>
      {controlSizes.map((size) => (
        <ListBox
          key={size}
          {...base(args)}
          options={flat}
          size={size}
          label={`Size ${size}`}
          defaultValue="Ionic"
        />
      ))}
    </div>
  ),
};

export const States: Story = {
  parameters: { visual: { forcedColors: true } },
  render: (args) => (
    <div style={row}>
      <ListBox {...base(args)} options={flat} label="Required" required />
      <ListBox {...base(args)} options={flat} label="Disabled" disabled defaultValue="Ionic" />
      <ListBox
        {...base(args)}
        options={flat}
        label="Invalid"
        error="Choose an order."
        description="The column style."
      />
      <ListBox {...base(args)} options={[]} label="Empty" emptyLabel="No orders match." />
    </div>
  ),
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('listbox', { name: 'Disabled' })).toHaveAttribute(
      'aria-disabled',
      'true',
    );
    await expect(canvas.getByRole('listbox', { name: 'Invalid' })).toHaveAttribute(
      'aria-invalid',
      'true',
    );
  },
};

/** Stress: 10,000 options, about 20 rendered; End reaches the last, in view. */
export const TenThousandOptions: Story = {
  args: {
    label: 'Inventory item',
    options: Array.from({ length: 10_000 }, (_, index) => ({
      value: `item-${index + 1}`,
      label: `Inventory item ${String(index + 1).padStart(5, '0')}`,
    })),
  },
  render: (args) => (
    <div style={stack}>
      <ListBox {...args} />
    </div>
  ),
  play: async ({ canvas }) => {
    const list = canvas.getByRole('listbox', { name: 'Inventory item' });
    await expect(list.querySelectorAll('[role="option"]').length).toBeLessThanOrEqual(60);
    await userEvent.tab();
    await userEvent.keyboard('{End}');
    const last = activeOption(list)!;
    await expect(last).toHaveTextContent('Inventory item 10000');
    await waitFor(() =>
      expect(last.getBoundingClientRect().bottom).toBeLessThanOrEqual(
        list.getBoundingClientRect().bottom,
      ),
    );
    await expect(list.querySelectorAll('[role="option"]').length).toBeLessThanOrEqual(60);
  },
};

/** Stress: long labels and descriptions wrap; an unbroken error breaks inside the word. */
export const LongText: Story = {
  args: {
    label: longLabel,
    error: unbrokenError,
    options: [
      {
        value: 'long',
        label: 'An option label that goes on far longer than any option label should',
        description: 'And a description under it that is long enough to wrap as well',
      },
      ...flat,
    ],
  },
  render: (args) => (
    <div style={{ maxInlineSize: '16rem' }}>
      <ListBox {...args} />
    </div>
  ),
};

/** Stress: right-to-left; the check column and headings mirror. */
export const RightToLeft: Story = {
  render: (args) => (
    <RightToLeftBlock style={stack}>
      <ListBox
        {...base(args)}
        label="المعبد"
        defaultValue="athens"
        options={[
          { label: 'أثينا', options: [{ value: 'athens', label: 'البارثينون' }] },
          { label: 'أخرى', options: [{ value: 'bassae', label: 'معبد أبولو', disabled: true }] },
        ]}
      />
    </RightToLeftBlock>
  ),
};

/** Stress: 200% zoom (WCAG 1.4.4). */
export const Zoom200: Story = {
  render: (args) => (
    <Zoom200Block style={stack}>
      <ListBox {...base(args)} options={flat} defaultValue="Doric" />
    </Zoom200Block>
  ),
};

/** Submits each chosen value under `name`; Reset returns to the default. */
export const InForm: Story = {
  render: (args) => (
    <StoryForm style={stack} serialize={(data) => [...data.entries()]}>
      <ListBox
        {...base(args)}
        label="Orders"
        options={flat}
        name="orders"
        multiple
        defaultValue={['Doric']}
      />
    </StoryForm>
  ),
  play: async ({ canvas }) => {
    await userEvent.click(canvas.getByRole('option', { name: 'Corinthian' }));
    await submitStoryForm(canvas);
    await expectSubmitted(canvas, [
      ['orders', 'Doric'],
      ['orders', 'Corinthian'],
    ]);
    await resetStoryForm(canvas);
    await waitFor(() =>
      expect(canvas.getByRole('option', { name: 'Corinthian' })).toHaveAttribute(
        'aria-selected',
        'false',
      ),
    );
  },
};
